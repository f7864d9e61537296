"use server";

import { defineFormAction } from "@/lib/actions/pipeline";
import { unsubscribeSchema } from "@/lib/notifications/email/schemas";
import { INVALID_UNSUBSCRIBE_LINK, unsubscribe } from "@/lib/notifications/email/service";

// No sign-in is needed: the signed token in the link decides whose email stops, and which kind.
export const unsubscribeAction = defineFormAction({
  schema: unsubscribeSchema,
  hiddenFields: { token: INVALID_UNSUBSCRIBE_LINK },
  async run(_actor, input) {
    const outcome = await unsubscribe(input.token);
    return {
      message:
        outcome === "unsubscribed"
          ? "You are unsubscribed. We will not send you these emails again."
          : "You are already unsubscribed from these emails. Nothing has changed.",
    };
  },
});
