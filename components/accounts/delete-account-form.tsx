"use client";

import Link from "next/link";
import { useActionState } from "react";
import { CheckboxField } from "@/components/forms/checkbox-field";
import { ErrorSummary } from "@/components/forms/error-summary";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialFormState, type FormAction } from "@/lib/form-state";

export function DeleteAccountForm({ action }: { action: FormAction }) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    // Mounted afresh with each answer, so the boxes show what was ticked when the form was sent.
    <form key={state.submission} action={formAction} noValidate>
      <ErrorSummary errors={state.errors} fieldOrder={["removeText", "confirm"]} />
      <CheckboxField
        name="removeText"
        label="Also remove the words of my questions and comments"
        hint="Their titles and text will read “[removed at the author's request]”. Other people's supports and replies, and partners' answers, stay, so others can still follow what happened."
        defaultChecked={state.values.removeText === "on"}
        error={state.errors.removeText}
      />
      <CheckboxField
        name="confirm"
        label="I understand that deleting my account cannot be undone"
        defaultChecked={state.values.confirm === "on"}
        error={state.errors.confirm}
      />
      <div className="flex flex-wrap items-center gap-6">
        <SubmitButton variant="warning">Delete my account</SubmitButton>
        <Link href="/account">Cancel</Link>
      </div>
    </form>
  );
}
