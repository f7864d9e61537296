import { fieldGroupClass, fieldIds } from "./field-parts";

/** A single checkbox that answers yes or no, its hint below the label (GOV.UK single checkbox). */
export function CheckboxField({
  name,
  label,
  hint,
  error,
  defaultChecked,
}: {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  defaultChecked?: boolean;
}) {
  const { hintId, errorId, describedBy } = fieldIds(name, hint, error);
  return (
    <div className={fieldGroupClass(error)}>
      {error ? (
        <p id={errorId} className="mb-2 font-bold text-danger">
          <span className="sr-only">Error:</span> {error}
        </p>
      ) : null}
      <div className="flex items-start gap-3">
        <input
          id={name}
          type="checkbox"
          name={name}
          value="on"
          defaultChecked={defaultChecked}
          aria-describedby={describedBy}
          className="mt-0.5 h-8 w-8 shrink-0 accent-ink"
        />
        <div>
          <label htmlFor={name}>{label}</label>
          {hint ? (
            <p id={hintId} className="text-base text-muted">
              {hint}
            </p>
          ) : null}
        </div>
      </div>
    </div>
  );
}
