import { allAtOnce, type ResourceDefinition } from "../resource";

interface Row {
  slug: string;
  name: string;
  kind: string;
  published_questions: number;
}

export const districtsResource: ResourceDefinition = {
  resource: "districts",
  title: "Districts",
  description: "The districts of Essex a question can be about, with how many published questions each has.",
  fields: [
    { name: "slug", description: "The district's identifier, used by questions." },
    { name: "url", description: "Its published questions on the portal." },
    { name: "name", description: "Its name." },
    { name: "kind", description: "district (of Essex County Council), unitary (authority) or county (Essex-wide)." },
    { name: "published_questions", description: "How many published questions are about it." },
  ],
  async read(client, { site }) {
    const rows = await client.$queryRaw<Row[]>`
      SELECT d.slug, d.name, d.kind::text,
             (SELECT count(*)::int FROM question q WHERE q.district_id = d.id AND q.moderation = 'approved')
               AS published_questions
      FROM district d
      ORDER BY d.position, d.id`;
    return allAtOnce(
      rows.map((r) => ({
        slug: r.slug,
        url: `${site}/questions?district=${encodeURIComponent(r.slug)}`,
        name: r.name,
        kind: r.kind,
        published_questions: r.published_questions,
      })),
    );
  },
};
