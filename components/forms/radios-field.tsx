/** A GOV.UK radios fieldset: the legend is the question, each option a labelled radio. */
export function RadiosField({
  name,
  legend,
  hint,
  error,
  options,
  defaultValue,
}: {
  name: string;
  legend: string;
  hint?: string;
  error?: string;
  options: { value: string; label: string }[];
  defaultValue?: string;
}) {
  const hintId = hint ? `${name}-hint` : undefined;
  const errorId = error ? `${name}-error` : undefined;
  return (
    <div className={`mb-6 ${error ? "border-l-4 border-danger pl-4" : ""}`}>
      <fieldset aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}>
        <legend className="mb-1 font-bold">{legend}</legend>
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
        <div className="space-y-2">
          {options.map((option, index) => (
            <div key={option.value} className="flex items-center gap-3">
              <input
                id={index === 0 ? name : `${name}-${option.value}`}
                type="radio"
                name={name}
                value={option.value}
                defaultChecked={(defaultValue ?? "") === option.value}
                className="h-8 w-8 accent-ink"
              />
              <label htmlFor={index === 0 ? name : `${name}-${option.value}`}>{option.label}</label>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
