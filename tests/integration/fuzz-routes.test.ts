// Issue 17, point 6: hostile input at every route handler. Each GET/POST (and any other method) exported by an
// app/**/route.ts answers FUZZ_RUNS forged requests — query parameters with huge text, controls, unpaired
// surrogates, malformed percent-escapes, repeated and prototype-pollution names, ids of other organisations'
// rows; forged X-Forwarded-For and cookies; bodies of the wrong type — from a visitor, a citizen and the role the
// route serves. None may answer 5xx, none may show a stack, file path or SQL, and none may change a row (the
// rate limits' counters aside). FUZZ_SEED sets the seed (fast-check prints the seed and the shrunk request of a
// failure).
import path from "node:path";
import { pathToFileURL } from "node:url";
import fc from "fast-check";
import { NextRequest } from "next/server";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { createOrganisation, createQuestion, createUser, partnerOf, personWithRole } from "../support/fixtures";
import { FUZZ_RUNS, fuzzSeed, leaksInternals, loadIdPool, UNGUARDED_TABLES } from "../support/fuzz";
import { hostileText, hugeText, longQueryText, PROTOTYPE_KEYS, type IdPool } from "../support/hostile-input";
import { APP_DIR, appSourceFiles } from "../support/server-actions";
import { changedTables, databaseDigest } from "../support/table-digest";

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/actor", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/auth/actor")>()),
  getActor: async () => session.actor,
}));

