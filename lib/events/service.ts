import "server-only";
import { db } from "@/lib/db";
import { parseOrInvalid } from "@/lib/validation";
import { retryOnWriteConflict } from "@/lib/db-errors";
import { Invalid, NotFound } from "@/lib/errors";
import { londonParts } from "./london-time";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/permissions";
import { assertAllowed } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/audit/service";
import type { Prisma } from "@/lib/generated/prisma/client";
import { lockActiveOrganisation, NOT_AN_ACTIVE_ORGANISATION } from "@/lib/organisations/active";
import { newJoinCode } from "./join-code";
import { signalEventChanged } from "./live";
import {
  canFacilitate,
  EVENT_ALREADY_OVER,
  EVENT_NOT_FOUND,
  eventEditAccess,
  eventTimesChange,
  newEventAccepted,
  organiseForAccess,
} from "./policy";
import {
  createEventSchema,
  editEventSchema,
  type CreateEventInput,
  type EditEventInput,
  type EventInput,
} from "./schemas";

type Tx = Prisma.TransactionClient;

/** A fresh code is taken on the rare clash; 25^6 codes make a fifth clash in a row practically impossible. */
const JOIN_CODE_ATTEMPTS = 5;

const NOT_A_FACILITATOR_CHOICE =
  "Facilitators must be members of a partner organisation, or CSES moderators or administrators, with a confirmed email address.";

/**
 * The facilitators chosen on the form (ticked, or typed by email address), as user ids, checked: each must be an
 * active, confirmed member of a partner organisation or a CSES moderator or administrator. `always` (the organiser
 * making the event) is added without a check of its own: event.manage already allowed them.
 */
async function chooseFacilitators(tx: Tx, input: EventInput, always: string | null): Promise<string[]> {
  const people = await tx.$queryRaw<
    { id: string; email: string | null; platformRole: string; memberships: number; usable: boolean }[]
  >`
    SELECT u.id, u.email, u.platform_role::text AS "platformRole",
           (SELECT count(*)::int FROM organisation_membership m WHERE m.user_id = u.id) AS memberships,
           (u.status = 'active' AND u.email_verified_at IS NOT NULL) AS usable
    FROM "user" u
    WHERE u.id = ANY(${input.facilitatorIds}::uuid[]) OR u.email = ANY(${input.facilitatorEmails}::text[])`;
  const eligible = people.filter((p) => p.usable && canFacilitate(p));
  const errors: Record<string, string> = {};
  const missingId = input.facilitatorIds.find((id) => !eligible.some((p) => p.id === id));
  if (missingId) errors.facilitatorIds = NOT_A_FACILITATOR_CHOICE;
  const missingEmail = input.facilitatorEmails.find((email) => !eligible.some((p) => p.email === email));
  if (missingEmail) errors.facilitatorEmails = `${missingEmail} cannot be a facilitator. ${NOT_A_FACILITATOR_CHOICE}`;
  if (Object.keys(errors).length) throw new Invalid(Object.values(errors)[0]!, errors);
  const ids = new Set(eligible.map((p) => p.id));
  if (always) ids.add(always);
  if (!ids.size)
    throw new Invalid("Choose at least one facilitator", { facilitatorIds: "Choose at least one facilitator" });
  return [...ids].sort();
}

/** The organisation chosen for the event, checked as the actor may choose it and still active. */
async function chooseOrganisation(tx: Tx, actor: Actor, organisationId: number | null): Promise<void> {
  const decision = organiseForAccess(actor, organisationId);
  if (!decision.allowed) throw new Invalid(decision.reason, { organisationId: decision.reason });
  if (organisationId === null) return;
  if (!(await lockActiveOrganisation(tx, organisationId)))
    throw new Invalid(NOT_AN_ACTIVE_ORGANISATION, { organisationId: NOT_AN_ACTIVE_ORGANISATION });
}

/** What the audit log keeps of an event's details. */
function auditView(input: EventInput, facilitatorIds: string[]) {
  return {
    title: input.title,
    kind: input.kind,
    place: input.place,
    organisationId: input.organisationId,
    startsAt: input.startsAt.toISOString(),
    endsAt: input.endsAt.toISOString(),
    facilitatorIds,
  };
}

/**
 * Makes an event with a new join code, its organiser (the actor) among its facilitators. The code is inserted with
 * ON CONFLICT DO NOTHING so a clash with another event's code takes another code, without aborting the transaction.
 */
