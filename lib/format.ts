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

const timeFormat = new Intl.DateTimeFormat("en-GB", {
  hour: "numeric",
  minute: "2-digit",
  hour12: true,
  timeZone: "Europe/London",
});

/** "25 November 2026 at 3:07pm", in UK time (the GOV.UK style for a date with a time). */
export function formatDateTime(date: Date): string {
  return `${dateFormat.format(date)} at ${timeFormat.format(date).replace(" ", "").toLowerCase()}`;
}
