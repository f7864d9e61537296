"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { NotificationBanner } from "@/components/forms/notification-banner";
import { RadiosField } from "@/components/forms/radios-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialFormState, type FormAction } from "@/lib/form-state";
import { EMAIL_KINDS } from "@/lib/notifications/kinds";
import { EMAIL_DELIVERY_CHOICES, EMAIL_KIND_HINTS, EMAIL_KIND_LABELS } from "@/lib/notifications/email/options";

const FIELDS = ["emailNotifications", ...EMAIL_KINDS] as const;

// The same neutral words for everyone: nothing here recommends turning email on (under-18s are never nudged).
export function EmailSettingsForm({
  action,
  saved,
}: {
  action: FormAction;
  saved: Record<(typeof FIELDS)[number], string>;
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  const values = state.status === "idle" ? saved : { ...saved, ...state.values };
  return (
    <form key={state.submission} action={formAction} noValidate>
      {state.status === "success" ? (
        <NotificationBanner title="Success" tone="success">
          <p className="font-bold">{state.message}</p>
        </NotificationBanner>
      ) : null}
      <ErrorSummary errors={state.errors} fieldOrder={FIELDS} />
      <RadiosField
        name="emailNotifications"
        legend="Do you want emails about activity on your questions and comments?"
        hint="You will always see this activity on the site, under Notifications. We only email you if you choose yes."
        options={[
          { value: "yes", label: "Yes, email me as I choose below" },
          { value: "no", label: "No, do not email me about activity" },
        ]}
        defaultValue={values.emailNotifications}
        error={state.errors.emailNotifications}
      />
      <h2 className="mb-2 text-2xl">How often</h2>
      <p className="mb-6">These choices only apply if you chose yes above.</p>
      {EMAIL_KINDS.map((kind) => (
        <RadiosField
          key={kind}
          name={kind}
          legend={EMAIL_KIND_LABELS[kind]}
          hint={EMAIL_KIND_HINTS[kind]}
          options={EMAIL_DELIVERY_CHOICES}
          defaultValue={values[kind]}
          error={state.errors[kind]}
        />
      ))}
      <SubmitButton>Save email settings</SubmitButton>
    </form>
  );
}
