"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { RadiosField } from "@/components/forms/radios-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextAreaField } from "@/components/forms/text-area-field";
import { initialFormState, type FormAction } from "@/lib/form-state";
import { FLAG_CATEGORIES, FLAG_CATEGORY_LABELS, FLAG_DETAILS_LIMIT } from "@/lib/flags/choices";

/**
 * Why the person is reporting a post, and anything more they want a moderator to know (needed for "Something
 * else"). The textarea is always shown rather than revealed by the last radio, so it works without JavaScript
 * and a screen reader meets it in order.
 */
export function ReportForm({ action, what }: { action: FormAction; what: "question" | "comment" }) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form key={state.submission} action={formAction} noValidate>
      <ErrorSummary errors={state.errors} fieldOrder={["category", "details"]} />
      <RadiosField
        name="category"
        legend={`Why are you reporting this ${what}?`}
        options={FLAG_CATEGORIES.map((category) => ({ value: category, label: FLAG_CATEGORY_LABELS[category] }))}
        defaultValue={state.values.category}
        error={state.errors.category}
      />
      <TextAreaField
        name="details"
        label="Tell us more"
        hint="Needed if you chose Something else. Do not include your own or anyone else's personal details."
        defaultValue={state.values.details}
        error={state.errors.details}
        characterLimit={FLAG_DETAILS_LIMIT}
        rows={4}
      />
      <SubmitButton>Send report</SubmitButton>
    </form>
  );
}
