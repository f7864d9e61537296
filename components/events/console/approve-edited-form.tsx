"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { SubmitButton } from "@/components/forms/submit-button";
import { fieldGroupClass, textControlClass } from "@/components/forms/field-parts";
import { initialFormState, type FormAction } from "@/lib/form-state";

/**
 * "Edit before approving": the question's words, changed by the facilitator (a name taken out, a typo mended),
 * then approved as changed. Folded away until wanted, so the queue stays short.
 */
export function ApproveEditedForm({
  action,
  number,
  text,
  limit,
}: {
  action: FormAction;
  number: number;
  text: string;
  limit: number;
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  const field = `text-${number}`;
  return (
    <details className="mt-3" open={state.status === "error" ? true : undefined}>
      <summary className="cursor-pointer text-brand underline underline-offset-2">
        Edit question {number} before approving
      </summary>
      <form action={formAction} className="mt-3" key={state.submission}>
        <ErrorSummary errors={state.errors} fieldOrder={[]} />
        {/* Each queued question has its own field id, so ids stay unique on the page; the action reads `text`. */}
        <div className={fieldGroupClass(state.errors.text)}>
          <label htmlFor={field} className="mb-1 block font-bold">
            Question {number} as it will appear on the screen
          </label>
          <p id={`${field}-hint`} className="mb-2 text-muted">
            Up to {limit} characters. Take out names and anything that would identify someone.
          </p>
          {state.errors.text ? (
            <p id={`${field}-error`} className="mb-2 font-bold text-danger">
              <span className="sr-only">Error:</span> {state.errors.text}
            </p>
          ) : null}
          <textarea
            id={field}
            name="text"
            rows={3}
            defaultValue={state.values.text ?? text}
            aria-describedby={[`${field}-hint`, state.errors.text ? `${field}-error` : ""].filter(Boolean).join(" ")}
            aria-invalid={state.errors.text ? true : undefined}
            className={`w-full ${textControlClass(state.errors.text)}`}
          />
        </div>
        <SubmitButton>Approve with these words</SubmitButton>
      </form>
    </details>
  );
}
