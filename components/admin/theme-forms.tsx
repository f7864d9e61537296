"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FocusedSuccessBanner } from "@/components/forms/focused-success-banner";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextAreaField } from "@/components/forms/text-area-field";
import { TextField } from "@/components/forms/text-field";
import { initialFormState, type FormAction } from "@/lib/form-state";

const FIELDS = ["name", "slug", "description"] as const;

export interface ThemeFields {
  name: string;
  slug: string;
  description: string;
}

/**
 * A theme's name, short name for web addresses and description: empty for a new one, the saved values for one
 * that exists. What was typed comes back after a refusal, errors next to each field.
 */
export function ThemeForm({
  action,
  saved,
  limits,
  submitLabel,
}: {
  action: FormAction;
  saved?: ThemeFields;
  limits: { name: number; slug: number; description: number };
  submitLabel: string;
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  const value = (field: keyof ThemeFields) => (state.status === "error" ? state.values[field] : saved?.[field]) ?? "";
  return (
    <form key={state.submission} action={formAction} noValidate className="mb-10">
      {state.status === "success" && state.message ? <FocusedSuccessBanner message={state.message} /> : null}
      <ErrorSummary errors={state.errors} fieldOrder={FIELDS} />
      <TextField
        name="name"
        label="Name"
        defaultValue={value("name")}
        error={state.errors.name}
        characterLimit={limits.name}
        width="full"
      />
      <TextField
        name="slug"
        label="Short name for web addresses (optional)"
        hint="Lower-case letters, numbers and hyphens, for example energy-and-environment. Leave it empty to make one from the name."
        defaultValue={value("slug")}
        error={state.errors.slug}
        characterLimit={limits.slug}
        width="medium"
      />
      <TextAreaField
        name="description"
        label="Description"
        hint="People see it when they choose themes for a question."
        defaultValue={value("description")}
        error={state.errors.description}
        characterLimit={limits.description}
        rows={3}
      />
      <SubmitButton>{submitLabel}</SubmitButton>
    </form>
  );
}

/** Retires a theme, or brings a retired one back, saying so in a banner that takes focus. */
export function ThemeStateForm({ action, label }: { action: FormAction; label: string }) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form key={state.submission} action={formAction} className="mb-10">
      {state.status === "success" && state.message ? <FocusedSuccessBanner message={state.message} /> : null}
      <ErrorSummary errors={state.errors} fieldOrder={[]} />
      <SubmitButton variant="secondary">{label}</SubmitButton>
    </form>
  );
}
