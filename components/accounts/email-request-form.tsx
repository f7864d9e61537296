"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { initialFormState, type FormAction } from "@/lib/form-state";

/** One email field and a button: asks for a sign-in link or a password reset link. */
export function EmailRequestForm({ action, button, hint }: { action: FormAction; button: string; hint?: string }) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} noValidate>
      <ErrorSummary errors={state.errors} fieldOrder={["email"]} />
      <TextField
        name="email"
        type="email"
        label="Email address"
        hint={hint}
        autoComplete="email"
        spellCheck={false}
        defaultValue={state.values.email}
        error={state.errors.email}
        width="full"
      />
      <SubmitButton>{button}</SubmitButton>
    </form>
  );
}
