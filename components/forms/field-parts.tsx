// The pieces every GOV.UK-style field shares: a hint, an error message, a character count, and the ids that tie
// them to the control.

import { CharacterCount } from "./character-count";

export function fieldIds(name: string, hint?: string, error?: string, counted = false) {
  const hintId = hint ? `${name}-hint` : undefined;
  const countId = counted ? `${name}-count` : undefined;
  const errorId = error ? `${name}-error` : undefined;
  return { hintId, countId, errorId, describedBy: [hintId, countId, errorId].filter(Boolean).join(" ") || undefined };
}

/**
 * The wrapper of one field: a bottom margin, and a red bar beside it while it has an error. `spacing` replaces the
 * margin, as GOV.UK's `formGroup.classes` does, for a field followed by something that belongs to it or set in a grid.
 */
export function fieldGroupClass(error?: string, spacing = "mb-6"): string {
  return `${spacing} ${error ? "border-l-4 border-danger pl-4" : ""}`;
}

/** The id of one option in a radios or checkboxes group: the first takes the group's name, so an error summary link to `#name` lands on it. */
export function choiceId(name: string, value: string, index: number): string {
  return index === 0 ? name : `${name}-${value}`;
}

/** A field's label; "large" for a field that is the page's main question (GOV.UK `govuk-label--l`). */
export function FieldLabel({
  htmlFor,
  size = "regular",
  children,
}: {
  htmlFor: string;
  size?: "regular" | "large";
  children: React.ReactNode;
}) {
  return (
    <label htmlFor={htmlFor} className={`mb-1 block ${size === "large" ? "text-2xl " : ""}font-bold`}>
      {children}
    </label>
  );
}

export function FieldHintAndError({
  hint,
  hintId,
  error,
  errorId,
}: {
  hint?: string;
  hintId?: string;
  error?: string;
  errorId?: string;
}) {
  return (
    <>
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
    </>
  );
}

/** The border, colours and focus ring every text control shares; red while it has an error. */
export function textControlClass(error?: string): string {
  return `border-2 ${error ? "border-danger" : "border-ink"} bg-paper px-2 py-1 text-[1.1875rem] focus-visible:outline-[3px] focus-visible:outline-focus`;
}

/** Label, hint, error and optional character count around one text control (an input or a text area). */
export function TextEntryGroup({
  name,
  label,
  labelSize,
  hint,
  error,
  spacing,
  countId,
  count,
  hintId,
  errorId,
  children,
}: {
  name: string;
  label: string;
  labelSize?: "regular" | "large";
  hint?: string;
  error?: string;
  spacing?: string;
  hintId?: string;
  errorId?: string;
  countId?: string;
  count?: { length: number; limit: number };
  children: React.ReactNode;
}) {
  return (
    <div className={fieldGroupClass(error, spacing)}>
      <FieldLabel htmlFor={name} size={labelSize}>
        {label}
      </FieldLabel>
      <FieldHintAndError hint={hint} hintId={hintId} error={error} errorId={errorId} />
      {children}
      {count ? <CharacterCount id={countId} length={count.length} limit={count.limit} /> : null}
    </div>
  );
}
