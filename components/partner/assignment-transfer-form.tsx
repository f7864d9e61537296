"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { SelectField } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextAreaField } from "@/components/forms/text-area-field";
import { initialFormState, type FormAction } from "@/lib/form-state";
import { HAND_OVER_NOTE_LIMIT } from "@/lib/assignments/schemas";

/** Transfers the question to another organisation, with a note its members read in the question's history. */
export function AssignmentTransferForm({
  action,
  questionId,
  organisations,
}: {
  action: FormAction;
  questionId: string;
  organisations: { id: number; name: string }[];
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    // Mounted afresh with each answer (see FormState.submission): a <select> ignores a new defaultValue.
    <form key={state.submission} action={formAction} noValidate>
      <ErrorSummary errors={state.errors} fieldOrder={["toOrganisationId", "note"]} />
      <input type="hidden" name="questionId" value={questionId} />
      <SelectField
        name="toOrganisationId"
        label="Organisation to transfer it to"
        options={organisations.map((o) => ({ value: String(o.id), label: o.name }))}
        emptyLabel="Choose an organisation"
        defaultValue={state.values.toOrganisationId}
        error={state.errors.toOrganisationId}
      />
      <TextAreaField
        name="note"
        label="Note for the other organisation"
        hint="Say why it is theirs, and anything you have found out. Partners read this in the question's history; the person who asked does not."
        defaultValue={state.values.note}
        error={state.errors.note}
        characterLimit={HAND_OVER_NOTE_LIMIT}
        rows={5}
      />
      <SubmitButton>Transfer the question</SubmitButton>
    </form>
  );
}
