import { NewPasswordField } from "@/components/forms/new-password-field";
import { TextField } from "@/components/forms/text-field";
import type { FormState } from "@/lib/form-state";

/**
 * The email address and password fields the sign-in, sign-up, confirm-it's-you and emailed-link forms share:
 * one place for their labels, autocomplete tokens and error wiring. `email` false leaves the email out (the
 * person is already signed in); `password` false leaves the password out (a link is emailed instead).
 */
export function CredentialFields({
  state,
  email = { hint: undefined },
  password,
}: {
  state: FormState;
  email?: { hint?: string } | false;
  password: "current" | "new" | false;
}) {
  return (
    <>
      {email ? (
        <TextField
          name="email"
          type="email"
          label="Email address"
          hint={email.hint}
          autoComplete="email"
          spellCheck={false}
          defaultValue={state.values.email}
          error={state.errors.email}
          width="full"
        />
      ) : null}
      {password === "new" ? <NewPasswordField label="Create a password" error={state.errors.password} /> : null}
      {password === "current" ? (
        <TextField
          name="password"
          type="password"
          label="Password"
          autoComplete="current-password"
          error={state.errors.password}
        />
      ) : null}
    </>
  );
}
