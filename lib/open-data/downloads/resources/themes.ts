import { allAtOnce, type ResourceDefinition } from "../resource";

interface Row {
  slug: string;
  name: string;
  description: string;
  archived: boolean;
  published_questions: number;
}

export const themesResource: ResourceDefinition = {
  resource: "themes",
  title: "Themes",
  description: "The themes questions are filed under, with how many published questions each has.",
  fields: [
    { name: "slug", description: "The theme's identifier, used by questions." },
    { name: "url", description: "Its published questions on the portal." },
    { name: "name", description: "Its name." },
    { name: "description", description: "What it covers." },
    { name: "archived", description: "true when no new question can be filed under it." },
    { name: "published_questions", description: "How many published questions are filed under it." },
  ],
  async read(client, { site }) {
    const rows = await client.$queryRaw<Row[]>`
      SELECT t.slug, t.name, t.description, t.archived_at IS NOT NULL AS archived,
             (SELECT count(*)::int FROM question_theme qt JOIN question q ON q.id = qt.question_id
              WHERE qt.theme_id = t.id AND q.moderation = 'approved') AS published_questions
      FROM theme t
      ORDER BY t.position, t.id`;
    return allAtOnce(
      rows.map((r) => ({
        slug: r.slug,
        url: `${site}/questions?theme=${encodeURIComponent(r.slug)}`,
        name: r.name,
        description: r.description,
        archived: r.archived,
        published_questions: r.published_questions,
      })),
    );
  },
};
