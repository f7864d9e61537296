"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { emailOnlySchema, returnToField, signInSchema, tokenSchema } from "@/lib/accounts/schemas";
import { requestSignInLink } from "@/lib/accounts/service";
import { signIn } from "@/lib/auth/auth";
import { clientIp } from "@/lib/auth/client-ip";
import { signInErrorState } from "@/lib/auth/sign-in-errors";
import { echoValues, errorState, invalidInput, type FormState } from "@/lib/forms";

export async function signInWithPasswordAction(_state: FormState, formData: FormData): Promise<FormState> {
  const values = echoValues(formData, ["password"]);
  const parsed = signInSchema.safeParse({ email: formData.get("email"), password: formData.get("password") });
  if (!parsed.success) return invalidInput(parsed.error, values);
  const returnTo = returnToField.parse(formData.get("returnTo") ?? undefined) ?? "/account";
  try {
    await signIn("password", { ...parsed.data, redirectTo: returnTo });
  } catch (error) {
    return signInErrorState(error, values);
  }
  return { status: "idle", errors: {}, values };
}

export async function requestSignInLinkAction(_state: FormState, formData: FormData): Promise<FormState> {
  const values = echoValues(formData);
  const parsed = emailOnlySchema.safeParse({ email: formData.get("email") });
  if (!parsed.success) return invalidInput(parsed.error, values);
  try {
    await requestSignInLink(parsed.data.email, { ip: clientIp(await headers()) });
  } catch (error) {
    return errorState(error, values);
  }
  redirect("/sign-in/check-email");
}

export async function signInWithLinkAction(_state: FormState, formData: FormData): Promise<FormState> {
  const values = echoValues(formData);
  const parsed = tokenSchema.safeParse({ token: formData.get("token") });
  if (!parsed.success) return { status: "error", errors: { form: "This link is not valid. Ask for a new one." }, values };
  try {
    await signIn("email-token", { token: parsed.data.token, redirectTo: "/account" });
  } catch (error) {
    return signInErrorState(error, values);
  }
  return { status: "idle", errors: {}, values };
}
