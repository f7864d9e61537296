// Issue 20, points 1–3: the open-data read API (/api/v1), its route handlers called directly. Every answer is
// checked against the OpenAPI document the API serves (ajv, JSON Schema 2020-12); pages neither repeat nor skip
// while questions arrive; If-None-Match gives 304; bad parameters give problem details; the limit gives 429 with
// Retry-After; the document passes the OpenAPI linter; and nothing hidden, pending, internal or personal (a name,
// an under-18's name above all, an email) appears in any answer of any endpoint.
import { randomUUID } from "node:crypto";
import { createConfig, lintFromString } from "@redocly/openapi-core";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { newJoinCode } from "@/lib/events/join-code";
import { RATE_LIMITS } from "@/lib/rate-limit";
import { createOrganisation, createQuestion, createUser } from "../support/fixtures";

const routes = {
  questions: await import("@/app/api/v1/questions/route"),
  question: await import("@/app/api/v1/questions/[id]/route"),
  themes: await import("@/app/api/v1/themes/route"),
  districts: await import("@/app/api/v1/districts/route"),
  organisations: await import("@/app/api/v1/organisations/route"),
  commitments: await import("@/app/api/v1/commitments/route"),
  commitment: await import("@/app/api/v1/commitments/[id]/route"),
  events: await import("@/app/api/v1/events/route"),
  openapi: await import("@/app/api/v1/openapi.json/route"),
};

const ORIGIN = "http://localhost";
const SECRET = {
  hiddenTitle: `Hidden question ${randomUUID()}`,
  pendingTitle: `Pending question ${randomUUID()}`,
  rejectedTitle: `Rejected question ${randomUUID()}`,
  internalNote: `Internal note ${randomUUID()}`,
  under18Name: `Zebedee Youngperson ${randomUUID().slice(0, 6)}`,
  adultName: `Adult Author ${randomUUID().slice(0, 6)}`,
  partnerName: `Partner Officer ${randomUUID().slice(0, 6)}`,
  eventPendingTitle: `Pending event question ${randomUUID()}`,
  joinCode: newJoinCode(),
};

/** Every body any endpoint answered in this file, searched at the end for what must never appear. */
const bodies: { url: string; text: string }[] = [];

type Route = { GET: (request: Request, context?: { params: Promise<Record<string, string>> }) => Promise<Response> };

async function call(
  route: Route,
  path: string,
  init: { headers?: Record<string, string>; params?: Record<string, string> } = {},
) {
  const url = `${ORIGIN}${path}`;
  const response = await route.GET(new Request(url, { headers: init.headers }), {
    params: Promise.resolve(init.params ?? {}),
  });
  const text = response.status === 304 ? "" : await response.text();
  bodies.push({ url, text });
  return { response, text, json: text ? (JSON.parse(text) as Record<string, unknown>) : null };
}

// ─── the document's schemas, as a validator ───

type Operation = { responses: Record<string, { content?: Record<string, { schema: object }> }> };
let document: { paths: Record<string, { get: Operation }>; components: { schemas: Record<string, object> } };
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);

/** Checks a body against the document's schema for that path, status and media type; fails with ajv's errors. */
function expectConforms(path: string, status: number, body: unknown, media = "application/json") {
  const schema = document.paths[path]?.get.responses[String(status)]?.content?.[media]?.schema;
  expect(schema, `${path} ${status} ${media} is documented`).toBeDefined();
  const validate = ajv.getSchema(`#doc/${path}/${status}/${media}`) ?? compile(path, status, media, schema!);
  const valid = validate(body);
  expect(validate.errors ?? [], `${path} ${status}`).toEqual([]);
  expect(valid).toBe(true);
}

function compile(path: string, status: number, media: string, schema: object) {
  ajv.addSchema(
    {
      $id: `https://doc.test/${encodeURIComponent(path)}/${status}/${encodeURIComponent(media)}`,
      ...schema,
      components: document.components,
    },
    `#doc/${path}/${status}/${media}`,
  );
  return ajv.getSchema(`#doc/${path}/${status}/${media}`)!;
}

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000);

// ─── the data: published and unpublished, people of every kind ───

