"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialFormState, type FormAction } from "@/lib/form-state";

/** Takes a follow-up code: the answer is its own page (/follow-up/<code>), which shows the code to keep or print. */
export function FollowUpCodeButton({ action }: { action: FormAction }) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction}>
      <ErrorSummary errors={state.errors} fieldOrder={[]} />
      <SubmitButton variant="secondary">Take a follow-up code</SubmitButton>
    </form>
  );
}
