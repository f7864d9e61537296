"use server";

import { defineFormAction } from "@/lib/actions/pipeline";
import { markConcernSchema } from "@/lib/safeguarding/schemas";
import { markSafeguardingConcern } from "@/lib/safeguarding/service";

export const markConcernAction = defineFormAction({
  schema: markConcernSchema,
  hiddenFields: {
    questionId: "We could not find that post. Go back to the moderation queue.",
    commentId: "We could not find that post. Go back to the moderation queue.",
    post: "We could not find that post. Go back to the moderation queue.",
  },
  errorField: "note",
  async run(actor, input) {
    const target = input.commentId ? { commentId: input.commentId } : { questionId: input.questionId! };
    await markSafeguardingConcern(actor, { ...target, note: input.note });
    const query = input.commentId ? `comment=${input.commentId}` : `question=${input.questionId}`;
    return { redirectTo: `/moderation/safeguarding/new?${query}&marked=1` };
  },
});
