"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { SubmitButton } from "@/components/forms/submit-button";
import { NewPasswordField } from "@/components/forms/new-password-field";
import { initialFormState, type FormAction } from "@/lib/form-state";

export function NewPasswordForm({ action, token }: { action: FormAction; token: string }) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} noValidate>
      <ErrorSummary errors={state.errors} fieldOrder={["password"]} />
      <input type="hidden" name="token" value={token} />
      <NewPasswordField label="New password" error={state.errors.password} />
      <SubmitButton>Change password</SubmitButton>
    </form>
  );
}
