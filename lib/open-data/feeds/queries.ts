import "server-only";
import { db } from "@/lib/db";
import type { CommitmentState, QuestionStatus } from "@/lib/generated/prisma/enums";
import { browseQuestions } from "@/lib/questions/browse/queries";
import type { BrowseParams } from "@/lib/questions/schemas";
import type { QuestionSummary } from "@/lib/questions/summary";
import { listDistricts } from "@/lib/reference/queries";
import { findScorecardOrganisation } from "@/lib/scorecard/queries";
import { listThemesToBrowse } from "@/lib/themes/queries";

// Feeds show what the public pages show, and no more: published questions (the browse query's own rule), the
// responses on them, every commitment with its published questions only, and no person's name anywhere.

/** Entries in a feed: the newest this many. */
export const FEED_ENTRIES = 50;

export interface QuestionFeedItem extends QuestionSummary {
  body: string;
  publishedAt: Date;
  /** Its last public change: published, answered, or a move on its timeline. */
  updatedAt: Date;
}

export interface QuestionFeedData {
  /** The names of the filters in use, for the feed's title (null: not in use, or no such thing). */
  filters: { theme: string | null; district: string | null; organisation: string | null };
  items: QuestionFeedItem[];
}

/**
 * The newest published questions for the filters and search of a /questions address (the list's own query,
 * sorted newest first), with their text and dates: two queries, whatever the number of entries.
 */
export async function readQuestionFeed(params: BrowseParams): Promise<QuestionFeedData> {
  const [result, themes, districts, organisation] = await Promise.all([
    browseQuestions({ ...params, sort: "newest", after: undefined }, FEED_ENTRIES),
    params.theme ? listThemesToBrowse() : [],
    params.district ? listDistricts() : [],
    params.organisation
      ? db.organisation.findUnique({ where: { slug: params.organisation }, select: { name: true } })
      : null,
  ]);
  const ids = result.items.map((item) => item.id);
  const details = ids.length
    ? await db.$queryRaw<{ id: string; body: string; published_at: Date; updated_at: Date }[]>`
        SELECT q.id::text, q.body, COALESCE(q.published_at, q.created_at) AS published_at,
               GREATEST(COALESCE(q.published_at, q.created_at), q.answered_at,
                        (SELECT max(sc.created_at) FROM status_change sc WHERE sc.question_id = q.id)) AS updated_at
        FROM question q
        WHERE q.id = ANY(${ids}::uuid[]) AND q.moderation = 'approved'`
    : [];
  const byId = new Map(details.map((d) => [d.id, d]));
  return {
    filters: {
      theme: themes.find((t) => t.slug === params.theme)?.name ?? null,
      district: districts.find((d) => d.slug === params.district)?.name ?? null,
      organisation: organisation?.name ?? null,
    },
    items: result.items.flatMap(({ titleHighlight: _t, snippet: _s, ...item }) => {
      const detail = byId.get(item.id);
      return detail
        ? [{ ...item, body: detail.body, publishedAt: detail.published_at, updatedAt: detail.updated_at }]
        : [];
    }),
  };
}

export interface PartnerResponseItem {
  id: string;
  body: string;
  createdAt: Date;
  editedAt: Date | null;
  question: { id: string; title: string; status: QuestionStatus };
}

export interface PartnerCommitmentItem {
  id: string;
  title: string;
  description: string;
  state: CommitmentState;
  progress: number;
  targetDate: Date;
  evidence: string | null;
  droppedReason: string | null;
  createdAt: Date;
  updatedAt: Date;
  questionCount: number;
}

export interface PartnerFeedData<Item> {
  organisation: { slug: string; name: string };
  items: Item[];
}

/** An active organisation's newest official responses on published questions; null when there is no such one. */
export async function readPartnerResponses(slug: string): Promise<PartnerFeedData<PartnerResponseItem> | null> {
  const organisation = await findScorecardOrganisation(slug);
  if (!organisation) return null;
  const rows = await db.$queryRaw<
    {
      id: string;
      body: string;
      created_at: Date;
      edited_at: Date | null;
      question_id: string;
      title: string;
      status: QuestionStatus;
    }[]
  >`
    SELECT r.id::text, r.body, r.created_at, r.edited_at, q.id::text AS question_id, q.title, q.status::text AS status
    FROM response r JOIN question q ON q.id = r.question_id AND q.moderation = 'approved'
    WHERE r.organisation_id = ${organisation.id}
    ORDER BY r.created_at DESC, r.id DESC
    LIMIT ${FEED_ENTRIES}`;
  return {
    organisation: { slug: organisation.slug, name: organisation.name },
    items: rows.map((r) => ({
      id: r.id,
      body: r.body,
      createdAt: r.created_at,
      editedAt: r.edited_at,
      question: { id: r.question_id, title: r.title, status: r.status },
    })),
  };
}

/** An active organisation's commitments, most recently changed first; null when there is no such organisation. */
export async function readPartnerCommitments(slug: string): Promise<PartnerFeedData<PartnerCommitmentItem> | null> {
  const organisation = await findScorecardOrganisation(slug);
  if (!organisation) return null;
  const rows = await db.commitment.findMany({
    where: { organisationId: organisation.id },
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    take: FEED_ENTRIES,
    select: {
      id: true,
      title: true,
      description: true,
      state: true,
      progress: true,
      targetDate: true,
      evidence: true,
      droppedReason: true,
      createdAt: true,
      updatedAt: true,
      _count: { select: { questions: { where: { question: { moderation: "approved" } } } } },
    },
  });
  return {
    organisation: { slug: organisation.slug, name: organisation.name },
    items: rows.map(({ _count, ...row }) => ({ ...row, questionCount: _count.questions })),
  };
}
