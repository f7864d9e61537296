"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { emailOnlySchema, resetPasswordSchema } from "@/lib/accounts/schemas";
import { requestPasswordReset, resetPassword } from "@/lib/accounts/service";
import { clientIp } from "@/lib/auth/client-ip";
import { echoValues, errorState, invalidInput, type FormState } from "@/lib/forms";

export async function requestPasswordResetAction(_state: FormState, formData: FormData): Promise<FormState> {
  const values = echoValues(formData);
  const parsed = emailOnlySchema.safeParse({ email: formData.get("email") });
  if (!parsed.success) return invalidInput(parsed.error, values);
  try {
    await requestPasswordReset(parsed.data.email, { ip: clientIp(await headers()) });
  } catch (error) {
    return errorState(error, values);
  }
  redirect("/reset-password/check-email");
}

export async function resetPasswordAction(_state: FormState, formData: FormData): Promise<FormState> {
  const values = echoValues(formData, ["password"]);
  const parsed = resetPasswordSchema.safeParse({ token: formData.get("token"), password: formData.get("password") });
  if (!parsed.success) {
    const state = invalidInput(parsed.error, values);
    // The token is not a field the person can see or fix: explain it about the whole form.
    if (state.errors.token) state.errors = { form: "This link is not valid. Ask for a new one." };
    return state;
  }
  try {
    await resetPassword(parsed.data);
  } catch (error) {
    return errorState(error, values, "password");
  }
  redirect("/sign-in?reset=1");
}
