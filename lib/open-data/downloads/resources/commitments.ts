import { allAtOnce, isoDate, isoTime, type ResourceDefinition } from "../resource";

interface Row {
  id: string;
  organisation: string;
  title: string;
  description: string;
  state: string;
  progress: number;
  target_date: string;
  created_at: string;
  delivered_at: string | null;
  evidence: string | null;
  evidence_links: string[];
  dropped_at: string | null;
  dropped_reason: string | null;
  questions: string[];
}

/** Every commitment, as /commitments shows them, with its published questions only. */
export const commitmentsResource: ResourceDefinition = {
  resource: "commitments",
  title: "Commitments",
  description: "“You said, we did”: every promise a partner made on questions, its progress and its delivery.",
  fields: [
    { name: "id", description: "The commitment's identifier." },
    { name: "url", description: "Its page on the portal." },
    { name: "organisation", description: "The slug of the organisation that made it (see organisations)." },
    { name: "title", description: "What was promised." },
    { name: "description", description: "The promise in full." },
    { name: "state", description: "planned, in_progress, delivered or dropped." },
    { name: "progress", description: "Per cent done, as the partner reports it." },
    { name: "target_date", description: "The date it should be delivered by." },
    { name: "created_at", description: "When it was made (UTC)." },
    { name: "delivered_at", description: "When it was marked delivered (UTC); empty until then." },
    { name: "evidence", description: "The evidence of delivery given." },
    { name: "evidence_links", description: "Links to that evidence, separated by “; ” in the CSV." },
    { name: "dropped_at", description: "When it was dropped (UTC); empty unless dropped." },
    { name: "dropped_reason", description: "The public reason it was dropped." },
    { name: "questions", description: "The published questions it answers (see questions)." },
  ],
  async read(client, { site }) {
    const rows = await client.$queryRaw<Row[]>`
      SELECT c.id::text, o.slug AS organisation, c.title, c.description, c.state::text, c.progress::int AS progress,
             ${isoDate("c.target_date")} AS target_date, ${isoTime("c.created_at")} AS created_at,
             ${isoTime("c.delivered_at")} AS delivered_at, c.evidence, c.evidence_links,
             ${isoTime("c.dropped_at")} AS dropped_at, c.dropped_reason,
             COALESCE((SELECT array_agg(q.id::text ORDER BY q.id)
                       FROM commitment_question cq JOIN question q ON q.id = cq.question_id AND q.moderation = 'approved'
                       WHERE cq.commitment_id = c.id), '{}') AS questions
      FROM commitment c JOIN organisation o ON o.id = c.organisation_id
      ORDER BY c.created_at, c.id`;
    return allAtOnce(
      rows.map((r) => ({
        id: r.id,
        url: `${site}/commitments/${r.id}`,
        organisation: r.organisation,
        title: r.title,
        description: r.description,
        state: r.state,
        progress: r.progress,
        target_date: r.target_date,
        created_at: r.created_at,
        delivered_at: r.delivered_at,
        evidence: r.evidence,
        evidence_links: r.evidence_links,
        dropped_at: r.dropped_at,
        dropped_reason: r.dropped_reason,
        questions: r.questions,
      })),
    );
  },
};
