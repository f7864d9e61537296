"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { NotificationBanner } from "@/components/forms/notification-banner";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialFormState, type FormAction } from "@/lib/form-state";

// The link in an email opens a page with this button: opening the page changes nothing, because mail scanners
// open links too. Pressing it needs no sign-in; the signed token is the authority.
export function UnsubscribeForm({ action, token }: { action: FormAction; token: string }) {
  const [state, formAction] = useActionState(action, initialFormState);
  if (state.status === "success") {
    return (
      <NotificationBanner title="Success" tone="success">
        <p className="font-bold">{state.message}</p>
      </NotificationBanner>
    );
  }
  return (
    <form action={formAction}>
      <ErrorSummary errors={state.errors} fieldOrder={[]} />
      <input type="hidden" name="token" value={token} />
      <SubmitButton>Unsubscribe</SubmitButton>
    </form>
  );
}
