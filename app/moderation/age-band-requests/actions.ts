"use server";

import { decideAgeBandRequest } from "@/lib/accounts/age-band-requests/service";
import { ageBandDecisionSchema } from "@/lib/accounts/age-band-requests/schemas";
import { defineFormAction } from "@/lib/actions/pipeline";

export const decideAgeBandRequestAction = defineFormAction({
  schema: ageBandDecisionSchema,
  hiddenFields: { requestId: "This request is no longer on the list. Reload the page." },
  async run(actor, input) {
    await decideAgeBandRequest(actor, input);
    return { redirectTo: `/moderation/age-band-requests?decided=${input.decision}` };
  },
});
