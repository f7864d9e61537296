"use server";

import { defineFormAction } from "@/lib/actions/pipeline";
import { emailSettingsSchema } from "@/lib/notifications/email/schemas";
import { updateEmailSettings } from "@/lib/notifications/email/service";

export const updateEmailSettingsAction = defineFormAction({
  schema: emailSettingsSchema,
  async run(actor, input) {
    await updateEmailSettings(actor, input);
    return { message: "Your email settings have been saved." };
  },
});
