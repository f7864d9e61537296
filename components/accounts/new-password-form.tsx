"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { initialFormState, type FormState } from "@/lib/form-state";

export function NewPasswordForm({ action, token }: { action: (state: FormState, data: FormData) => Promise<FormState>; token: string }) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} noValidate>
      <ErrorSummary errors={state.errors} fieldOrder={["password"]} />
      <input type="hidden" name="token" value={token} />
      <TextField
        name="password"
        type="password"
        label="New password"
        hint="At least 10 characters. A few random words you will remember work well."
        autoComplete="new-password"
        error={state.errors.password}
      />
      <SubmitButton>Change password</SubmitButton>
    </form>
  );
}
