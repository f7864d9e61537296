"use server";

import { revalidatePath } from "next/cache";
import { defineFormAction } from "@/lib/actions/pipeline";
import { questionTagsSchema, UNKNOWN_QUESTION } from "@/lib/tags/schemas";
import { setQuestionTags } from "@/lib/tags/service";

/** Bound on the triage page to the question. */
export const setQuestionTagsAction = defineFormAction({
  schema: questionTagsSchema,
  args: ["questionId"],
  hiddenFields: { questionId: UNKNOWN_QUESTION },
  async run(actor, input) {
    const result = await setQuestionTags(actor, {
      questionId: input.questionId,
      themes: input.themes,
      partnerTagIds: input.partnerTags,
      newPartnerTag: input.newPartnerTag,
    });
    revalidatePath(`/partner/questions/${input.questionId}`);
    return { message: result.changed ? "The tags have been saved." : "Nothing changed: the tags were already so." };
  },
});
