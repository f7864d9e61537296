"use server";

import { defineFormAction } from "@/lib/actions/pipeline";
import { acceptInvitation } from "@/lib/invitations/service";
import { acceptInvitationSchema } from "@/lib/invitations/schemas";
import { INVITATION_NOT_VALID } from "@/lib/invitations/policy";

/** Joins, then opens the partner inbox the person now works in. */
export const acceptInvitationAction = defineFormAction({
  schema: acceptInvitationSchema,
  hiddenFields: { token: INVITATION_NOT_VALID },
  async run(actor, input) {
    await acceptInvitation(actor, input);
    return { redirectTo: "/partner" };
  },
});
