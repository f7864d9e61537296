// The pieces every GOV.UK-style field shares: a hint, an error message, and the ids that tie them to the control.

export function fieldIds(name: string, hint?: string, error?: string) {
  const hintId = hint ? `${name}-hint` : undefined;
  const errorId = error ? `${name}-error` : undefined;
  return { hintId, errorId, describedBy: [hintId, errorId].filter(Boolean).join(" ") || undefined };
}

export function fieldGroupClass(error?: string): string {
  return `mb-6 ${error ? "border-l-4 border-danger pl-4" : ""}`;
}

export function FieldHintAndError({ hint, hintId, error, errorId }: { hint?: string; hintId?: string; error?: string; errorId?: string }) {
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
