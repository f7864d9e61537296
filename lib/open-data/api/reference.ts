import "server-only";
import { db } from "@/lib/db";
import { listThemesWithCounts } from "@/lib/themes/queries";
import type { DistrictListOut, ThemeListOut } from "./schemas";

/** The active themes in their set order, each with its published questions (the stored tally). */
export async function listThemes(): Promise<ThemeListOut> {
  return { data: await listThemesWithCounts() };
}

/**
 * The districts in their set order, each with its published questions: one query over the stored tally
 * (theme 0 counts each question once), however many questions there are.
 */
export async function listDistrictsWithCounts(): Promise<DistrictListOut> {
  const rows = await db.$queryRaw<
    { slug: string; name: string; kind: DistrictListOut["data"][number]["kind"]; n: number }[]
  >`
    SELECT d.slug, d.name, d.kind::text AS kind,
           coalesce((SELECT sum(t.questions) FROM published_question_tally t
                     WHERE t.theme_id = 0 AND t.district_id = d.id), 0)::int AS n
    FROM district d
    ORDER BY d.position, d.id`;
  return { data: rows.map((r) => ({ slug: r.slug, name: r.name, kind: r.kind, questionCount: r.n })) };
}
