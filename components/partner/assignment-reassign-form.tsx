"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { RadiosField } from "@/components/forms/radios-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialFormState, type FormAction } from "@/lib/form-state";

/** A lead gives the question to another member of their organisation. */
export function AssignmentReassignForm({
  action,
  questionId,
  organisation,
  members,
  currentMemberId,
}: {
  action: FormAction;
  questionId: string;
  organisation: string;
  members: { id: string; name: string }[];
  currentMemberId: string | null;
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form key={state.submission} action={formAction} noValidate>
      <ErrorSummary errors={state.errors} fieldOrder={["memberId"]} />
      <input type="hidden" name="questionId" value={questionId} />
      <RadiosField
        name="memberId"
        legend={`Who in ${organisation} should take it on?`}
        options={members.map((m) => ({
          value: m.id,
          label: m.id === currentMemberId ? `${m.name} (holds it now)` : m.name,
        }))}
        defaultValue={state.values.memberId}
        error={state.errors.memberId}
      />
      <SubmitButton>Reassign the question</SubmitButton>
    </form>
  );
}
