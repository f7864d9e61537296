import "server-only";
import { cache } from "react";
import { z } from "zod";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { FlagCategory, ModerationState } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/auth/actor";
import { isModerator } from "@/lib/auth/policy";
import { findSimilarQuestions } from "@/lib/questions/browse/queries";
import { similarQuestionsSql } from "@/lib/questions/similar";
import { houseRule, type HouseRule } from "./house-rules";
import { decisionsFor, decisionsOpenTo, itemDecisionPolicy, type ModeratedItem } from "./policy";
import {
  decodeQueueCursor,
  encodeQueueCursor,
  queueCounts,
  type QueueCounts,
  type QueueGroup,
  type WaitingReasons,
} from "./queue-filters";
import type { Decision, QueueFilter, QueueItemKind, QueueItemRef } from "./schemas";
import { screeningRulesOf, type ScreeningRule } from "./screening-rules";
import { hasOpenConcern } from "@/lib/safeguarding/queries";

export const QUEUE_PAGE_SIZE = 25;
/** How much of a post's text the queue shows; the review page shows it all. */
const EXCERPT_LENGTH = 280;

/** The open reports on an item, by category (most first), with each report's own words. */
export interface ReportGroup {
  category: FlagCategory;
  count: number;
  details: string[];
}

export interface AppealSummary {
  body: string;
  createdAt: Date;
  /** The decision appealed against. */
  originalRule: HouseRule | null;
  originalWords: string | null;
  originalModeratorId: string;
  originalModerator: string;
}

export interface QueueItem {
  ref: QueueItemRef;
  queuedAt: Date;
  moderation: ModerationState;
  reasons: WaitingReasons;
  /** Null for a question asked in the room at an event: it is attributed to the event, not to a person. */
  author: { id: string; displayName: string } | null;
  /** A question's title; for a comment, the title of the question it is on. */
  title: string | null;
  questionId: string | null;
  excerpt: string | null;
  /** A public name: the one asked for, and the one they have now. */
  requestedName: string | null;
  currentName: string | null;
  screeningRules: ScreeningRule[];
  reports: ReportGroup[];
  appeal: AppealSummary | null;
  /** A held question: the published question most like it ("this looks like …"). */
  similar: { id: string; title: string } | null;
}

interface WaitingRow {
  kind: QueueItemKind;
  id: string;
  queued_at: Date;
  moderation: ModerationState;
  author_id: string | null;
  author_name: string | null;
  title: string | null;
  question_id: string | null;
  excerpt: string | null;
  requested_name: string | null;
  rules: string[];
  words: string | null;
  held: boolean;
  reported: boolean;
  appealed: boolean;
}

const appealedSql = (column: "question_id" | "comment_id", alias: string) =>
  Prisma.raw(`EXISTS (SELECT 1 FROM moderation_appeal a WHERE a.${column} = ${alias}.id AND a.outcome IS NULL)`);

/**
 * One SELECT per kind of waiting item, each over its partial index (queued_at IS NOT NULL), with the same
 * columns, so the three can be joined with UNION ALL. `where` adds conditions per kind (filters, the cursor).
 */
function waitingBranches(where: (kind: QueueItemKind) => Prisma.Sql | null, limit: number | null): Prisma.Sql[] {
  const tail = (at: string) =>
    limit === null ? Prisma.empty : Prisma.sql` ORDER BY ${Prisma.raw(at)}, 2 LIMIT ${limit}`;
  const branches: Prisma.Sql[] = [];
  const questions = where("question");
  if (questions)
    branches.push(Prisma.sql`(SELECT 'question'::text AS kind, q.id, q.queued_at, q.moderation, q.author_id,
        u.display_name AS author_name, q.title, q.id AS question_id, left(q.body, ${EXCERPT_LENGTH}) AS excerpt,
        NULL::text AS requested_name, q.screening_rules AS rules, q.moderation_reason AS words,
        q.moderation = 'pending' AS held, q.open_flag_count > 0 AS reported, ${appealedSql("question_id", "q")} AS appealed
      FROM question q LEFT JOIN "user" u ON u.id = q.author_id
      WHERE q.queued_at IS NOT NULL ${questions}${tail("q.queued_at")})`);
  const comments = where("comment");
  if (comments)
    branches.push(Prisma.sql`(SELECT 'comment'::text AS kind, c.id, c.queued_at, c.moderation, c.author_id,
        u.display_name AS author_name, q.title, q.id AS question_id, left(c.body, ${EXCERPT_LENGTH}) AS excerpt,
        NULL::text AS requested_name, c.screening_rules AS rules, c.moderation_reason AS words,
        c.moderation = 'pending' AS held, c.open_flag_count > 0 AS reported, ${appealedSql("comment_id", "c")} AS appealed
      FROM comment c JOIN question q ON q.id = c.question_id JOIN "user" u ON u.id = c.author_id
      WHERE c.queued_at IS NOT NULL ${comments}${tail("c.queued_at")})`);
  const names = where("name");
  if (names)
    branches.push(Prisma.sql`(SELECT 'name'::text AS kind, u.id, u.name_queued_at AS queued_at,
        'pending'::"ModerationState" AS moderation, u.id AS author_id, u.display_name AS author_name,
        NULL::text AS title, NULL::uuid AS question_id, NULL::text AS excerpt, u.pending_display_name AS requested_name,
        u.pending_name_rules AS rules, NULL::text AS words, true AS held, false AS reported, false AS appealed
      FROM "user" u
      WHERE u.name_queued_at IS NOT NULL ${names}${tail("u.name_queued_at")})`);
  return branches;
}

