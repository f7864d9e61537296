"use server";

import { getActor } from "@/lib/auth/actor";
import { signOut } from "@/lib/auth/auth";
import { deleteAccount } from "@/lib/accounts/deletion";
import { deleteAccountSchema } from "@/lib/accounts/profile-schemas";
import { errorState, invalidInput, type FormState } from "@/lib/forms";

export async function deleteAccountAction(_state: FormState, formData: FormData): Promise<FormState> {
  const parsed = deleteAccountSchema.safeParse({ confirm: formData.get("confirm") ?? undefined });
  if (!parsed.success) return invalidInput(parsed.error, {});
  try {
    await deleteAccount(await getActor());
  } catch (error) {
    return errorState(error, {});
  }
  await signOut({ redirectTo: "/account-deleted" });
  return { status: "success", errors: {}, values: {} };
}
