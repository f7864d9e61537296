"use server";

import { signOut } from "@/lib/auth/auth";
import { deleteAccount } from "@/lib/accounts/your-data/service";
import { deleteAccountSchema } from "@/lib/accounts/your-data/schemas";
import { defineFormAction } from "@/lib/actions/pipeline";

export const deleteAccountAction = defineFormAction({
  schema: deleteAccountSchema,
  async run(actor) {
    await deleteAccount(actor);
    await signOut({ redirectTo: "/account-deleted" });
  },
});
