"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FocusedSuccessBanner } from "@/components/forms/focused-success-banner";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextAreaField } from "@/components/forms/text-area-field";
import { initialFormState, type FormAction } from "@/lib/form-state";

/** A new internal note; the text stays after a refusal and is cleared once the note is added. */
export function NotesForm({ action, limit, readers }: { action: FormAction; limit: number; readers: string }) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form key={state.submission} action={formAction} noValidate>
      {state.status === "success" && state.message ? <FocusedSuccessBanner message={state.message} /> : null}
      <ErrorSummary errors={state.errors} fieldOrder={["body"]} />
      <TextAreaField
        name="body"
        label="Add an internal note"
        hint={`Only ${readers} can read it. It is never shown to the public or the question's author.`}
        defaultValue={state.status === "error" ? state.values.body : ""}
        error={state.errors.body}
        characterLimit={limit}
        rows={4}
      />
      <SubmitButton>Add note</SubmitButton>
    </form>
  );
}
