"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialFormState, type FormAction } from "@/lib/form-state";
import { CredentialFields } from "./credential-fields";

export function ConfirmIdentityForm({ action, next }: { action: FormAction; next?: string }) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} noValidate>
      <ErrorSummary errors={state.errors} fieldOrder={["password"]} />
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <CredentialFields state={state} email={false} password="current" />
      <SubmitButton>Continue</SubmitButton>
    </form>
  );
}
