"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { signUpSchema } from "@/lib/accounts/schemas";
import { registerAccount } from "@/lib/accounts/service";
import { clientIp } from "@/lib/auth/client-ip";
import { echoValues, errorState, invalidInput, type FormState } from "@/lib/forms";

// Anyone may create an account: there is no role to require.
export async function signUpAction(_state: FormState, formData: FormData): Promise<FormState> {
  const values = echoValues(formData, ["password"]);
  const parsed = signUpSchema.safeParse({ email: formData.get("email"), password: formData.get("password") });
  if (!parsed.success) return invalidInput(parsed.error, values);
  try {
    await registerAccount(parsed.data, { ip: clientIp(await headers()) });
  } catch (error) {
    return errorState(error, values);
  }
  redirect("/sign-up/check-email");
}
