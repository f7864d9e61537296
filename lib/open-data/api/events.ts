import "server-only";
import { db } from "@/lib/db";
import { decodeNewestFirstCursor, encodeNewestFirstCursor } from "@/lib/keyset";
import { PUBLISHED } from "@/lib/questions/visibility";
import { BadParameters } from "./http";
import { questionPage } from "./paths";
import type { EventListOut, EventListQuery } from "./schemas";

/**
 * A page of engagement events that have ended, latest first (keyset on (starts_at, id) over its index), each with
 * the published questions asked there, most supported first: two queries a page, whatever its size. Nothing about
 * the people there (organiser, participants) and not the join code.
 */
export async function listPastEvents(
  query: EventListQuery,
  origin: string,
  pageLink: (cursor: string | undefined) => string,
  now = new Date(),
): Promise<EventListOut> {
  const cursor = query.cursor ? decodeNewestFirstCursor(query.cursor) : null;
  if (query.cursor && !cursor)
    throw new BadParameters([{ parameter: "cursor", message: "cursor is not one this list gave" }]);
  const after = cursor
    ? {
        OR: [{ startsAt: { lt: new Date(cursor.at) } }, { startsAt: new Date(cursor.at), id: { lt: cursor.id } }],
      }
    : {};
  const rows = await db.event.findMany({
    where: { AND: [{ endsAt: { lt: now } }, after] },
    orderBy: [{ startsAt: "desc" }, { id: "desc" }],
    take: query.limit + 1,
    select: {
      id: true,
      title: true,
      description: true,
      kind: true,
      place: true,
      startsAt: true,
      endsAt: true,
      organisation: { select: { slug: true, name: true } },
    },
  });
  const events = rows.slice(0, query.limit);
  const questions = events.length
    ? await db.question.findMany({
        where: { AND: [PUBLISHED, { eventId: { in: events.map((e) => e.id) } }] },
        orderBy: [{ supportCount: "desc" }, { id: "desc" }],
        select: { id: true, title: true, status: true, supportCount: true, eventId: true },
      })
    : [];
  const last = events.at(-1);
  const next =
    rows.length > query.limit && last
      ? encodeNewestFirstCursor({ at: last.startsAt.toISOString(), id: last.id })
      : null;
  return {
    data: events.map((e) => ({
      id: e.id,
      title: e.title,
      description: e.description,
      kind: e.kind,
      place: e.place,
      startsAt: e.startsAt.toISOString(),
      endsAt: e.endsAt.toISOString(),
      organisation: e.organisation,
      questions: questions
        .filter((q) => q.eventId === e.id)
        .map((q) => ({
          id: q.id,
          title: q.title,
          status: q.status,
          supportCount: q.supportCount,
          url: questionPage(origin, q.id),
        })),
    })),
    links: { self: pageLink(query.cursor), next: next ? pageLink(next) : null },
  };
}
