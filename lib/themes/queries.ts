import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { publishedQuestionSql } from "@/lib/questions/visibility";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/permissions";
import { alphabeticalPage, decodeNameCursor } from "@/lib/keyset-by-name";
import { cachedReference } from "@/lib/reference/cache";

/** The themes people can choose from, in their set order. */
export function listActiveThemes() {
  return db.theme.findMany({
    where: { archivedAt: null },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: { slug: true, name: true, description: true },
  });
}

export interface ThemeWithCount {
  slug: string;
  name: string;
  description: string;
  questionCount: number;
}

/**
 * Active themes in their set order, each with its number of published questions (one query, over the stored
 * tally that migration published_question_tally keeps: a count over the questions took 1.7 s at 100,000).
 */
export async function listThemesWithCounts(): Promise<ThemeWithCount[]> {
  const rows = await db.$queryRaw<{ slug: string; name: string; description: string; question_count: bigint }[]>`
    SELECT t.slug, t.name, t.description,
           coalesce((SELECT sum(pt.questions) FROM published_question_tally pt WHERE pt.theme_id = t.id), 0)::bigint
             AS question_count
    FROM theme t
    WHERE t.archived_at IS NULL
    ORDER BY t.position, t.id`;
  return rows.map((r) => ({
    slug: r.slug,
    name: r.name,
    description: r.description,
    questionCount: Number(r.question_count),
  }));
}

/**
 * The themes for a question's edit form: the active ones, and any retired ones the question has already (listed
 * by slug), so that saving an edit keeps them; a retired theme is named as such.
 */
export async function listThemesForEditing(
  keptSlugs: readonly string[],
): Promise<{ slug: string; name: string; description: string }[]> {
  const themes = await db.theme.findMany({
    where: { OR: [{ archivedAt: null }, { slug: { in: [...keptSlugs] } }] },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: { slug: true, name: true, description: true, archivedAt: true },
  });
  return themes.map((t) => ({
    slug: t.slug,
    name: t.archivedAt ? `${t.name} (retired)` : t.name,
    description: t.archivedAt ? `${t.description} No longer offered for new questions.` : t.description,
  }));
}

/**
 * The themes to filter the question list by: the active ones, then the retired ones some published question
 * still has (their links on those questions lead to the filtered list), each named as retired. Cached in each
 * process (lib/reference/cache.ts): a change to a theme drops it at once on every instance; which retired themes
 * still have a published question also changes with moderation, which does not notify, so that part may lag by up
 * to a minute. Harmless: a retired theme's option appears or goes that much later, and its results are right.
 */
export function listThemesToBrowse(): Promise<{ slug: string; name: string }[]> {
  return cachedReference("themes-to-browse", 60_000, async () => {
    const rows = await db.$queryRaw<{ slug: string; name: string; retired: boolean }[]>`
      SELECT t.slug, t.name, t.archived_at IS NOT NULL AS retired
      FROM theme t
      WHERE t.archived_at IS NULL
         OR EXISTS (SELECT 1 FROM question_theme qt JOIN question q ON q.id = qt.question_id
                    WHERE qt.theme_id = t.id AND ${publishedQuestionSql("q")})
      ORDER BY t.archived_at IS NOT NULL, t.position, t.id`;
    return rows.map((r) => ({ slug: r.slug, name: r.retired ? `${r.name} (retired)` : r.name }));
  });
}

export const THEMES_PAGE_SIZE = 50;

export interface ThemeRow {
  id: number;
  name: string;
  slug: string;
  description: string;
  archivedAt: Date | null;
  /** Questions carrying the theme, published or not. */
  questions: number;
}

/**
 * Every theme, active or retired, by name, a page at a time (keyset on the name's unique index), each with how
 * many questions carry it, counted in the same query over the (theme, question) index: administrators only.
 */
export async function listThemesForAdmin(
  reader: Actor | null,
  after?: string,
): Promise<{ themes: ThemeRow[]; next: string | null }> {
  requirePermission(reader, "theme.manage");
  const from = decodeNameCursor(after);
  const rows = await db.$queryRaw<ThemeRow[]>`
    SELECT t.id, t.name, t.slug, t.description, t.archived_at AS "archivedAt",
           (SELECT count(*) FROM question_theme qt WHERE qt.theme_id = t.id)::int AS questions
    FROM theme t
    WHERE ${from === null} OR t.name > ${from ?? ""}
    ORDER BY t.name
    LIMIT ${THEMES_PAGE_SIZE + 1}`;
  const page = alphabeticalPage(rows, THEMES_PAGE_SIZE);
  return { themes: page.items, next: page.next };
}

/** One theme for its administration page; null when there is none. */
export const getThemeForAdmin = cache(async function getThemeForAdmin(
  reader: Actor | null,
  id: number,
): Promise<ThemeRow | null> {
  requirePermission(reader, "theme.manage");
  const [row] = await db.$queryRaw<ThemeRow[]>`
    SELECT t.id, t.name, t.slug, t.description, t.archived_at AS "archivedAt",
           (SELECT count(*) FROM question_theme qt WHERE qt.theme_id = t.id)::int AS questions
    FROM theme t WHERE t.id = ${id}`;
  return row ?? null;
});

/** One theme by its slug, active or retired (retired: its questions stay, nobody may choose it); null if none. */
export function getThemeBySlug(slug: string) {
  return db.theme.findUnique({
    where: { slug },
    select: { slug: true, name: true, description: true, archivedAt: true },
  });
}
