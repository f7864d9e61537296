// The OpenAPI 3.1 document of /api/v1, rendered by zod-openapi from the schemas the routes validate and answer
// with (schemas.ts). /api/v1/openapi.json serves it and /developers renders its reference from it.
import { z } from "zod";
import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiResponsesObject } from "zod-openapi";
import { RATE_LIMITS } from "@/lib/rate-limit";
import {
  DEFAULT_PAGE_SIZE,
  MAX_PAGE_SIZE,
  commitmentDetail,
  commitmentIdPath,
  commitmentList,
  commitmentListQuery,
  districtList,
  eventList,
  eventListQuery,
  organisationList,
  organisationListQuery,
  problem,
  questionDetail,
  questionIdPath,
  questionList,
  questionListQuery,
  themeList,
} from "./schemas";

export const OPEN_GOVERNMENT_LICENCE = {
  name: "Open Government Licence v3.0",
  url: "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/",
};

/** Requests a minute per source IP (behind the trusted proxy), and for all callers together without one. */
export const RATE_LIMIT_PER_IP = RATE_LIMITS["open-data:ip"].points;
export const RATE_LIMIT_SHARED = RATE_LIMITS["open-data:visitors"].points;

const successHeaders = z.object({
  ETag: z.string().meta({ description: "Send it back in If-None-Match: an unchanged answer is a 304 with no body." }),
  "Cache-Control": z.string().meta({ description: "How long the answer may be reused." }),
  RateLimit: z.string().meta({ description: 'What is left: `"per-ip";r=<remaining>;t=<seconds until reset>`.' }),
  "RateLimit-Policy": z.string().meta({ description: 'The allowance: `"per-ip";q=<requests>;w=<window seconds>`.' }),
});

const problemContent = { "application/problem+json": { schema: problem } };

function responses(body: z.ZodType, { notFound = false } = {}): ZodOpenApiResponsesObject {
  return {
    "200": { description: "OK", headers: successHeaders, content: { "application/json": { schema: body } } },
    "304": { description: "Not Modified: the If-None-Match entity tag is still current.", headers: successHeaders },
    "400": { description: "A query parameter is wrong (each is named in `errors`).", content: problemContent },
    ...(notFound ? { "404": { description: "No published item has that id.", content: problemContent } } : {}),
    "429": {
      description: "Too many requests: wait for Retry-After seconds.",
      headers: z.object({ "Retry-After": z.string().meta({ description: "Seconds to wait." }) }),
      content: problemContent,
    },
    "503": {
      description:
        "The service is unavailable for a moment (its database is away): try again after Retry-After seconds.",
      headers: z.object({ "Retry-After": z.string().meta({ description: "Seconds to wait." }) }),
      content: problemContent,
    },
  };
}

/** One endpoint of the API: its operation, and an example request for the documentation and the README. */
export interface Endpoint {
  path: string;
  operation: ZodOpenApiOperationObject & { operationId: string; summary: string; description: string };
  example: string;
}

