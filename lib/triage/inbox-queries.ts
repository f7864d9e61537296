import "server-only";
import { db } from "@/lib/db";
import { Forbidden } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { isAdmin, organisationAccess } from "@/lib/auth/policy";
import { worksOnQuestions } from "@/lib/auth/permissions";
import { Prisma } from "@/lib/generated/prisma/client";
import type { QuestionStatus, UserStatus } from "@/lib/generated/prisma/enums";
import { searchTextQuery } from "@/lib/questions/browse/sql";
import { readBankHolidayDates } from "@/lib/settings/queries";
import { publicName } from "@/lib/questions/speaker";
import { publishedTallySql } from "@/lib/questions/tally";
import { publishedQuestionSql } from "@/lib/questions/visibility";
import {
  decodeInboxCursor,
  encodeInboxCursor,
  INBOX_VIEWS,
  type InboxParams,
  type InboxSort,
  type InboxView,
} from "./inbox-params";
import { ukDate } from "./inbox-wording";

export const INBOX_PAGE_SIZE = 25;

export interface InboxOrganisation {
  id: number;
  slug: string;
  name: string;
}

/** Whose inbox this is: the organisation shown, and the ones the person may switch to (more than one: a chooser). */
export interface InboxScope {
  organisation: InboxOrganisation | null;
  choices: InboxOrganisation[];
}

/**
 * The organisations a person may open the inbox of (members: their own, admins: every one), and the one asked for
 * with `?organisation=<slug>` when they may open it; otherwise their first, so a link to an organisation someone
 * does not belong to opens their own inbox rather than another's.
 */
export async function resolveInboxScope(actor: Actor, requestedSlug: string | undefined): Promise<InboxScope> {
  if (!worksOnQuestions(actor)) throw new Forbidden("Only members of a partner organisation can open the inbox.");
  const choices = await db.organisation.findMany({
    where: isAdmin(actor) ? {} : { id: { in: actor.memberships.map((m) => m.organisationId) } },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { id: true, slug: true, name: true },
  });
  const allowed = choices.filter((o) => organisationAccess(actor, o.id).allowed);
  const requested = allowed.find((o) => o.slug === requestedSlug);
  return { organisation: requested ?? allowed[0] ?? null, choices: allowed };
}

export interface InboxRow {
  id: string;
  title: string;
  status: QuestionStatus;
  supportCount: number;
  publishedAt: Date;
  answeredAt: Date | null;
  /** Null while it waits in the pool. */
  holder: { organisation: string; member: string | null; dueOn: Date } | null;
}

export interface PartnerInbox {
  rows: InboxRow[];
  /** Cursor for the next page, or null on the last page. */
  next: string | null;
  /** How many questions each view holds with the current filters. */
  counts: Record<InboxView, number>;
  /** Today in the UK (yyyy-mm-dd): what "overdue" was decided against. */
  today: string;
  /** Bank holidays (yyyy-mm-dd), for counting working days in the due dates' wording. */
  bankHolidays: Set<string>;
}

const ORDERS: Record<InboxSort, { column: Prisma.Sql; direction: Prisma.Sql; after: Prisma.Sql; cast: Prisma.Sql }> = {
  support: {
    column: Prisma.raw("q.support_count"),
    direction: Prisma.raw("DESC"),
    after: Prisma.raw("<"),
    cast: Prisma.raw("::int"),
  },
  trending: {
    column: Prisma.raw("q.trending_score"),
    direction: Prisma.raw("DESC"),
    after: Prisma.raw("<"),
    cast: Prisma.raw("::float8"),
  },
  // Waiting longest: published first, first.
  waiting: {
    column: Prisma.raw("q.published_at"),
    direction: Prisma.raw("ASC"),
    after: Prisma.raw(">"),
    cast: Prisma.raw("::timestamp"),
  },
};

interface ViewContext {
  organisationId: number | null;
  actorId: string;
  today: string;
}

/**
 * Each view as a condition over `question q LEFT JOIN assignment a` (and, for the counts, the organisation's
 * answered questions as `ans`).
 * Overdue: held by the organisation, the due date passed, and still waiting for a first answer (a declined,
 * merged or delivered question is not late however old its due date).
 */
