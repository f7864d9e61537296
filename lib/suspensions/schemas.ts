import { z } from "zod";
import { plainText } from "@/lib/text/plain-text";

// The forms on a person's moderation page: suspend (with a reason, and an end date or none), lift, and the
// cool-down that holds every post for a moderator for a while. Dates are GOV.UK date inputs (day, month,
// year), each meaning the start of that day in UK time.

const userId = z.uuid({ error: "Choose a person" });
const DAY_MS = 24 * 60 * 60 * 1000;

export const SUSPENSION_REASON_LIMIT = 500;
export const REASON_REQUIRED = "Enter the reason for the suspension";
export const DATE_IN_FUTURE = "The date must be in the future";

/** Midnight at the start of this calendar day in the UK (GMT or BST, whichever is in force that day). */
export function startOfUkDay(year: number, month: number, day: number): Date {
  const utc = Date.UTC(year, month - 1, day);
  const zone = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", timeZoneName: "shortOffset" })
    .formatToParts(new Date(utc))
    .find((part) => part.type === "timeZoneName")?.value;
  const offsetHours = Number(zone?.replace("GMT", "") || 0);
  return new Date(utc - offsetHours * 60 * 60 * 1000);
}

/** The date a GOV.UK date input names, or a message saying what is wrong with it. */
export function dateFromParts(
  parts: { day: string; month: string; year: string },
  what: string,
): { date: Date } | { error: string } {
  const [day, month, year] = [parts.day, parts.month, parts.year].map((p) => p.trim());
  if (!day || !month || !year) return { error: `${what} must include a day, month and year` };
  if (![day, month, year].every((p) => /^\d+$/.test(p)) || year!.length !== 4) {
    return { error: `${what} must be a real date, for example 27 3 2027` };
  }
  const [d, m, y] = [Number(day), Number(month), Number(year)];
  const check = new Date(Date.UTC(y, m - 1, d));
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== m - 1 || check.getUTCDate() !== d) {
    return { error: `${what} must be a real date, for example 27 3 2027` };
  }
  return { date: startOfUkDay(y, m, d) };
}

const datePart = plainText().trim().max(4).default("");

export const suspendSchema = z
  .object({
    userId,
    reason: plainText({ error: REASON_REQUIRED })
      .trim()
      .min(1, REASON_REQUIRED)
      .max(SUSPENSION_REASON_LIMIT, `The reason must be ${SUSPENSION_REASON_LIMIT} characters or fewer`),
    untilDay: datePart,
    untilMonth: datePart,
    untilYear: datePart,
  })
  .transform((input, context) => {
    const { untilDay: day, untilMonth: month, untilYear: year } = input;
    let until: Date | null = null;
    if (day || month || year) {
      const parsed = dateFromParts({ day, month, year }, "The end date");
      if ("error" in parsed) {
        context.addIssue({ code: "custom", path: ["until"], message: parsed.error });
        return z.NEVER;
      }
      until = parsed.date;
      if (until.getTime() <= Date.now()) {
        context.addIssue({ code: "custom", path: ["until"], message: DATE_IN_FUTURE });
        return z.NEVER;
      }
    }
    return { userId: input.userId, reason: input.reason, until };
  });
export type SuspendInput = z.output<typeof suspendSchema>;

export const personSchema = z.object({ userId });
export type PersonInput = z.output<typeof personSchema>;

export const COOL_DOWN_PERIODS = {
  week: { label: "7 days", days: 7 },
  month: { label: "30 days", days: 30 },
} as const;
const CHOOSE_PERIOD = "Choose how long to hold their posts";

export const coolDownSchema = z
  .object({
    userId,
    period: z.enum(["week", "month", "date"], { error: CHOOSE_PERIOD }),
    heldDay: datePart,
    heldMonth: datePart,
    heldYear: datePart,
  })
  .transform((input, context) => {
    if (input.period !== "date") {
      return { userId: input.userId, until: new Date(Date.now() + COOL_DOWN_PERIODS[input.period].days * DAY_MS) };
    }
    const parsed = dateFromParts({ day: input.heldDay, month: input.heldMonth, year: input.heldYear }, "The date");
    if ("error" in parsed) {
      context.addIssue({ code: "custom", path: ["held"], message: parsed.error });
      return z.NEVER;
    }
    if (parsed.date.getTime() <= Date.now()) {
      context.addIssue({ code: "custom", path: ["held"], message: DATE_IN_FUTURE });
      return z.NEVER;
    }
    return { userId: input.userId, until: parsed.date };
  });
export type CoolDownInput = z.output<typeof coolDownSchema>;

/** Finding a person: by email (exact; sent by POST so it is in no URL) or by the start of their public name. */
export const findByEmailSchema = z.object({
  email: plainText({ error: "Enter an email address" })
    .trim()
    .toLowerCase()
    .min(1, "Enter an email address")
    .max(254, "Email address must be 254 characters or fewer"),
});

export const peoplePageSchema = z.object({
  name: z.string().trim().max(60).optional().catch(undefined),
  after: z.string().max(200).optional().catch(undefined),
  notFound: z.literal("1").optional().catch(undefined),
});

/** What the person's page says after a form on it succeeded (`?done=`). */
export const PERSON_PAGE_NOTICES = {
  suspended: "Account suspended. From their next page they can only read and look after their own data.",
  lifted: "Suspension lifted. They can take part again from their next page.",
  held: "Cool-down set. A moderator will check each of their posts before it appears.",
  released: "Cool-down ended. Their posts are screened as anyone's are.",
} as const;
export type PersonPageNotice = keyof typeof PERSON_PAGE_NOTICES;
export const personPageSchema = z.object({
  done: z
    .enum(Object.keys(PERSON_PAGE_NOTICES) as [PersonPageNotice, ...PersonPageNotice[]])
    .optional()
    .catch(undefined),
});
