// The public read API's one definition of what it accepts and what it answers (/api/v1). The route handlers parse
// their query parameters with these schemas, the query modules are typed by them, and lib/open-data/api/openapi.ts
// renders the same schemas as the OpenAPI 3.1 document: the documentation cannot drift from the code.
// Field names are camelCase and stable within v1: a field may be added, never renamed or removed.
import "zod-openapi";
import { z } from "zod";
import {
  CommitmentState,
  DistrictKind,
  EventKind,
  OrganisationKind,
  QuestionStatus,
} from "@/lib/generated/prisma/enums";
import { SORTS } from "@/lib/questions/schemas";
import { plainText } from "@/lib/text/plain-text";

export const DEFAULT_PAGE_SIZE = 25;
export const MAX_PAGE_SIZE = 100;

const slug = (what: string) =>
  z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, `${what} must be a slug: lower-case letters, digits and hyphens`)
    .max(60)
    .meta({
      description: `The ${what}'s slug.`,
      example: what === "district" ? "chelmsford" : "transport-and-mobility",
    });

const limit = z.coerce
  .number({ error: "limit must be a whole number from 1 to 100" })
  .int({ error: "limit must be a whole number from 1 to 100" })
  .min(1, "limit must be a whole number from 1 to 100")
  .max(MAX_PAGE_SIZE, "limit must be a whole number from 1 to 100")
  .default(DEFAULT_PAGE_SIZE)
  .meta({ description: `Items per page: ${DEFAULT_PAGE_SIZE} unless given, at most ${MAX_PAGE_SIZE}.`, example: 25 });

const cursor = z
  .string()
  .max(300)
  .regex(/^[A-Za-z0-9_-]+$/, "cursor must be copied unchanged from a `next` link")
  .meta({ description: "Where the page starts: copy it from the previous page's `links.next` (opaque)." });

const uuid = z.uuid({ error: "The id must be a UUID" }).meta({ example: "4b1f6a3e-8c2d-4f5e-9a7b-1c2d3e4f5a6b" });
const dateTime = z.iso.datetime({ offset: true }).meta({ example: "2026-11-20T14:03:00.000Z" });
const date = z.iso.date().meta({ example: "2027-03-31" });
const url = z.url().meta({ description: "Its page on the portal (an absolute address)." });

// ─── query parameters ───

export const questionListQuery = z
  .strictObject({
    q: plainText()
      .trim()
      .min(1, "q must not be empty")
      .max(200, "q must be 200 characters or fewer")
      .optional()
      .meta({ description: "Words to search for in titles and details (as on /questions).", example: "street lights" }),
    theme: slug("theme").optional(),
    district: slug("district").optional(),
    status: z.enum(QuestionStatus).optional().meta({ description: "Only questions with this status." }),
    sort: z.enum(SORTS).optional().meta({
      description:
        "supported (most support first; the default without `q`), trending, newest, or waiting (oldest still open or under review first). With `q` and no sort, the best matches come first.",
    }),
    limit,
    cursor: cursor.optional(),
  })
  .meta({ id: "QuestionListQuery" });
export type QuestionListQuery = z.output<typeof questionListQuery>;

export const commitmentListQuery = z
  .strictObject({
    organisation: slug("organisation").optional().meta({ example: "essex-county-council" }),
    theme: slug("theme").optional(),
    district: slug("district").optional(),
    state: z.enum(CommitmentState).optional().meta({ description: "Only commitments in this state." }),
    limit,
    cursor: cursor.optional(),
  })
  .meta({ id: "CommitmentListQuery" });
export type CommitmentListQuery = z.output<typeof commitmentListQuery>;

export const eventListQuery = z.strictObject({ limit, cursor: cursor.optional() });
export type EventListQuery = z.output<typeof eventListQuery>;

export const PERIODS = ["30d", "90d", "12m"] as const;
export const organisationListQuery = z.strictObject({
  period: z.enum(PERIODS).default("90d").meta({
    description: "The period the scorecard figures cover, ending today: 30 days, 90 days (the default) or 12 months.",
  }),
});
export type OrganisationListQuery = z.output<typeof organisationListQuery>;

export const noQuery = z.strictObject({});

export const questionIdPath = z.object({ id: uuid.meta({ description: "The question's id." }) });
export const commitmentIdPath = z.object({ id: uuid.meta({ description: "The commitment's id." }) });

// ─── what the API answers ───

