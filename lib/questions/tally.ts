// Reading the stored tally of published questions (migration published_question_tally, kept by triggers): one
// row per (theme, district, status), theme 0 counting each question once. A total for a theme, a district and
// a set of statuses is a sum over at most a few hundred rows, however many questions there are.
import { Prisma } from "@/lib/generated/prisma/client";
import type { QuestionStatus } from "@/lib/generated/prisma/enums";

/** How many published questions have the theme and district (by slug, either left out for all) and one of the statuses (all if left out). */
export function publishedTallySql(filter: {
  theme?: string;
  district?: string;
  statuses?: readonly QuestionStatus[];
}): Prisma.Sql {
  const conditions: Prisma.Sql[] = [
    filter.theme
      ? Prisma.sql`t.theme_id = (SELECT id FROM theme WHERE slug = ${filter.theme})`
      : Prisma.sql`t.theme_id = 0`,
  ];
  if (filter.district)
    conditions.push(Prisma.sql`t.district_id = (SELECT id FROM district WHERE slug = ${filter.district})`);
  if (filter.statuses) {
    conditions.push(
      filter.statuses.length
        ? Prisma.sql`t.status IN (${Prisma.join(filter.statuses.map((s) => Prisma.sql`${s}::"QuestionStatus"`))})`
        : Prisma.sql`FALSE`,
    );
  }
  return Prisma.sql`SELECT coalesce(sum(t.questions), 0)::int FROM published_question_tally t WHERE ${Prisma.join(conditions, " AND ")}`;
}
