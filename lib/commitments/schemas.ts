import { z } from "zod";
import { plainText } from "@/lib/text/plain-text";
import { MAX_SERIAL_ID } from "@/lib/validation";

// The one definition of what the commitment forms accept: shared by the partner pages' actions and the services.

export const COMMITMENT_TITLE_LIMIT = 140;
export const COMMITMENT_DESCRIPTION_LIMIT = 5000;
export const COMMITMENT_UPDATE_LIMIT = 5000;
export const EVIDENCE_LIMIT = 5000;
export const DROPPED_REASON_LIMIT = 2000;
export const MILESTONE_TITLE_LIMIT = 140;
export const EVIDENCE_LINKS_LIMIT = 10;
/** The most questions one commitment may answer (a promise about more is several promises). */
export const COMMITMENT_QUESTIONS_LIMIT = 20;

const commitmentId = z.uuid({ error: "That commitment does not exist." });
const organisationId = z.coerce
  .number({ error: "Choose the organisation making the commitment." })
  .int({ error: "Choose the organisation making the commitment." })
  .positive({ error: "Choose the organisation making the commitment." })
  .max(MAX_SERIAL_ID, { error: "Choose the organisation making the commitment." });

const title = plainText({ error: "Enter a title" })
  .trim()
  .min(1, "Enter a title")
  .max(COMMITMENT_TITLE_LIMIT, `The title must be ${COMMITMENT_TITLE_LIMIT} characters or fewer`);
const description = plainText({ error: "Describe what you will do" })
  .trim()
  .min(1, "Describe what you will do")
  .max(
    COMMITMENT_DESCRIPTION_LIMIT,
    `The description must be ${COMMITMENT_DESCRIPTION_LIMIT.toLocaleString("en-GB")} characters or fewer`,
  );

/** A calendar date from a GOV.UK date input (day, month, year), as UTC midnight of that day (a DATE column). */
export function calendarDate(
  parts: { day: string; month: string; year: string },
  what: string,
): { date: Date } | { error: string } {
  const [day, month, year] = [parts.day, parts.month, parts.year].map((p) => p.trim());
  if (!day || !month || !year) return { error: `${what} must include a day, month and year` };
  if (![day, month, year].every((p) => /^\d+$/.test(p)) || year.length !== 4)
    return { error: `${what} must be a real date, for example 27 3 2027` };
  const [d, m, y] = [Number(day), Number(month), Number(year)];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d)
    return { error: `${what} must be a real date, for example 27 3 2027` };
  if (y < 2000 || y > 2100) return { error: `${what} must be between the years 2000 and 2100` };
  return { date };
}

/** The date fields `<name>Day`, `<name>Month`, `<name>Year` of a form, as one date; an issue on `name` if wrong. */
function formDate(
  input: Record<string, unknown>,
  name: string,
  what: string,
  context: z.RefinementCtx,
  required: boolean,
): { ok: true; date: Date | null } | { ok: false } {
  const part = (key: string) => {
    const value = input[`${name}${key}`];
    return typeof value === "string" ? value.slice(0, 10) : "";
  };
  const parts = { day: part("Day"), month: part("Month"), year: part("Year") };
  if (!required && !parts.day.trim() && !parts.month.trim() && !parts.year.trim()) return { ok: true, date: null };
  const parsed = calendarDate(parts, what);
  if ("error" in parsed) {
    context.addIssue({ code: "custom", path: [name], message: parsed.error });
    return { ok: false };
  }
  return { ok: true, date: parsed.date };
}

/**
 * A form schema made of a service schema whose date field (`dateKey`) comes from a GOV.UK date input (`name`):
 * every field's message and the date's at once (the GOV.UK error summary lists them all), then the service schema's
 * output.
 */
function withDateInput<Schema extends z.ZodObject>(
  schema: Schema,
  dateKey: keyof z.output<Schema> & string,
  name: string,
  what: string,
  required = true,
) {
  const fields = schema.omit({ [dateKey]: true } as never);
  return z.record(z.string(), z.unknown()).transform((input, context): z.output<Schema> => {
    const parsed = fields.safeParse(input);
    const date = formDate(input, name, what, context, required);
    if (!parsed.success)
      for (const issue of parsed.error.issues)
        context.addIssue({ code: "custom", path: issue.path as PropertyKey[], message: issue.message });
    if (!parsed.success || !date.ok) return z.NEVER;
    return { ...(parsed.data as object), [dateKey]: date.date } as z.output<Schema>;
  });
}

