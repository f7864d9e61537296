"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { RadiosField } from "@/components/forms/radios-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextAreaField } from "@/components/forms/text-area-field";
import { initialFormState, type FormAction } from "@/lib/form-state";

/** A moderator's decision on one request to move into an adult age group: approve or decline, with a reason. */
export function AgeBandDecisionForm({ action, requestId }: { action: FormAction; requestId: string }) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form key={state.submission} action={formAction} noValidate>
      <ErrorSummary errors={state.errors} fieldOrder={["decision", "reason"]} />
      <input type="hidden" name="requestId" value={requestId} />
      <RadiosField
        name="decision"
        legend="Your decision"
        options={[
          { value: "approve", label: "Approve: change their age group" },
          { value: "decline", label: "Decline: keep their age group as it is" },
        ]}
        defaultValue={state.values.decision}
        error={state.errors.decision}
      />
      <TextAreaField
        name="reason"
        label="Reason"
        hint="The person sees this in the email we send them. Needed when you decline. Do not include anything about them they have not told us."
        defaultValue={state.values.reason}
        error={state.errors.reason}
        characterLimit={500}
        rows={4}
      />
      <SubmitButton>Save decision</SubmitButton>
    </form>
  );
}
