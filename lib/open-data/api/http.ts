// The open-data API's conventions, in one place for every /api/v1 route: the rate limit (RateLimit and
// RateLimit-Policy headers, IETF draft-ietf-httpapi-ratelimit-headers, and 429 with Retry-After), query parameters
// checked by the endpoint's zod schema (400 otherwise), an ETag over the body with 304 on If-None-Match, a
// Cache-Control chosen per resource, CORS open for reads, and every error as RFC 9457 problem details.
import "server-only";
import { createHash } from "node:crypto";
import type { z } from "zod";
import { isDatabaseUnreachable } from "@/lib/db-errors";
import { RateLimited, reportUnexpected } from "@/lib/errors";
import { RATE_LIMITS } from "@/lib/rate-limit";
import { requestOrigin } from "@/lib/request-origin";
import { RETRY_AFTER_SECONDS, SERVICE_UNAVAILABLE_MESSAGE } from "@/lib/service-unavailable";
import { CORS_HEADERS } from "./cors";
import { countOpenDataRequest, openDataLimit } from "./limits";
import type { ProblemOut } from "./schemas";

/** How long shared caches and browsers may keep each kind of answer. */
export const CACHE_CONTROL = {
  /** Lists and questions change with every vote and answer: a minute old is fine for reuse. */
  live: "public, max-age=60, stale-while-revalidate=60",
  /** Scorecards, commitments and events move slowly. */
  slow: "public, max-age=300, stale-while-revalidate=300",
  /** Themes, districts and the API's own description change a few times a year. */
  reference: "public, max-age=3600, stale-while-revalidate=3600",
} as const;

/** A wrong query parameter (400), named with why. */
export class BadParameters extends Error {
  constructor(readonly errors: { parameter: string; message: string }[]) {
    super("The query parameters are not valid.");
  }
}

export interface ApiRequest<Query> {
  request: Request;
  query: Query;
  params: Record<string, string>;
  /** The portal's public origin, for absolute links. */
  origin: string;
}

interface RouteOptions<Query extends z.ZodType> {
  query: Query;
  cacheControl: string;
}

type RouteContext = { params?: Promise<Record<string, string>> };

function problem(
  status: number,
  title: string,
  detail: string,
  instance: string,
  headers: Record<string, string> = {},
  errors?: ProblemOut["errors"],
): Response {
  const body: ProblemOut = { type: "about:blank", title, status, detail, instance, ...(errors ? { errors } : {}) };
  return new Response(JSON.stringify(body), {
    status,
    headers: {
      "Content-Type": "application/problem+json",
      "Cache-Control": "no-store",
      ...CORS_HEADERS,
      ...headers,
    },
  });
}

export function notFoundProblem(instance: string, detail = "There is nothing published at this address."): Response {
  return problem(404, "Not Found", detail, instance);
}

/** The query string as one value per name; a name given twice is an error rather than a guess. */
function queryObject(url: URL): Record<string, string> {
  const values: Record<string, string> = {};
  const repeated = new Set<string>();
  for (const [name, value] of url.searchParams) {
    if (Object.hasOwn(values, name)) repeated.add(name);
    values[name] = value;
  }
  if (repeated.size)
    throw new BadParameters([...repeated].map((parameter) => ({ parameter, message: `Give ${parameter} once` })));
  return values;
}

function parseQuery<Query extends z.ZodType>(schema: Query, url: URL): z.output<Query> {
  const parsed = schema.safeParse(queryObject(url));
  if (parsed.success) return parsed.data;
  throw new BadParameters(
    parsed.error.issues.flatMap((issue) =>
      issue.code === "unrecognized_keys"
        ? issue.keys.map((key) => ({
            parameter: key.slice(0, 100),
            message: `${key.slice(0, 100)} is not a parameter here`,
          }))
        : [{ parameter: String(issue.path[0] ?? "query"), message: issue.message }],
    ),
  );
}

/** Whether If-None-Match names this entity tag (weak comparison, RFC 9110 13.1.2), or is "*". */
function matchesIfNoneMatch(header: string | null, etag: string): boolean {
  if (!header) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, "");
  return header.split(",").some((tag) => tag.trim() === "*" || opaque(tag) === opaque(etag));
}

