"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextAreaField } from "@/components/forms/text-area-field";
import { initialFormState, type FormAction } from "@/lib/form-state";
import { COMMENT_MAX } from "@/lib/comments/limits";

const FIELDS = ["body"] as const;

/**
 * Writing a comment, a reply or a change to one: a labelled text area with a character count, and the error
 * summary. What was typed comes back with a refusal, so nothing is lost.
 */
export function CommentForm({
  action,
  label,
  labelSize,
  hint,
  saved,
  submitLabel,
}: {
  action: FormAction;
  label: string;
  labelSize?: "regular" | "large";
  hint?: string;
  /** The words already there (editing). */
  saved?: string;
  submitLabel: string;
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  const body = state.status === "idle" ? saved : (state.values.body ?? "");
  return (
    // Mounted afresh with each answer (see FormState.submission), so the text area shows what came back.
    <form key={state.submission} action={formAction} noValidate>
      <ErrorSummary errors={state.errors} fieldOrder={FIELDS} />
      <TextAreaField
        name="body"
        label={label}
        labelSize={labelSize}
        hint={hint}
        rows={5}
        defaultValue={body}
        error={state.errors.body}
        characterLimit={COMMENT_MAX}
      />
      <SubmitButton>{submitLabel}</SubmitButton>
    </form>
  );
}
