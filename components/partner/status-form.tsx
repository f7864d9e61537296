"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FocusedSuccessBanner } from "@/components/forms/focused-success-banner";
import { RadiosField } from "@/components/forms/radios-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextAreaField } from "@/components/forms/text-area-field";
import { initialFormState, type FormAction } from "@/lib/form-state";

const FIELDS = ["to", "note"] as const;

/**
 * The statuses this person may move the question to, and the public note. Which moves need a note is said
 * before they submit, in the hint; a missing one is shown next to the note. With no move left to offer (a
 * partner who has just declined the question, say) it still shows what the last change did.
 */
export function StatusForm({
  action,
  options,
  noteRule,
  noteLimit,
  nothingToOffer,
}: {
  action: FormAction;
  options: { value: string; label: string }[];
  /** Which of the offered moves need a note, in words. */
  noteRule: string;
  noteLimit: number;
  /** Said instead of the form when no status is offered. */
  nothingToOffer: string;
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  const refused = state.status === "error";
  const banner = state.status === "success" && state.message ? <FocusedSuccessBanner message={state.message} /> : null;
  if (!options.length)
    return (
      <div key={state.submission}>
        {banner}
        <p>{nothingToOffer}</p>
      </div>
    );
  return (
    <form key={state.submission} action={formAction} noValidate>
      {banner}
      <ErrorSummary errors={state.errors} fieldOrder={FIELDS} />
      <RadiosField
        name="to"
        legend="Change the status to"
        options={options}
        defaultValue={refused ? state.values.to : undefined}
        error={state.errors.to}
      />
      <TextAreaField
        name="note"
        label="Public note"
        hint={`Everyone can read this note on the question's timeline, and the author and followers are sent it. ${noteRule}`}
        defaultValue={refused ? state.values.note : ""}
        error={state.errors.note}
        characterLimit={noteLimit}
        rows={4}
      />
      <SubmitButton>Change status</SubmitButton>
    </form>
  );
}
