"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { RadiosField } from "@/components/forms/radios-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialFormState, type FormAction } from "@/lib/form-state";
import { DELIVERY_ANSWER_LABELS, DELIVERY_ANSWERS } from "@/lib/delivery-checks/choices";

/** "Has this been delivered?": yes, partly or no, with the person's current answer chosen when they have one. */
export function DeliveryAnswerForm({ action, current }: { action: FormAction; current: string | null }) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form key={state.submission} action={formAction} noValidate>
      <ErrorSummary errors={state.errors} fieldOrder={["answer"]} />
      <RadiosField
        name="answer"
        legend="Has this been delivered?"
        hint="Answer from what you have seen or heard yourself. You can change your answer at any time."
        options={DELIVERY_ANSWERS.map((answer) => ({ value: answer, label: DELIVERY_ANSWER_LABELS[answer] }))}
        defaultValue={state.values.answer ?? current ?? undefined}
        error={state.errors.answer}
      />
      <SubmitButton>{current ? "Change your answer" : "Send your answer"}</SubmitButton>
    </form>
  );
}
