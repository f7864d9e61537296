"use server";

import { defineFormAction } from "@/lib/actions/pipeline";
import { editResponseSchema } from "@/lib/responses/schemas";
import { editResponse } from "@/lib/responses/service";

/** Bound to the response on its edit page; the earlier text is kept as a revision. */
export const editResponseAction = defineFormAction({
  schema: editResponseSchema,
  args: ["responseId"],
  hiddenFields: { responseId: "That response can no longer be changed." },
  async run(actor, input) {
    const { questionId, changed } = await editResponse(actor, input);
    return {
      redirectTo: `/partner/questions/${questionId}?response=${changed ? "edited" : "unchanged"}#responses-heading`,
    };
  },
});
