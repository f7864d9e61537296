// Who is speaking: a person's public name, and the organisations they speak for, so a resident can tell a
// council officer's comment from a neighbour's. Read with the person in the same query (speakerSelect), never
// a query per name.
import { FORMER_PARTICIPANT } from "@/lib/accounts/display-name";
import type { EventKind, PlatformRole, UserStatus } from "@/lib/generated/prisma/enums";

/** The organisation that runs the portal: its moderators and administrators speak for it. */
export const STAFF_ORGANISATION = "CSES";

export interface Speaker {
  name: string;
  /** Partner organisations they are a member of, then CSES for staff; empty for everyone else. */
  organisations: string[];
}

export const speakerSelect = {
  select: {
    displayName: true,
    status: true,
    platformRole: true,
    memberships: { select: { organisation: { select: { name: true } } }, orderBy: { organisationId: "asc" } },
  },
} as const;

export interface SpeakerRow {
  displayName: string;
  status: UserStatus;
  platformRole: PlatformRole;
  memberships: { organisation: { name: string } }[];
}

export function publicName(user: { displayName: string; status: UserStatus }): string {
  return user.status === "deleted" ? FORMER_PARTICIPANT : user.displayName;
}

export function toSpeaker(user: SpeakerRow): Speaker {
  // A deleted account speaks for nobody: its memberships are gone, and its name is no longer shown.
  if (user.status === "deleted") return { name: FORMER_PARTICIPANT, organisations: [] };
  const organisations = user.memberships.map((m) => m.organisation.name);
  if (user.platformRole !== "citizen") organisations.push(STAFF_ORGANISATION);
  return { name: user.displayName, organisations };
}

/**
 * A question asked in the room at an event speaks for the room, never for the person who typed it
 * ("Asked by students at …" for a school workshop).
 */
export function roomSpeaker(event: { title: string; kind: EventKind }): Speaker {
  const who = event.kind === "school_workshop" ? "students" : "people";
  return { name: `${who} at ${event.title}`, organisations: [] };
}

/** Who asked a question: its author, or the room it was asked in (a check on the table requires one of them). */
export function askerOf(author: SpeakerRow | null, event: { title: string; kind: EventKind } | null): Speaker {
  if (author) return toSpeaker(author);
  if (event) return roomSpeaker(event);
  throw new Error("A question has neither an author nor an event");
}