const calendarDay = (what: string) =>
  z.date({ error: `Enter ${what}` }).refine((d) => d.getUTCFullYear() >= 2000 && d.getUTCFullYear() <= 2100, {
    error: `${what[0]!.toUpperCase()}${what.slice(1)} must be between the years 2000 and 2100`,
  });

const questionIds = z
  .preprocess(
    (value) => (value === undefined || value === "" ? [] : Array.isArray(value) ? value : [value]),
    z.array(z.uuid({ error: "Choose questions from the list" }), { error: "Choose questions from the list" }),
  )
  .transform((ids) => [...new Set(ids)])
  .refine((ids) => ids.length > 0, "Choose at least one answered question")
  .refine((ids) => ids.length <= COMMITMENT_QUESTIONS_LIMIT, `Choose ${COMMITMENT_QUESTIONS_LIMIT} questions or fewer`);

// Each write has a service schema (what lib/commitments/service.ts takes, dates as dates) and, where the form
// differs, a form schema that turns the form's fields into it and then applies it (.pipe), so the rules are
// written once.

/** A new commitment: who makes it, the answered questions it answers, what and by when. */
export const createCommitmentSchema = z.object({
  organisationId,
  questionIds,
  title,
  description,
  targetDate: calendarDay("the target date"),
});
export type CreateCommitmentInput = z.input<typeof createCommitmentSchema>;

export const createCommitmentFormSchema = withDateInput(
  createCommitmentSchema,
  "targetDate",
  "target",
  "The target date",
);

/** Changing what was promised and by when (the questions and the organisation stay). */
export const editCommitmentSchema = z.object({
  commitmentId,
  title,
  description,
  targetDate: calendarDay("the target date"),
});
export type EditCommitmentInput = z.input<typeof editCommitmentSchema>;

export const editCommitmentFormSchema = withDateInput(editCommitmentSchema, "targetDate", "target", "The target date");

/** A step towards the commitment, planned for a date. */
export const addMilestoneSchema = z.object({
  commitmentId,
  title: plainText({ error: "Enter the milestone" })
    .trim()
    .min(1, "Enter the milestone")
    .max(MILESTONE_TITLE_LIMIT, `The milestone must be ${MILESTONE_TITLE_LIMIT} characters or fewer`),
  plannedDate: calendarDay("the planned date"),
});
export type AddMilestoneInput = z.input<typeof addMilestoneSchema>;

export const addMilestoneFormSchema = withDateInput(addMilestoneSchema, "plannedDate", "planned", "The planned date");

/** Marking a milestone done, on a date (today, in the UK, when none is given). */
export const completeMilestoneSchema = z.object({
  commitmentId,
  milestoneId: z.uuid({ error: "That milestone does not exist." }),
  completedDate: calendarDay("the completion date").nullable().default(null),
});
export type CompleteMilestoneInput = z.input<typeof completeMilestoneSchema>;

export const completeMilestoneFormSchema = withDateInput(
  completeMilestoneSchema,
  "completedDate",
  "completed",
  "The completion date",
  false,
);

/** How far along it is, in per cent, as the partner reports it. */
export const setProgressSchema = z.object({
  commitmentId,
  // A blank box is no figure (Number("") would be 0).
  progress: z
    .preprocess((value) => (typeof value === "string" && value.trim() === "" ? undefined : value), z.unknown())
    .pipe(
      z.coerce
        .number({ error: "Enter the progress as a whole number from 0 to 100" })
        .int({ error: "Enter the progress as a whole number from 0 to 100" })
        .min(0, { error: "Enter the progress as a whole number from 0 to 100" })
        .max(100, { error: "Enter the progress as a whole number from 0 to 100" }),
    ),
});
export type SetProgressInput = z.input<typeof setProgressSchema>;

/** A public update in words. */
export const postUpdateSchema = z.object({
  commitmentId,
  body: plainText({ error: "Write the update" })
    .trim()
    .min(1, "Write the update")
    .max(
      COMMITMENT_UPDATE_LIMIT,
      `The update must be ${COMMITMENT_UPDATE_LIMIT.toLocaleString("en-GB")} characters or fewer`,
    ),
});
export type PostUpdateInput = z.input<typeof postUpdateSchema>;

/** An evidence link: a full web address, http or https only (anything else could run script when followed). */
export function isSafeLink(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "https:" || url.protocol === "http:") && url.hostname.length > 0;
  } catch {
    return false;
  }
}

