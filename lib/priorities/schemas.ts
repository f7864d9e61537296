// The priorities dashboard's period, from its address (a GET form): last 30 days, 90 days, 12 months (the
// default is 90 days) or a custom range of whole days in Essex (Europe/London), first and last day included.
// A custom range is checked (real dates, from on or before to, not in the future, at most three years) and each
// problem is a plain-English message for the error summary; the figures then show the default period.
import { z } from "zod";

export const PERIOD_KINDS = ["30d", "90d", "12m", "custom"] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];
export const DEFAULT_PERIOD = "90d" satisfies PeriodKind;
export const MAX_CUSTOM_DAYS = 3 * 366;

export const PERIOD_LABELS: Record<PeriodKind, string> = {
  "30d": "Last 30 days",
  "90d": "Last 90 days",
  "12m": "Last 12 months",
  custom: "Choose dates",
};

/** Whole days in Essex, as ISO dates: `from` and `to` both included. */
export interface Period {
  kind: PeriodKind;
  from: string;
  to: string;
}

export type PeriodField = "from" | "to";

export interface PeriodParseResult {
  period: Period;
  /** What the person typed, to put back in the form. */
  values: Record<string, string>;
  errors: Partial<Record<PeriodField, string>>;
}

const DATE_PARTS = ["Day", "Month", "Year"] as const;
const CUSTOM_FIELDS = ["from", "to"].flatMap((name) => DATE_PARTS.map((part) => `${name}${part}`));

/** Today's date in Essex. */
export function londonToday(now = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" }).format(now);
}

/** An ISO date `days` days after (or before, when negative) another. */
export function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (0 on the same day). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The preset periods end today; 12 months is the last 365 days. */
export function presetPeriod(kind: Exclude<PeriodKind, "custom">, today: string): Period {
  const days = kind === "30d" ? 30 : kind === "90d" ? 90 : 365;
  return { kind, from: addDays(today, -(days - 1)), to: today };
}

const part = z
  .string()
  .trim()
  .regex(/^\d{1,4}$/);

const customDateSchema = z.object({ Day: part, Month: part, Year: part }).transform(({ Day, Month, Year }, ctx) => {
  const [day, month, year] = [Number(Day), Number(Month), Number(Year)];
  const date = new Date(Date.UTC(year, month - 1, day));
  const real =
    year >= 1000 && date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  if (!real) {
    ctx.addIssue({ code: "custom", message: "must be a real date" });
    return z.NEVER;
  }
  return date.toISOString().slice(0, 10);
});

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** The period the address asks for, with any problems in a custom range (then the default period is used). */
export function parsePeriod(raw: Record<string, string | string[] | undefined>, now = new Date()): PeriodParseResult {
  const today = londonToday(now);
  const kind = z.enum(PERIOD_KINDS).catch(DEFAULT_PERIOD).parse(first(raw.period));
  const values: Record<string, string> = { period: kind };
  for (const field of CUSTOM_FIELDS) values[field] = (first(raw[field]) ?? "").slice(0, 10);
  if (kind !== "custom") return { period: presetPeriod(kind, today), values, errors: {} };

  const errors: Partial<Record<PeriodField, string>> = {};
  const dates: Partial<Record<PeriodField, string>> = {};
  for (const [field, label] of [
    ["from", "The start date"],
    ["to", "The end date"],
  ] as const) {
    const parts = Object.fromEntries(DATE_PARTS.map((p) => [p, values[`${field}${p}`] ?? ""]));
    if (DATE_PARTS.every((p) => parts[p] === "")) {
      errors[field] = `Enter ${field === "from" ? "the start date" : "the end date"}`;
      continue;
    }
    const parsed = customDateSchema.safeParse(parts);
    if (!parsed.success) errors[field] = `${label} must be a real date, for example 27 3 2026`;
    else if (parsed.data > today) errors[field] = `${label} must be today or in the past`;
    else dates[field] = parsed.data;
  }
  if (dates.from && dates.to && !errors.from && !errors.to) {
    if (dates.from > dates.to) errors.to = "The end date must be the same as or after the start date";
    else if (daysBetween(dates.from, dates.to) + 1 > MAX_CUSTOM_DAYS)
      errors.to = "The dates must be at most 3 years apart";
  }
  if (Object.keys(errors).length > 0 || !dates.from || !dates.to) {
    return { period: presetPeriod(DEFAULT_PERIOD, today), values, errors };
  }
  return { period: { kind, from: dates.from, to: dates.to }, values, errors };
}

/** The address parameters of a period (for links: the CSV downloads, the chart tables). */
export function periodSearchParams(period: Period): URLSearchParams {
  const search = new URLSearchParams({ period: period.kind });
  if (period.kind === "custom") {
    for (const [name, iso] of [
      ["from", period.from],
      ["to", period.to],
    ] as const) {
      const [year, month, day] = iso.split("-");
      search.set(`${name}Day`, String(Number(day)));
      search.set(`${name}Month`, String(Number(month)));
      search.set(`${name}Year`, year!);
    }
  }
  return search;
}

/**
 * A period split for the rollups: its whole calendar months (read from the monthly tables) and the days before
 * and after them (read from the daily tables). Dates half-open: [from, until).
 */
export interface PeriodParts {
  from: string;
  until: string;
  monthsFrom: string;
  monthsUntil: string;
}

export function periodParts(period: Pick<Period, "from" | "to">): PeriodParts {
  const until = addDays(period.to, 1);
  const startOfMonth = (iso: string) => `${iso.slice(0, 7)}-01`;
  const firstWholeMonth = period.from.endsWith("-01") ? period.from : nextMonth(startOfMonth(period.from));
  const endOfWholeMonths = startOfMonth(until);
  if (firstWholeMonth >= endOfWholeMonths) {
    // No whole month inside: every day from the daily tables.
    return { from: period.from, until, monthsFrom: until, monthsUntil: until };
  }
  return { from: period.from, until, monthsFrom: firstWholeMonth, monthsUntil: endOfWholeMonths };
}

function nextMonth(firstOfMonth: string): string {
  const date = new Date(`${firstOfMonth}T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() + 1);
  return date.toISOString().slice(0, 10);
}
