"use client";

import { fieldIds, TextEntryGroup, textControlClass } from "./field-parts";
import { useCharacterCount } from "./use-character-count";
import type { TextareaHTMLAttributes } from "react";

interface TextAreaFieldProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "id" | "name" | "defaultValue"> {
  name: string;
  label: string;
  labelSize?: "regular" | "large";
  hint?: string;
  error?: string;
  defaultValue?: string;
  /** Shows how many characters are left, or how many too many, below the field; the server enforces the limit. */
  characterLimit?: number;
  /** In place of the default bottom margin. */
  spacing?: string;
}

/** A labelled text area with optional hint, error message and character count (GOV.UK textarea and character count). */
export function TextAreaField({
  name,
  label,
  labelSize,
  hint,
  error,
  defaultValue,
  rows = 5,
  characterLimit,
  spacing,
  onChange,
  ...textarea
}: TextAreaFieldProps) {
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
      <textarea
        id={name}
        name={name}
        rows={rows}
        defaultValue={defaultValue}
        onChange={count.handleChange}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
        className={`w-full ${textControlClass(error)}`}
        {...textarea}
      />
    </TextEntryGroup>
  );
}