let ids: {
  published: string;
  merged: string;
  atEvent: string;
  fromTheRoom: string;
  hidden: string;
  pending: string;
  rejected: string;
  commitment: string;
  theme: string;
  district: string;
  organisation: string;
};

beforeAll(async () => {
  const served = await routes.openapi.GET(new Request(`${ORIGIN}/api/v1/openapi.json`));
  document = (await served.json()) as typeof document;

  const theme = await db.theme.create({
    data: {
      slug: `api-theme-${randomUUID().slice(0, 6)}`,
      name: `API theme ${randomUUID().slice(0, 6)}`,
      description: "Test.",
    },
  });
  const district = await db.district.create({
    data: {
      slug: `api-district-${randomUUID().slice(0, 6)}`,
      name: `API district ${randomUUID().slice(0, 6)}`,
      kind: "district",
    },
  });
  const organisation = await createOrganisation();
  const adult = await createUser({ displayName: SECRET.adultName });
  const child = await createUser({ displayName: SECRET.under18Name, ageBand: "under_16" });
  const partner = await createUser({ displayName: SECRET.partnerName });
  await db.organisationMembership.create({
    data: { userId: partner.id, organisationId: organisation.id, role: "lead" },
  });

  const published = await createQuestion(adult.id, {
    title: "How will the new bus lanes be enforced?",
    status: "answered",
  });
  await db.question.update({
    where: { id: published.id },
    data: { districtId: district.id, themes: { create: { themeId: theme.id } }, supportCount: 3 },
  });
  const byChild = await createQuestion(child.id, { title: "Can our school have a bike shelter?" });
  const merged = await createQuestion(adult.id, { title: "Who enforces bus lanes?" });
  await db.question.update({ where: { id: merged.id }, data: { status: "merged", mergedIntoId: published.id } });
  const hidden = await createQuestion(adult.id, {
    title: SECRET.hiddenTitle,
    moderation: "hidden",
    moderationReason: "Personal details.",
  });
  const pending = await createQuestion(child.id, { title: SECRET.pendingTitle, moderation: "pending" });
  const rejected = await createQuestion(adult.id, {
    title: SECRET.rejectedTitle,
    moderation: "rejected",
    moderationReason: "Off topic.",
  });

  await db.statusChange.createMany({
    data: [
      {
        questionId: published.id,
        actorId: partner.id,
        fromStatus: "open",
        toStatus: "under_review",
        createdAt: minutesAgo(30),
      },
      {
        questionId: published.id,
        actorId: partner.id,
        fromStatus: "under_review",
        toStatus: "answered",
        createdAt: minutesAgo(20),
      },
      {
        createdAt: minutesAgo(10),
        questionId: published.id,
        actorId: partner.id,
        toStatus: "merged",
        mergedFromId: merged.id,
        note: "Same question.",
      },
      { questionId: merged.id, actorId: partner.id, fromStatus: "open", toStatus: "merged", note: "Asked already." },
    ],
  });
  await db.response.create({
    data: {
      questionId: published.id,
      organisationId: organisation.id,
      authorId: partner.id,
      body: "Cameras, from **May**.",
    },
  });
  for (const questionId of [published.id, hidden.id, pending.id])
    await db.internalNote.create({
      data: { questionId, organisationId: organisation.id, authorId: partner.id, body: SECRET.internalNote },
    });
  const commitment = await db.commitment.create({
    data: {
      organisationId: organisation.id,
      title: "Enforce the bus lanes with cameras",
      description: "Cameras on the three busiest lanes.",
      targetDate: new Date("2027-05-01"),
      state: "in_progress",
      progress: 40,
      createdById: partner.id,
      questions: { create: [{ questionId: published.id }, { questionId: hidden.id }] },
      updates: { create: { authorId: partner.id, body: "Cameras ordered." } },
      milestones: { create: { title: "Cameras installed", plannedDate: new Date("2027-03-01") } },
    },
  });
  const event = await db.event.create({
    data: {
      title: "Year 9 smart city workshop",
      description: "A workshop at a school.",
      kind: "school_workshop",
      startsAt: new Date(Date.now() - 7 * 86_400_000),
      endsAt: new Date(Date.now() - 7 * 86_400_000 + 2 * 3_600_000),
      place: "A school hall",
      organiserId: partner.id,
      organisationId: organisation.id,
      joinCode: SECRET.joinCode,
    },
  });
  await db.question.update({ where: { id: byChild.id }, data: { eventId: event.id } });
  // Asked in the room: attributed to the event, with no author at all.
  const fromTheRoom = await db.question.create({
    data: {
      title: "Could the school bus tell us when it is late?",
      body: "Asked at the workshop.",
      eventId: event.id,
      moderation: "approved",
      publishedAt: new Date(),
    },
  });
  const atEventPending = await createQuestion(child.id, { title: SECRET.eventPendingTitle, moderation: "pending" });
  await db.question.update({ where: { id: atEventPending.id }, data: { eventId: event.id } });
  await db.event.create({
    data: {
      title: "A meeting still to come",
      description: "Not yet.",
      startsAt: new Date(Date.now() + 7 * 86_400_000),
      endsAt: new Date(Date.now() + 7 * 86_400_000 + 3_600_000),
      place: "Town hall",
      organiserId: partner.id,
      joinCode: newJoinCode(),
    },
  });
  await db.event.create({
    data: {
      title: "A meeting going on now",
      description: "Not over yet.",
      startsAt: new Date(Date.now() - 3_600_000),
      endsAt: new Date(Date.now() + 3_600_000),
      place: "Online",
      kind: "online",
      organiserId: partner.id,
      joinCode: newJoinCode(),
    },
  });

  ids = {
    published: published.id,
    merged: merged.id,
    atEvent: byChild.id,
    fromTheRoom: fromTheRoom.id,
    hidden: hidden.id,
    pending: pending.id,
    rejected: rejected.id,
    commitment: commitment.id,
    theme: theme.slug,
    district: district.slug,
    organisation: organisation.slug,
  };
});

