import { z } from "zod";
import { plainText } from "@/lib/text/plain-text";
import { MAX_SERIAL_ID } from "@/lib/validation";
import { calendarDate } from "@/lib/commitments/schemas";
import { londonWallClock } from "./london-time";

// The one definition of what the event forms accept: shared by the pages' actions and lib/events/service.ts.

const EMAIL_LIMIT = 254;

export {
  EVENT_DESCRIPTION_LIMIT,
  EVENT_KINDS,
  EVENT_PLACE_LIMIT,
  EVENT_TITLE_LIMIT,
  FACILITATORS_LIMIT,
  eventKindLabel,
  type EventKindValue,
} from "./limits";
import {
  EVENT_DESCRIPTION_LIMIT,
  EVENT_KINDS,
  EVENT_PLACE_LIMIT,
  EVENT_TITLE_LIMIT,
  FACILITATORS_LIMIT,
} from "./limits";

const eventId = z.uuid({ error: "That event does not exist." });

const title = plainText({ error: "Enter the event's name" })
  .trim()
  .min(1, "Enter the event's name")
  .max(EVENT_TITLE_LIMIT, `The name must be ${EVENT_TITLE_LIMIT} characters or fewer`);
const description = plainText({ error: "Describe the event" })
  .trim()
  .min(1, "Describe the event")
  .max(
    EVENT_DESCRIPTION_LIMIT,
    `The description must be ${EVENT_DESCRIPTION_LIMIT.toLocaleString("en-GB")} characters or fewer`,
  );
const place = plainText({ error: "Enter where the event is" })
  .trim()
  .min(1, "Enter where the event is")
  .max(EVENT_PLACE_LIMIT, `The place must be ${EVENT_PLACE_LIMIT} characters or fewer`);
const kind = z.enum(EVENT_KINDS, { error: "Select what kind of event it is" });

/** No organisation ("" from the form's first option) is CSES itself; only staff may organise for nobody. */
const organisationId = z.preprocess(
  (value) => (value === "" || value === undefined ? null : value),
  z.coerce
    .number({ error: "Choose the organisation running the event" })
    .int({ error: "Choose the organisation running the event" })
    .positive({ error: "Choose the organisation running the event" })
    .max(MAX_SERIAL_ID, { error: "Choose the organisation running the event" })
    .nullable(),
);

const facilitatorIds = z
  .preprocess(
    (value) => (value === undefined || value === "" ? [] : Array.isArray(value) ? value : [value]),
    z.array(z.uuid({ error: "Choose facilitators from the list" }), { error: "Choose facilitators from the list" }),
  )
  .transform((ids) => [...new Set(ids)]);

const facilitatorEmails = z
  .array(
    z
      .string()
      .trim()
      .toLowerCase()
      .max(EMAIL_LIMIT, "An email address must be 254 characters or fewer")
      .pipe(z.email({ error: "Enter each email address in the correct format, like name@example.com" })),
  )
  .default([])
  .transform((emails) => [...new Set(emails)]);

/** What an event says and who runs it, as lib/events/service.ts takes it. */
const eventFields = z.object({
  title,
  description,
  kind,
  place,
  organisationId,
  startsAt: z.date({ error: "Enter when the event starts" }),
  endsAt: z.date({ error: "Enter when the event ends" }),
  facilitatorIds,
  facilitatorEmails,
});

function endsAfterStart(input: { startsAt: Date; endsAt: Date }, context: z.RefinementCtx, path: string): void {
  if (input.endsAt.getTime() <= input.startsAt.getTime())
    context.addIssue({ code: "custom", path: [path], message: "The end time must be after the start time" });
}

export const createEventSchema = eventFields
  .superRefine((input, context) => endsAfterStart(input, context, "endsAt"))
  .superRefine((input, context) => tooManyFacilitators(input, context));
export type CreateEventInput = z.input<typeof createEventSchema>;

export const editEventSchema = eventFields
  .extend({ eventId })
  .superRefine((input, context) => endsAfterStart(input, context, "endsAt"))
  .superRefine((input, context) => tooManyFacilitators(input, context));
export type EditEventInput = z.input<typeof editEventSchema>;
export type EventInput = z.output<typeof createEventSchema>;

function tooManyFacilitators(
  input: { facilitatorIds: string[]; facilitatorEmails: string[] },
  context: z.RefinementCtx,
): void {
  if (input.facilitatorIds.length + input.facilitatorEmails.length > FACILITATORS_LIMIT)
    context.addIssue({
      code: "custom",
      path: ["facilitatorEmails"],
      message: `Choose ${FACILITATORS_LIMIT} facilitators or fewer`,
    });
}

