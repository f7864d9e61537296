const dateFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "Europe/London",
});

/** "25 November 2026", in UK time. */
export function formatDate(date: Date): string {
  return dateFormat.format(date);
}

/** "1 supporter", "12 supporters". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString("en-GB")} ${count === 1 ? one : many}`;
}

// hourCycle, not hour12: en-GB with hour12 counts the hours after noon and midnight from 0 ("0:05 pm").
const clockFormat = new Intl.DateTimeFormat("en-GB", {
  hour: "numeric",
  minute: "2-digit",
  hourCycle: "h12",
  timeZone: "Europe/London",
});

/** "9:30am", "12:05pm", and "midday" and "midnight" for 12 o'clock (the GOV.UK style), in UK time. */
export function formatClock(date: Date): string {
  const clock = clockFormat.format(date).replace(/\s/g, "").toLowerCase();
  if (clock === "12:00pm") return "midday";
  if (clock === "12:00am") return "midnight";
  return clock;
}

/** "25 November 2026 at 3:07pm", in UK time (the GOV.UK style for a date with a time). */
export function formatDateTime(date: Date): string {
  return `${dateFormat.format(date)} at ${formatClock(date)}`;
}
