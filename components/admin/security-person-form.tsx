"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { initialFormState, type FormAction } from "@/lib/form-state";

/**
 * Shows one person's events, found by their exact email address. Sent by POST, so the address is never in a
 * URL; the answer is the list filtered by the person's opaque id. The other filters in force ride along.
 */
export function SecurityPersonForm({
  action,
  filters,
}: {
  action: FormAction;
  filters: { kind: string; from: string; to: string };
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} noValidate className="mb-8">
      <ErrorSummary errors={state.errors} fieldOrder={["email"]} />
      {Object.entries(filters).map(([name, value]) =>
        value ? <input key={name} type="hidden" name={name} value={value} /> : null,
      )}
      <TextField
        name="email"
        type="email"
        autoComplete="off"
        label="Show one person's events"
        hint="Enter their full email address"
        defaultValue={state.values.email}
        error={state.errors.email}
        width="full"
      />
      <SubmitButton variant="secondary">Find person</SubmitButton>
    </form>
  );
}
