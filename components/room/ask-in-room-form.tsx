"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FocusedSuccessBanner } from "@/components/forms/focused-success-banner";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextAreaField } from "@/components/forms/text-area-field";
import { initialFormState, type FormAction } from "@/lib/form-state";

/** Asking in the room. On success the box is emptied (a new form) and the outcome said and focused. */
export function AskInRoomForm({ action, characterLimit }: { action: FormAction; characterLimit: number }) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form key={state.submission} action={formAction} noValidate>
      {state.status === "success" && state.message ? (
        <FocusedSuccessBanner title="Question sent" message={state.message} />
      ) : null}
      <ErrorSummary errors={state.errors} fieldOrder={["text"]} />
      <TextAreaField
        name="text"
        label="Your question"
        labelSize="large"
        hint="Ask the panel anything about a smarter Essex. Do not include names, addresses, phone numbers or anything else that could identify someone."
        rows={4}
        characterLimit={characterLimit}
        defaultValue={state.status === "error" ? state.values.text : undefined}
        error={state.errors.text}
      />
      <SubmitButton>Send question</SubmitButton>
    </form>
  );
}