export async function createEvent(
  actor: Actor | null,
  input: CreateEventInput,
): Promise<{ eventId: string; joinCode: string }> {
  requirePermission(actor, "event.manage");
  const data = parseOrInvalid(createEventSchema, input);
  if (!newEventAccepted(data.endsAt, new Date())) {
    throw new Invalid(EVENT_ALREADY_OVER, { date: EVENT_ALREADY_OVER });
  }

  return retryOnWriteConflict(() =>
    db.$transaction(async (tx) => {
      await chooseOrganisation(tx, actor, data.organisationId);
      const facilitatorIds = await chooseFacilitators(tx, data, actor.id);
      let created: { id: string; joinCode: string } | undefined;
      for (let attempt = 0; attempt < JOIN_CODE_ATTEMPTS && !created; attempt++) {
        const rows = await tx.$queryRaw<{ id: string; joinCode: string }[]>`
          INSERT INTO event (id, title, description, kind, starts_at, ends_at, place, organiser_id, organisation_id,
                             join_code, updated_at)
          VALUES (gen_random_uuid(), ${data.title}, ${data.description}, ${data.kind}::"EventKind", ${data.startsAt},
                  ${data.endsAt}, ${data.place}, ${actor.id}::uuid, ${data.organisationId}::int, ${newJoinCode()}, now())
          ON CONFLICT (join_code) DO NOTHING
          RETURNING id, join_code AS "joinCode"`;
        created = rows[0];
      }
      if (!created) throw new Error("Could not find an unused join code");
      await tx.eventFacilitator.createMany({ data: facilitatorIds.map((userId) => ({ eventId: created.id, userId })) });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "event.create",
        targetType: "event",
        targetId: created.id,
        after: { ...auditView(data, facilitatorIds), joinCode: created.joinCode },
      });
      return { eventId: created.id, joinCode: created.joinCode };
    }),
  );
}

/** Whether the times sent are the stored ones as the edit form shows them (its start to the minute, its end's clock). */
function sameAsTheFormShows(sent: { startsAt: Date; endsAt: Date }, stored: { startsAt: Date; endsAt: Date }): boolean {
  const minute = (date: Date) => Math.floor(date.getTime() / 60_000);
  const clock = (date: Date) => {
    const { hour, minute } = londonParts(date);
    return hour * 60 + minute;
  };
  return minute(sent.startsAt) === minute(stored.startsAt) && clock(sent.endsAt) === clock(stored.endsAt);
}

/**
 * Changes an event's details and its facilitators (the whole list, as the form shows it). The event is locked, so
 * two people editing it apply one after the other; the room, console and screen are told it changed.
 */
export async function editEvent(actor: Actor | null, input: EditEventInput): Promise<void> {
  requirePermission(actor, "event.manage");
  const data = parseOrInvalid(editEventSchema, input);

  await retryOnWriteConflict(() =>
    db.$transaction(async (tx) => {
      const rows = await tx.$queryRaw<
        {
          organiserId: string;
          organisationId: number | null;
          title: string;
          kind: string;
          place: string;
          startsAt: Date;
          endsAt: Date;
          publishedAt: Date | null;
          facilitatorIds: string[];
        }[]
      >`
        SELECT e.organiser_id AS "organiserId", e.organisation_id AS "organisationId", e.title, e.kind::text AS kind,
               e.place, e.starts_at AS "startsAt", e.ends_at AS "endsAt", e.published_at AS "publishedAt",
               coalesce(array(SELECT f.user_id::text FROM event_facilitator f WHERE f.event_id = e.id ORDER BY f.user_id),
                        '{}')::text[] AS "facilitatorIds"
        FROM event e WHERE e.id = ${data.eventId}::uuid
        FOR UPDATE OF e`;
      const event = rows[0];
      if (!event) throw new NotFound(EVENT_NOT_FOUND);
      assertAllowed(eventEditAccess(actor, event));
      const times = eventTimesChange(event);
      // Compared as the form shows them: the start to the minute, the end by its clock (the form has one date, so a
      // stored end it cannot say, on a later day or with seconds, still reads as unchanged).
      const timesChange = !sameAsTheFormShows(data, event);
      // Said on the form's date, where the change was made.
      if (timesChange && !times.allowed) throw new Invalid(times.reason, { date: times.reason });
      // Unchanged times are kept exactly as stored, not as the form rebuilt them.
      const { startsAt, endsAt } = timesChange ? data : event;
      if (data.organisationId !== event.organisationId) await chooseOrganisation(tx, actor, data.organisationId);
      const facilitatorIds = await chooseFacilitators(tx, data, null);

      await tx.event.update({
        where: { id: data.eventId },
        data: {
          title: data.title,
          description: data.description,
          kind: data.kind,
          place: data.place,
          organisationId: data.organisationId,
          startsAt,
          endsAt,
        },
      });
      await tx.eventFacilitator.deleteMany({ where: { eventId: data.eventId, userId: { notIn: facilitatorIds } } });
      await tx.eventFacilitator.createMany({
        data: facilitatorIds.map((userId) => ({ eventId: data.eventId, userId })),
        skipDuplicates: true,
      });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "event.edit",
        targetType: "event",
        targetId: data.eventId,
        before: {
          title: event.title,
          kind: event.kind,
          place: event.place,
          organisationId: event.organisationId,
          startsAt: event.startsAt.toISOString(),
          endsAt: event.endsAt.toISOString(),
          facilitatorIds: event.facilitatorIds,
        },
        after: auditView(data, facilitatorIds),
      });
      await signalEventChanged(tx, data.eventId);
    }),
  );
}
