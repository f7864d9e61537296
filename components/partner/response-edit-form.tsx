"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextAreaField } from "@/components/forms/text-area-field";
import { initialFormState, type FormAction } from "@/lib/form-state";
import { RESPONSE_BODY_LIMIT } from "@/lib/responses/schemas";
import { RESPONSE_MARKDOWN_HINT } from "./response-composer";

const FIELDS = ["body"] as const;

/** Changing a published response's text; what was typed comes back with a refusal, so nothing is lost. */
export function ResponseEditForm({ action, saved }: { action: FormAction; saved: string }) {
  const [state, formAction] = useActionState(action, initialFormState);
  const body = state.status === "idle" ? saved : (state.values.body ?? "");
  return (
    <form key={state.submission} action={formAction} noValidate>
      <ErrorSummary errors={state.errors} fieldOrder={FIELDS} />
      <TextAreaField
        name="body"
        label="Your response"
        labelSize="large"
        hint={RESPONSE_MARKDOWN_HINT}
        rows={12}
        defaultValue={body}
        error={state.errors.body}
        characterLimit={RESPONSE_BODY_LIMIT}
      />
      <SubmitButton>Save changes</SubmitButton>
    </form>
  );
}
