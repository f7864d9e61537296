"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { NotificationBanner } from "@/components/forms/notification-banner";
import { SubmitButton } from "@/components/forms/submit-button";
import type { CheckEmailFlow } from "@/lib/accounts/schemas";
import { initialFormState, type FormAction } from "@/lib/form-state";

/** "Send it again" on a check-your-email page: the flow is named, the address comes from the server's cookie. */
export function SendAgainForm({ action, flow }: { action: FormAction; flow: CheckEmailFlow }) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction}>
      <ErrorSummary errors={state.errors} fieldOrder={[]} />
      {state.status === "success" && state.message ? (
        <NotificationBanner title="Success" tone="success">
          <p className="font-bold">{state.message}</p>
        </NotificationBanner>
      ) : null}
      <input type="hidden" name="flow" value={flow} />
      <SubmitButton variant="secondary">Send the email again</SubmitButton>
    </form>
  );
}
