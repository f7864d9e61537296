import { Prisma } from "@/lib/generated/prisma/client";
import type { QuestionStatus } from "@/lib/generated/prisma/enums";
import { MATCH_END, MATCH_START } from "./highlight-markers";
import type { BrowseParams, Sort } from "../schemas";
import { publishedTallySql } from "../tally";
import { publishedQuestionSql } from "../visibility";

/** Where a page ended: the sort it belongs to, that sort's value on the last row, and the row's id. */
export interface Cursor {
  s: Sort | "relevance";
  v: number | string;
  id: string;
}

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString("base64url");
}

const INT_MAX = 2_147_483_647;

/** The cursor, if it is well formed and belongs to this sort; otherwise null (the first page is shown). */
export function decodeCursor(raw: string | undefined, sort: Sort | "relevance"): Cursor | null {
  if (!raw) return null;
  try {
    const value = JSON.parse(Buffer.from(raw, "base64url").toString("utf8")) as Cursor;
    if (
      value.s !== sort ||
      typeof value.id !== "string" ||
      !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value.id)
    )
      return null;
    const ok =
      sort === "supported"
        ? Number.isInteger(value.v) && (value.v as number) >= 0 && (value.v as number) <= INT_MAX
        : sort === "newest" || sort === "waiting"
          ? typeof value.v === "string" &&
            /^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/.test(value.v) &&
            !Number.isNaN(Date.parse(value.v))
          : typeof value.v === "number" && Number.isFinite(value.v);
    return ok ? value : null;
  } catch {
    return null;
  }
}

// Each sort is a keyset over an index that matches its ORDER BY (see prisma/schema.prisma), with the id as
// the tie-break, so pages neither repeat nor skip when new questions arrive.
const ORDERS: Record<Sort | "relevance", { column: string; direction: "DESC" | "ASC"; cast: Prisma.Sql }> = {
  supported: { column: "support_count", direction: "DESC", cast: Prisma.sql`::int` },
  trending: { column: "trending_score", direction: "DESC", cast: Prisma.sql`::float8` },
  newest: { column: "created_at", direction: "DESC", cast: Prisma.sql`::timestamp` },
  waiting: { column: "created_at", direction: "ASC", cast: Prisma.sql`::timestamp` },
  relevance: { column: "rank", direction: "DESC", cast: Prisma.sql`::float8` },
};

/** The WHERE conditions for the filters and search in the URL: shared by the page query and its count. */
function browseFilters(params: BrowseParams, sort: Sort | "relevance", query: Prisma.Sql | null): Prisma.Sql {
  // Browse lists published questions only, to everyone (visibility.ts).
  const filters: Prisma.Sql[] = [publishedQuestionSql("q")];
  if (query) filters.push(Prisma.sql`q.search @@ ${query}`);
  if (params.theme) {
    filters.push(
      Prisma.sql`EXISTS (SELECT 1 FROM question_theme qt JOIN theme t ON t.id = qt.theme_id WHERE qt.question_id = q.id AND t.slug = ${params.theme})`,
    );
  }
  if (params.district)
    filters.push(Prisma.sql`q.district_id = (SELECT id FROM district WHERE slug = ${params.district})`);
  if (params.organisation) {
    filters.push(
      Prisma.sql`EXISTS (SELECT 1 FROM response r JOIN organisation o ON o.id = r.organisation_id WHERE r.question_id = q.id AND o.slug = ${params.organisation})`,
    );
  }
  if (params.status) filters.push(Prisma.sql`q.status = ${params.status}::"QuestionStatus"`);
  else if (sort === "waiting") filters.push(Prisma.sql`q.status IN ('open', 'under_review')`);
  return Prisma.join(filters, " AND ");
}

function browseSort(params: BrowseParams): Sort | "relevance" {
  return params.sort ?? (params.q ? "relevance" : "supported");
}

function searchQuery(params: BrowseParams): Prisma.Sql | null {
  return params.q ? searchTextQuery(params.q) : null;
}

/**
 * Words as a search reads them (quotes for a phrase, "or", -word), accent- and case-folded like the `search`
 * column they are matched against: `q.search @@ searchTextQuery(text)`.
 */
export function searchTextQuery(text: string): Prisma.Sql {
  return Prisma.sql`websearch_to_tsquery('mse_english', mse_fold(${text}))`;
}

/**
 * A search's matches are counted, and ranked for "best match", only up to this many. A common word matches a
 * large share of 100,000 questions; counting or ranking every match reads each of those rows (32 ms and more for
 * a word in 15% of them, bench/browse-explain.ts), while reading matches in most-supported order over the
 * (moderation, support_count, id) index stops after this many: the page says "more than 100 found", and "best
 * match" orders the 100 most supported matches by how well they match (another sort lists every match).
 */
export const SEARCH_MATCH_LIMIT = 100;

/**
 * How many published questions match the filters and search in the URL, over every page: exact without a
 * search (from the stored tally, or counted for an organisation); with one, up to SEARCH_MATCH_LIMIT + 1 (more means "more than
 * SEARCH_MATCH_LIMIT").
 */
export function buildBrowseCountSql(params: BrowseParams): Prisma.Sql {
  const where = browseFilters(params, browseSort(params), searchQuery(params));
  // The tally has no organisation: an organisation's answered questions are counted, exactly (it answers a bounded
  // number, each found through response's index).
  if (!params.q && params.organisation) return Prisma.sql`SELECT count(*)::int AS total FROM question q WHERE ${where}`;
  if (!params.q) return buildTallyCountSql(params, browseSort(params));
  return Prisma.sql`SELECT count(*)::int AS total FROM (SELECT 1 FROM question q WHERE ${where} LIMIT ${SEARCH_MATCH_LIMIT + 1}) s`;
}