afterEach(() => {
  delete process.env.TRUST_PROXY;
});

describe("every endpoint answers what the OpenAPI document describes", () => {
  it("rejects a body that breaks the document (the check can fail)", async () => {
    const { json } = await call(routes.themes, "/api/v1/themes");
    expect(() => expectConforms("/themes", 200, { data: [{ ...(json!.data as object[])[0], author: "x" }] })).toThrow();
    expect(() => expectConforms("/themes", 200, { data: [{ slug: "a" }] })).toThrow();
  });

  it("lists questions with filters, sorts and search, each page valid", async () => {
    const cases = [
      "/api/v1/questions",
      "/api/v1/questions?sort=newest&limit=2",
      "/api/v1/questions?sort=trending",
      "/api/v1/questions?sort=waiting",
      `/api/v1/questions?theme=${ids.theme}&district=${ids.district}`,
      "/api/v1/questions?status=merged",
      "/api/v1/questions?q=bus%20lanes",
      "/api/v1/questions?q=bus&sort=supported&limit=1",
    ];
    for (const path of cases) {
      const { response, json } = await call(routes.questions, path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get("content-type")).toBe("application/json");
      expectConforms("/questions", 200, json);
    }
    const filtered = (await call(routes.questions, `/api/v1/questions?theme=${ids.theme}&district=${ids.district}`))
      .json!;
    expect((filtered.data as { id: string }[]).map((q) => q.id)).toEqual([ids.published]);
    const merged = (await call(routes.questions, "/api/v1/questions?status=merged")).json!;
    const mergedItem = (merged.data as { id: string; mergedInto: { id: string; url: string } | null }[]).find(
      (q) => q.id === ids.merged,
    );
    expect(mergedItem?.mergedInto).toEqual(
      expect.objectContaining({ id: ids.published, url: `${ORIGIN}/questions/${ids.published}` }),
    );
    const searched = (await call(routes.questions, "/api/v1/questions?q=bus%20lanes")).json!;
    expect((searched.data as { id: string }[]).map((q) => q.id)).toContain(ids.published);
  });

  it("gives one question with its timeline, answers and commitments, and 404 for anything unpublished", async () => {
    const { response, json } = await call(routes.question, `/api/v1/questions/${ids.published}`, {
      params: { id: ids.published },
    });
    expect(response.status).toBe(200);
    expectConforms("/questions/{id}", 200, json);
    expect(json).toMatchObject({
      timeline: [
        { from: "open", to: "under_review" },
        { from: "under_review", to: "answered" },
        { to: "merged", mergedFrom: { id: ids.merged } },
      ],
      responses: [{ organisation: { slug: ids.organisation }, body: "Cameras, from **May**." }],
      commitments: [{ id: ids.commitment, state: "in_progress", targetDate: "2027-05-01", progress: 40 }],
    });
    const mergedOne = await call(routes.question, `/api/v1/questions/${ids.merged}`, { params: { id: ids.merged } });
    expect(mergedOne.json!.mergedInto).toMatchObject({ id: ids.published });
    const atEvent = await call(routes.question, `/api/v1/questions/${ids.atEvent}`, { params: { id: ids.atEvent } });
    expect(atEvent.json!.event).toMatchObject({ title: "Year 9 smart city workshop" });

    for (const id of [ids.hidden, ids.pending, ids.rejected, randomUUID(), "not-a-uuid"]) {
      const missing = await call(routes.question, `/api/v1/questions/${id}`, { params: { id } });
      expect(missing.response.status, id).toBe(404);
      expect(missing.response.headers.get("content-type")).toBe("application/problem+json");
      expectConforms("/questions/{id}", 404, missing.json, "application/problem+json");
    }
  });

  it("lists themes and districts with their published questions", async () => {
    const themes = await call(routes.themes, "/api/v1/themes");
    expectConforms("/themes", 200, themes.json);
    expect(themes.json!.data).toContainEqual(expect.objectContaining({ slug: ids.theme, questionCount: 1 }));
    const districts = await call(routes.districts, "/api/v1/districts");
    expectConforms("/districts", 200, districts.json);
    expect(districts.json!.data).toContainEqual(expect.objectContaining({ slug: ids.district, questionCount: 1 }));
    expect(themes.response.headers.get("cache-control")).toContain("max-age=3600");
  });

  it("lists organisations with their scorecard figures for each period", async () => {
    for (const period of ["", "?period=30d", "?period=90d", "?period=12m"]) {
      const { response, json } = await call(routes.organisations, `/api/v1/organisations${period}`);
      expect(response.status).toBe(200);
      expectConforms("/organisations", 200, json);
      expect(json!.data).toContainEqual(
        expect.objectContaining({ slug: ids.organisation, commitments: expect.objectContaining({ made: 1 }) }),
      );
    }
  });

  it("lists commitments and gives one, with only its published questions", async () => {
    const list = await call(routes.commitments, `/api/v1/commitments?organisation=${ids.organisation}`);
    expectConforms("/commitments", 200, list.json);
    expect(list.json!.data).toEqual([expect.objectContaining({ id: ids.commitment, questionCount: 1 })]);
    for (const path of ["/api/v1/commitments?state=delivered", `/api/v1/commitments?theme=${ids.theme}&limit=100`])
      expectConforms("/commitments", 200, (await call(routes.commitments, path)).json);
    const one = await call(routes.commitment, `/api/v1/commitments/${ids.commitment}`, {
      params: { id: ids.commitment },
    });
    expectConforms("/commitments/{id}", 200, one.json);
    expect(one.json).toMatchObject({
      questions: [{ id: ids.published }],
      updates: [{ body: "Cameras ordered." }],
      milestones: [{ title: "Cameras installed", plannedDate: "2027-03-01", completedDate: null }],
    });
    const missing = await call(routes.commitment, `/api/v1/commitments/${randomUUID()}`, {
      params: { id: randomUUID() },
    });
    expect(missing.response.status).toBe(404);
  });

  it("lists past events only, each with its published questions", async () => {
    const { json } = await call(routes.events, "/api/v1/events");
    expectConforms("/events", 200, json);
    const events = json!.data as { title: string; questions: { id: string }[] }[];
    expect(events.map((e) => e.title)).toEqual(["Year 9 smart city workshop"]);
    expect(events[0]).toMatchObject({ kind: "school_workshop" });
    expect(events[0]!.questions.map((q) => q.id).sort()).toEqual([ids.atEvent, ids.fromTheRoom].sort());
    const fromTheRoom = await call(routes.question, `/api/v1/questions/${ids.fromTheRoom}`, {
      params: { id: ids.fromTheRoom },
    });
    expectConforms("/questions/{id}", 200, fromTheRoom.json);
  });

  it("answers CORS reads from any origin, and the preflight", async () => {
    const { response } = await call(routes.themes, "/api/v1/themes");
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("access-control-expose-headers")).toContain("ETag");
    const preflight = routes.themes.OPTIONS();
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-methods")).toBe("GET, HEAD, OPTIONS");
  });
});

