"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { initialFormState, type FormAction } from "@/lib/form-state";

export function SignInForm({ action, returnTo }: { action: FormAction; returnTo?: string }) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} noValidate>
      <ErrorSummary errors={state.errors} fieldOrder={["email", "password"]} />
      {returnTo ? <input type="hidden" name="returnTo" value={returnTo} /> : null}
      <TextField
        name="email"
        type="email"
        label="Email address"
        autoComplete="email"
        spellCheck={false}
        defaultValue={state.values.email}
        error={state.errors.email}
        width="full"
      />
      <TextField
        name="password"
        type="password"
        label="Password"
        autoComplete="current-password"
        error={state.errors.password}
      />
      <SubmitButton>Sign in</SubmitButton>
    </form>
  );
}