export const ENDPOINTS: Endpoint[] = [
  {
    path: "/questions",
    example: "/api/v1/questions?theme=transport-and-mobility&sort=newest&limit=10",
    operation: {
      operationId: "listQuestions",
      summary: "List published questions",
      description:
        "Published questions with the filters, sorts and search of the /questions page, a page at a time. Follow `links.next` until it is null; pages neither repeat nor skip a question when new ones arrive.",
      tags: ["Questions"],
      requestParams: { query: questionListQuery },
      responses: responses(questionList),
    },
  },
  {
    path: "/questions/{id}",
    example: "/api/v1/questions/{id}",
    operation: {
      operationId: "getQuestion",
      summary: "One question with its timeline, answers and commitments",
      description:
        "A published question: its details, the public timeline of its status, the organisations' official answers and the commitments made on it. A merged question points to the question it was merged into.",
      tags: ["Questions"],
      requestParams: { path: questionIdPath },
      responses: responses(questionDetail, { notFound: true }),
    },
  },
  {
    path: "/themes",
    example: "/api/v1/themes",
    operation: {
      operationId: "listThemes",
      summary: "List themes",
      description: "The themes questions are filed under, in their set order, with their published questions.",
      tags: ["Reference"],
      responses: responses(themeList),
    },
  },
  {
    path: "/districts",
    example: "/api/v1/districts",
    operation: {
      operationId: "listDistricts",
      summary: "List districts",
      description: "The districts of Essex (and Essex-wide), in their set order, with their published questions.",
      tags: ["Reference"],
      responses: responses(districtList),
    },
  },
  {
    path: "/organisations",
    example: "/api/v1/organisations?period=12m",
    operation: {
      operationId: "listOrganisations",
      summary: "List partner organisations with their scorecard figures",
      description:
        "The active partner organisations, by name, with the figures of the public scorecard (/partners) for the period. A share resting on fewer than 10 items has a null count, as on the scorecard.",
      tags: ["Organisations"],
      requestParams: { query: organisationListQuery },
      responses: responses(organisationList),
    },
  },
  {
    path: "/commitments",
    example: "/api/v1/commitments?state=in_progress",
    operation: {
      operationId: "listCommitments",
      summary: "List commitments (“you said, we did”)",
      description: "Partners' promises, soonest target date first, with the filters of the /commitments page.",
      tags: ["Commitments"],
      requestParams: { query: commitmentListQuery },
      responses: responses(commitmentList),
    },
  },
  {
    path: "/commitments/{id}",
    example: "/api/v1/commitments/{id}",
    operation: {
      operationId: "getCommitment",
      summary: "One commitment with its milestones and updates",
      description: "A commitment, its milestones, its progress updates and the published questions it answers.",
      tags: ["Commitments"],
      requestParams: { path: commitmentIdPath },
      responses: responses(commitmentDetail, { notFound: true }),
    },
  },
  {
    path: "/events",
    example: "/api/v1/events?limit=5",
    operation: {
      operationId: "listEvents",
      summary: "List past events with their questions",
      description:
        "Engagement events that have taken place, latest first, each with the published questions asked there.",
      tags: ["Events"],
      requestParams: { query: eventListQuery },
      responses: responses(eventList),
    },
  },
];

const INTRODUCTION = `The public data of My Smarter Essex: the questions Essex residents ask, the partners' answers, their
commitments and how they are doing. Read-only JSON, no key needed, open to any origin (CORS).

Lists are paged by a cursor: ${DEFAULT_PAGE_SIZE} items unless \`limit\` says otherwise (at most ${MAX_PAGE_SIZE}); follow
\`links.next\`. Every answer carries an ETag: send it back in If-None-Match and an unchanged answer is a 304 with no body.
Requests are limited to ${RATE_LIMIT_PER_IP} a minute per IP address (RateLimit and RateLimit-Policy headers say where you
stand); past it the answer is a 429 with Retry-After. Errors are RFC 9457 problem details (application/problem+json).

Only published, public data: no one's name, email or account, nothing waiting for moderation or removed.`;

let last: { origin: string; document: ReturnType<typeof createDocument> } | null = null;

/** The document, for the portal at this origin (the last one built is kept: it is the same every time). */
export function openApiDocument(origin: string): ReturnType<typeof createDocument> {
  if (last?.origin !== origin) last = { origin, document: buildDocument(origin) };
  return last.document;
}

function buildDocument(origin: string) {
  return createDocument({
    openapi: "3.1.0",
    info: {
      title: "My Smarter Essex open data API",
      version: "1.0.0",
      description: INTRODUCTION,
      license: OPEN_GOVERNMENT_LICENCE,
      contact: { name: "My Smarter Essex", url: `${origin}/contact` },
    },
    servers: [{ url: `${origin}/api/v1`, description: "This portal" }],
    security: [],
    tags: [
      { name: "Questions", description: "What residents ask, and what happened next." },
      { name: "Reference", description: "Themes and districts, for filtering." },
      { name: "Organisations", description: "Partner organisations and their scorecards." },
      { name: "Commitments", description: "“You said, we did”." },
      { name: "Events", description: "Engagement events and the questions asked at them." },
    ],
    paths: Object.fromEntries(ENDPOINTS.map((e) => [e.path, { get: e.operation }])),
  });
}