describe("paging", () => {
  it("neither repeats nor skips a question while new ones arrive between pages, in every sort", async () => {
    const author = await createUser();
    const theme = await db.theme.create({
      data: {
        slug: `paging-${randomUUID().slice(0, 6)}`,
        name: `Paging ${randomUUID().slice(0, 6)}`,
        description: "Paging.",
      },
    });
    const made = async (n: number) => {
      const created: string[] = [];
      for (let i = 0; i < n; i++) {
        const q = await createQuestion(author.id, { title: `Paging question ${i} ${randomUUID().slice(0, 4)}` });
        await db.question.update({
          where: { id: q.id },
          data: { themes: { create: { themeId: theme.id } }, supportCount: i % 4, trendingScore: i % 3 },
        });
        created.push(q.id);
      }
      return created;
    };
    const before = await made(23);
    for (const sort of ["supported", "trending", "newest", "waiting"]) {
      const seen: string[] = [];
      let next: string | null = `${ORIGIN}/api/v1/questions?theme=${theme.slug}&sort=${sort}&limit=5`;
      while (next) {
        const { json } = await call(routes.questions, next.slice(ORIGIN.length));
        expectConforms("/questions", 200, json);
        seen.push(...(json!.data as { id: string }[]).map((q) => q.id));
        next = (json!.links as { next: string | null }).next;
        await made(2); // arrive between pages
      }
      expect(new Set(seen).size, sort).toBe(seen.length);
      for (const id of before) expect(seen, sort).toContain(id);
    }
  });

  it("uses 25 by default and refuses more than 100", async () => {
    const { json } = await call(routes.questions, "/api/v1/questions");
    expect((json!.data as unknown[]).length).toBe(25);
    expect((json!.links as { next: string }).next).toMatch(/^http:\/\/localhost\/api\/v1\/questions\?cursor=/);
    expect((await call(routes.questions, "/api/v1/questions?limit=101")).response.status).toBe(400);
  });
});

