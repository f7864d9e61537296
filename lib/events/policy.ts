// The rules of an event that depend on the row, beside event.manage and event.facilitate in the permissions
// table. Pure, so the pages that offer a control and the services that act ask the same functions.
import { allow, isAdmin, isModerator, refuse, type PolicyActor, type PolicyDecision } from "@/lib/auth/policy";

export const NOT_YOUR_EVENT =
  "Only the event's organiser, its facilitators, and CSES moderators and administrators can change it.";
export const NOT_A_FACILITATOR = "Only the facilitators of this event can run its room.";
export const EVENT_NOT_FOUND = "That event does not exist.";

/** What the rules read of an event. */
export interface EventPolicyRow {
  organiserId: string;
  facilitatorIds: readonly string[];
}

/** Editing an event and choosing its facilitators. */
export function eventEditAccess(actor: PolicyActor | null, event: EventPolicyRow): PolicyDecision {
  if (!actor) return refuse(NOT_YOUR_EVENT);
  if (isAdmin(actor) || isModerator(actor)) return allow();
  if (actor.id === event.organiserId || event.facilitatorIds.includes(actor.id)) return allow();
  return refuse(NOT_YOUR_EVENT);
}

export const TIMES_KEPT_AFTER_PUBLICATION =
  "This event's questions are already on the portal, so its date and times stay as they were. You can still change its name, description, place and facilitators.";

/**
 * Changing an event's date or times. Once its room questions are published on the portal (after it ended) the room
 * is closed for good: moving the event into the future would show a room nobody can ask in.
 */
export function eventTimesChange(event: { publishedAt: Date | null }): PolicyDecision {
  return event.publishedAt ? refuse(TIMES_KEPT_AFTER_PUBLICATION, "conflict") : allow();
}

/**
 * Running the room (the console: approve, edit, reject, merge, now answering, open and close): that event's
 * facilitators only, so a facilitator of one event cannot act on another. Staff are made facilitators by editing
 * the event, which is audited, rather than acting on a room they were not given.
 */
export function facilitatorAccess(actor: PolicyActor | null, event: EventPolicyRow): PolicyDecision {
  if (actor && event.facilitatorIds.includes(actor.id)) return allow();
  return refuse(NOT_A_FACILITATOR);
}

export const EVENT_ALREADY_OVER = "The event must not be over already: check the date and the end time";

/**
 * A new event is for people to come to: it has not ended at `now` (one already over would have no room to join).
 * It may have begun: a facilitator sets up a workshop as it starts.
 */
export function newEventAccepted(endsAt: Date, now: Date): boolean {
  return endsAt.getTime() > now.getTime();
}

export const NOT_YOUR_ORGANISATION_EVENT = "Choose one of your own organisations to run the event.";
export const CHOOSE_AN_ORGANISATION = "Choose the organisation running the event.";

/**
 * Whom an event is organised for: a partner for one of their own organisations; CSES moderators and administrators
 * for any organisation, or for none (CSES itself).
 */
export function organiseForAccess(actor: PolicyActor | null, organisationId: number | null): PolicyDecision {
  if (isModerator(actor)) return allow();
  if (organisationId === null) return refuse(CHOOSE_AN_ORGANISATION);
  if (actor?.memberships.some((m) => m.organisationId === organisationId)) return allow();
  return refuse(NOT_YOUR_ORGANISATION_EVENT);
}

/** Who may be made a facilitator: members of partner organisations, and CSES moderators and administrators. */
export function canFacilitate(person: { platformRole: string; memberships: number }): boolean {
  return person.platformRole === "moderator" || person.platformRole === "admin" || person.memberships > 0;
}
