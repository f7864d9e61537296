"use server";

import { signOut } from "@/lib/auth/auth";
import { deleteAccount } from "@/lib/accounts/deletion";
import { deleteAccountSchema } from "@/lib/accounts/profile-schemas";
import { defineFormAction } from "@/lib/actions/pipeline";

export const deleteAccountAction = defineFormAction({
  schema: deleteAccountSchema,
  async run(actor) {
    await deleteAccount(actor);
    await signOut({ redirectTo: "/account-deleted" });
  },
});
