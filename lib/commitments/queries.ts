import "server-only";
import { cache } from "react";
import { z } from "zod";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { isAdmin } from "@/lib/auth/policy";
import { Prisma } from "@/lib/generated/prisma/client";
import type { CommitmentState, QuestionStatus } from "@/lib/generated/prisma/enums";
import { publicName } from "@/lib/questions/speaker";
import { COMMITTABLE_STATUSES, commitmentAccess } from "./policy";
import type { CommitmentListParams } from "./schemas";

export const COMMITMENTS_PAGE_SIZE = 20;

/** One commitment on a list: what a resident scans for. */
export interface CommitmentListItem {
  id: string;
  title: string;
  organisation: string;
  organisationSlug: string;
  state: CommitmentState;
  targetDate: Date;
  progress: number;
  questionCount: number;
}

/** The keyset of the list: soonest target date first, then id. */
const cursorSchema = z.object({ t: z.iso.date(), id: z.uuid() });

function encodeCursor(item: { targetDate: Date; id: string }): string {
  return Buffer.from(JSON.stringify({ t: item.targetDate.toISOString().slice(0, 10), id: item.id })).toString(
    "base64url",
  );
}

export function decodeCommitmentCursor(raw: string | undefined): { t: string; id: string } | null {
  if (!raw) return null;
  try {
    const parsed = cursorSchema.safeParse(JSON.parse(Buffer.from(raw, "base64url").toString("utf8")));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * A page of commitments, soonest target date first (keyset on target date and id, served by the indexes on
 * (target_date, id), (state, target_date) and (organisation_id, state, target_date)). Theme and district are
 * those of the commitment's published questions (a semi-join through commitment_question's key). `organisationIds`
 * limits it to some organisations (a partner's own list); the open-data API asks for its own page size.
 */
export async function listCommitments(
  params: CommitmentListParams,
  options: { organisationIds?: number[]; pageSize?: number } = {},
): Promise<{ items: CommitmentListItem[]; next: string | null }> {
  const cursor = decodeCommitmentCursor(params.after);
  const pageSize = options.pageSize ?? COMMITMENTS_PAGE_SIZE;
  const where: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (params.state) where.push(Prisma.sql`c.state = ${params.state}::"CommitmentState"`);
  if (params.partner) where.push(Prisma.sql`o.slug = ${params.partner}`);
  if (options.organisationIds) where.push(Prisma.sql`c.organisation_id = ANY(${options.organisationIds}::int[])`);
  if (params.theme)
    where.push(Prisma.sql`EXISTS (
      SELECT 1 FROM commitment_question cq
      JOIN question q ON q.id = cq.question_id AND q.moderation = 'approved'
      JOIN question_theme qt ON qt.question_id = q.id
      JOIN theme t ON t.id = qt.theme_id
      WHERE cq.commitment_id = c.id AND t.slug = ${params.theme})`);
  if (params.district)
    where.push(Prisma.sql`EXISTS (
      SELECT 1 FROM commitment_question cq
      JOIN question q ON q.id = cq.question_id AND q.moderation = 'approved'
      JOIN district d ON d.id = q.district_id
      WHERE cq.commitment_id = c.id AND d.slug = ${params.district})`);
  if (cursor) where.push(Prisma.sql`(c.target_date, c.id) > (${cursor.t}::date, ${cursor.id}::uuid)`);
  const rows = await db.$queryRaw<CommitmentListItem[]>`
    SELECT c.id, c.title, o.name AS organisation, o.slug AS "organisationSlug", c.state, c.target_date AS "targetDate",
           c.progress::int AS progress,
           (SELECT count(*)::int FROM commitment_question cq JOIN question q ON q.id = cq.question_id
             WHERE cq.commitment_id = c.id AND q.moderation = 'approved') AS "questionCount"
    FROM commitment c JOIN organisation o ON o.id = c.organisation_id
    WHERE ${Prisma.join(where, " AND ")}
    ORDER BY c.target_date, c.id
    LIMIT ${pageSize + 1}`;
  const items = rows.slice(0, pageSize);
  return { items, next: rows.length > pageSize ? encodeCursor(items.at(-1)!) : null };
}

/** The organisations that have made commitments, by name: the public list's partner filter. */
export function listCommitmentPartners(): Promise<{ slug: string; name: string }[]> {
  return db.organisation.findMany({
    where: { commitments: { some: {} } },
    orderBy: { name: "asc" },
    select: { slug: true, name: true },
  });
}

/** A commitment as its public page shows it. */
export interface CommitmentDetail {
  id: string;
  title: string;
  description: string;
  organisationId: number;
  organisation: string;
  organisationSlug: string;
  state: CommitmentState;
  targetDate: Date;
  progress: number;
  evidence: string | null;
  evidenceLinks: string[];
  deliveredAt: Date | null;
  droppedReason: string | null;
  droppedAt: Date | null;
  createdAt: Date;
  milestones: { id: string; title: string; plannedDate: Date; completedDate: Date | null }[];
  updates: { id: string; body: string; author: string; createdAt: Date }[];
  /** Its published questions only: one hidden later by a moderator drops out of public view. */
  questions: { id: string; title: string; status: QuestionStatus; supportCount: number }[];
}

/**
 * One commitment, for its public page (and the partner's page, which adds its forms); null when there is none.
 * Once per request: the page's title and its body both ask.
 */
export const getCommitment = cache(async function getCommitment(id: string): Promise<CommitmentDetail | null> {
  if (!z.uuid().safeParse(id).success) return null;
  const commitment = await db.commitment.findUnique({
    where: { id },
    select: {
      id: true,
      title: true,
      description: true,
      organisationId: true,
      organisation: { select: { name: true, slug: true } },
      state: true,
      targetDate: true,
      progress: true,
      evidence: true,
      evidenceLinks: true,
      deliveredAt: true,
      droppedReason: true,
      droppedAt: true,
      createdAt: true,
      milestones: {
        orderBy: [{ plannedDate: "asc" }, { id: "asc" }],
        select: { id: true, title: true, plannedDate: true, completedDate: true },
      },
      updates: {
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        select: { id: true, body: true, createdAt: true, author: { select: { displayName: true, status: true } } },
      },
      questions: {
        where: { question: { moderation: "approved" } },
        orderBy: { questionId: "asc" },
        select: { question: { select: { id: true, title: true, status: true, supportCount: true } } },
      },
    },
  });
  if (!commitment) return null;
  return {
    ...commitment,
    organisation: commitment.organisation.name,
    organisationSlug: commitment.organisation.slug,
    updates: commitment.updates.map((u) => ({
      id: u.id,
      body: u.body,
      createdAt: u.createdAt,
      author: publicName(u.author),
    })),
    questions: commitment.questions.map((q) => q.question),
  };
});

/** The organisations this person may make commitments for: all active ones for an admin, else their own. */
export async function organisationsToCommitFor(actor: Actor): Promise<{ id: number; name: string; slug: string }[]> {
  return db.organisation.findMany({
    where: {
      deactivatedAt: null,
      ...(isAdmin(actor) ? {} : { id: { in: actor.memberships.map((m) => m.organisationId) } }),
    },
    orderBy: { name: "asc" },
    select: { id: true, name: true, slug: true },
  });
}

export const COMMITTABLE_LIMIT = 100;

/** A question the organisation could make a commitment on. */
export interface CommittableQuestionRow {
  id: string;
  title: string;
  status: QuestionStatus;
  supportCount: number;
}

/**
 * The published questions an organisation holds or has answered, at a status a commitment may take
 * (COMMITTABLE_STATUSES), most recently answered first; `include` is always among them if it qualifies.
 */
export async function committableQuestions(
  organisationId: number,
  include?: string,
): Promise<CommittableQuestionRow[]> {
  const rows = await db.$queryRaw<CommittableQuestionRow[]>`
    SELECT q.id, q.title, q.status, q.support_count AS "supportCount"
    FROM question q
    WHERE q.moderation = 'approved' AND q.status = ANY(${COMMITTABLE_STATUSES}::"QuestionStatus"[])
      AND (EXISTS (SELECT 1 FROM assignment a WHERE a.question_id = q.id AND a.organisation_id = ${organisationId})
        OR EXISTS (SELECT 1 FROM response r WHERE r.question_id = q.id AND r.organisation_id = ${organisationId}))
    ORDER BY (q.id = ${include ?? null}::uuid) DESC NULLS LAST, q.answered_at DESC NULLS LAST, q.id
    LIMIT ${COMMITTABLE_LIMIT}`;
  return rows;
}

/** Whether this person may change this commitment (the partner page shows its forms only then). */
export function mayManage(actor: Actor | null, commitment: { organisationId: number }): boolean {
  return actor !== null && commitmentAccess(actor, commitment).allowed;
}
