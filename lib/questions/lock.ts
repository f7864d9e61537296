import "server-only";
import { NotFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ModerationState, QuestionStatus, UserStatus } from "@/lib/generated/prisma/enums";
import type { AssignmentRow } from "@/lib/assignments/policy";
import { isPublished, NOT_PUBLISHED } from "./policy";
import { publicName } from "./speaker";

/** A published question as the triage services read it under its lock: who asked it and who holds it. */
export interface LockedQuestion {
  id: string;
  title: string;
  authorId: string;
  status: QuestionStatus;
  moderation: ModerationState;
  answeredAt: Date | null;
  /** Null while it waits in the pool. */
  assignment: AssignmentRow["assignment"];
}

/**
 * Locks a published question for the rest of the caller's transaction (`share`: only against changes, for a write
 * beside it such as a note), then reads it and who holds it; NotFound when it is not published. Two statements on
 * purpose: a read joined to the lock would, after waiting for a hand-over to commit, see that transaction's
 * question row but the assignment as it was before (READ COMMITTED re-reads only the locked row); a statement
 * after the lock sees both, so every rule is decided on who holds the question now.
 */
export async function lockPublishedQuestion(
  tx: Prisma.TransactionClient,
  questionId: string,
  mode: "update" | "share" = "update",
): Promise<LockedQuestion> {
  if (mode === "share") await tx.$queryRaw`SELECT 1 FROM question WHERE id = ${questionId}::uuid FOR SHARE`;
  else await tx.$queryRaw`SELECT 1 FROM question WHERE id = ${questionId}::uuid FOR UPDATE`;
  const rows = await tx.$queryRaw<
    {
      title: string;
      authorId: string;
      status: QuestionStatus;
      moderation: ModerationState;
      answeredAt: Date | null;
      organisationId: number | null;
      organisation: string | null;
      claimedById: string | null;
      claimedByName: string | null;
      claimedByStatus: UserStatus | null;
      claimedAt: Date | null;
    }[]
  >`SELECT q.title, q.author_id AS "authorId", q.status, q.moderation, q.answered_at AS "answeredAt",
           a.organisation_id AS "organisationId", o.name AS organisation, a.claimed_by_id AS "claimedById",
           u.display_name AS "claimedByName", u.status AS "claimedByStatus", a.claimed_at AS "claimedAt"
    FROM question q
    LEFT JOIN assignment a ON a.question_id = q.id
    LEFT JOIN organisation o ON o.id = a.organisation_id
    LEFT JOIN "user" u ON u.id = a.claimed_by_id
    WHERE q.id = ${questionId}::uuid`;
  const row = rows[0];
  if (!row || !isPublished(row)) throw new NotFound(NOT_PUBLISHED);
  return {
    id: questionId,
    title: row.title,
    authorId: row.authorId,
    status: row.status,
    moderation: row.moderation,
    answeredAt: row.answeredAt,
    assignment:
      row.organisationId === null
        ? null
        : {
            organisationId: row.organisationId,
            organisation: row.organisation ?? "",
            claimedBy:
              row.claimedById && row.claimedByName && row.claimedByStatus
                ? {
                    id: row.claimedById,
                    name: publicName({ displayName: row.claimedByName, status: row.claimedByStatus }),
                  }
                : null,
            claimedAt: row.claimedAt,
          },
  };
}

/** The organisation holding a locked question, as workspaceAccess reads it. */
export function holderOf(question: LockedQuestion): { organisationId: number } | null {
  return question.assignment ? { organisationId: question.assignment.organisationId } : null;
}
