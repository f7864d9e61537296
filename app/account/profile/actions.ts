"use server";

import { updateProfile } from "@/lib/accounts/profile/service";
import { profileSchema } from "@/lib/accounts/profile/schemas";
import { defineFormAction } from "@/lib/actions/pipeline";

const SAVED = {
  applied: "Your profile has been saved.",
  requested:
    "Your profile has been saved. A moderator needs to approve the change to your age group: until then it stays as it was. We will email you when they decide.",
  already_pending:
    "Your profile has been saved. You have already asked to change your age group, so it stays as it was until a moderator decides.",
} as const;

export const updateProfileAction = defineFormAction({
  schema: profileSchema,
  async run(actor, input) {
    return { message: SAVED[await updateProfile(actor, input)] };
  },
});
