import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { ModerationState, QuestionStatus } from "@/lib/generated/prisma/enums";
import { PUBLISHED } from "./visibility";

// The two lists on a person's account page, each a keyset page over an index matching its ORDER BY:
// their own questions (question: author_id, created_at DESC, id DESC) and the questions they support
// (vote: user_id, created_at DESC, question_id DESC). One query per page, never one per row.

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
}

export interface AccountQuestionPage {
  items: AccountQuestion[];
  /** Cursor for the next page, or null on the last page. */
  next: string | null;
}

const cursorSchema = z.object({ at: z.iso.datetime(), id: z.uuid() });
type Cursor = z.infer<typeof cursorSchema>;

export function encodeAccountCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString("base64url");
}

/** The cursor if it is well formed; otherwise null, and the first page is shown. */
export function decodeAccountCursor(raw: string | undefined): Cursor | null {
  if (!raw || raw.length > 200) return null;
  try {
    const parsed = cursorSchema.safeParse(JSON.parse(Buffer.from(raw, "base64url").toString("utf8")));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function page(rows: AccountQuestion[], size: number): AccountQuestionPage {
  const items = rows.slice(0, size);
  const last = items[items.length - 1];
  return {
    items,
    next: rows.length > size && last ? encodeAccountCursor({ at: last.at.toISOString(), id: last.id }) : null,
  };
}

const questionFields = { id: true, title: true, moderation: true, status: true, supportCount: true } as const;

/** Everything this person asked, newest first, in every moderation state (they may see all of their own). */
export async function listOwnQuestions(
  authorId: string,
  after?: string,
  size = ACCOUNT_PAGE_SIZE,
): Promise<AccountQuestionPage> {
  const cursor = decodeAccountCursor(after);
  const at = cursor ? new Date(cursor.at) : null;
  const rows = await db.question.findMany({
    where: {
      authorId,
      ...(cursor && at ? { OR: [{ createdAt: { lt: at } }, { createdAt: at, id: { lt: cursor.id } }] } : {}),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: size + 1,
    select: { ...questionFields, createdAt: true },
  });
  return page(
    rows.map(({ createdAt, ...q }) => ({ ...q, at: createdAt })),
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
  const cursor = decodeAccountCursor(after);
  const at = cursor ? new Date(cursor.at) : null;
  const rows = await db.vote.findMany({
    where: {
      userId,
      question: PUBLISHED,
      ...(cursor && at ? { OR: [{ createdAt: { lt: at } }, { createdAt: at, questionId: { lt: cursor.id } }] } : {}),
    },
    orderBy: [{ createdAt: "desc" }, { questionId: "desc" }],
    take: size + 1,
    select: { createdAt: true, question: { select: questionFields } },
  });
  return page(
    rows.map((v) => ({ ...v.question, at: v.createdAt })),
    size,
  );
}