/** Without a search the filters are a theme, a district and a status: the stored tally answers them. */
function buildTallyCountSql(params: BrowseParams, sort: Sort | "relevance"): Prisma.Sql {
  const statuses: QuestionStatus[] | undefined = params.status
    ? [params.status]
    : sort === "waiting"
      ? ["open", "under_review"]
      : undefined;
  return Prisma.sql`SELECT (${publishedTallySql({ theme: params.theme, district: params.district, statuses })}) AS total`;
}

/**
 * The browse query for the filters, sort, search and cursor in the URL (also run by bench/browse-explain.ts): one
 * statement that returns the page's rows with everything the list shows of each (themes, district, the
 * organisations that answered) and, on every row, the count (buildBrowseCountSql), so a page costs one round
 * trip. With no row on the page (past the end, or nothing matches) it returns one row with the count and a null id.
 */
export function buildBrowseSql(
  params: BrowseParams,
  pageSize: number,
  // bench/browse-explain.ts leaves the count out to see the page's own plan (and explains the count apart).
  { count = true }: { count?: boolean } = {},
): { sql: Prisma.Sql; sort: Sort | "relevance" } {
  const sort = browseSort(params);
  const order = ORDERS[sort];
  const query = searchQuery(params);
  const where = browseFilters(params, sort, query);

  const cursor = decodeCursor(params.after, sort);
  const column = Prisma.raw(order.column);
  const direction = Prisma.raw(order.direction);
  const comparison = Prisma.raw(order.direction === "DESC" ? "<" : ">");
  const keysetFilter = cursor
    ? Prisma.sql`AND (${column}, id) ${comparison} (${cursor.v}${order.cast}, ${cursor.id}::uuid)`
    : Prisma.empty;
  // The WHERE keeps the search as a constant expression, which the planner folds and reads the word's frequency
  // for (so it picks the GIN index for a rare word, the sort's index for a common one). Ranking and highlighting
  // read it from one CTE instead, so it is built once more, not once per use (planning time was most of a
  // search's database time).
  const builtQuery = Prisma.sql`(SELECT query FROM search_query)`;
  const highlight = (field: "title" | "body", options: string) =>
    query
      ? Prisma.sql`ts_headline('mse_english', qq.${Prisma.raw(field)}, ${builtQuery}, ${`StartSel=${MATCH_START}, StopSel=${MATCH_END}, ${options}`})`
      : Prisma.sql`NULL`;

  // "Best match" ranks a bounded set: the most supported matches (SEARCH_MATCH_LIMIT + 1 of them, read in
  // index order), which also give the capped count. Every other sort reads its own index in order.
  const matches =
    sort === "relevance" && query
      ? Prisma.sql`
      candidates AS (
        SELECT q.id, q.support_count, q.trending_score, q.created_at, q.search
        FROM question q
        WHERE ${where}
        ORDER BY q.support_count DESC, q.id DESC
        LIMIT ${SEARCH_MATCH_LIMIT + 1}
      ),
      total AS (SELECT count(*)::int AS total FROM candidates),
      matches AS (
        SELECT id, support_count, trending_score, created_at, ts_rank_cd(search, ${builtQuery}, 1)::float8 AS rank
        FROM candidates
      )`
      : Prisma.sql`
      total AS (${count ? buildBrowseCountSql(params) : Prisma.sql`SELECT NULL::int AS total`}),
      matches AS (
        SELECT q.id, q.support_count, q.trending_score, q.created_at, 0::float8 AS rank
        FROM question q
        WHERE ${where}
      )`;

  const sql = Prisma.sql`
    WITH ${query ? Prisma.sql`search_query AS (SELECT ${query} AS query),` : Prisma.empty} ${matches},
    page AS (
      SELECT id, support_count, trending_score, created_at, rank FROM matches
      WHERE true ${keysetFilter}
      ORDER BY ${column} ${direction}, id ${direction}
      LIMIT ${pageSize + 1}
    )
    SELECT total.total, p.*
    FROM total LEFT JOIN LATERAL (
      SELECT page.id, page.${column} AS key, ${highlight("title", "HighlightAll=true")} AS title_highlight,
             ${highlight("body", "MaxWords=35, MinWords=15, MaxFragments=1")} AS snippet,
             qq.title, qq.status::text AS status, qq.support_count, qq.comment_count, qq.created_at,
             d.slug AS district_slug, d.name AS district_name,
             COALESCE((SELECT json_agg(json_build_object('slug', t.slug, 'name', t.name) ORDER BY t.position, t.id)
                       FROM question_theme qt JOIN theme t ON t.id = qt.theme_id
                       WHERE qt.question_id = qq.id), '[]'::json) AS themes,
             -- Each organisation once, in the order of its first response.
             COALESCE((SELECT array_agg(a.name ORDER BY a.first_at, a.name)
                       FROM (SELECT o.name, min(r.created_at) AS first_at
                             FROM response r JOIN organisation o ON o.id = r.organisation_id
                             WHERE r.question_id = qq.id GROUP BY o.name) a), '{}'::text[]) AS answered_by
      FROM page JOIN question qq ON qq.id = page.id LEFT JOIN district d ON d.id = qq.district_id
    ) p ON true
    ORDER BY p.key ${direction}, p.id ${direction}`;

  return { sql, sort };
}
