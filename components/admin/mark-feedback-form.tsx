"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialFormState, type FormAction } from "@/lib/form-state";

/** "Mark as dealt with" for one message; says what happened in a status line. */
export function MarkFeedbackForm({
  action,
  feedbackId,
  label,
}: {
  action: FormAction;
  feedbackId: string;
  label: string;
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction}>
      <ErrorSummary errors={state.errors} fieldOrder={[]} />
      {state.message ? (
        <p role="status" className="mb-3 font-bold text-success">
          {state.message}
        </p>
      ) : null}
      <input type="hidden" name="feedbackId" value={feedbackId} />
      <SubmitButton variant="secondary">
        Mark as dealt with<span className="sr-only"> ({label})</span>
      </SubmitButton>
    </form>
  );
}
