"use client";

import { useEffect, useRef } from "react";

/** The GOV.UK error summary: focused when it appears, each message linking to its field. */
export function ErrorSummary({
  errors,
  fieldOrder,
}: {
  errors: Record<string, string>;
  fieldOrder: readonly string[];
}) {
  const ref = useRef<HTMLDivElement>(null);
  // Fields in page order first; any other message (about the whole form, or a hidden input) as plain text.
  const others = Object.keys(errors).filter((key) => !fieldOrder.includes(key));
  const entries = [
    ...fieldOrder.filter((f) => errors[f]).map((f) => [f, errors[f]!] as const),
    ...others.map((key) => ["form", errors[key]!] as const),
  ];
  const signature = entries.map(([f, m]) => `${f}:${m}`).join("|");

  useEffect(() => {
    if (signature) ref.current?.focus();
  }, [signature]);

  if (!entries.length) return null;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby="error-summary-title"
      className="mb-8 border-4 border-danger p-4 focus:outline-none focus-visible:outline-[3px] focus-visible:outline-focus"
    >
      <h2 id="error-summary-title" className="mb-3 text-2xl">
        There is a problem
      </h2>
      <ul className="space-y-1">
        {entries.map(([field, message], index) => (
          <li key={`${field}-${index}`}>
            {field === "form" ? (
              <span className="font-bold text-danger">{message}</span>
            ) : (
              <a href={`#${field}`} className="font-bold text-danger">
                {message}
              </a>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
