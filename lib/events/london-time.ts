// Event times are typed and shown in UK time (Europe/London) and stored in UTC. Intl knows the clock changes,
// so no time-zone library is needed.

const parts = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/London",
  hourCycle: "h23",
  year: "numeric",
  month: "numeric",
  day: "numeric",
  hour: "numeric",
  minute: "numeric",
});

/** How far UK time is ahead of UTC at this instant, in milliseconds (0 in winter, an hour in summer). */
function londonOffset(instant: number): number {
  const field = (type: string) => Number(parts.formatToParts(instant).find((p) => p.type === type)!.value);
  const asUtc = Date.UTC(field("year"), field("month") - 1, field("day"), field("hour"), field("minute"));
  return asUtc - Math.floor(instant / 60_000) * 60_000;
}

/**
 * The instant a UK clock shows this time on this day (`day` is UTC midnight of the calendar day). In the hour
 * skipped in March it is read as the summer time an hour on; in the hour repeated in October, the first one.
 */
export function londonWallClock(day: Date, hour: number, minute: number): Date {
  const wall = Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), hour, minute);
  const first = wall - londonOffset(wall);
  return new Date(wall - londonOffset(first));
}

/** The UK calendar day and clock time of an instant, as a form shows them. */
export function londonParts(instant: Date): { day: number; month: number; year: number; hour: number; minute: number } {
  const field = (type: string) => Number(parts.formatToParts(instant).find((p) => p.type === type)!.value);
  return {
    day: field("day"),
    month: field("month"),
    year: field("year"),
    hour: field("hour"),
    minute: field("minute"),
  };
}
