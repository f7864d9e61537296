// What the event forms accept and how kinds read, without zod: the client form imports these, and zod stays on the
// server (tests/unit/client-bundle-imports.test.ts).

export const EVENT_TITLE_LIMIT = 140;
export const EVENT_DESCRIPTION_LIMIT = 2000;
export const EVENT_PLACE_LIMIT = 200;
/** More would be a crowd, not a team; and each must be checked one by one. */
export const FACILITATORS_LIMIT = 20;

export const EVENT_KINDS = ["school_workshop", "public_meeting", "online"] as const;
export type EventKindValue = (typeof EVENT_KINDS)[number];

const KIND_LABELS: Record<EventKindValue, string> = {
  school_workshop: "School workshop",
  public_meeting: "Public meeting",
  online: "Online",
};

export function eventKindLabel(kind: EventKindValue): string {
  return KIND_LABELS[kind];
}