describe("conventions", () => {
  it("answers If-None-Match with 304 while the answer is unchanged, and 200 once it changes", async () => {
    const path = `/api/v1/questions/${ids.published}`;
    const first = await call(routes.question, path, { params: { id: ids.published } });
    const etag = first.response.headers.get("etag")!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await call(routes.question, path, {
      params: { id: ids.published },
      headers: { "If-None-Match": etag },
    });
    expect(again.response.status).toBe(304);
    expect(again.text).toBe("");
    expect(again.response.headers.get("etag")).toBe(etag);
    const weak = await call(routes.question, path, {
      params: { id: ids.published },
      headers: { "If-None-Match": `"x", W/${etag}` },
    });
    expect(weak.response.status).toBe(304);
    await db.question.update({ where: { id: ids.published }, data: { supportCount: { increment: 1 } } });
    const changed = await call(routes.question, path, {
      params: { id: ids.published },
      headers: { "If-None-Match": etag },
    });
    expect(changed.response.status).toBe(200);
    expect(changed.response.headers.get("etag")).not.toBe(etag);
  });

  it("answers wrong query parameters with 400 problem details naming each", async () => {
    const cases: [string, string][] = [
      ["/api/v1/questions?status=finished", "status"],
      ["/api/v1/questions?limit=0", "limit"],
      ["/api/v1/questions?limit=ten", "limit"],
      ["/api/v1/questions?sort=best", "sort"],
      ["/api/v1/questions?colour=red", "colour"],
      ["/api/v1/questions?theme=a&theme=b", "theme"],
      ["/api/v1/questions?cursor=bm90LWEtY3Vyc29y", "cursor"],
      ["/api/v1/questions?theme=Not%20A%20Slug", "theme"],
      ["/api/v1/commitments?state=late", "state"],
      ["/api/v1/commitments?cursor=abc", "cursor"],
      ["/api/v1/events?cursor=abc", "cursor"],
      ["/api/v1/organisations?period=5y", "period"],
      ["/api/v1/themes?page=2", "page"],
    ];
    const byPath: Record<string, [Route, string]> = {
      questions: [routes.questions, "/questions"],
      commitments: [routes.commitments, "/commitments"],
      events: [routes.events, "/events"],
      organisations: [routes.organisations, "/organisations"],
      themes: [routes.themes, "/themes"],
    };
    for (const [path, parameter] of cases) {
      const [route, documented] = byPath[path.split("/")[3]!.split("?")[0]!]!;
      const { response, json } = await call(route, path);
      expect(response.status, path).toBe(400);
      expect(response.headers.get("content-type")).toBe("application/problem+json");
      expectConforms(documented, 400, json, "application/problem+json");
      expect(json!.errors, path).toContainEqual(expect.objectContaining({ parameter }));
    }
  });

  it("sends RateLimit headers and answers 429 with Retry-After once a source's allowance is spent", async () => {
    process.env.TRUST_PROXY = "true";
    const ip = `203.0.113.${Math.floor(Math.random() * 250) + 1}`;
    const allowance = RATE_LIMITS["open-data:ip"].points;
    let last: Response | null = null;
    for (let i = 0; i < allowance; i++) {
      last = await routes.themes.GET(new Request(`${ORIGIN}/api/v1/themes`, { headers: { "x-forwarded-for": ip } }));
      expect(last.status).toBe(200);
    }
    expect(last!.headers.get("ratelimit-policy")).toBe(`"per-ip";q=${allowance};w=60`);
    expect(last!.headers.get("ratelimit")).toMatch(/^"per-ip";r=0;t=\d+$/);
    const refused = await call(routes.themes, "/api/v1/themes", { headers: { "x-forwarded-for": ip } });
    expect(refused.response.status).toBe(429);
    expect(Number(refused.response.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(refused.response.headers.get("ratelimit-policy")).toBe(`"per-ip";q=${allowance};w=60`);
    expect(refused.response.headers.get("ratelimit")).toBe(
      `"per-ip";r=0;t=${refused.response.headers.get("retry-after")}`,
    );
    expectConforms("/themes", 429, refused.json, "application/problem+json");
    const other = await call(routes.themes, "/api/v1/themes", { headers: { "x-forwarded-for": "198.51.100.9" } });
    expect(other.response.status).toBe(200);
    expect(other.response.headers.get("ratelimit")).toMatch(new RegExp(`^"per-ip";r=${allowance - 1};t=\\d+$`));
  });

  it("serves a document the OpenAPI linter passes with the recommended rules", async () => {
    // As served at a public address: the linter rightly refuses a localhost server in a published document.
    const served = await routes.openapi.GET(new Request("https://portal.essex.test/api/v1/openapi.json"));
    const json = (await served.json()) as Record<string, unknown>;
    expect(json!.openapi).toBe("3.1.0");
    const config = await createConfig({ extends: ["recommended"] });
    const problems = await lintFromString({ source: JSON.stringify(json), absoluteRef: "openapi.json", config });
    expect(problems.map((p) => `${p.ruleId}: ${p.message} at ${p.location[0]?.pointer}`)).toEqual([]);
  });
});

// Last: searches every body answered above.
describe("nothing unpublished, internal or personal in any answer", () => {
  it("never shows a hidden, pending or rejected question, an internal note, a name, an email or a join code", async () => {
    expect(bodies.length).toBeGreaterThan(50);
    const all = bodies.map((b) => b.text).join("\n");
    expect(all).toContain(ids.published); // the search below searches real answers
    for (const [what, secret] of Object.entries(SECRET)) expect(all.includes(secret), what).toBe(false);
    // A 404's problem details name the path asked for, so a body is searched for ids other than its own address's.
    for (const id of [ids.hidden, ids.pending, ids.rejected])
      expect(
        bodies.filter((b) => !b.url.includes(id) && b.text.includes(id)).map((b) => b.url),
        id,
      ).toEqual([]);
    expect(all).not.toMatch(/@example\.com/);
  });
});
