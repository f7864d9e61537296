"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { SelectField } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialFormState, type FormAction } from "@/lib/form-state";

/**
 * Claims the question: one button for someone in one organisation, a choice of organisation for someone in
 * several and for admins (who may claim for any). When someone else was quicker, the summary says who has it.
 */
export function AssignmentClaimForm({
  action,
  questionId,
  organisations,
}: {
  action: FormAction;
  questionId: string;
  organisations: { id: number; name: string }[];
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  const only = organisations.length === 1 ? organisations[0] : undefined;
  return (
    <form key={state.submission} action={formAction} noValidate className="mb-6">
      <ErrorSummary errors={state.errors} fieldOrder={["organisationId"]} />
      <input type="hidden" name="questionId" value={questionId} />
      {only ? (
        <>
          <input type="hidden" name="organisationId" value={only.id} />
          <SubmitButton>Claim for {only.name}</SubmitButton>
        </>
      ) : (
        <>
          <SelectField
            name="organisationId"
            label="Organisation to claim it for"
            hint="The organisation that will answer it. You will be the member who holds it."
            options={organisations.map((o) => ({ value: String(o.id), label: o.name }))}
            emptyLabel="Choose an organisation"
            defaultValue={state.values.organisationId}
            error={state.errors.organisationId}
          />
          <SubmitButton>Claim this question</SubmitButton>
        </>
      )}
    </form>
  );
}
