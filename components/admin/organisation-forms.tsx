"use client";

import Link from "next/link";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FocusedSuccessBanner } from "@/components/forms/focused-success-banner";
import { RadiosField } from "@/components/forms/radios-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextAreaField } from "@/components/forms/text-area-field";
import { TextField } from "@/components/forms/text-field";
import { initialFormState, type FormAction } from "@/lib/form-state";

const FIELDS = ["name", "slug", "kind", "description"] as const;

export interface OrganisationFields {
  name: string;
  slug: string;
  kind: string;
  description: string;
}

/**
 * An organisation's name, short name for web addresses, kind and description: empty for a new one, the saved
 * values for one that exists. What was typed comes back after a refusal, errors next to each field.
 */
export function OrganisationForm({
  action,
  saved,
  kinds,
  limits,
  submitLabel,
}: {
  action: FormAction;
  saved?: OrganisationFields;
  kinds: { value: string; label: string }[];
  limits: { name: number; slug: number; description: number };
  submitLabel: string;
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  const value = (field: keyof OrganisationFields) => (state.status === "error" ? state.values[field] : saved?.[field]);
  return (
    // Mounted afresh with each answer (see FormState.submission), so the fields show what came back.
    <form key={state.submission} action={formAction} noValidate className="mb-10">
      {state.status === "success" && state.message ? <FocusedSuccessBanner message={state.message} /> : null}
      <ErrorSummary errors={state.errors} fieldOrder={FIELDS} />
      <TextField
        name="name"
        label="Name"
        defaultValue={value("name") ?? ""}
        error={state.errors.name}
        characterLimit={limits.name}
        width="full"
      />
      <TextField
        name="slug"
        label="Short name for web addresses (optional)"
        hint="Lower-case letters, numbers and hyphens, for example essex-county-council. Leave it empty to make one from the name."
        defaultValue={value("slug") ?? ""}
        error={state.errors.slug}
        characterLimit={limits.slug}
        width="medium"
      />
      <RadiosField
        name="kind"
        legend="Kind of organisation"
        options={kinds}
        defaultValue={value("kind")}
        error={state.errors.kind}
      />
      <TextAreaField
        name="description"
        label="Description"
        hint="What the organisation does, in a sentence or two. People see it beside the organisation's answers."
        defaultValue={value("description") ?? ""}
        error={state.errors.description}
        characterLimit={limits.description}
        rows={4}
      />
      <SubmitButton>{submitLabel}</SubmitButton>
    </form>
  );
}

/** The confirmation step's button: deactivates the organisation (the page around it says what that means). */
export function DeactivateOrganisationForm({ action, cancelHref }: { action: FormAction; cancelHref: string }) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction}>
      <ErrorSummary errors={state.errors} fieldOrder={[]} />
      <div className="flex flex-wrap items-center gap-6">
        <SubmitButton variant="warning">Yes, deactivate it</SubmitButton>
        <Link href={cancelHref}>Cancel</Link>
      </div>
    </form>
  );
}

/** Makes a deactivated organisation active again, saying so in a banner that takes focus. */
export function ReactivateOrganisationForm({ action }: { action: FormAction }) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form key={state.submission} action={formAction} className="mb-10">
      {state.status === "success" && state.message ? <FocusedSuccessBanner message={state.message} /> : null}
      <ErrorSummary errors={state.errors} fieldOrder={[]} />
      <SubmitButton variant="secondary">Reactivate this organisation</SubmitButton>
    </form>
  );
}
