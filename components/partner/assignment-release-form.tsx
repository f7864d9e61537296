"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextAreaField } from "@/components/forms/text-area-field";
import { initialFormState, type FormAction } from "@/lib/form-state";
import { HAND_OVER_NOTE_LIMIT } from "@/lib/assignments/schemas";

/** Releases the question back to the pool, with the reason partners will read in its history. */
export function AssignmentReleaseForm({ action, questionId }: { action: FormAction; questionId: string }) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form key={state.submission} action={formAction} noValidate>
      <ErrorSummary errors={state.errors} fieldOrder={["reason"]} />
      <input type="hidden" name="questionId" value={questionId} />
      <TextAreaField
        name="reason"
        label="Why are you releasing it?"
        hint="Partners in every organisation read this in the question's history. The person who asked does not."
        defaultValue={state.values.reason}
        error={state.errors.reason}
        characterLimit={HAND_OVER_NOTE_LIMIT}
        rows={5}
      />
      <SubmitButton variant="warning">Release to the pool</SubmitButton>
    </form>
  );
}
