import { allAtOnce, isoTime, type ResourceDefinition } from "../resource";

interface Row {
  id: string;
  title: string;
  description: string;
  kind: string;
  starts_at: string;
  ends_at: string;
  place: string;
  organisation: string | null;
  questions: string[];
}

/**
 * Events that have ended, with the questions asked there that were published (room questions become portal
 * questions once the event has ended, and are moderated like any other). Nothing of the people at an event
 * (organiser, facilitators, participants and their nicknames, join code) is included.
 */
export const eventsResource: ResourceDefinition = {
  resource: "events",
  title: "Events",
  description: "Past engagement events (school workshops, public meetings) and the published questions asked there.",
  fields: [
    { name: "id", description: "The event's identifier, used by questions." },
    { name: "url", description: "Its page on the portal." },
    { name: "title", description: "Its title." },
    { name: "description", description: "What it was about." },
    { name: "kind", description: "school_workshop, public_meeting or online." },
    { name: "starts_at", description: "When it started (UTC)." },
    { name: "ends_at", description: "When it ended (UTC)." },
    { name: "place", description: "Where it was held." },
    { name: "organisation", description: "The slug of the partner organisation that ran it; empty for CSES." },
    { name: "questions", description: "The published questions asked there (see questions)." },
  ],
  async read(client, { now, site }) {
    const rows = await client.$queryRaw<Row[]>`
      SELECT e.id::text, e.title, e.description, e.kind::text AS kind, ${isoTime("e.starts_at")} AS starts_at,
             ${isoTime("e.ends_at")} AS ends_at, e.place,
             o.slug AS organisation,
             COALESCE((SELECT array_agg(q.id::text ORDER BY q.created_at, q.id) FROM question q
                       WHERE q.event_id = e.id AND q.moderation = 'approved'), '{}') AS questions
      FROM event e LEFT JOIN organisation o ON o.id = e.organisation_id
      WHERE e.ends_at < ${now}
      ORDER BY e.starts_at, e.id`;
    return allAtOnce(
      rows.map((r) => ({
        id: r.id,
        url: `${site}/events/${r.id}`,
        title: r.title,
        description: r.description,
        kind: r.kind,
        starts_at: r.starts_at,
        ends_at: r.ends_at,
        place: r.place,
        organisation: r.organisation,
        questions: r.questions,
      })),
    );
  },
};
