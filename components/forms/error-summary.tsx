"use client";

import { useEffect, useRef } from "react";

const ERROR_PREFIX = "Error: ";

/**
 * The GOV.UK error summary, shared by every form: each message links to its field; with each refused answer the
 * summary takes focus (so a keyboard or screen reader user lands on it) and the page title starts "Error: " (so
 * the title read out on arrival says something went wrong), until the form is answered without errors.
 */
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
  const hasErrors = entries.length > 0;

  // On `errors` itself, not on the messages: each answer from the server is a new object, so the same mistake made
  // twice (a wrong password, say) moves focus to the summary again.
  useEffect(() => {
    if (!hasErrors) return;
    ref.current?.focus();
    const title = document.title.startsWith(ERROR_PREFIX) ? document.title : `${ERROR_PREFIX}${document.title}`;
    document.title = title;
    return () => {
      // Only undo our own prefix: a navigation may already have set the next page's title.
      if (document.title === title) document.title = title.slice(ERROR_PREFIX.length);
    };
  }, [errors, hasErrors]);

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
