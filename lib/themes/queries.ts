import "server-only";
import { db } from "@/lib/db";
import { publishedQuestionSql } from "@/lib/questions/visibility";

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

/** Active themes in their set order, each with its number of published questions (one query). */
export async function listThemesWithCounts(): Promise<ThemeWithCount[]> {
  const rows = await db.$queryRaw<{ slug: string; name: string; description: string; question_count: bigint }[]>`
    SELECT t.slug, t.name, t.description, count(q.id) AS question_count
    FROM theme t
    LEFT JOIN question_theme qt ON qt.theme_id = t.id
    LEFT JOIN question q ON q.id = qt.question_id AND ${publishedQuestionSql("q")}
    WHERE t.archived_at IS NULL
    GROUP BY t.id
    ORDER BY t.position, t.id`;
  return rows.map((r) => ({
    slug: r.slug,
    name: r.name,
    description: r.description,
    questionCount: Number(r.question_count),
  }));
}
