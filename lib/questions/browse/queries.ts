import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { QuestionStatus } from "@/lib/generated/prisma/enums";
import type { QuestionSummary } from "../summary";
import { buildBrowseSql, encodeCursor, SEARCH_MATCH_LIMIT } from "./sql";
import { similarQuestionsSql } from "../similar";
import type { BrowseParams, Sort } from "../schemas";

export const PAGE_SIZE = 20;
export { MATCH_END, MATCH_START } from "./highlight-markers";
export { SEARCH_MATCH_LIMIT } from "./sql";

export interface BrowseResult {
  items: (QuestionSummary & { titleHighlight?: string; snippet?: string })[];
  /** Cursor for the next page, or null on the last page. */
  next: string | null;
  /**
   * How many questions match, over every page: exact without a search; with one, at most SEARCH_MATCH_LIMIT,
   * and `moreThanTotal` says there are more.
   */
  total: number;
  moreThanTotal: boolean;
  sort: Sort | "relevance";
}

interface BrowseRow {
  total: number;
  id: string | null;
  key: number | Date;
  title_highlight: string | null;
  snippet: string | null;
  title: string;
  status: QuestionStatus;
  support_count: number;
  comment_count: number;
  created_at: Date;
  district_slug: string | null;
  district_name: string | null;
  themes: { slug: string; name: string }[];
  answered_by: string[];
}

/** Published questions with the filters, sort and search in the URL, a page at a time, in one query. */
export async function browseQuestions(params: BrowseParams, pageSize = PAGE_SIZE): Promise<BrowseResult> {
  const { sql, sort } = buildBrowseSql(params, pageSize);
  const rows = await db.$queryRaw<BrowseRow[]>(sql);
  const count = rows[0]?.total ?? 0;
  const found = rows.filter((r): r is BrowseRow & { id: string } => r.id !== null);
  const pageRows = found.slice(0, pageSize);
  const last = pageRows[pageRows.length - 1];
  const capped = Boolean(params.q) && count > SEARCH_MATCH_LIMIT;
  return {
    sort,
    total: capped ? SEARCH_MATCH_LIMIT : count,
    moreThanTotal: capped,
    items: pageRows.map((r) => ({
      id: r.id,
      title: r.title,
      status: r.status,
      supportCount: r.support_count,
      commentCount: r.comment_count,
      createdAt: r.created_at,
      themes: r.themes,
      district: r.district_slug && r.district_name ? { slug: r.district_slug, name: r.district_name } : null,
      answeredBy: r.answered_by,
      titleHighlight: r.title_highlight ?? undefined,
      snippet: r.snippet ?? undefined,
    })),
    next:
      found.length > pageSize && last
        ? encodeCursor({
            s: sort,
            v: last.key instanceof Date ? last.key.toISOString() : Number(last.key),
            id: last.id,
          })
        : null,
  };
}

/**
 * Up to `limit` published, unmerged questions like a title being typed, best first (lib/questions/similar.ts:
 * synonym groups, stemmed and unaccented words, trigram and word similarity), for "support this instead".
 */
export async function findSimilarQuestions(
  title: string,
  limit = 5,
): Promise<{ id: string; title: string; supportCount: number }[]> {
  const text = title.trim().slice(0, 140);
  if (text.length < 4) return [];
  const rows = await db.$queryRaw<{ id: string; title: string; support_count: number }[]>(
    similarQuestionsSql(Prisma.sql`${text}::text`, limit),
  );
  return rows.map((r) => ({ id: r.id, title: r.title, supportCount: r.support_count }));
}
