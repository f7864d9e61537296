import { z } from "zod";
import { isCommonPassword, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "./password";
import { TOKEN_PATTERN } from "./token-rules";

export const emailField = z
  .string({ error: "Enter your email address" })
  .trim()
  .min(1, "Enter your email address")
  .max(254, "Email address must be 254 characters or fewer")
  .pipe(z.email("Enter an email address in the correct format, like name@example.com"))
  .transform((email) => email.toLowerCase());

export const newPasswordField = z
  .string({ error: "Enter a password" })
  .min(1, "Enter a password")
  .min(PASSWORD_MIN_LENGTH, `Your password must be at least ${PASSWORD_MIN_LENGTH} characters`)
  .max(PASSWORD_MAX_LENGTH, `Your password must be ${PASSWORD_MAX_LENGTH} characters or fewer`)
  .refine(
    (password) => !isCommonPassword(password),
    "This password is too common and easy to guess. Choose a different one",
  );

export const tokenField = z.string({ error: "This link is not valid" }).regex(TOKEN_PATTERN, "This link is not valid");

export const signUpSchema = z.object({ email: emailField, password: newPasswordField });

export const signInSchema = z.object({
  email: emailField,
  password: z
    .string({ error: "Enter your password" })
    .min(1, "Enter your password")
    .max(PASSWORD_MAX_LENGTH, "Enter a correct email address and password"),
});

export const emailOnlySchema = z.object({ email: emailField });

export const tokenSchema = z.object({ token: tokenField });

export const resetPasswordSchema = z.object({ token: tokenField, password: newPasswordField });

/** A path on this site to return to after signing in; anything else (another site, a protocol-relative URL) is dropped. */
export const returnToField = z
  .string()
  .optional()
  .transform((value) => (value && /^\/(?![/\\])[^\s]*$/.test(value) && value.length <= 500 ? value : undefined));

export type SignUpInput = z.infer<typeof signUpSchema>;
export type SignInInput = z.infer<typeof signInSchema>;
