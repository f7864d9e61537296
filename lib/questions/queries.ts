import "server-only";
import { cache } from "react";
import { z } from "zod";
import { db } from "@/lib/db";
import type { CommitmentState, ModerationState, QuestionStatus } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/auth/actor";
import { isAuthor, type PolicyDecision } from "@/lib/auth/policy";
import { isPublished, questionEditability, supportOpen } from "./policy";
import { summarySelect, toSummary, type QuestionSummary } from "./summary";
import { PUBLISHED, questionVisibleTo } from "./visibility";
import { askerOf, speakerSelect, toSpeaker, type Speaker } from "./speaker";
import { publishedTallySql } from "./tally";

export type { QuestionSummary } from "./summary";

/** The published questions with most support (index: moderation, support_count desc, id desc). */
export async function listMostSupportedQuestions(limit = 10): Promise<QuestionSummary[]> {
  const rows = await db.question.findMany({
    where: PUBLISHED,
    orderBy: [{ supportCount: "desc" }, { id: "desc" }],
    take: limit,
    select: summarySelect,
  });
  return rows.map(toSummary);
}

/** The published questions gaining support fastest (lib/votes/trending.ts; index: moderation, trending_score desc, id desc). */
export async function listTrendingQuestions(limit = 5): Promise<QuestionSummary[]> {
  const rows = await db.question.findMany({
    where: PUBLISHED,
    orderBy: [{ trendingScore: "desc" }, { id: "desc" }],
    take: limit,
    select: summarySelect,
  });
  return rows.map(toSummary);
}

export { publicName } from "./speaker";

export interface QuestionDetail extends QuestionSummary {
  /** Published (approved). Only its author, moderators and admins ever receive an unpublished question. */
  published: boolean;
  /** Its moderation state: "approved" for everyone who is not its author, a moderator or an admin. */
  moderation: ModerationState;
  /** What the person viewing may see and do about it. */
  viewer: {
    isAuthor: boolean;
    supports: boolean;
    /** Whether they follow it (told when its status changes or it is answered). */
    following: boolean;
    /** May the viewer change the question now (questionEditability), with the reason when not. */
    editability: PolicyDecision;
    /** Its moderation state and the moderator's reason, for its author only. */
    ownModeration: { state: ModerationState; reason: string | null } | null;
  };
  /** Whether it takes support at all (supportOpen); who may support it is supportEligibility. */
  takesSupport: boolean;
  body: string;
  author: Speaker;
  publishedAt: Date | null;
  mergedInto: { id: string; title: string } | null;
  timeline: {
    id: string;
    from: QuestionStatus | null;
    to: QuestionStatus;
    note: string | null;
    by: Speaker;
    at: Date;
    /** On a question another was merged into: that question (null once it is no longer published). */
    mergedFrom: { question: { id: string; title: string } | null } | null;
  }[];
  responses: {
    id: string;
    organisation: string;
    /** Its public scorecard is at /partners/<slug>. */
    organisationSlug: string;
    author: Speaker;
    body: string;
    createdAt: Date;
    lastEditedAt: Date | null;
  }[];
  /** "You said, we did": the commitments made on it, soonest target date first. */
  commitments: {
    id: string;
    title: string;
    organisation: string;
    state: CommitmentState;
    targetDate: Date;
    progress: number;
  }[];
}

/**
 * For a question someone may no longer open because a moderator removed it (hidden): that it was removed,
 * and the moderator's reason. Nothing of its title or body. Null for every other id, so a held or turned-down
 * question stays indistinguishable from one that never existed.
 */
export const getRemovedQuestionNotice = cache(async (id: string): Promise<{ reason: string | null } | null> => {
  if (!z.uuid().safeParse(id).success) return null;
  const row = await db.question.findFirst({
    where: { id, moderation: "hidden" },
    select: { moderationReason: true },
  });
  return row ? { reason: row.moderationReason } : null;
});

// Every name on the page comes with the organisations its person speaks for, read in this same query.
const personSelect = speakerSelect;

/**
 * The public detail of a question, as this person (null: a visitor) may see it: whatever anyone may see of
 * it, plus the viewer's own bits. Null when questionVisibleTo does not let them see it, so a visitor cannot
 * tell an unpublished question from one that does not exist. What partners and moderators see besides is
 * read apart (lib/triage/queries.ts, lib/moderation/queries.ts), for their audience only; its comments are read
 * page by page in lib/comments/queries.ts.
 */
