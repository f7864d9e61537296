"use client";

import { useActionState } from "react";
import { CheckboxField } from "@/components/forms/checkbox-field";
import { ErrorSummary } from "@/components/forms/error-summary";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialFormState, type FormAction } from "@/lib/form-state";

export function DeleteAccountForm({ action }: { action: FormAction }) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} noValidate>
      <ErrorSummary errors={state.errors} fieldOrder={["confirm"]} />
      <CheckboxField
        name="confirm"
        label="I understand that deleting my account cannot be undone"
        error={state.errors.confirm}
      />
      <SubmitButton variant="warning">Delete my account</SubmitButton>
    </form>
  );
}
