import { z } from "zod";
import { isCommonPassword, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "./password";
import { AgeBand } from "@/lib/generated/prisma/enums";
import { AGE_NOT_SAID } from "./profile/options";
import { safeReturnPath } from "./return-path";
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

/** A path on this site to return to after signing in; anything else (another site, a protocol-relative URL) is dropped. */
export const returnToField = z
  .string()
  .optional()
  .transform((value) => safeReturnPath(value));

export const AGE_BAND_REQUIRED = "Select your age group, or select “Prefer not to say”";

/** The age group, asked at sign-up (required: "prefer not to say" is an answer); null when not said. */
export const signUpAgeBandField = z
  .union([z.enum(AgeBand), z.literal(AGE_NOT_SAID)], { error: AGE_BAND_REQUIRED })
  .transform((value) => (value === AGE_NOT_SAID ? null : value));

export const signInSchema = z.object({
  email: emailField,
  password: z
    .string({ error: "Enter your password" })
    .min(1, "Enter your password")
    .max(PASSWORD_MAX_LENGTH, "Enter a correct email address and password"),
});

export const emailOnlySchema = z.object({ email: emailField });

/** Asking for an emailed sign-in link, kept with the page to come back to. */
export const signInLinkRequestSchema = z.object({ email: emailField, returnTo: returnToField });

/** The check-your-email pages' flows, each with its "send it again". */
export const CHECK_EMAIL_FLOWS = ["sign_up", "sign_in", "password_reset"] as const;
export type CheckEmailFlow = (typeof CHECK_EMAIL_FLOWS)[number];

export const sendAgainSchema = z.object({
  flow: z.enum(CHECK_EMAIL_FLOWS, { error: "This page is out of date. Start again." }),
});

export const tokenSchema = z.object({ token: tokenField });

/** Confirming an email or signing in by link, kept with the page to come back to. */
export const tokenWithReturnSchema = z.object({ token: tokenField, returnTo: returnToField });

export const resetPasswordSchema = z.object({ token: tokenField, password: newPasswordField });

export const signUpSchema = z.object({
  email: emailField,
  password: newPasswordField,
  ageBand: signUpAgeBandField,
  returnTo: returnToField,
});

/** What sign-up needs: the page to come back to is optional (tests and scripts register without one). */
export type SignUpInput = Omit<z.infer<typeof signUpSchema>, "returnTo"> & { returnTo?: string };
export type SignInInput = z.infer<typeof signInSchema>;