export const getQuestionDetail = cache(async (id: string, viewer: Actor | null): Promise<QuestionDetail | null> => {
  if (!z.uuid().safeParse(id).success) return null;
  // One statement (Prisma's relation joins): the question with everything shown of it, and for a signed-in
  // viewer their own support and follow, read through the two primary keys.
  const mine = viewer?.id ?? null;
  const row = await db.question.findFirst({
    where: { AND: [{ id }, questionVisibleTo(viewer)] },
    select: {
      ...summarySelect,
      moderation: true,
      moderationReason: true,
      authorId: true,
      assignment: { select: { questionId: true } },
      body: true,
      publishedAt: true,
      author: personSelect,
      event: { select: { title: true, kind: true } },
      mergedInto: { select: { id: true, title: true, moderation: true } },
      statusChanges: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: {
          id: true,
          fromStatus: true,
          toStatus: true,
          note: true,
          createdAt: true,
          actor: personSelect,
          mergedFrom: { select: { id: true, title: true, moderation: true } },
        },
      },
      responses: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          body: true,
          createdAt: true,
          organisation: { select: { name: true, slug: true } },
          author: personSelect,
          editedAt: true,
        },
      },
      commitments: {
        orderBy: [{ commitment: { targetDate: "asc" } }, { commitmentId: "asc" }],
        select: {
          commitment: {
            select: {
              id: true,
              title: true,
              state: true,
              targetDate: true,
              progress: true,
              organisation: { select: { name: true } },
            },
          },
        },
      },
      votes: { where: { userId: mine ?? undefined }, take: mine ? 1 : 0, select: { userId: true } },
      follows: { where: { userId: mine ?? undefined }, take: mine ? 1 : 0, select: { userId: true } },
    },
  });
  if (!row) return null;
  const own = isAuthor(viewer, row);
  const asker = askerOf(row.author, row.event);
  const policyRow = {
    authorId: row.authorId,
    status: row.status,
    moderation: row.moderation,
    claimed: row.assignment !== null,
  };
  return {
    ...toSummary(row),
    published: isPublished(row),
    moderation: row.moderation,
    viewer: {
      isAuthor: own,
      supports: mine !== null && row.votes.some((v) => v.userId === mine),
      following: mine !== null && row.follows.some((f) => f.userId === mine),
      editability: questionEditability(policyRow, viewer),
      ownModeration: own ? { state: row.moderation, reason: row.moderationReason } : null,
    },
    takesSupport: supportOpen(policyRow).allowed,
    body: row.body,
    author: asker,
    publishedAt: row.publishedAt,
    mergedInto:
      row.mergedInto && isPublished(row.mergedInto) ? { id: row.mergedInto.id, title: row.mergedInto.title } : null,
    timeline: row.statusChanges.map((c) => ({
      id: c.id,
      from: c.fromStatus,
      to: c.toStatus,
      note: c.note,
      // The first entry is the asking: a room's question was asked by the room, whoever published it after.
      by: c.fromStatus === null ? asker : toSpeaker(c.actor),
      at: c.createdAt,
      mergedFrom: c.mergedFrom
        ? { question: isPublished(c.mergedFrom) ? { id: c.mergedFrom.id, title: c.mergedFrom.title } : null }
        : null,
    })),
    responses: row.responses.map((r) => ({
      id: r.id,
      organisation: r.organisation.name,
      organisationSlug: r.organisation.slug,
      author: toSpeaker(r.author),
      body: r.body,
      createdAt: r.createdAt,
      lastEditedAt: r.editedAt,
    })),
    commitments: row.commitments.map(({ commitment: c }) => ({
      id: c.id,
      title: c.title,
      organisation: c.organisation.name,
      state: c.state,
      targetDate: c.targetDate,
      progress: c.progress,
    })),
  };
});

/** A theme's published questions still waiting for an answer: open, or claimed by a partner (under review). */
export const LIVE_STATUSES = ["open", "under_review"] as const satisfies readonly QuestionStatus[];

export interface LiveQuestion extends QuestionSummary {
  /** What the viewer may do with its support button: their own question, or whether they support it already. */
  viewer: { isAuthor: boolean; supports: boolean };
}

/**
 * A theme's live questions (LIVE_STATUSES), those gaining support fastest first (the trending index:
 * moderation, trending_score desc, id desc), with the viewer's own support of each, read in the same query
 * through the vote's key; and how many there are in all, from the stored tally.
 */
export async function listLiveQuestionsOfTheme(
  themeSlug: string,
  viewer: Actor | null,
  limit = 5,
): Promise<{ items: LiveQuestion[]; total: number }> {
  const mine = viewer?.id ?? null;
  const [rows, [tally]] = await Promise.all([
    db.question.findMany({
      where: {
        AND: [PUBLISHED, { status: { in: [...LIVE_STATUSES] } }, { themes: { some: { theme: { slug: themeSlug } } } }],
      },
      orderBy: [{ trendingScore: "desc" }, { id: "desc" }],
      take: limit,
      select: {
        ...summarySelect,
        authorId: true,
        votes: { where: { userId: mine ?? undefined }, take: mine ? 1 : 0, select: { userId: true } },
      },
    }),
    db.$queryRaw<
      { total: number }[]
    >`SELECT (${publishedTallySql({ theme: themeSlug, statuses: LIVE_STATUSES })}) AS total`,
  ]);
  return {
    total: tally?.total ?? 0,
    items: rows.map((row) => ({
      ...toSummary(row),
      viewer: { isAuthor: isAuthor(viewer, row), supports: mine !== null && row.votes.some((v) => v.userId === mine) },
    })),
  };
}