type Handler = (request: NextRequest, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;
const routeFiles = appSourceFiles.filter((file) => path.basename(file) === "route.ts").sort();
const handlers: { route: string; method: string; handler: Handler }[] = [];
for (const file of routeFiles) {
  const exported: Record<string, unknown> = await import(pathToFileURL(path.join(APP_DIR, file)).href);
  const route = `/${path.dirname(file)}`;
  for (const method of METHODS)
    if (typeof exported[method] === "function") handlers.push({ route, method, handler: exported[method] as Handler });
}
// FUZZ_ROUTE=<part of "METHOD /path"> runs only the matching handlers' properties (to replay a failure quickly).
const fuzzed = handlers.filter(({ route, method }) => `${method} ${route}`.includes(process.env.FUZZ_ROUTE ?? ""));

/** The query parameters the route handlers read, and names no handler expects. */
const PARAMETER_NAMES = [
  ...["token", "title", "table", "period", "notes", "view", "organisation", "theme", "district", "status", "age"],
  ...["support", "sort", "after", "actor", "action", "targetType", "targetId", "from", "to", "q", "cursor"],
  ...["fromDay", "fromMonth", "fromYear", "toDay", "toMonth", "toYear", "List-Unsubscribe"],
  ...PROTOTYPE_KEYS,
];

/** Percent-escapes a browser would never send, and a query that is not one. */
const RAW_QUERIES = ["%", "%E0%A4%A", "%ff%fe", "%00", "%ud800", "a=%zz", "==", "&&&", "a[]=1&a[]=2", "?a=1", "#x"];

let client: pg.Client;
let pool: IdPool;
let actorByArea: Record<"admin" | "partner" | "other", Actor>;

beforeAll(async () => {
  client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  const [ours, theirs] = [await createOrganisation(), await createOrganisation()];
  const author = await createUser();
  const question = await createQuestion(author.id);
  await db.assignment.create({ data: { questionId: question.id, organisationId: theirs.id, dueOn: new Date() } });
  await db.internalNote.create({
    data: { questionId: question.id, organisationId: theirs.id, authorId: author.id, body: "Their note." },
  });
  actorByArea = {
    admin: await personWithRole("admin"),
    partner: await partnerOf(ours.id, "lead"),
    other: await personWithRole("citizen"),
  };
  pool = await loadIdPool(client);
});

afterAll(async () => {
  await client.end();
});

function roleActorFor(route: string): Actor {
  const area = route.split("/")[1]!;
  return area === "admin" || area === "partner" ? actorByArea[area] : actorByArea.other;
}

interface ForgedRequest {
  query: [string, string][];
  raw: string | null;
  forwardedFor: string | null;
  cookie: string | null;
  body: string | null;
  contentType: string | null;
}

function forgedRequests(): fc.Arbitrary<ForgedRequest> {
  const text = hostileText(pool, ["on", "pool", "mine", "custom", "csv", "json", "One-Click"]);
  const name = fc.oneof(fc.constantFrom(...PARAMETER_NAMES), fc.string({ maxLength: 8 }));
  const long = fc.option(fc.tuple(name, longQueryText), { freq: 5, nil: null });
  const header = fc.option(text, { freq: 3, nil: null });
  return fc.record({
    query: fc
      .tuple(fc.array(fc.tuple(name, text), { maxLength: 8 }), long)
      .map(([list, big]) => (big ? [...list, big] : list)),
    raw: fc.option(fc.constantFrom(...RAW_QUERIES), { freq: 4, nil: null }),
    forwardedFor: header,
    cookie: header,
    body: fc.option(
      fc.oneof(text, hugeText, fc.constantFrom("List-Unsubscribe=One-Click", '{"__proto__":{"polluted":1}}')),
      {
        freq: 2,
        nil: null,
      },
    ),
    contentType: fc.option(
      fc.constantFrom(
        "application/x-www-form-urlencoded",
        "application/json",
        "multipart/form-data",
        "text/plain",
        "\u0000",
      ),
      { freq: 2, nil: null },
    ),
  });
}

/** Header values a Request accepts: forged ones with characters it refuses are sent with those characters dropped. */
function headerValue(value: string): string {
  return value.replace(/[^\t\x20-\x7e\x80-\xff]/g, "").trim();
}

function toRequest(route: string, method: string, forged: ForgedRequest): NextRequest {
  const search = new URLSearchParams(forged.query).toString();
  const query = [search, forged.raw].filter(Boolean).join("&");
  const headers = new Headers();
  if (forged.forwardedFor !== null) headers.set("x-forwarded-for", headerValue(forged.forwardedFor));
  if (forged.cookie !== null) headers.set("cookie", headerValue(forged.cookie));
  if (forged.contentType !== null) headers.set("content-type", headerValue(forged.contentType));
  const hasBody = forged.body !== null && method !== "GET" && method !== "HEAD";
  return new NextRequest(`http://localhost:3000${route}${query ? `?${query}` : ""}`, {
    method,
    headers,
    body: hasBody ? forged.body : undefined,
  });
}

describe("hostile input to every route handler", () => {
  it("finds every route handler", () => {
    expect(routeFiles.length).toBeGreaterThanOrEqual(7);
    expect(handlers.map(({ method, route }) => `${method} ${route}`)).toEqual(
      expect.arrayContaining(["GET /api/health", "POST /api/unsubscribe", "GET /api/questions/similar"]),
    );
  });

  it.each(fuzzed.map((entry) => [`${entry.method} ${entry.route}`, entry] as const))(
    "%s",
    async (_label, { route, method, handler }) => {
      const actors = [null, actorByArea.other, roleActorFor(route)];
      const errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
      const before = await databaseDigest(client, UNGUARDED_TABLES);
      const statuses = new Map<number, number>();
      try {
        await fc.assert(
          fc.asyncProperty(fc.constantFrom(...actors), forgedRequests(), async (actor, forged) => {
            session.actor = actor;
            errors.mockClear();
            let response: Response;
            try {
              response = await handler(toRequest(route, method, forged), { params: Promise.resolve({}) });
            } finally {
              session.actor = null;
            }
            // The whole body, so a failure while a download streams is seen too.
            const body = await response.text();
            statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
            // Plain checks rather than expect(): this runs thousands of times.
            if (response.status >= 500) throw new Error(`answered ${response.status}: ${body.slice(0, 500)}`);
            if (leaksInternals(body)) throw new Error(`leaked: ${body.slice(0, 500)}`);
            if (errors.mock.calls.length) throw new Error(`logged an error: ${String(errors.mock.calls[0])}`);
          }),
          { numRuns: FUZZ_RUNS, seed: fuzzSeed(), endOnFailure: true },
        );
      } finally {
        errors.mockRestore();
      }
      expect(changedTables(before, await databaseDigest(client, UNGUARDED_TABLES)), "rows changed").toEqual([]);
      expect(Object.prototype).not.toHaveProperty("polluted");
      expect([...statuses.values()].reduce((sum, count) => sum + count, 0)).toBe(FUZZ_RUNS);
    },
  );
});
