import { TextField } from "./text-field";

/** A new password: the rules stated up front, no composition rules, browser may suggest one. */
export function NewPasswordField({ label, error }: { label: string; error?: string }) {
  return (
    <TextField
      name="password"
      type="password"
      label={label}
      hint="At least 10 characters. A few random words you will remember work well. Avoid common passwords."
      autoComplete="new-password"
      error={error}
    />
  );
}
