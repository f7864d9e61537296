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
  const hintId = hint ? `${name}-hint` : undefined;
  const errorId = error ? `${name}-error` : undefined;
  return (
    <div className={`mb-6 ${error ? "border-l-4 border-danger pl-4" : ""}`}>
      <label htmlFor={name} className="mb-1 block font-bold">
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="mb-2 text-muted">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="mb-2 font-bold text-danger">
          <span className="sr-only">Error:</span> {error}
        </p>
      ) : null}
      <input
        id={name}
        name={name}
        defaultValue={defaultValue}
        aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
        aria-invalid={error ? true : undefined}
        className={`${WIDTHS[width]} min-h-11 border-2 ${error ? "border-danger" : "border-ink"} bg-paper px-2 py-1 text-[1.1875rem] focus-visible:outline-[3px] focus-visible:outline-focus`}
        {...input}
      />
    </div>
  );
}
