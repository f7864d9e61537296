"use server";

import { updateProfile } from "@/lib/accounts/profile/service";
import { profileSchema } from "@/lib/accounts/profile/schemas";
import { defineFormAction } from "@/lib/actions/pipeline";

export const updateProfileAction = defineFormAction({
  schema: profileSchema,
  async run(actor, input) {
    await updateProfile(actor, input);
    return { message: "Your profile has been saved." };
  },
});