/** "14:30", "9.05", "0930": hours and minutes on the 24-hour clock; null if it is not a time. */
export function parseClockTime(typed: string): { hour: number; minute: number } | null {
  const match = /^(\d{1,2})[:.]?(\d{2})$/.exec(typed.trim());
  if (!match) return null;
  const [hour, minute] = [Number(match[1]), Number(match[2])];
  return hour <= 23 && minute <= 59 ? { hour, minute } : null;
}

/** The typed address lines of the facilitator box, one a line (blank lines ignored). */
export function emailLines(text: string): string[] {
  return text
    .split(/[\n,;]/)
    .map((line) => line.trim())
    .filter(Boolean);
}

const TIME_FORMAT = "on the 24-hour clock, for example 14:30";

/**
 * An end time at or before the start time is the next morning's, for an evening event that runs past midnight,
 * when the event then lasts this long at most; longer, it is taken as a mistake and refused.
 */
export const OVERNIGHT_EVENT_MAX_MINUTES = 12 * 60;
const END_BEFORE_START =
  "The end time must be after the start time, or within 12 hours of it for an event that runs past midnight";

/** The calendar day the end time falls on: the date typed, or the next day for an event that runs past midnight. */
function endDay(date: Date, start: { hour: number; minute: number }, end: { hour: number; minute: number }): Date {
  const [from, to] = [start.hour * 60 + start.minute, end.hour * 60 + end.minute];
  const overnight = to <= from && to + 24 * 60 - from <= OVERNIGHT_EVENT_MAX_MINUTES;
  return overnight ? new Date(date.getTime() + 24 * 60 * 60 * 1000) : date;
}

/**
 * The form's fields (a GOV.UK date input `date`, the times `startTime` and `endTime`, the emails one a line) as the
 * service's input, in UK time as typed in Essex; every field's message at once (the GOV.UK error summary lists them
 * all), on the form's own field names.
 */
function fromForm<Schema extends typeof createEventSchema | typeof editEventSchema>(schema: Schema) {
  const parts = z.object({
    dateDay: z.string().max(10).catch(""),
    dateMonth: z.string().max(10).catch(""),
    dateYear: z.string().max(10).catch(""),
    startTime: z.string().max(10).catch(""),
    endTime: z.string().max(10).catch(""),
    facilitatorEmails: plainText().max(20_000).catch(""),
  });
  return z.record(z.string(), z.unknown()).transform((input, context): z.output<Schema> => {
    const form = parts.parse(input);
    const issue = (path: string, message: string) => context.addIssue({ code: "custom", path: [path], message });
    const day = calendarDate({ day: form.dateDay, month: form.dateMonth, year: form.dateYear }, "The date");
    if ("error" in day) issue("date", day.error);
    const start = parseClockTime(form.startTime);
    const end = parseClockTime(form.endTime);
    if (!form.startTime.trim()) issue("startTime", "Enter the start time");
    else if (!start) issue("startTime", `Enter the start time ${TIME_FORMAT}`);
    if (!form.endTime.trim()) issue("endTime", "Enter the end time");
    else if (!end) issue("endTime", `Enter the end time ${TIME_FORMAT}`);
    const at = (date: Date | undefined, time: { hour: number; minute: number } | null) =>
      date && time ? londonWallClock(date, time.hour, time.minute) : undefined;
    const date = "date" in day ? day.date : undefined;
    const parsed = schema.safeParse({
      ...input,
      startsAt: at(date, start),
      endsAt: at(date && start && end ? endDay(date, start, end) : date, end),
      facilitatorEmails: emailLines(form.facilitatorEmails),
    });
    if (parsed.success) return parsed.data as z.output<Schema>;
    for (const problem of parsed.error.issues) {
      const field = String(problem.path[0] ?? "form");
      // A date or time already refused says why; the service's own names are the form's times.
      if (field === "startsAt") {
        if (start && "date" in day) issue("startTime", problem.message);
      } else if (field === "endsAt") {
        if (end && start && "date" in day) issue("endTime", END_BEFORE_START);
      } else context.addIssue({ code: "custom", path: problem.path as PropertyKey[], message: problem.message });
    }
    return z.NEVER;
  });
}

export const createEventFormSchema = fromForm(createEventSchema);
export const editEventFormSchema = fromForm(editEventSchema);

/** The public list's filter, from the URL: anything unreadable is ignored rather than refused. */
export const eventListSchema = z.object({
  when: z.enum(["upcoming", "past"]).catch("upcoming").default("upcoming"),
  after: z.string().max(200).optional().catch(undefined),
});
export type EventListParams = z.infer<typeof eventListSchema>;
