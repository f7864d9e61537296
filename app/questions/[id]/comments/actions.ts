"use server";

import { defineFormAction } from "@/lib/actions/pipeline";
import { commentLocation } from "@/lib/comments/queries";
import {
  COMMENT_HIDDEN_FIELDS,
  commentSchema,
  deleteCommentSchema,
  editCommentSchema,
  replySchema,
} from "@/lib/comments/schemas";
import { deleteComment, editComment, postComment } from "@/lib/comments/service";
import { withCommentNotice } from "@/lib/comments/notices";
import type { Actor } from "@/lib/auth/actor";
import type { ModerationState } from "@/lib/generated/prisma/enums";

/** Where to go once a comment is written or changed: the page it is shown on, at the comment, with a banner. */
async function afterWriting(
  actor: Actor | null,
  comment: { id: string; questionId: string; moderation: ModerationState },
  edited: boolean,
) {
  const location = (await commentLocation(comment.id, actor)) ?? `/questions/${comment.questionId}#comments-heading`;
  const notice = comment.moderation === "pending" ? "held" : edited ? "edited" : "posted";
  return { redirectTo: withCommentNotice(location, notice) };
}

/** Bound to the question on its page: `postCommentAction.bind(null, questionId)`. */
export const postCommentAction = defineFormAction({
  schema: commentSchema,
  args: ["questionId"],
  hiddenFields: COMMENT_HIDDEN_FIELDS,
  async run(actor, input) {
    return afterWriting(actor, await postComment(actor, { ...input, parentId: null }), false);
  },
});

/** Bound to the question and the comment replied to on the reply page. */
export const postReplyAction = defineFormAction({
  schema: replySchema,
  args: ["questionId", "parentId"],
  hiddenFields: COMMENT_HIDDEN_FIELDS,
  async run(actor, input) {
    return afterWriting(actor, await postComment(actor, input), false);
  },
});

/** Bound to the comment on its edit page. */
export const editCommentAction = defineFormAction({
  schema: editCommentSchema,
  args: ["commentId"],
  hiddenFields: COMMENT_HIDDEN_FIELDS,
  async run(actor, input) {
    return afterWriting(actor, await editComment(actor, input), true);
  },
});

/** Bound to the comment on its delete confirmation page. */
export const deleteCommentAction = defineFormAction({
  schema: deleteCommentSchema,
  args: ["commentId"],
  hiddenFields: COMMENT_HIDDEN_FIELDS,
  async run(actor, input) {
    const deleted = await deleteComment(actor, input);
    const location = (await commentLocation(deleted.id, actor)) ?? `/questions/${deleted.questionId}#comments-heading`;
    return { redirectTo: withCommentNotice(location, "deleted") };
  },
});
