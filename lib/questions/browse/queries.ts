import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { summarySelect, toSummary, type QuestionSummary } from "../summary";
import { buildBrowseCountSql, buildBrowseSql, encodeCursor } from "./sql";
import { similarQuestionsSql } from "../similar";
import type { BrowseParams, Sort } from "../schemas";

export const PAGE_SIZE = 20;
export { MATCH_END, MATCH_START } from "./highlight-markers";

export interface BrowseResult {
  items: (QuestionSummary & { titleHighlight?: string; snippet?: string })[];
  /** Cursor for the next page, or null on the last page. */
  next: string | null;
  /** How many questions match, over every page: exact (buildBrowseCountSql). */
  total: number;
  sort: Sort | "relevance";
}

/** Published questions with the filters, sort and search in the URL, a page at a time. */
export async function browseQuestions(params: BrowseParams, pageSize = PAGE_SIZE): Promise<BrowseResult> {
  const { sql, sort } = buildBrowseSql(params, pageSize);
  const [rows, [count]] = await Promise.all([
    db.$queryRaw<{ id: string; key: number | Date; title_highlight: string | null; snippet: string | null }[]>(sql),
    db.$queryRaw<{ total: number }[]>(buildBrowseCountSql(params)),
  ]);
  const pageRows = rows.slice(0, pageSize);
  const summaries = await db.question.findMany({
    where: { id: { in: pageRows.map((r) => r.id) } },
    select: summarySelect,
  });
  const byId = new Map(summaries.map((s) => [s.id, toSummary(s)]));
  const last = pageRows[pageRows.length - 1];
  return {
    sort,
    total: count?.total ?? 0,
    items: pageRows.map((r) => ({
      ...byId.get(r.id)!,
      titleHighlight: r.title_highlight ?? undefined,
      snippet: r.snippet ?? undefined,
    })),
    next:
      rows.length > pageSize && last
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
