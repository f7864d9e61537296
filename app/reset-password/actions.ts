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
  if (!parsed.success) return invalidInput(parsed.error, values);
  try {
    await resetPassword(parsed.data);
  } catch (error) {
    return errorState(error, values, "password");
  }
  redirect("/sign-in?reset=1");
}
