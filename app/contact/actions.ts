"use server";

import { headers } from "next/headers";
import { defineFormAction } from "@/lib/actions/pipeline";
import { clientIp } from "@/lib/auth/client-ip";
import { feedbackSchema } from "@/lib/feedback/schemas";
import { sendFeedback } from "@/lib/feedback/service";

/** A message to the people who run the portal, from anyone, signed in or not. */
export const sendFeedbackAction = defineFormAction({
  schema: feedbackSchema,
  async run(actor, input) {
    await sendFeedback(actor, { ip: clientIp(await headers()) }, input);
    return { redirectTo: "/contact/sent" };
  },
});
