// The page cache's store against real PostgreSQL (lib/page-cache/store.ts, migration
// 20261127021500_public_pages_notify): one render serves every visitor at once; every instance drops its pages when
// anything a public page shows is written, by whatever writes it; a support does not; a render begun before a
// change is never kept; and without a listening connection nothing is served from the cache.
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { supportQuestion } from "@/lib/questions/service";
import { splitAtNonce, withNonce } from "@/lib/page-cache/policy";
import { PageCache, type RenderPage } from "@/lib/page-cache/store";
import { actorOf, createQuestion, createUser } from "../support/fixtures";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function eventually(check: () => boolean): Promise<void> {
  const deadline = Date.now() + 5_000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error("timed out");
    await sleep(20);
  }
}

/** A render that counts its calls and can be held open, standing in for the server rendering a page. */
function renderer(delayMs = 0, status = 200) {
  const calls: string[] = [];
  const render: RenderPage = async (key) => {
    calls.push(key);
    if (delayMs) await sleep(delayMs);
    const parts = splitAtNonce(`<p nonce="rendered">${key} #${calls.length}</p>`, "rendered");
    return { page: { status, parts, headers: [] }, keep: status === 200 };
  };
  return { calls, render };
}

const caches: PageCache[] = [];
function cache(render: RenderPage, limits?: { freshMs: number; servableMs: number; maxBytes: number }): PageCache {
  const made = new PageCache(process.env.DATABASE_URL, render, limits);
  caches.push(made);
  return made;
}

afterEach(async () => {
  await Promise.all(caches.splice(0).map((made) => made.stop()));
});

let authorId: string;
let supporterId: string;
let questionId: string;

beforeAll(async () => {
  authorId = (await createUser()).id;
  supporterId = (await createUser()).id;
  questionId = (await createQuestion(authorId)).id;
});

describe("the page cache", () => {
  it("renders a page once for many visitors at once, then serves it", async () => {
    const { calls, render } = renderer(100);
    const pages = cache(render);
    const answers = await Promise.all(Array.from({ length: 20 }, () => pages.page("/questions")));
    expect(calls).toEqual(["/questions"]);
    expect(answers.every((answer) => answer?.page === answers[0]?.page)).toBe(true);
    expect((await pages.page("/questions"))?.served).toBe("hit");
    await pages.page("/questions?q=bus");
    expect(calls).toEqual(["/questions", "/questions?q=bus"]);
  });

  it("is dropped on every instance when a question changes, whoever writes it", async () => {
    const instances = [cache(renderer().render), cache(renderer().render)];
    for (const pages of instances) await pages.page("/questions");
    // A plain write, not through a service: the trigger tells every instance.
    await db.question.update({ where: { id: questionId }, data: { title: "A title changed by hand" } });
    for (const pages of instances) await eventually(() => pages.size === 0);
    for (const pages of instances) expect(pages.drops).toBeGreaterThanOrEqual(1);
  });

  it("is dropped when an answer, a comment, a commitment or a person's name is written", async () => {
    const pages = cache(renderer().render);
    const writes: (() => Promise<unknown>)[] = [
      () => db.$executeRaw`UPDATE "user" SET display_name = 'Renamed Person' WHERE id = ${authorId}::uuid`,
      () =>
        db.comment.create({
          data: { questionId, authorId: supporterId, body: "A comment", moderation: "approved" },
        }),
      () => db.$executeRaw`UPDATE question SET status = 'answered' WHERE id = ${questionId}::uuid`,
    ];
    for (const write of writes) {
      await pages.page("/");
      const drops = pages.drops;
      await write();
      await eventually(() => pages.drops > drops);
    }
  });

  it("is not dropped by a support, which only moves counts that may lag by seconds", async () => {
    await db.$executeRaw`UPDATE question SET status = 'open' WHERE id = ${questionId}::uuid`;
    const pages = cache(renderer().render);
    await pages.page("/");
    await sleep(200);
    const drops = pages.drops;
    await supportQuestion(await actorOf(supporterId), questionId);
    // A session's sign-in time or a rate limit is no public page's business either.
    await db.$executeRaw`UPDATE "user" SET updated_at = now() WHERE id = ${supporterId}::uuid`;
    await sleep(500);
    expect(pages.drops).toBe(drops);
    expect((await pages.page("/"))?.served).toBe("hit");
  });

  it("never keeps a render that began before a change", async () => {
    const { calls, render } = renderer(300);
    const pages = cache(render);
    await pages.page("/warm");
    const during = pages.page("/questions");
    await sleep(50);
    await db.question.update({ where: { id: questionId }, data: { title: "Changed while it rendered" } });
    // The render in flight finishes after the drop: the waiting request renders for itself instead.
    expect(await during).toBeNull();
    await pages.page("/questions");
    expect(calls.filter((key) => key === "/questions")).toHaveLength(2);
  });

  it("serves a page past its freshness while one request renders it again", async () => {
    const { calls, render } = renderer(100);
    const pages = cache(render, { freshMs: 100, servableMs: 5_000, maxBytes: 1_000_000 });
    await pages.page("/questions");
    await sleep(150);
    const [first, second] = await Promise.all([pages.page("/questions"), pages.page("/questions")]);
    expect([first?.served, second?.served]).toEqual(["stale", "stale"]);
    await eventually(() => calls.length === 2);
    await sleep(150);
    const page = (await pages.page("/questions"))!.page;
    expect(withNonce(page.parts, "fresh").toString()).toBe('<p nonce="fresh">/questions #2</p>');
  });

  it("keeps within its size, dropping the least recently read first", async () => {
    const pages = cache(renderer().render, { freshMs: 60_000, servableMs: 60_000, maxBytes: 45 });
    await pages.page("/a");
    await pages.page("/b");
    await pages.page("/a");
    await pages.page("/c");
    expect(pages.size).toBe(2);
    expect((await pages.page("/a"))?.served).toBe("hit");
    expect((await pages.page("/b"))?.served).toBe("rendered");
  });

  it("gives a page it may not keep (not found) to the visitors who waited for it, and keeps nothing", async () => {
    const { calls, render } = renderer(100, 404);
    const pages = cache(render);
    const answers = await Promise.all(Array.from({ length: 5 }, () => pages.page("/questions/unknown")));
    expect(calls).toHaveLength(1);
    expect(answers.map((answer) => [answer?.page.status, answer?.served])).toEqual(
      Array.from({ length: 5 }, () => [404, "rendered"]),
    );
    expect(pages.size).toBe(0);
    await pages.page("/questions/unknown");
    expect(calls).toHaveLength(2);
  });

  it("serves nothing while it cannot listen for changes", async () => {
    const { calls, render } = renderer();
    const pages = new PageCache("postgres://nobody:wrong@127.0.0.1:1/none", render);
    try {
      expect(await pages.page("/questions")).toBeNull();
      expect(calls).toEqual([]);
    } finally {
      await pages.stop();
    }
  });
});