function rateLimitHeaders(policy: string, limit: number, window: number, remaining: number, reset: number) {
  return {
    "RateLimit-Policy": `"${policy}";q=${limit};w=${window}`,
    RateLimit: `"${policy}";r=${remaining};t=${reset}`,
  };
}

/**
 * A GET handler for one /api/v1 resource. `handler` answers the body (typed by the endpoint's response schema) or
 * null for "no such published thing" (404).
 */
export function openDataRoute<Query extends z.ZodType, Body>(
  options: RouteOptions<Query>,
  handler: (request: ApiRequest<z.output<Query>>) => Promise<Body | null>,
) {
  return async (request: Request, context?: RouteContext): Promise<Response> => {
    const url = new URL(request.url);
    const instance = url.pathname;
    const { name, policy } = openDataLimit(request.headers);
    const allowance = { policy, limit: RATE_LIMITS[name].points, window: RATE_LIMITS[name].duration };
    try {
      const standing = await countOpenDataRequest(request.headers);
      const limitHeaders = rateLimitHeaders(
        standing.policy,
        standing.limit,
        standing.windowSeconds,
        standing.remaining,
        standing.resetSeconds,
      );
      try {
        const query = parseQuery(options.query, url);
        const params = (await context?.params) ?? {};
        const body = await handler({ request, query, params, origin: requestOrigin(request) });
        if (body === null) return withHeaders(notFoundProblem(instance), limitHeaders);
        const json = JSON.stringify(body);
        const etag = `"${createHash("sha256").update(json).digest("base64url").slice(0, 32)}"`;
        const headers = { ETag: etag, "Cache-Control": options.cacheControl, ...CORS_HEADERS, ...limitHeaders };
        if (matchesIfNoneMatch(request.headers.get("if-none-match"), etag))
          return new Response(null, { status: 304, headers });
        return new Response(json, { status: 200, headers: { "Content-Type": "application/json", ...headers } });
      } catch (error) {
        return withHeaders(errorProblem(error, instance, allowance), limitHeaders);
      }
    } catch (error) {
      return errorProblem(error, instance, allowance);
    }
  };
}

function withHeaders(response: Response, headers: Record<string, string>): Response {
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

function errorProblem(
  error: unknown,
  instance: string,
  allowance: { policy: string; limit: number; window: number },
): Response {
  if (error instanceof BadParameters)
    return problem(400, "Bad Request", error.errors.map((e) => e.message).join(". ") + ".", instance, {}, error.errors);
  if (error instanceof RateLimited) {
    const wait = Math.max(1, Math.ceil(error.retryAfterSeconds));
    return problem(
      429,
      "Too Many Requests",
      `Too many requests from this source. Try again in ${wait} seconds.`,
      instance,
      {
        "Retry-After": String(wait),
        ...rateLimitHeaders(allowance.policy, allowance.limit, allowance.window, 0, wait),
      },
    );
  }
  if (isDatabaseUnreachable(error))
    return problem(503, "Service Unavailable", SERVICE_UNAVAILABLE_MESSAGE, instance, {
      "Retry-After": String(RETRY_AFTER_SECONDS),
    });
  return problem(500, "Internal Server Error", reportUnexpected(error), instance);
}

/** The answer to a CORS preflight: any origin may read (GET and HEAD), sending If-None-Match. */
export function preflight(): Response {
  return new Response(null, {
    status: 204,
    headers: {
      ...CORS_HEADERS,
      "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
      "Access-Control-Allow-Headers": "If-None-Match, Accept",
      "Access-Control-Max-Age": "86400",
      Allow: "GET, HEAD, OPTIONS",
    },
  });
}

/** The absolute address of this request with some query parameters replaced (undefined: removed). */
export function linkTo(origin: string, request: Request, changes: Record<string, string | undefined>): string {
  const url = new URL(request.url);
  const link = new URL(url.pathname + url.search, origin);
  for (const [name, value] of Object.entries(changes)) {
    if (value === undefined) link.searchParams.delete(name);
    else link.searchParams.set(name, value);
  }
  return link.toString();
}
