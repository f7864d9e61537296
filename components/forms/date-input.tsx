"use client";

import { FieldHintAndError, fieldGroupClass, textControlClass } from "./field-parts";

/**
 * A GOV.UK date input: day, month and year in one fieldset, with one error for the date. The day box takes the
 * date's own id, so the error summary's link lands on it.
 */
export function DateInput({
  name,
  legend,
  hint,
  error,
  values,
}: {
  name: string;
  legend: string;
  hint: string;
  error?: string;
  values: Record<string, string>;
}) {
  const hintId = `${name}-hint`;
  const errorId = error ? `${name}-error` : undefined;
  const parts = [
    { key: "Day", label: "Day", width: "w-16" },
    { key: "Month", label: "Month", width: "w-16" },
    { key: "Year", label: "Year", width: "w-24" },
  ];
  return (
    <div className={fieldGroupClass(error)}>
      <fieldset role="group" aria-describedby={[hintId, errorId].filter(Boolean).join(" ")}>
        <legend className="mb-1 font-bold">{legend}</legend>
        <FieldHintAndError hint={hint} hintId={hintId} error={error} errorId={errorId} />
        <div className="flex gap-4">
          {parts.map((part, index) => {
            const field = `${name}${part.key}`;
            const id = index === 0 ? name : field;
            return (
              <div key={part.key}>
                <label htmlFor={id} className="mb-1 block">
                  {part.label}
                </label>
                <input
                  id={id}
                  name={field}
                  inputMode="numeric"
                  defaultValue={values[field]}
                  className={`${part.width} ${textControlClass(error)}`}
                />
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
