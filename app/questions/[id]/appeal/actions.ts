"use server";

import { defineFormAction } from "@/lib/actions/pipeline";
import { appealDecision } from "@/lib/moderation/appeals/service";
import { APPEAL_NOT_FOUND, appealSchema } from "@/lib/moderation/appeals/schemas";

/**
 * Bound on the appeal pages to the question and the comment ("" for the question itself). Back to the post,
 * whose page says the appeal was sent.
 */
export const appealDecisionAction = defineFormAction({
  schema: appealSchema,
  args: ["questionId", "commentId"],
  hiddenFields: { questionId: APPEAL_NOT_FOUND, commentId: APPEAL_NOT_FOUND },
  errorField: "body",
  async run(actor, input) {
    await appealDecision(actor, input);
    const question = `/questions/${input.questionId}`;
    return {
      redirectTo: input.commentId
        ? `${question}?appealed=comment#comment-${input.commentId}`
        : `${question}?appealed=question`,
    };
  },
});
