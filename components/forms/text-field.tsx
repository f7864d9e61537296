"use client";

import { fieldIds, TextEntryGroup, textControlClass } from "./field-parts";
import { useCharacterCount } from "./use-character-count";
import type { InputHTMLAttributes } from "react";

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "name" | "defaultValue"> {
  name: string;
  label: string;
  labelSize?: "regular" | "large";
  hint?: string;
  error?: string;
  defaultValue?: string;
  /** Wider for emails and titles; narrow for codes. */
  width?: "full" | "medium" | "short";
  /** Shows how many characters are left below the field; the server enforces the limit. */
  characterLimit?: number;
  /** In place of the default bottom margin. */
  spacing?: string;
}

const WIDTHS = { full: "w-full", medium: "w-full max-w-md", short: "w-40" };

/** A labelled input with optional hint, error message and character count, wired up for screen readers (GOV.UK pattern). */
export function TextField({
  name,
  label,
  labelSize,
  hint,
  error,
  defaultValue,
  width = "medium",
  characterLimit,
  spacing,
  onChange,
  ...input
}: TextFieldProps) {
  const { hintId, countId, errorId, describedBy } = fieldIds(name, hint, error, characterLimit !== undefined);
  const count = useCharacterCount(defaultValue, onChange);
  return (
    <TextEntryGroup
      name={name}
      label={label}
      labelSize={labelSize}
      hint={hint}
      error={error}
      spacing={spacing}
      hintId={hintId}
      errorId={errorId}
      countId={countId}
      count={characterLimit !== undefined ? { length: count.length, limit: characterLimit } : undefined}
    >
      <input
        id={name}
        name={name}
        defaultValue={defaultValue}
        onChange={count.handleChange}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
        className={`${WIDTHS[width]} min-h-11 ${textControlClass(error)}`}
        {...input}
      />
    </TextEntryGroup>
  );
}
