"use server";

import { signIn } from "@/lib/auth/auth";
import { signInErrorState } from "@/lib/auth/sign-in-errors";
import { echoValues, invalidInput, type FormState } from "@/lib/forms";
import { tokenSchema } from "@/lib/accounts/schemas";

// Confirming the email uses the link's single-use token, which also signs the person in.
export async function confirmEmailAction(_state: FormState, formData: FormData): Promise<FormState> {
  const values = echoValues(formData);
  const parsed = tokenSchema.safeParse({ token: formData.get("token") });
  if (!parsed.success) return { ...invalidInput(parsed.error, values), errors: { form: "This link is not valid. Ask for a new one." } };
  try {
    await signIn("email-token", { token: parsed.data.token, redirectTo: "/account?confirmed=1" });
  } catch (error) {
    return signInErrorState(error, values);
  }
  return { status: "idle", errors: {}, values };
}
