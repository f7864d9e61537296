"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { SubmitButton } from "@/components/forms/submit-button";
import { NewPasswordField } from "@/components/forms/new-password-field";
import { TextField } from "@/components/forms/text-field";
import { initialFormState, type FormAction } from "@/lib/form-state";

export function SignUpForm({ action }: { action: FormAction }) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} noValidate>
      <ErrorSummary errors={state.errors} fieldOrder={["email", "password"]} />
      <TextField
        name="email"
        type="email"
        label="Email address"
        hint="We will send you a link to confirm it. A school email address is fine."
        autoComplete="email"
        spellCheck={false}
        defaultValue={state.values.email}
        error={state.errors.email}
        width="full"
      />
      <NewPasswordField label="Create a password" error={state.errors.password} />
      <SubmitButton>Create account</SubmitButton>
    </form>
  );
}