const slugOut = z.string().meta({ description: "Stable short name, for filters and addresses." });
const nameOut = z.string().meta({ description: "The name as the portal shows it." });
const themeRef = z.object({ slug: slugOut, name: nameOut }).meta({ id: "ThemeRef" });
const districtRef = z.object({ slug: slugOut, name: nameOut }).meta({ id: "DistrictRef" });
const organisationRef = z.object({ slug: slugOut, name: nameOut }).meta({ id: "OrganisationRef" });
const questionRef = z
  .object({ id: z.uuid(), title: z.string(), url })
  .meta({ id: "QuestionRef", description: "Another published question, with its page on the portal." });

const pageLinks = z
  .object({
    self: z.url().meta({ description: "This page." }),
    next: z.url().nullable().meta({ description: "The next page, or null on the last page." }),
  })
  .meta({ id: "PageLinks" });

export const questionSummary = z
  .object({
    id: z.uuid(),
    title: z.string(),
    status: z.enum(QuestionStatus),
    supportCount: z.int().min(0).meta({ description: "How many people support it (exact)." }),
    commentCount: z.int().min(0),
    createdAt: dateTime,
    themes: z.array(themeRef),
    district: districtRef.nullable(),
    answeredBy: z.array(z.string()).meta({ description: "The organisations that answered it, first answer first." }),
    mergedInto: questionRef
      .nullable()
      .meta({ description: "For a merged question, the question it was merged into (null otherwise)." }),
    url,
  })
  .meta({ id: "QuestionSummary", description: "A published question as lists show it." });

export const questionList = z
  .object({
    data: z.array(questionSummary),
    total: z.int().min(0).meta({
      description: "How many questions match over every page (with `q`, counted up to 100: see totalIsAtLeast).",
    }),
    totalIsAtLeast: z.boolean().meta({ description: "True when a search matched more than `total` questions." }),
    links: pageLinks,
  })
  .meta({ id: "QuestionList" });

export const questionDetail = questionSummary
  .extend({
    body: z.string().meta({ description: "The question's details, as its author wrote them (plain text)." }),
    publishedAt: dateTime.nullable(),
    event: z
      .object({ id: z.uuid(), title: z.string() })
      .nullable()
      .meta({ description: "The engagement event it was asked at, if any." }),
    timeline: z.array(
      z
        .object({
          from: z.enum(QuestionStatus).nullable(),
          to: z.enum(QuestionStatus),
          note: z.string().nullable().meta({ description: "The public note given with the change." }),
          at: dateTime,
          mergedFrom: questionRef.nullable().meta({ description: "On a merge into this question: the one merged." }),
        })
        .meta({ id: "StatusChange" }),
    ),
    responses: z.array(
      z
        .object({
          id: z.uuid(),
          organisation: organisationRef,
          body: z.string().meta({ description: "The official answer (limited Markdown)." }),
          createdAt: dateTime,
          editedAt: dateTime.nullable(),
        })
        .meta({ id: "Response", description: "An official public answer, attributed to its organisation." }),
    ),
    commitments: z.array(
      z
        .object({
          id: z.uuid(),
          title: z.string(),
          organisation: organisationRef,
          state: z.enum(CommitmentState),
          targetDate: date,
          progress: z.int().min(0).max(100),
        })
        .meta({ id: "CommitmentRef" }),
    ),
  })
  .meta({ id: "QuestionDetail", description: "A published question with its timeline, answers and commitments." });

export const themeList = z
  .object({
    data: z.array(
      z
        .object({
          slug: z.string(),
          name: z.string(),
          description: z.string(),
          questionCount: z.int().min(0).meta({ description: "Its published questions." }),
        })
        .meta({ id: "Theme" }),
    ),
  })
  .meta({ id: "ThemeList" });

export const districtList = z
  .object({
    data: z.array(
      z
        .object({
          slug: z.string(),
          name: z.string(),
          kind: z.enum(DistrictKind).meta({ description: "district, unitary authority, or county (Essex-wide)." }),
          questionCount: z.int().min(0).meta({ description: "Its published questions." }),
        })
        .meta({ id: "District" }),
    ),
  })
  .meta({ id: "DistrictList" });

const share = z
  .object({
    count: z.int().min(0).nullable().meta({ description: "Null when `of` is too small to show (fewer than 10)." }),
    of: z.int().min(0),
    percent: z.int().min(0).max(100).nullable(),
  })
  .meta({ id: "Share", description: "`count` of `of`, as on the public scorecard." });

