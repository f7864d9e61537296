/** "1,234" — en-GB grouping, as every figure on the portal is written. */
export function formatCount(value: number): string {
  return value.toLocaleString("en-GB", { maximumFractionDigits: 1 });
}

const shortDate = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "Europe/London" });

/** "3 Nov", in UK time: a chart's date axis, where the year is in the figure's title or period. */
export function formatShortDate(date: Date): string {
  return shortDate.format(date);
}

/** What a suppressed count (a group of fewer than 5 people) reads as, everywhere: never a number, never 0. */
export const SUPPRESSED_TEXT = "fewer than 5";
