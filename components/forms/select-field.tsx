import { FieldHintAndError, fieldGroupClass, fieldIds } from "./field-parts";

export function SelectField({
  name,
  label,
  hint,
  error,
  options,
  defaultValue,
  emptyLabel = "Prefer not to say",
}: {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  options: { value: string; label: string }[];
  defaultValue?: string;
  emptyLabel?: string;
}) {
  const { hintId, errorId, describedBy } = fieldIds(name, hint, error);
  return (
    <div className={fieldGroupClass(error)}>
      <label htmlFor={name} className="mb-1 block font-bold">
        {label}
      </label>
      <FieldHintAndError hint={hint} hintId={hintId} error={error} errorId={errorId} />
      <select
        id={name}
        name={name}
        defaultValue={defaultValue ?? ""}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
        className={`min-h-11 max-w-full border-2 ${error ? "border-danger" : "border-ink"} bg-paper px-2 text-[1.1875rem]`}
      >
        <option value="">{emptyLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
