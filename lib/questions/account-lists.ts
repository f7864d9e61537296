import "server-only";
import { db } from "@/lib/db";
import type { ModerationState, QuestionStatus } from "@/lib/generated/prisma/enums";
import { newestFirstPage, olderThan, type KeysetPage } from "@/lib/keyset";
import { decisionForAuthor, moderatedRowSelect, type DecisionForAuthor } from "@/lib/moderation/appeals/decision";
import { isPublished } from "./policy";
import { PUBLISHED } from "./visibility";

// The two lists on a person's account page, each a keyset page over an index matching its ORDER BY:
// their own questions (question: author_id, created_at DESC, id DESC) and the questions they support
// (vote: user_id, created_at DESC, question_id DESC); lib/follows/queries.ts pages the questions they follow
// the same way. One query per page, never one per row.

/** How many of each list the account page shows before "see all". */
export const ACCOUNT_PREVIEW_SIZE = 5;
/** A page of the full lists. */
export const ACCOUNT_PAGE_SIZE = 20;

export interface AccountQuestion {
  id: string;
  title: string;
  /** For the one shown state (shownState): held questions are waiting for a moderator, not open. */
  moderation: ModerationState;
  status: QuestionStatus;
  supportCount: number;
  /** When they asked it (own questions) or supported it (supported questions). */
  at: Date;
  /** Their own questions only: why it waits, or the decision on it and the appeal (null when published). */
  decision?: DecisionForAuthor | null;
  /** Their own question turned down as a repeat: the published question it repeats. */
  duplicateOf?: { id: string; title: string } | null;
}

export type AccountQuestionPage = KeysetPage<AccountQuestion>;

/** A page of an account list, its cursor keyed by when (asked, supported, followed) and the question's id. */
export function accountPage(rows: AccountQuestion[], size: number): AccountQuestionPage {
  return newestFirstPage(rows, size, (q) => ({ at: q.at, id: q.id }));
}

export const accountQuestionFields = {
  id: true,
  title: true,
  moderation: true,
  status: true,
  supportCount: true,
} as const;

/**
 * Everything this person asked, newest first, in every moderation state (they may see all of their own), each
 * with the decision on it: read in the same query (its appeal by one more, for the whole page).
 */
export async function listOwnQuestions(
  authorId: string,
  after?: string,
  size = ACCOUNT_PAGE_SIZE,
): Promise<AccountQuestionPage> {
  const rows = await db.question.findMany({
    where: { authorId, ...olderThan(after, "id") },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: size + 1,
    select: {
      ...accountQuestionFields,
      ...moderatedRowSelect,
      createdAt: true,
      duplicateOf: { select: { id: true, title: true, moderation: true } },
    },
  });
  return accountPage(
    rows.map((row) => ({
      id: row.id,
      title: row.title,
      moderation: row.moderation,
      status: row.status,
      supportCount: row.supportCount,
      at: row.createdAt,
      decision: decisionForAuthor(row),
      duplicateOf:
        row.duplicateOf && isPublished(row.duplicateOf)
          ? { id: row.duplicateOf.id, title: row.duplicateOf.title }
          : null,
    })),
    size,
  );
}

/**
 * The published questions this person supports, most recently supported first. Support they gave to a question
 * a moderator later removed is not listed: nobody but its author may open it.
 */
export async function listSupportedQuestions(
  userId: string,
  after?: string,
  size = ACCOUNT_PAGE_SIZE,
): Promise<AccountQuestionPage> {
  const rows = await db.vote.findMany({
    where: { userId, question: PUBLISHED, ...olderThan(after, "questionId") },
    orderBy: [{ createdAt: "desc" }, { questionId: "desc" }],
    take: size + 1,
    select: { createdAt: true, question: { select: accountQuestionFields } },
  });
  return accountPage(
    rows.map((v) => ({ ...v.question, at: v.createdAt })),
    size,
  );
}