function viewCondition(view: InboxView, context: ViewContext, answered: "joined" | "exists"): Prisma.Sql {
  const organisationId = context.organisationId;
  switch (view) {
    case "pool":
      return Prisma.sql`(q.status = 'open' AND a.question_id IS NULL)`;
    case "organisation":
      return Prisma.sql`(a.organisation_id = ${organisationId}::int)`;
    case "mine":
      return Prisma.sql`(a.claimed_by_id = ${context.actorId}::uuid)`;
    case "overdue":
      return Prisma.sql`(a.organisation_id = ${organisationId}::int AND a.due_on < ${context.today}::date
        AND q.answered_at IS NULL AND q.status IN ('open', 'under_review'))`;
    case "answered":
      // A page reads it as a semi-join, which the planner may walk in the sort's index order; the counts, where
      // a subquery inside FILTER would run once per row, join the organisation's answered questions once.
      return answered === "joined"
        ? Prisma.sql`(ans.question_id IS NOT NULL)`
        : Prisma.sql`EXISTS (SELECT 1 FROM response r WHERE r.question_id = q.id AND r.organisation_id = ${organisationId}::int)`;
  }
}

/**
 * The search and filters in the URL, shared by the page and the counts. Every approved question has its
 * publishing time. The search is the public one (the same words find the same questions), through `search`'s index.
 */
function filterConditions(params: InboxParams, now: Date): Prisma.Sql {
  const conditions: Prisma.Sql[] = [publishedQuestionSql("q"), Prisma.sql`q.published_at IS NOT NULL`];
  if (params.q) conditions.push(Prisma.sql`q.search @@ ${searchTextQuery(params.q)}`);
  if (params.theme) {
    conditions.push(
      Prisma.sql`EXISTS (SELECT 1 FROM question_theme qt JOIN theme t ON t.id = qt.theme_id
                         WHERE qt.question_id = q.id AND t.slug = ${params.theme})`,
    );
  }
  if (params.district) {
    conditions.push(Prisma.sql`q.district_id = (SELECT id FROM district WHERE slug = ${params.district})`);
  }
  if (params.status) conditions.push(Prisma.sql`q.status = ${params.status}::"QuestionStatus"`);
  if (params.age) {
    const before = new Date(now.getTime() - Number(params.age) * 24 * 60 * 60 * 1000);
    conditions.push(Prisma.sql`q.published_at < ${before}`);
  }
  if (params.support) conditions.push(Prisma.sql`q.support_count >= ${params.support}::int`);
  return Prisma.join(conditions, " AND ");
}

/** The questions the organisation has answered, joined once (a hash join), never looked up per row. */
function answeredByOrganisation(organisationId: number | null): Prisma.Sql {
  return Prisma.sql`LEFT JOIN (SELECT DISTINCT r.question_id FROM response r WHERE r.organisation_id = ${organisationId}::int) ans
    ON ans.question_id = q.id`;
}

/** The page query for a view (also run by the EXPLAIN checks in tests/integration/partner-inbox.test.ts). */
export function buildInboxPageSql(
  params: InboxParams,
  context: ViewContext & { now: Date },
  pageSize: number,
): Prisma.Sql {
  const order = ORDERS[params.sort];
  const cursor = decodeInboxCursor(params.after, params.sort);
  const keyset = cursor
    ? Prisma.sql`AND (${order.column}, q.id) ${order.after} (${cursor.value}${order.cast}, ${cursor.id}::uuid)`
    : Prisma.empty;
  return Prisma.sql`
    SELECT q.id, q.title, q.status, q.support_count, q.trending_score, q.published_at, q.answered_at,
           a.due_on, o.name AS organisation_name, u.display_name AS member_name, u.status AS member_status
    FROM question q
    LEFT JOIN assignment a ON a.question_id = q.id
    LEFT JOIN organisation o ON o.id = a.organisation_id
    LEFT JOIN "user" u ON u.id = a.claimed_by_id
    WHERE ${filterConditions(params, context.now)} AND ${viewCondition(params.view, context, "exists")} ${keyset}
    ORDER BY ${order.column} ${order.direction}, q.id ${order.direction}
    LIMIT ${pageSize + 1}`;
}

/**
 * Every view's count for the filters. The pool is most of the published questions, so counting it row by row
 * costs a pass over all of them (about 0.8 s of database time per inbox at 100,000 questions under load). With
 * filters the stored tally can answer (theme, district, status), the pool is the tally's open questions less the
 * held ones, and the other views are counted from the organisation's own assignments and responses through
 * their indexes; with a search, an age or a support filter, one pass over the published questions that pass them
 * counts them all (a search's matches come from the `search` index, not from every question).
 */
export function buildInboxCountsSql(params: InboxParams, context: ViewContext & { now: Date }): Prisma.Sql {
  return params.q || params.age || params.support
    ? buildInboxCountsByScanSql(params, context)
    : buildInboxCountsByTallySql(params, context);
}

