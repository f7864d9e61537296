"use server";

import { signOut } from "@/lib/auth/auth";
import { deleteAccount } from "@/lib/accounts/your-data/service";
import { deleteAccountSchema } from "@/lib/accounts/your-data/schemas";
import { defineFormAction } from "@/lib/actions/pipeline";
import { withFreshProof } from "@/lib/actions/fresh-proof";

export const deleteAccountAction = defineFormAction({
  schema: deleteAccountSchema,
  run: (actor, input) =>
    withFreshProof("/account/delete", async () => {
      await deleteAccount(actor, { removeText: input.removeText });
      await signOut({ redirectTo: "/account-deleted" });
    }),
});
