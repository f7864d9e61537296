"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialFormState, type FormAction } from "@/lib/form-state";
import { CredentialFields } from "./credential-fields";

/** One email field and a button: asks for a sign-in link or a password reset link. */
export function EmailRequestForm({
  action,
  button,
  hint,
  returnTo,
}: {
  action: FormAction;
  button: string;
  hint?: string;
  returnTo?: string;
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} noValidate>
      <ErrorSummary errors={state.errors} fieldOrder={["email"]} />
      {returnTo ? <input type="hidden" name="returnTo" value={returnTo} /> : null}
      <CredentialFields state={state} email={{ hint }} password={false} />
      <SubmitButton>{button}</SubmitButton>
    </form>
  );
}
