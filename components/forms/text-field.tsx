import { FieldHintAndError, fieldGroupClass, fieldIds } from "./field-parts";
import type { InputHTMLAttributes } from "react";

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "name" | "defaultValue"> {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  defaultValue?: string;
  /** Wider for emails and titles; narrow for codes. */
  width?: "full" | "medium" | "short";
}

const WIDTHS = { full: "w-full", medium: "w-full max-w-md", short: "w-40" };

/** A labelled input with optional hint and error message, wired up for screen readers (GOV.UK pattern). */
export function TextField({ name, label, hint, error, defaultValue, width = "medium", ...input }: TextFieldProps) {
  const { hintId, errorId, describedBy } = fieldIds(name, hint, error);
  return (
    <div className={fieldGroupClass(error)}>
      <label htmlFor={name} className="mb-1 block font-bold">
        {label}
      </label>
      <FieldHintAndError hint={hint} hintId={hintId} error={error} errorId={errorId} />
      <input
        id={name}
        name={name}
        defaultValue={defaultValue}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
        className={`${WIDTHS[width]} min-h-11 border-2 ${error ? "border-danger" : "border-ink"} bg-paper px-2 py-1 text-[1.1875rem] focus-visible:outline-[3px] focus-visible:outline-focus`}
        {...input}
      />
    </div>
  );
}
