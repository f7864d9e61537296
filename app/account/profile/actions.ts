"use server";

import { updateProfile, type ProfileOutcome } from "@/lib/accounts/profile/service";
import { profileSchema } from "@/lib/accounts/profile/schemas";
import { defineFormAction } from "@/lib/actions/pipeline";

const AGE_BAND_SAVED = {
  applied: "Your profile has been saved.",
  requested:
    "Your profile has been saved. A moderator needs to approve the change to your age group: until then it stays as it was. We will email you when they decide.",
  already_pending:
    "Your profile has been saved. You have already asked to change your age group, so it stays as it was until a moderator decides.",
} as const;

function savedMessage(outcome: ProfileOutcome): string {
  const saved = AGE_BAND_SAVED[outcome.ageBand];
  return outcome.name === "held"
    ? `${saved} A moderator needs to check your new public name before anyone sees it: until then your public name stays as it was.`
    : saved;
}

export const updateProfileAction = defineFormAction({
  schema: profileSchema,
  async run(actor, input) {
    return { message: savedMessage(await updateProfile(actor, input)) };
  },
});
