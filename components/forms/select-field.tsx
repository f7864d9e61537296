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
      <select
        id={name}
        name={name}
        defaultValue={defaultValue ?? ""}
        aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
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
