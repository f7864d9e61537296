"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialFormState, type FormAction } from "@/lib/form-state";

/** A form that is just one button (and the ids it acts on), with its outcome announced. */
export function AccountActionButton({
  action,
  children,
  variant,
  fields = {},
}: {
  action: FormAction;
  children: React.ReactNode;
  variant?: "primary" | "secondary" | "warning";
  /** Hidden inputs sent with the press: which row the button acts on. */
  fields?: Record<string, string>;
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction}>
      <ErrorSummary errors={state.errors} fieldOrder={[]} />
      {state.message ? (
        <p role="status" className="mb-3 font-bold text-success">
          {state.message}
        </p>
      ) : null}
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <SubmitButton variant={variant}>{children}</SubmitButton>
    </form>
  );
}
