"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextAreaField } from "@/components/forms/text-area-field";
import { initialFormState, type FormAction } from "@/lib/form-state";

/** Marking a post as a safeguarding concern: what made the moderator concerned, for the admins only. */
export function MarkConcernForm({
  action,
  post,
}: {
  action: FormAction;
  post: { kind: "question" | "comment"; id: string };
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form key={state.submission} action={formAction} noValidate>
      <ErrorSummary errors={state.errors} fieldOrder={["note"]} />
      <input type="hidden" name={post.kind === "comment" ? "commentId" : "questionId"} value={post.id} />
      <TextAreaField
        name="note"
        label="What made you concerned?"
        hint="Only the administrators can read this. Say what you saw in the post, in your own words, and anything else you know."
        defaultValue={state.values.note}
        error={state.errors.note}
        characterLimit={2000}
        rows={5}
      />
      <SubmitButton variant="warning">Mark as a safeguarding concern</SubmitButton>
    </form>
  );
}

/** Closing a concern once it is passed on, with a note of what was done. */
export function CloseConcernForm({ action, concernId }: { action: FormAction; concernId: string }) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form key={state.submission} action={formAction} noValidate>
      <ErrorSummary errors={state.errors} fieldOrder={["closingNote"]} />
      <input type="hidden" name="concernId" value={concernId} />
      <TextAreaField
        name="closingNote"
        label="What was done?"
        hint="Who you told, when, and their reference if they gave one."
        defaultValue={state.values.closingNote}
        error={state.errors.closingNote}
        characterLimit={2000}
        rows={5}
      />
      <SubmitButton>Close the concern</SubmitButton>
    </form>
  );
}
