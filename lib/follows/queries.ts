import "server-only";
import { db } from "@/lib/db";
import { olderThan } from "@/lib/keyset";
import {
  ACCOUNT_PAGE_SIZE,
  accountPage,
  accountQuestionFields,
  type AccountQuestionPage,
} from "@/lib/questions/account-lists";
import { PUBLISHED } from "@/lib/questions/visibility";

/**
 * The published questions this person follows, most recently followed first: a keyset page over the index
 * follow (user_id, created_at DESC, question_id DESC), one query per page. A followed question a moderator
 * later removed is not listed (nobody but its author may open it).
 */
export async function listFollowedQuestions(
  userId: string,
  after?: string,
  size = ACCOUNT_PAGE_SIZE,
): Promise<AccountQuestionPage> {
  const rows = await db.follow.findMany({
    where: { userId, question: PUBLISHED, ...olderThan(after, "questionId") },
    orderBy: [{ createdAt: "desc" }, { questionId: "desc" }],
    take: size + 1,
    select: { createdAt: true, question: { select: accountQuestionFields } },
  });
  return accountPage(
    rows.map((f) => ({ ...f.question, at: f.createdAt })),
    size,
  );
}
