import { FieldHintAndError, FieldLabel, fieldGroupClass, fieldIds } from "./field-parts";

export function SelectField({
  name,
  label,
  hint,
  error,
  options,
  defaultValue,
  emptyLabel = "Prefer not to say",
  width = "auto",
  spacing,
}: {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  options: { value: string; label: string }[];
  defaultValue?: string;
  /** The first option, sent as an empty value; null for a select that always has a value. */
  emptyLabel?: string | null;
  /** "full" fills its column, as in a row of filters. */
  width?: "auto" | "full";
  /** In place of the default bottom margin. */
  spacing?: string;
}) {
  const { hintId, errorId, describedBy } = fieldIds(name, hint, error);
  return (
    <div className={fieldGroupClass(error, spacing)}>
      <FieldLabel htmlFor={name}>{label}</FieldLabel>
      <FieldHintAndError hint={hint} hintId={hintId} error={error} errorId={errorId} />
      <select
        id={name}
        name={name}
        defaultValue={defaultValue ?? ""}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
        className={`min-h-11 ${width === "full" ? "w-full" : "max-w-full"} border-2 ${error ? "border-danger" : "border-ink"} bg-paper px-2 text-[1.1875rem]`}
      >
        {emptyLabel !== null ? <option value="">{emptyLabel}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
