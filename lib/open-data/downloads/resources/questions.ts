import { Prisma } from "@/lib/generated/prisma/client";
import { byCursor, isoTime, type ResourceDefinition } from "../resource";

interface Row {
  id: string;
  title: string;
  body: string;
  status: string;
  themes: string[];
  district: string | null;
  event: string | null;
  support_count: number;
  comment_count: number;
  published_at: string;
  answered_at: string | null;
  merged_into: string | null;
  answered_by: string[];
}

/** Published questions only (moderation "approved", as every public list): never a held, rejected or hidden one. */
export const questionsResource: ResourceDefinition = {
  resource: "questions",
  title: "Questions",
  description: "Every published question and idea, with its themes, district, status and support.",
  fields: [
    { name: "id", description: "The question's identifier." },
    { name: "url", description: "Its page on the portal." },
    { name: "title", description: "The question, as asked." },
    { name: "body", description: "Its details, as asked (plain text or limited Markdown)." },
    {
      name: "status",
      description: "open, under_review, answered, planned, in_progress, delivered, declined or merged.",
    },
    { name: "themes", description: "The slugs of its themes (see themes), separated by “; ” in the CSV." },
    { name: "district", description: "The slug of its district (see districts); empty when none was given." },
    { name: "event", description: "The event it was asked at (see events); empty when none." },
    { name: "support_count", description: "How many people support it." },
    { name: "comment_count", description: "How many comments it has." },
    { name: "published_at", description: "When it was published (UTC)." },
    { name: "answered_at", description: "When it was first answered by a partner (UTC); empty while unanswered." },
    { name: "merged_into", description: "The question it was merged into; empty unless its status is merged." },
    { name: "answered_by", description: "The slugs of the organisations that answered it (see organisations)." },
  ],
  read(client, { site }) {
    const query = Prisma.sql`
      SELECT q.id::text, q.title, q.body, q.status::text,
             COALESCE((SELECT array_agg(t.slug ORDER BY t.position, t.id)
                       FROM question_theme qt JOIN theme t ON t.id = qt.theme_id
                       WHERE qt.question_id = q.id), '{}') AS themes,
             d.slug AS district, q.event_id::text AS event, q.support_count, q.comment_count,
             -- A question published before publishing was recorded counts from when it was asked.
             to_char(COALESCE(q.published_at, q.created_at), 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS published_at,
             ${isoTime("q.answered_at")} AS answered_at,
             CASE WHEN m.moderation = 'approved' THEN m.id::text END AS merged_into,
             COALESCE((SELECT array_agg(o.slug ORDER BY o.slug) FROM organisation o
                       WHERE EXISTS (SELECT 1 FROM response r WHERE r.question_id = q.id AND r.organisation_id = o.id)),
                      '{}') AS answered_by
      FROM question q
      LEFT JOIN district d ON d.id = q.district_id
      LEFT JOIN question m ON m.id = q.merged_into_id
      WHERE q.moderation = 'approved'
      ORDER BY q.created_at, q.id`;
    return byCursor<Row>(client, "open_data_questions", query, (r) => ({
      id: r.id,
      url: `${site}/questions/${r.id}`,
      title: r.title,
      body: r.body,
      status: r.status,
      themes: r.themes,
      district: r.district,
      event: r.event,
      support_count: r.support_count,
      comment_count: r.comment_count,
      published_at: r.published_at,
      answered_at: r.answered_at,
      merged_into: r.merged_into,
      answered_by: r.answered_by,
    }));
  },
};
