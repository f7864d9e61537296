"use server";

import { signOut } from "@/lib/auth/auth";
import { getActor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/permissions";
import { resendVerification, signOutEverywhere } from "@/lib/accounts/service";
import { errorState, type FormState } from "@/lib/forms";

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/?signed-out=1" });
}

export async function signOutEverywhereAction(_state: FormState): Promise<FormState> {
  try {
    const actor = await getActor();
    requirePermission(actor, "account.signOutEverywhere");
    await signOutEverywhere(actor.id);
  } catch (error) {
    return errorState(error, {});
  }
  await signOut({ redirectTo: "/?signed-out=1" });
  return { status: "success", errors: {}, values: {} };
}

export async function resendVerificationAction(_state: FormState): Promise<FormState> {
  try {
    const actor = await getActor();
    if (!actor) return { status: "error", errors: { form: "Sign in first." }, values: {} };
    await resendVerification(actor.id);
  } catch (error) {
    return errorState(error, {});
  }
  return { status: "success", errors: {}, values: {}, message: "We have sent you a new link. Check your email." };
}
