"use server";

import { defineFormAction } from "@/lib/actions/pipeline";
import { RESPONSE_PREVIEW_MESSAGE, TEMPLATE_INSERTED_MESSAGE, responseComposerSchema } from "@/lib/responses/schemas";
import { checkMayRespond, publishResponse } from "@/lib/responses/service";

/**
 * The response composer, bound to the question: "Publish" publishes; "Preview" and (without JavaScript) "Insert
 * template" save nothing and send the text back, which the composer shows rendered or with the template added.
 */
export const respondAction = defineFormAction({
  schema: responseComposerSchema,
  args: ["questionId"],
  hiddenFields: { questionId: "That question can no longer be answered." },
  async run(actor, input) {
    const { questionId, organisationId, body, intent } = input;
    if (intent !== "publish") {
      await checkMayRespond(actor, { questionId, organisationId });
      return { message: intent === "preview" ? RESPONSE_PREVIEW_MESSAGE : TEMPLATE_INSERTED_MESSAGE };
    }
    await publishResponse(actor, { questionId, organisationId, body });
    return { redirectTo: `/partner/questions/${questionId}?response=published#responses-heading` };
  },
});
