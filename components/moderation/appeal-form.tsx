"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextAreaField } from "@/components/forms/text-area-field";
import { initialFormState, type FormAction } from "@/lib/form-state";
import { APPEAL_MAX } from "@/lib/moderation/appeals/schemas";

/** One question: why a different moderator should look again. What was typed comes back on an error. */
export function AppealForm({ action }: { action: FormAction }) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form key={state.submission} action={formAction} noValidate>
      <ErrorSummary errors={state.errors} fieldOrder={["body"]} />
      <TextAreaField
        name="body"
        label="Why should a different moderator look at this again?"
        labelSize="large"
        hint="Say what you think the moderator missed or got wrong. Do not include your own or anyone else's personal details."
        defaultValue={state.values.body}
        error={state.errors.body}
        characterLimit={APPEAL_MAX}
        rows={6}
      />
      <SubmitButton>Send appeal</SubmitButton>
    </form>
  );
}