const LINK_LIMIT = 2000;
const WHICH_LINK = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];

/** The links typed into the evidence box, one a line (blank lines ignored). */
export function linksFromText(text: string): string[] {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
}

export const NEXT_STATES = ["in_progress", "delivered", "dropped"] as const;
export type NextCommitmentState = (typeof NEXT_STATES)[number];

/** Moving the commitment on: started, delivered (with its evidence: text and links), or dropped (a public reason). */
export const changeStateSchema = z
  .object({
    commitmentId,
    to: z.enum(NEXT_STATES, { error: "Select what has happened" }),
    evidence: plainText()
      .trim()
      .max(EVIDENCE_LIMIT, `The evidence must be ${EVIDENCE_LIMIT.toLocaleString("en-GB")} characters or fewer`)
      .nullable()
      .default(null),
    evidenceLinks: z.array(z.string().trim().max(LINK_LIMIT, "A link must be 2,000 characters or fewer")).default([]),
    reason: plainText()
      .trim()
      .max(
        DROPPED_REASON_LIMIT,
        `The reason must be ${DROPPED_REASON_LIMIT.toLocaleString("en-GB")} characters or fewer`,
      )
      .nullable()
      .default(null),
  })
  .superRefine((input, context) => {
    if (input.to === "delivered") {
      if (!input.evidence)
        context.addIssue({ code: "custom", path: ["evidence"], message: "Describe what was delivered" });
      const links = input.evidenceLinks;
      if (!links.length)
        context.addIssue({
          code: "custom",
          path: ["evidenceLinks"],
          message: "Enter at least one link to the evidence",
        });
      else if (links.length > EVIDENCE_LINKS_LIMIT)
        context.addIssue({
          code: "custom",
          path: ["evidenceLinks"],
          message: `Enter ${EVIDENCE_LINKS_LIMIT} links or fewer`,
        });
      else {
        const bad = links.findIndex((link) => !isSafeLink(link));
        if (bad >= 0)
          context.addIssue({
            code: "custom",
            path: ["evidenceLinks"],
            message: `The ${WHICH_LINK[bad]} link must be a full web address starting with https:// or http://`,
          });
      }
    }
    if (input.to === "dropped" && !input.reason)
      context.addIssue({ code: "custom", path: ["reason"], message: "Say in public why the commitment is dropped" });
  })
  .transform((input) => ({
    commitmentId: input.commitmentId,
    to: input.to,
    evidence: input.to === "delivered" ? input.evidence : null,
    evidenceLinks: input.to === "delivered" ? input.evidenceLinks : [],
    reason: input.to === "dropped" ? input.reason : null,
  }));
export type ChangeStateInput = z.input<typeof changeStateSchema>;

/** The state form: the links are typed one a line. */
export const changeStateFormSchema = z
  .object({
    // Optional here: a key zod knows as unknown() is still required, and a form with no choice made has no "to".
    // The service schema below says what is missing, in words.
    commitmentId: z.unknown().optional(),
    to: z.unknown().optional(),
    evidence: plainText()
      .trim()
      .max(20_000, `The evidence must be ${EVIDENCE_LIMIT.toLocaleString("en-GB")} characters or fewer`)
      .default(""),
    evidenceLinks: plainText().max(30_000, "Enter at most 10 links").default(""),
    reason: plainText()
      .trim()
      .max(20_000, `The reason must be ${DROPPED_REASON_LIMIT.toLocaleString("en-GB")} characters or fewer`)
      .default(""),
  })
  .transform(
    (input) =>
      ({
        commitmentId: input.commitmentId,
        to: input.to,
        evidence: input.evidence || null,
        evidenceLinks: linksFromText(input.evidenceLinks),
        reason: input.reason || null,
      }) as z.input<typeof changeStateSchema>,
  )
  .pipe(changeStateSchema);

const slugFilter = z
  .string()
  .max(60)
  .optional()
  .catch(undefined)
  .transform((v) => (v ? v : undefined));

/** The public list's filters, from the URL: anything unreadable is ignored rather than refused. */
export const commitmentListSchema = z.object({
  partner: slugFilter,
  theme: slugFilter,
  district: slugFilter,
  state: z.enum(["planned", "in_progress", "delivered", "dropped"]).optional().catch(undefined),
  after: z.string().max(200).optional().catch(undefined),
});
export type CommitmentListParams = Partial<z.infer<typeof commitmentListSchema>>;
