export function CheckboxField({ name, label, hint, error, defaultChecked }: { name: string; label: string; hint?: string; error?: string; defaultChecked?: boolean }) {
  const hintId = hint ? `${name}-hint` : undefined;
  const errorId = error ? `${name}-error` : undefined;
  return (
    <div className={`mb-6 ${error ? "border-l-4 border-danger pl-4" : ""}`}>
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
          aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
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
