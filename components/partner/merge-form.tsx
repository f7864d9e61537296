"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FieldHintAndError, choiceId, fieldGroupClass, fieldIds } from "@/components/forms/field-parts";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextAreaField } from "@/components/forms/text-area-field";
import { TextField } from "@/components/forms/text-field";
import { plural } from "@/lib/format";
import { initialFormState, type FormAction } from "@/lib/form-state";
import type { MergeCandidate } from "@/lib/merges/queries";
import { OTHER_QUESTION } from "@/lib/merges/schemas";
import { STATUS_NOTE_LIMIT } from "@/lib/triage/status-limits";

/** What merging into this candidate does to its support, in one sentence beside its radio. */
function outcome(candidate: MergeCandidate): string {
  const parts = [
    `${plural(candidate.supportCount, "supporter")} now, ${candidate.supportCountAfter.toLocaleString("en-GB")} after merging`,
  ];
  if (candidate.sharedSupporters)
    parts.push(`${plural(candidate.sharedSupporters, "person supports", "people support")} both, counted once`);
  if (candidate.authorSupportsDuplicate) parts.push("its author’s support of this question is dropped");
  return `${parts.join("; ")}.`;
}

/**
 * Chooses the question to keep (a suggested one, or another given by its address or id) and the public note.
 * Everything typed comes back after a refusal.
 */
export function MergeForm({
  action,
  duplicateId,
  candidates,
}: {
  action: FormAction;
  duplicateId: string;
  candidates: MergeCandidate[];
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  const keepError = state.errors.keep;
  const { hintId, errorId, describedBy } = fieldIds("keep", "hint", keepError);
  const options = [
    ...candidates.map((c) => ({ value: c.id, label: c.title, hint: outcome(c) })),
    {
      value: OTHER_QUESTION,
      label: "Another question",
      hint: "For when the right question is not suggested: give its address or id below.",
    },
  ];
  return (
    <form key={state.submission} action={formAction} noValidate>
      <ErrorSummary errors={state.errors} fieldOrder={["keep", "otherQuestion", "note"]} />
      <input type="hidden" name="duplicateId" value={duplicateId} />
      <div className={fieldGroupClass(keepError)}>
        <fieldset aria-describedby={describedBy}>
          <legend className="mb-1 text-2xl font-bold">Which question should be kept?</legend>
          <FieldHintAndError
            hint={
              candidates.length
                ? "These published questions look most like this one."
                : "No published question looks like this one. Give the address or id of the one to keep."
            }
            hintId={hintId}
            error={keepError}
            errorId={errorId}
          />
          <div className="space-y-3">
            {options.map((option, index) => {
              const id = choiceId("keep", option.value, index);
              return (
                <div key={option.value} className="flex items-start gap-3">
                  <input
                    id={id}
                    type="radio"
                    name="keep"
                    value={option.value}
                    aria-describedby={`${id}-outcome`}
                    defaultChecked={(state.values.keep ?? (candidates.length ? "" : OTHER_QUESTION)) === option.value}
                    className="mt-1 h-8 w-8 shrink-0 accent-ink"
                  />
                  <div>
                    <label htmlFor={id} className="break-words">
                      {option.label}
                    </label>
                    <p id={`${id}-outcome`} className="text-muted">
                      {option.hint}
                    </p>
                  </div>
                </div>
              );
            })}
          </div>
        </fieldset>
      </div>
      <TextField
        name="otherQuestion"
        label="Address or id of another question (if you chose “Another question”)"
        hint="Copy it from the question’s page, such as https://…/questions/…"
        defaultValue={state.values.otherQuestion}
        error={state.errors.otherQuestion}
        width="full"
        spellCheck={false}
      />
      <TextAreaField
        name="note"
        label="Public note"
        hint="Shown on this question’s timeline and in the message to its supporters. Say which question it repeats and why they are the same."
        defaultValue={state.values.note}
        error={state.errors.note}
        characterLimit={STATUS_NOTE_LIMIT}
        rows={4}
      />
      <SubmitButton>Merge the questions</SubmitButton>
    </form>
  );
}
