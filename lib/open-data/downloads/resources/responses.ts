import { Prisma } from "@/lib/generated/prisma/client";
import { byCursor, isoTime, type ResourceDefinition } from "../resource";

interface Row {
  id: string;
  question: string;
  organisation: string;
  body: string;
  published_at: string;
  edited_at: string | null;
}

/**
 * Official responses on published questions, attributed to their organisation. The member who wrote one is not
 * named: the open data holds no one's personal data.
 */
export const responsesResource: ResourceDefinition = {
  resource: "responses",
  title: "Responses",
  description: "Every official public answer by a partner organisation on a published question.",
  fields: [
    { name: "id", description: "The response's identifier." },
    { name: "url", description: "The response on its question's page." },
    { name: "question", description: "The question it answers (see questions)." },
    { name: "organisation", description: "The slug of the organisation that answered (see organisations)." },
    { name: "body", description: "The answer (limited Markdown)." },
    { name: "published_at", description: "When it was published (UTC)." },
    { name: "edited_at", description: "When its text last changed (UTC); empty if never edited." },
  ],
  read(client, { site }) {
    const query = Prisma.sql`
      SELECT r.id::text, r.question_id::text AS question, o.slug AS organisation, r.body,
             ${isoTime("r.created_at")} AS published_at, ${isoTime("r.edited_at")} AS edited_at
      FROM response r
      JOIN question q ON q.id = r.question_id AND q.moderation = 'approved'
      JOIN organisation o ON o.id = r.organisation_id
      ORDER BY r.created_at, r.id`;
    return byCursor<Row>(client, "open_data_responses", query, (r) => ({
      id: r.id,
      url: `${site}/questions/${r.question}#response-${r.id}`,
      question: r.question,
      organisation: r.organisation,
      body: r.body,
      published_at: r.published_at,
      edited_at: r.edited_at,
    }));
  },
};
