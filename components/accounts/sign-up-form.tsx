"use client";

import Link from "next/link";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { RadiosField } from "@/components/forms/radios-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { AGE_BANDS, AGE_NOT_SAID } from "@/lib/accounts/profile/options";
import { initialFormState, type FormAction } from "@/lib/form-state";
import { CredentialFields } from "./credential-fields";

const AGE_CHOICES = [...AGE_BANDS, { value: AGE_NOT_SAID, label: "Prefer not to say" }];

export function SignUpForm({ action, returnTo }: { action: FormAction; returnTo?: string }) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    // Mounted afresh with each answer (see FormState.submission), so the chosen age group is kept.
    <form key={state.submission} action={formAction} noValidate>
      <ErrorSummary errors={state.errors} fieldOrder={["email", "password", "ageBand"]} />
      {returnTo ? <input type="hidden" name="returnTo" value={returnTo} /> : null}
      <CredentialFields
        state={state}
        email={{ hint: "We will send you a link to confirm it. A school email address is fine." }}
        password="new"
      />
      <RadiosField
        name="ageBand"
        legend="How old are you?"
        hint="We ask so that we can keep young people safe. If you are under 18, or prefer not to say, a moderator checks what you post before it appears and your account gets the most private settings. Your age group is never shown to anyone."
        options={AGE_CHOICES}
        defaultValue={state.values.ageBand}
        error={state.errors.ageBand}
      />
      <p className="mb-6">
        By creating an account you agree to follow our <Link href="/house-rules">house rules</Link>. Our{" "}
        <Link href="/privacy">privacy notice</Link> explains what we do with your email address and age group, and how
        to ask us to delete them.
      </p>
      <SubmitButton>Create account</SubmitButton>
    </form>
  );
}
