"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialFormState, type FormAction } from "@/lib/form-state";

// Emailed links open a page with this button rather than acting on GET, so a mail scanner that follows
// links cannot use up (or act on) someone's single-use link.
export function TokenConfirmForm({
  action,
  token,
  button,
  returnTo,
}: {
  action: FormAction;
  token: string;
  button: string;
  /** The page to land on afterwards (a safe path the link carried). */
  returnTo?: string;
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction}>
      <ErrorSummary errors={state.errors} fieldOrder={[]} />
      <input type="hidden" name="token" value={token} />
      {returnTo ? <input type="hidden" name="returnTo" value={returnTo} /> : null}
      <SubmitButton>{button}</SubmitButton>
    </form>
  );
}
