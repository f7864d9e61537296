"use server";

import { defineFormAction } from "@/lib/actions/pipeline";
import { answerDeliveryCheck } from "@/lib/delivery-checks/service";
import { deliveryAnswerSchema, NO_SUCH_COMMITMENT } from "@/lib/delivery-checks/schemas";

/** Bound on the answer page to the commitment; answering again changes the answer. */
export const answerDeliveryCheckAction = defineFormAction({
  schema: deliveryAnswerSchema,
  args: ["commitmentId"],
  hiddenFields: { commitmentId: NO_SUCH_COMMITMENT },
  errorField: "answer",
  async run(actor, input) {
    await answerDeliveryCheck(actor, input);
    return { redirectTo: `/commitments/${input.commitmentId}/delivered?saved=1` };
  },
});
