// How many statements the busiest pages send to PostgreSQL per request, pinned so the count cannot grow back
// unnoticed: the question list (app/questions/page.tsx) at most 4, a question's page (app/questions/[id]/page.tsx)
// at most 6, for a visitor and for a signed-in citizen, counting what the root layout reads (the actor, read from
// the database on every request) and the page's own reads, called as the pages call them. Counted at the pg
// driver (tests/support/query-counter.ts), so a Prisma call that fans out into several statements counts as
// several. Also: the reference data the pages read from each process's cache (lib/reference/cache.ts) is dropped
// on every instance when a theme or district changes.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { loadActor, type Actor } from "@/lib/auth/actor";
import { isModerator } from "@/lib/auth/policy";
import { listQuestionComments } from "@/lib/comments/queries";
import { getOwnQuestionDecision } from "@/lib/moderation/appeals/queries";
import { getModeratorView } from "@/lib/moderation/queries";
import { browseQuestions } from "@/lib/questions/browse/queries";
import { getQuestionDetail } from "@/lib/questions/queries";
import { browseSchema } from "@/lib/questions/schemas";
import { ReferenceCache, referenceCache, stopReferenceListener } from "@/lib/reference/cache";
import { listDistricts } from "@/lib/reference/queries";
import { listThemesToBrowse } from "@/lib/themes/queries";
import { countQueries } from "../support/query-counter";
import { createOrganisation, createQuestion, createUser } from "../support/fixtures";

const LIST_PAGE_LIMIT = 4;
const QUESTION_PAGE_LIMIT = 6;

/** What the root layout reads for this request: the actor (from its session claims), nothing for a visitor. */
async function layoutActor(claims: { userId: string; sessionId: string } | null): Promise<Actor | null> {
  if (!claims) return null;
  const actor = await loadActor({ ...claims, sessionVersion: 0 });
  // The layout counts the moderation queue for moderators only; a citizen's header reads nothing more.
  expect(isModerator(actor)).toBe(false);
  return actor;
}

/** The question list's reads, as app/questions/page.tsx makes them. */
async function listPage(claims: { userId: string; sessionId: string } | null, url: Record<string, string>) {
  await layoutActor(claims);
  const params = browseSchema.parse(url);
  const [result] = await Promise.all([browseQuestions(params), listThemesToBrowse(), listDistricts()]);
  return result;
}

/** A question page's reads, as app/questions/[id]/page.tsx makes them (generateMetadata's repeat is cached). */
async function questionPage(claims: { userId: string; sessionId: string } | null, id: string) {
  const actor = await layoutActor(claims);
  const question = await getQuestionDetail(id, actor);
  if (!question) throw new Error("question not visible");
  const [, comments] = await Promise.all([
    getModeratorView(question.id, actor),
    listQuestionComments(question.id, actor, undefined),
    question.viewer.isAuthor && !question.published ? getOwnQuestionDecision(question.id, actor) : null,
  ]);
  return { question, comments };
}

let citizen: { userId: string; sessionId: string };
let questionId: string;
let themeSlug: string;

beforeAll(async () => {
  // A question with everything its pages show: themes, a district, an answer, a status change, comments with
  // more replies than the preview, and a support and a follow by the citizen.
  const author = await createUser({ displayName: "Counted Author" });
  const reader = await createUser({ displayName: "Counted Reader" });
  const session = await db.session.create({ data: { userId: reader.id }, select: { id: true } });
  citizen = { userId: reader.id, sessionId: session.id };
  const organisation = await createOrganisation();
  const question = await createQuestion(author.id, { title: "How many queries does a counted page cost?" });
  questionId = question.id;
  const label = randomUUID().slice(0, 8);
  const themes = await Promise.all(
    [1, 2].map((n) =>
      db.theme.create({
        data: {
          slug: `counted-${n}-${label}`,
          name: `Counted ${n} ${label}`,
          description: "For counting.",
          position: n,
        },
        select: { id: true, slug: true },
      }),
    ),
  );
  themeSlug = themes[0]!.slug;
  const district = await db.district.create({
    data: { slug: `counted-${label}`, name: `Counted ${label}`, kind: "district" },
    select: { id: true },
  });
  await db.question.update({
    where: { id: questionId },
    data: {
      districtId: district.id,
      status: "answered",
      themes: { create: themes.map((t) => ({ themeId: t.id })) },
    },
  });
  await db.response.create({
    data: { questionId, organisationId: organisation.id, authorId: author.id, body: "Here is our answer." },
  });
  await db.statusChange.create({
    data: { questionId, fromStatus: "open", toStatus: "answered", actorId: author.id, note: "Answered." },
  });
  for (let i = 0; i < 3; i++) {
    const parent = await db.comment.create({
      data: { questionId, authorId: reader.id, body: `Comment ${i}`, moderation: "approved" },
    });
    for (let r = 0; r < 5; r++) {
      await db.comment.create({
        data: { questionId, parentId: parent.id, authorId: author.id, body: `Reply ${r}`, moderation: "approved" },
      });
    }
  }
  await db.vote.create({ data: { userId: reader.id, questionId } });
  await db.follow.create({ data: { userId: reader.id, questionId } });
  // The session was just seen (as on every request within the minute), and the cache is listening and warm:
  // the steady state of a running server.
  expect(await referenceCache().listen()).toBe(true);
  await Promise.all([listThemesToBrowse(), listDistricts()]);
});