function buildInboxCountsByTallySql(params: InboxParams, context: ViewContext & { now: Date }): Prisma.Sql {
  const where = filterConditions(params, context.now);
  // The pool is open questions only: with another status chosen, none.
  const openInPool = publishedTallySql({
    theme: params.theme,
    district: params.district,
    statuses: !params.status || params.status === "open" ? ["open"] : [],
  });
  const held = (
    view: InboxView,
  ) => Prisma.sql`(SELECT count(*)::int FROM assignment a JOIN question q ON q.id = a.question_id
      WHERE ${where} AND ${viewCondition(view, context, "exists")})`;
  return Prisma.sql`
    SELECT
      (${openInPool})
        - (SELECT count(*)::int FROM assignment a JOIN question q ON q.id = a.question_id WHERE ${where} AND q.status = 'open')
        AS pool,
      ${held("organisation")} AS organisation,
      ${held("mine")} AS mine,
      ${held("overdue")} AS overdue,
      (SELECT count(*)::int FROM (SELECT DISTINCT r.question_id FROM response r WHERE r.organisation_id = ${context.organisationId}::int) ans
         JOIN question q ON q.id = ans.question_id WHERE ${where}) AS answered`;
}

/** Every view's count for the filters, in one pass over the published questions. */
export function buildInboxCountsByScanSql(params: InboxParams, context: ViewContext & { now: Date }): Prisma.Sql {
  const counts = INBOX_VIEWS.map(
    (view) => Prisma.sql`count(*) FILTER (WHERE ${viewCondition(view, context, "joined")})::int AS ${Prisma.raw(view)}`,
  );
  return Prisma.sql`
    SELECT ${Prisma.join(counts, ", ")}
    FROM question q
    LEFT JOIN assignment a ON a.question_id = q.id
    ${answeredByOrganisation(context.organisationId)}
    WHERE ${filterConditions(params, context.now)}`;
}

/** A row of buildInboxPageSql, as the inbox and its CSV download read it. */
export interface InboxPageRow {
  id: string;
  title: string;
  status: QuestionStatus;
  support_count: number;
  trending_score: number;
  published_at: Date;
  answered_at: Date | null;
  due_on: Date | null;
  organisation_name: string | null;
  member_name: string | null;
  member_status: UserStatus | null;
}

/**
 * One page of the partner inbox: the view's questions with the filters and sort in the URL, keyset-paged, and the
 * count of every view. For members of an organisation and admins only (worksOnQuestions); `scope` comes from
 * resolveInboxScope, which decides which organisation's inbox the person may see.
 */
export async function getPartnerInbox(
  actor: Actor,
  scope: InboxScope,
  params: InboxParams,
  options: { now?: Date; pageSize?: number } = {},
): Promise<PartnerInbox> {
  if (!worksOnQuestions(actor)) throw new Forbidden("Only members of a partner organisation can open the inbox.");
  const organisationId = scope.organisation?.id ?? null;
  if (organisationId !== null && !organisationAccess(actor, organisationId).allowed) {
    throw new Forbidden("You can only open the inbox of your own organisation.");
  }
  const now = options.now ?? new Date();
  const pageSize = options.pageSize ?? INBOX_PAGE_SIZE;
  const context = { organisationId, actorId: actor.id, today: ukDate(now), now };

  const [rows, [counts], bankHolidays] = await Promise.all([
    db.$queryRaw<InboxPageRow[]>(buildInboxPageSql(params, context, pageSize)),
    db.$queryRaw<Record<InboxView, number>[]>(buildInboxCountsSql(params, context)),
    readBankHolidayDates(),
  ]);
  const pageRows = rows.slice(0, pageSize);
  const last = pageRows[pageRows.length - 1];
  const sortValue = (row: InboxPageRow): number | string =>
    params.sort === "support"
      ? row.support_count
      : params.sort === "trending"
        ? row.trending_score
        : row.published_at.toISOString();
  return {
    rows: pageRows.map((row) => ({
      id: row.id,
      title: row.title,
      status: row.status,
      supportCount: row.support_count,
      publishedAt: row.published_at,
      answeredAt: row.answered_at,
      holder:
        row.organisation_name && row.due_on
          ? {
              organisation: row.organisation_name,
              member:
                row.member_name && row.member_status
                  ? publicName({ displayName: row.member_name, status: row.member_status })
                  : null,
              dueOn: row.due_on,
            }
          : null,
    })),
    next:
      rows.length > pageSize && last
        ? encodeInboxCursor({ sort: params.sort, value: sortValue(last), id: last.id })
        : null,
    counts: counts ?? { pool: 0, organisation: 0, mine: 0, overdue: 0, answered: 0 },
    today: context.today,
    bankHolidays,
  };
}
