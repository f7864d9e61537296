"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { initialFormState, type FormAction } from "@/lib/form-state";

export function ConfirmIdentityForm({ action, next }: { action: FormAction; next?: string }) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} noValidate>
      <ErrorSummary errors={state.errors} fieldOrder={["password"]} />
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <TextField
        name="password"
        type="password"
        label="Password"
        autoComplete="current-password"
        error={state.errors.password}
      />
      <SubmitButton>Continue</SubmitButton>
    </form>
  );
}