afterAll(async () => {
  await stopReferenceListener();
});

describe("GET /questions", () => {
  for (const [who, signedIn] of [
    ["a visitor", false],
    ["a signed-in citizen", true],
  ] as const) {
    for (const [what, url] of [
      ["the first page", {}],
      ["a theme, newest first", { sort: "newest", theme: "__theme__" }],
      ["a search", { q: "counted page" }],
    ] as const) {
      it(`costs ${who} at most ${LIST_PAGE_LIMIT} statements: ${what}`, async () => {
        const params = Object.fromEntries(Object.entries(url).map(([k, v]) => [k, v === "__theme__" ? themeSlug : v]));
        const { result, statements } = await countQueries(() => listPage(signedIn ? citizen : null, params));
        expect(result.items.map((q) => q.id)).toContain(questionId);
        const item = result.items.find((q) => q.id === questionId)!;
        expect(item.themes.length).toBe(2);
        expect(item.district).not.toBeNull();
        expect(item.answeredBy).toHaveLength(1);
        expect(statements.length, statements.join("\n---\n")).toBeLessThanOrEqual(LIST_PAGE_LIMIT);
      });
    }
  }
});

describe("GET /questions/<id>", () => {
  it(`costs a visitor at most ${QUESTION_PAGE_LIMIT} statements`, async () => {
    const { result, statements } = await countQueries(() => questionPage(null, questionId));
    expect(result.question.responses).toHaveLength(1);
    expect(result.question.timeline).toHaveLength(1);
    expect(result.comments.items).toHaveLength(3);
    expect(result.comments.items.every((c) => c.replies.length === 3 && c.moreReplies)).toBe(true);
    expect(result.question.viewer).toMatchObject({ supports: false, following: false });
    expect(statements.length, statements.join("\n---\n")).toBeLessThanOrEqual(QUESTION_PAGE_LIMIT);
  });

  it(`costs a signed-in citizen at most ${QUESTION_PAGE_LIMIT} statements, their support and follow included`, async () => {
    const { result, statements } = await countQueries(() => questionPage(citizen, questionId));
    expect(result.question.viewer).toMatchObject({ supports: true, following: true, isAuthor: false });
    expect(result.comments.items[0]?.viewer.isAuthor).toBe(true);
    expect(statements.length, statements.join("\n---\n")).toBeLessThanOrEqual(QUESTION_PAGE_LIMIT);
  });
});

describe("the reference data cache", () => {
  /** Polls until `check` holds (a notification arrives asynchronously, after the writer's commit). */
  async function eventually(check: () => Promise<boolean>): Promise<void> {
    const deadline = Date.now() + 5_000;
    while (!(await check())) {
      if (Date.now() > deadline) throw new Error("timed out");
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  it("is dropped on every instance when a theme or a district changes, by whatever writes it", async () => {
    // Two instances: two caches, each with its own listening connection, as two server processes have.
    const instances = [new ReferenceCache(process.env.DATABASE_URL), new ReferenceCache(process.env.DATABASE_URL)];
    try {
      const themeNames = (cache: ReferenceCache) =>
        cache.get("themes", 60_000, () =>
          db.theme.findMany({ orderBy: { id: "asc" }, select: { id: true, name: true } }),
        );
      const districtNames = (cache: ReferenceCache) =>
        cache.get("districts", 60_000, () => db.district.findMany({ orderBy: { id: "asc" }, select: { name: true } }));
      for (const cache of instances) {
        expect(await cache.listen()).toBe(true);
        await themeNames(cache);
        await districtNames(cache);
      }
      const theme = (await db.theme.findFirstOrThrow({ orderBy: { id: "asc" }, select: { id: true } })).id;
      const renamed = `Renamed ${randomUUID().slice(0, 8)}`;
      // A plain write, not through the theme service: the trigger notifies whoever writes.
      await db.theme.update({ where: { id: theme }, data: { name: renamed } });
      for (const cache of instances) {
        await eventually(async () => (await themeNames(cache)).some((t) => t.name === renamed));
      }
      const district = await db.district.create({
        data: {
          slug: `counted-${randomUUID().slice(0, 8)}`,
          name: `Counted ${randomUUID().slice(0, 8)}`,
          kind: "district",
        },
      });
      for (const cache of instances) {
        await eventually(async () => (await districtNames(cache)).some((d) => d.name === district.name));
      }
      // Unchanged data stays cached: once read again after the drops, a second read sends nothing.
      await themeNames(instances[0]!);
      const { statements } = await countQueries(() => themeNames(instances[0]!));
      expect(statements).toEqual([]);
    } finally {
      await Promise.all(instances.map((cache) => cache.stop()));
    }
  });

  it("reads through while it cannot listen, so a missed notification never leaves a stale value", async () => {
    const unreachable = new ReferenceCache("postgresql://nobody:nothing@127.0.0.1:1/none");
    try {
      expect(await unreachable.listen()).toBe(false);
      let loads = 0;
      const load = async () => ++loads;
      await unreachable.get("n", 60_000, load);
      await unreachable.get("n", 60_000, load);
      expect(loads).toBe(2);
    } finally {
      await unreachable.stop();
    }
  });
});
