import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { PUBLISHED } from "@/lib/questions/visibility";

/**
 * The author's track record for screenSubmission, alike for questions and comments: their published questions
 * and approved, undeleted comments, leaving out the post being screened (an edit is not its own record).
 */
export async function approvedPostsBefore(
  tx: Prisma.TransactionClient,
  authorId: string,
  excluding: { questionId?: string; commentId?: string } = {},
): Promise<number> {
  const [questions, comments] = await Promise.all([
    tx.question.count({
      where: { AND: [PUBLISHED, { authorId }, excluding.questionId ? { id: { not: excluding.questionId } } : {}] },
    }),
    tx.comment.count({
      where: {
        authorId,
        moderation: "approved",
        deletedAt: null,
        ...(excluding.commentId ? { id: { not: excluding.commentId } } : {}),
      },
    }),
  ]);
  return questions + comments;
}
