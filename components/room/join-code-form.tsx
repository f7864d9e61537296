"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { initialFormState, type FormAction } from "@/lib/form-state";

/** The /join form: the code from the screen or the printed sheet. */
export function JoinCodeForm({ action }: { action: FormAction }) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form key={state.submission} action={formAction} noValidate>
      <ErrorSummary errors={state.errors} fieldOrder={["code"]} />
      <TextField
        name="code"
        label="Join code"
        labelSize="large"
        hint="6 letters and numbers, such as EX4CTA. Capital letters or small letters both work."
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        width="short"
        defaultValue={state.values.code}
        error={state.errors.code}
      />
      <SubmitButton>Continue</SubmitButton>
    </form>
  );
}
