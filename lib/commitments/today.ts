// The clock, kept out of the pure rules in policy.ts: pages and services ask it and pass the day in.

/** Today's date in the UK as a calendar day (UTC midnight), for comparing with DATE columns. */
export function ukToday(now = new Date()): Date {
  const iso = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" }).format(now);
  return new Date(`${iso}T00:00:00Z`);
}