const ALIAS: Record<QueueItemKind, string> = { question: "q", comment: "c", name: "u" };

/** The filter's conditions for one kind's branch, or null when the filter leaves that kind out entirely. */
function filterSql(kind: QueueItemKind, filter: Pick<QueueFilter, "kind" | "reason">): Prisma.Sql | null {
  const wanted = { all: null, questions: "question", comments: "comment", names: "name" }[filter.kind];
  if (wanted && wanted !== kind) return null;
  const a = ALIAS[kind];
  switch (filter.reason) {
    case "all":
      return Prisma.empty;
    case "held":
      return kind === "name" ? Prisma.empty : Prisma.raw(`AND ${a}.moderation = 'pending'`);
    case "reported":
      return kind === "name" ? null : Prisma.raw(`AND ${a}.open_flag_count > 0`);
    case "appealed":
      return kind === "name"
        ? null
        : Prisma.sql`AND ${appealedSql(kind === "question" ? "question_id" : "comment_id", a)}`;
  }
}

/** The items after the cursor in (queued_at, kind, id) order; the bound on queued_at lets the index start there. */
function afterSql(kind: QueueItemKind, raw: string | undefined): Prisma.Sql {
  const cursor = decodeQueueCursor(raw);
  if (!cursor) return Prisma.empty;
  const a = ALIAS[kind];
  const at = kind === "name" ? `${a}.name_queued_at` : `${a}.queued_at`;
  // timestamp(3) holds UTC wall time; the cursor's ISO time read as timestamp (its zone ignored) is that time.
  return Prisma.sql` AND ${Prisma.raw(at)} >= ${cursor.at}::timestamp
    AND (${Prisma.raw(at)}, ${kind}::text, ${Prisma.raw(`${a}.id`)}) > (${cursor.at}::timestamp, ${cursor.kind}::text, ${cursor.id}::uuid)`;
}

export interface QueuePage {
  items: QueueItem[];
  next: string | null;
  counts: QueueCounts;
}

/**
 * A page of the moderation queue, oldest first: questions and comments waiting (held, reported or appealed)
 * and requested public names, in one query (UNION ALL over the three partial indexes), keyset-paged on
 * (queued_at, kind, id); then the page's reports, appeals and similar questions in one query each.
 */
export async function listModerationQueue(filter: QueueFilter, pageSize = QUEUE_PAGE_SIZE): Promise<QueuePage> {
  const branches = waitingBranches((kind) => {
    const filtered = filterSql(kind, filter);
    return filtered === null ? null : Prisma.sql`${filtered}${afterSql(kind, filter.after)}`;
  }, pageSize + 1);
  const [rows, counts] = await Promise.all([
    branches.length
      ? db.$queryRaw<WaitingRow[]>`
          SELECT * FROM (${Prisma.join(branches, " UNION ALL ")}) waiting
          ORDER BY queued_at, kind, id LIMIT ${pageSize + 1}`
      : Promise.resolve([]),
    getQueueCounts(filter),
  ]);
  const page = rows.slice(0, pageSize);
  const last = page[page.length - 1];
  return {
    items: await withDetails(page),
    next:
      rows.length > pageSize && last ? encodeQueueCursor({ at: last.queued_at, kind: last.kind, id: last.id }) : null,
    counts,
  };
}