export const organisationList = z
  .object({
    period: z.object({ from: date, to: date }).meta({ description: "The days the figures cover (Essex time)." }),
    responseTargetWorkingDays: z.int().min(1),
    data: z.array(
      z
        .object({
          slug: z.string(),
          name: z.string(),
          kind: z.enum(OrganisationKind),
          description: z.string(),
          url,
          questions: z.object({
            takenOn: z.int().min(0).meta({ description: "Published questions it took on in the period." }),
            answered: share,
            stillWaiting: z.int().min(0),
            medianWorkingDays: z.number().min(0).nullable().meta({
              description: "Estimated median wait for a first answer, in working days (null: too few, or not reached).",
            }),
            withinTarget: share,
            overdueNow: share,
          }),
          commitments: z.object({
            made: z.int().min(0),
            delivered: share,
            deliveredOnTime: share,
            overdueNow: share,
            confirmedByPublic: share,
          }),
        })
        .meta({ id: "Organisation", description: "A partner organisation with its scorecard figures." }),
    ),
  })
  .meta({ id: "OrganisationList" });

export const commitmentSummary = z
  .object({
    id: z.uuid(),
    title: z.string(),
    organisation: organisationRef,
    state: z.enum(CommitmentState),
    targetDate: date,
    progress: z.int().min(0).max(100).meta({ description: "Per cent done, as the organisation reports it." }),
    questionCount: z.int().min(0).meta({ description: "The published questions it answers." }),
    url,
  })
  .meta({ id: "CommitmentSummary" });

export const commitmentList = z
  .object({ data: z.array(commitmentSummary), links: pageLinks })
  .meta({ id: "CommitmentList" });

export const commitmentDetail = commitmentSummary
  .extend({
    description: z.string(),
    createdAt: dateTime,
    deliveredAt: dateTime.nullable(),
    evidence: z.string().nullable(),
    evidenceLinks: z.array(z.string()),
    droppedReason: z.string().nullable(),
    milestones: z.array(z.object({ title: z.string(), plannedDate: date, completedDate: date.nullable() })),
    updates: z.array(z.object({ body: z.string(), createdAt: dateTime })),
    questions: z.array(
      z.object({ id: z.uuid(), title: z.string(), status: z.enum(QuestionStatus), supportCount: z.int().min(0), url }),
    ),
  })
  .meta({ id: "CommitmentDetail", description: "“You said, we did”: a partner's promise and how it is going." });

export const eventList = z
  .object({
    data: z.array(
      z
        .object({
          id: z.uuid(),
          title: z.string(),
          description: z.string(),
          kind: z.enum(EventKind).meta({ description: "A school workshop, a public meeting or an online event." }),
          place: z.string(),
          startsAt: dateTime,
          endsAt: dateTime,
          organisation: organisationRef.nullable(),
          questions: z
            .array(
              z.object({
                id: z.uuid(),
                title: z.string(),
                status: z.enum(QuestionStatus),
                supportCount: z.int().min(0),
                url,
              }),
            )
            .meta({ description: "The published questions asked there, most supported first." }),
        })
        .meta({ id: "Event", description: "A past engagement event with the published questions asked at it." }),
    ),
    links: pageLinks,
  })
  .meta({ id: "EventList" });

export const problem = z
  .object({
    type: z.string().meta({ description: "A URI naming the kind of problem (about:blank: see the status)." }),
    title: z.string(),
    status: z.int().min(400).max(599),
    detail: z.string(),
    instance: z.string().meta({ description: "The path of the request that failed." }),
    errors: z
      .array(z.object({ parameter: z.string(), message: z.string() }))
      .optional()
      .meta({ description: "On a 400: each query parameter that is wrong, and why." }),
  })
  .meta({ id: "Problem", description: "An error, as RFC 9457 problem details (application/problem+json)." });

export type QuestionSummaryOut = z.input<typeof questionSummary>;
export type QuestionListOut = z.input<typeof questionList>;
export type QuestionDetailOut = z.input<typeof questionDetail>;
export type ThemeListOut = z.input<typeof themeList>;
export type DistrictListOut = z.input<typeof districtList>;
export type OrganisationListOut = z.input<typeof organisationList>;
export type CommitmentListOut = z.input<typeof commitmentList>;
export type CommitmentDetailOut = z.input<typeof commitmentDetail>;
export type EventListOut = z.input<typeof eventList>;
export type ProblemOut = z.input<typeof problem>;
