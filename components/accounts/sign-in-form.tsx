"use client";

import Link from "next/link";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { SubmitButton } from "@/components/forms/submit-button";
import { REPEATED_FAILURES_FIELD } from "@/lib/accounts/copy";
import { initialFormState, type FormAction } from "@/lib/form-state";
import { CredentialFields } from "./credential-fields";

export function SignInForm({ action, returnTo }: { action: FormAction; returnTo?: string }) {
  const [state, formAction] = useActionState(action, initialFormState);
  // After several wrong passwords the service adds this entry: shown as the other ways in, not as an error.
  const { [REPEATED_FAILURES_FIELD]: otherWaysIn, ...errors } = state.errors;
  const query = returnTo ? `?returnTo=${encodeURIComponent(returnTo)}` : "";
  return (
    <form action={formAction} noValidate>
      <ErrorSummary errors={errors} fieldOrder={["email", "password"]} />
      {otherWaysIn ? (
        <div className="mb-8 border-l-4 border-line pl-4" role="region" aria-labelledby="other-ways-in-title">
          <h2 id="other-ways-in-title" className="mb-2 text-2xl">
            Having trouble signing in?
          </h2>
          <p className="mb-2">{otherWaysIn}</p>
          <ul className="list-disc space-y-1 pl-6">
            <li>
              <Link href={`/sign-in/email-link${query}`}>Email me a sign-in link</Link>
            </li>
            <li>
              <Link href="/reset-password">Reset my password</Link>
            </li>
          </ul>
        </div>
      ) : null}
      {returnTo ? <input type="hidden" name="returnTo" value={returnTo} /> : null}
      <CredentialFields state={state} password="current" />
      <SubmitButton>Sign in</SubmitButton>
    </form>
  );
}