/** The count beside each filter, from one grouped query over the waiting items (few, and all in the partial indexes). */
export async function getQueueCounts(filter: Pick<QueueFilter, "kind" | "reason">): Promise<QueueCounts> {
  const groups = await db.$queryRaw<(Omit<QueueGroup, "count"> & { count: number })[]>`
    SELECT kind, held, reported, appealed, count(*)::int AS count
    FROM (${Prisma.join(
      waitingBranches(() => Prisma.empty, null),
      " UNION ALL ",
    )}) waiting
    GROUP BY kind, held, reported, appealed`;
  return queueCounts(groups, filter);
}

/** The header's badge: how many items wait, read from the three partial indexes in one query. */
export const countWaitingItems = cache(async (): Promise<number> => {
  const [row] = await db.$queryRaw<{ waiting: number }[]>`
    SELECT (SELECT count(*) FROM question WHERE queued_at IS NOT NULL)::int
         + (SELECT count(*) FROM comment WHERE queued_at IS NOT NULL)::int
         + (SELECT count(*) FROM "user" WHERE name_queued_at IS NOT NULL)::int AS waiting`;
  return row?.waiting ?? 0;
});

/** The open reports on these posts, grouped per post by category. */
async function openReports(refs: QueueItemRef[]): Promise<Map<string, ReportGroup[]>> {
  const questionIds = refs.filter((r) => r.kind === "question").map((r) => r.id);
  const commentIds = refs.filter((r) => r.kind === "comment").map((r) => r.id);
  const byItem = new Map<string, ReportGroup[]>();
  if (!questionIds.length && !commentIds.length) return byItem;
  const flags = await db.flag.findMany({
    where: { state: "open", OR: [{ questionId: { in: questionIds } }, { commentId: { in: commentIds } }] },
    select: { questionId: true, commentId: true, category: true, details: true },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  for (const flag of flags) {
    const key = flag.commentId ? `comment:${flag.commentId}` : `question:${flag.questionId}`;
    const groups = byItem.get(key) ?? [];
    let group = groups.find((g) => g.category === flag.category);
    if (!group) groups.push((group = { category: flag.category, count: 0, details: [] }));
    group.count += 1;
    if (flag.details) group.details.push(flag.details);
    byItem.set(key, groups);
  }
  for (const groups of byItem.values())
    groups.sort((a, b) => b.count - a.count || a.category.localeCompare(b.category));
  return byItem;
}

/** The undecided appeals on these posts, with the decision each is against. */
async function openAppeals(
  refs: QueueItemRef[],
  words: Map<string, string | null>,
): Promise<Map<string, AppealSummary>> {
  const questionIds = refs.filter((r) => r.kind === "question").map((r) => r.id);
  const commentIds = refs.filter((r) => r.kind === "comment").map((r) => r.id);
  const byItem = new Map<string, AppealSummary>();
  if (!questionIds.length && !commentIds.length) return byItem;
  const appeals = await db.moderationAppeal.findMany({
    where: { outcome: null, OR: [{ questionId: { in: questionIds } }, { commentId: { in: commentIds } }] },
    select: {
      questionId: true,
      commentId: true,
      body: true,
      createdAt: true,
      originalRule: true,
      originalModeratorId: true,
      originalModerator: { select: { displayName: true } },
    },
  });
  for (const appeal of appeals) {
    const key = appeal.commentId ? `comment:${appeal.commentId}` : `question:${appeal.questionId}`;
    byItem.set(key, {
      body: appeal.body,
      createdAt: appeal.createdAt,
      originalRule: houseRule(appeal.originalRule),
      // The post keeps the appealed decision's words until a moderator decides the appeal.
      originalWords: words.get(key) ?? null,
      originalModeratorId: appeal.originalModeratorId,
      originalModerator: appeal.originalModerator.displayName,
    });
  }
  return byItem;
}

/**
 * For each held question, the published question most like its title, matched as the ask page's suggestions
 * match (lib/questions/similar.ts), for a whole page in one query.
 */
async function mostSimilarPublished(questionIds: string[]): Promise<Map<string, { id: string; title: string }>> {
  if (!questionIds.length) return new Map();
  const rows = await db.$queryRaw<{ for_id: string; id: string; title: string }[]>`
    SELECT p.id AS for_id, s.id, s.title
    FROM question p
    CROSS JOIN LATERAL (${similarQuestionsSql(Prisma.sql`p.title`, 1, Prisma.sql`p.id`)}) s
    WHERE p.id = ANY(${questionIds}::uuid[])`;
  return new Map(rows.map((r) => [r.for_id, { id: r.id, title: r.title }]));
}

async function withDetails(rows: WaitingRow[]): Promise<QueueItem[]> {
  const refs = rows.map((row) => ({ kind: row.kind, id: row.id }));
  const words = new Map(rows.map((row) => [`${row.kind}:${row.id}`, row.words]));
  const [reports, appeals, similar] = await Promise.all([
    openReports(refs),
    openAppeals(
      rows.filter((row) => row.appealed).map((row) => ({ kind: row.kind, id: row.id })),
      words,
    ),
    mostSimilarPublished(rows.filter((row) => row.kind === "question" && row.held).map((row) => row.id)),
  ]);
  return rows.map((row) => {
    const key = `${row.kind}:${row.id}`;
    return {
      ref: { kind: row.kind, id: row.id },
      queuedAt: row.queued_at,
      moderation: row.moderation,
      reasons: { held: row.held, reported: row.reported, appealed: row.appealed },
      author: row.author_id === null ? null : { id: row.author_id, displayName: row.author_name ?? "" },
      title: row.title,
      questionId: row.question_id,
      excerpt: row.excerpt,
      requestedName: row.requested_name,
      currentName: row.kind === "name" ? row.author_name : null,
      screeningRules: screeningRulesOf(row.rules),
      reports: reports.get(key) ?? [],
      appeal: appeals.get(key) ?? null,
      similar: row.kind === "question" ? (similar.get(row.id) ?? null) : null,
    };
  });
}

/** One item in full for its review page, with the decisions this moderator may make on it now. */
export interface ItemReview {
  ref: QueueItemRef;
  moderation: ModerationState;
  queuedAt: Date | null;
  /** Null for a question asked in the room at an event. */
  author: { id: string; displayName: string } | null;
  /** The question's title (for a comment, its question's) and id. */
  title: string | null;
  questionId: string | null;
  body: string | null;
  createdAt: Date;
  requestedName: string | null;
  currentName: string | null;
  screeningRules: ScreeningRule[];
  /** The last decision: by whom, the rule cited, the words. */
  decidedBy: string | null;
  decidedAt: Date | null;
  rule: HouseRule | null;
  words: string | null;
  duplicateOf: { id: string; title: string } | null;
  reports: ReportGroup[];
  appeal: AppealSummary | null;
  similar: { id: string; title: string } | null;
  /** The decisions offered; empty with `refusal` saying why when this moderator may not decide it. */
  decisions: Decision[];
  refusal: string | null;
}

function reviewOf(
  viewer: Actor,
  base: Omit<ItemReview, "decisions" | "refusal" | "reports" | "appeal" | "similar">,
  extra: Pick<ItemReview, "reports" | "appeal" | "similar">,
  openConcern = false,
): ItemReview {
  const item: ModeratedItem = {
    authorId: base.author?.id ?? null,
    moderation: base.moderation,
    queued: base.queuedAt !== null,
    appeal: extra.appeal ? { originalModeratorId: extra.appeal.originalModeratorId } : null,
    openConcern,
  };
  const decisions = decisionsOpenTo(viewer, item);
  // When none is open to them, the policy's answer for a decision the state allows says why (own post, appeal,
  // a safeguarding concern).
  const why = decisions.length ? null : itemDecisionPolicy(viewer, item, decisionsFor(item)[0]!);
  return { ...base, ...extra, decisions, refusal: why && !why.allowed ? why.reason : null };
}

const uuid = z.uuid();

/** What the review pages read of a question or a comment alike: its text, its moderation, its author. */
const POST_REVIEW_SELECT = {
  id: true,
  body: true,
  createdAt: true,
  moderation: true,
  queuedAt: true,
  screeningRules: true,
  moderationRule: true,
  moderationReason: true,
  moderatedAt: true,
  moderatedBy: { select: { displayName: true } },
  author: { select: { id: true, displayName: true } },
} as const;

type PostUnderReview = Prisma.QuestionGetPayload<{ select: typeof POST_REVIEW_SELECT }>;

/** A question or a comment for its review page, with its open reports and any appeal, read together. */
async function reviewPost(
  viewer: Actor,
  ref: QueueItemRef & { kind: "question" | "comment" },
  post: PostUnderReview,
  about: { questionId: string; title: string; duplicateOf: { id: string; title: string } | null },
  similar: Promise<{ id: string; title: string }[]>,
): Promise<ItemReview> {
  const key = `${ref.kind}:${ref.id}`;
  const [reports, appeals, candidates, openConcern] = await Promise.all([
    openReports([ref]),
    openAppeals([ref], new Map([[key, post.moderationReason]])),
    similar,
    hasOpenConcern({ kind: ref.kind, id: ref.id, questionId: about.questionId }),
  ]);
  const original = candidates.find((s) => s.id !== ref.id);
  return reviewOf(
    viewer,
    {
      ref,
      moderation: post.moderation,
      queuedAt: post.queuedAt,
      author: post.author,
      title: about.title,
      questionId: about.questionId,
      body: post.body,
      createdAt: post.createdAt,
      requestedName: null,
      currentName: null,
      screeningRules: screeningRulesOf(post.screeningRules),
      decidedBy: post.moderatedBy?.displayName ?? null,
      decidedAt: post.moderatedAt,
      rule: houseRule(post.moderationRule),
      words: post.moderationReason,
      duplicateOf: about.duplicateOf,
    },
    {
      reports: reports.get(key) ?? [],
      appeal: appeals.get(key) ?? null,
      similar: original ? { id: original.id, title: original.title } : null,
    },
    openConcern,
  );
}

/** A question for its review page (moderators and admins only; null for anyone else or no such question). */
export const getQuestionReview = cache(async (id: string, viewer: Actor | null): Promise<ItemReview | null> => {
  if (!viewer || !isModerator(viewer) || !uuid.safeParse(id).success) return null;
  const question = await db.question.findUnique({
    where: { id },
    select: { ...POST_REVIEW_SELECT, title: true, duplicateOf: { select: { id: true, title: true } } },
  });
  if (!question) return null;
  // A held question may repeat a published one: the review offers to reject it as a repeat.
  const similar = question.moderation === "pending" ? findSimilarQuestions(question.title, 2) : Promise.resolve([]);
  return reviewPost(
    viewer,
    { kind: "question", id },
    question,
    { questionId: question.id, title: question.title, duplicateOf: question.duplicateOf },
    similar,
  );
});

/** A comment for its review page, with the question it is on. */
export const getCommentReview = cache(async (id: string, viewer: Actor | null): Promise<ItemReview | null> => {
  if (!viewer || !isModerator(viewer) || !uuid.safeParse(id).success) return null;
  const comment = await db.comment.findUnique({
    where: { id },
    select: { ...POST_REVIEW_SELECT, question: { select: { id: true, title: true } } },
  });
  if (!comment) return null;
  return reviewPost(
    viewer,
    { kind: "comment", id },
    comment,
    { questionId: comment.question.id, title: comment.question.title, duplicateOf: null },
    Promise.resolve([]),
  );
});

/** A requested public name for its review page; null when the person asks for none (or does not exist). */
export const getNameReview = cache(async (userId: string, viewer: Actor | null): Promise<ItemReview | null> => {
  if (!viewer || !isModerator(viewer) || !uuid.safeParse(userId).success) return null;
  const person = await db.user.findFirst({
    where: { id: userId, deletedAt: null, pendingDisplayName: { not: null } },
    select: { id: true, displayName: true, pendingDisplayName: true, pendingNameRules: true, nameQueuedAt: true },
  });
  if (!person?.nameQueuedAt) return null;
  return reviewOf(
    viewer,
    {
      ref: { kind: "name", id: person.id },
      moderation: "pending",
      queuedAt: person.nameQueuedAt,
      author: { id: person.id, displayName: person.displayName },
      title: null,
      questionId: null,
      body: null,
      createdAt: person.nameQueuedAt,
      requestedName: person.pendingDisplayName,
      currentName: person.displayName,
      screeningRules: screeningRulesOf(person.pendingNameRules),
      decidedBy: null,
      decidedAt: null,
      rule: null,
      words: null,
      duplicateOf: null,
    },
    { reports: [], appeal: null, similar: null },
  );
});

/** Short labels of queue items (a bulk decision's skipped items), in one query. */
export async function queueItemLabels(refs: QueueItemRef[]): Promise<Map<string, string>> {
  const ids = (kind: QueueItemKind) => refs.filter((r) => r.kind === kind).map((r) => r.id);
  if (!refs.length) return new Map();
  const rows = await db.$queryRaw<{ key: string; label: string }[]>`
    SELECT 'question:' || id AS key, title AS label FROM question WHERE id = ANY(${ids("question")}::uuid[])
    UNION ALL
    SELECT 'comment:' || c.id, 'A comment on ' || q.title FROM comment c JOIN question q ON q.id = c.question_id
      WHERE c.id = ANY(${ids("comment")}::uuid[])
    UNION ALL
    SELECT 'name:' || id, 'The public name ' || coalesce(pending_display_name, display_name) FROM "user"
      WHERE id = ANY(${ids("name")}::uuid[])`;
  return new Map(rows.map((r) => [r.key, r.label]));
}
