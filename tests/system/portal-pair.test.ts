// Issue 17, points 4 and 5, at a scale `npm test` can afford: the production build served twice against one
// PostgreSQL behind a round-robin proxy (tests/system/support/portal-pair.ts). Both servers serve and share their
// rate limits and sessions. Under mixed reads and supports from 30 connections (the issue's 100 for 60 s is for a
// machine of its own), the database is stopped for 10 s in the middle: nothing fails before or after, every
// request in the gap is answered at once with a 503 and health says "degraded", the portal serves again within
// 5 s of the database, and every acknowledged support is exactly one row.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromium } from "@playwright/test";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { PAGE_CACHE_HEADER } from "@/lib/page-cache/policy";
import { PASSWORD, SERVED_BY_HEADER, startPortalPair, type PortalPair } from "./support/portal-pair";
import {
  formFields,
  get,
  postForm,
  serverActionId,
  sessionCookieFrom,
  setSupport,
  type Answer,
} from "./support/requests";

/** Load before the database stops, and after the portal has had its 5 s to recover. */
const STEADY_SECONDS = Number(process.env.SYSTEM_LOAD_SECONDS) || 8;
const AFTER_SECONDS = 4;
const LOAD_CONNECTIONS = Number(process.env.SYSTEM_LOAD_CONNECTIONS) || 30;
/** The issue's gap: the database is away this long. */
const OUTAGE_MS = 10_000;
/**
 * A request in the gap must be answered within this: a "fail fast" (a 503 takes milliseconds on a quiet machine),
 * with margin for a starved one. The probes, one at a time, get the issue's 2 s; the load's requests, thirty at
 * once from the same test process while the servers log the renders the stop cut short, get 3 s.
 */
const FAIL_FAST_MS = 2_000;
const FAIL_FAST_UNDER_LOAD_MS = 3_000;
/** The portal must serve again within this of the database being back. */
const RECOVERY_MS = 5_000;
const UNAVAILABLE = "Sorry, the service is unavailable";
const WRONG_CREDENTIALS = "Enter a correct email address and password";

let pair: PortalPair;
let supportAction: string;

beforeAll(async () => {
  pair = await startPortalPair({ citizens: LOAD_CONNECTIONS + 3, questions: 20 });
  supportAction = await serverActionId("app/questions/actions.ts", "setSupportAction");
}, 240_000);

afterAll(async () => {
  await pair?.close();
}, 60_000);

/** Every support the database holds, as "user|question". */
async function votesHeld(): Promise<Set<string>> {
  const rows = await pair.query<{ user_id: string; question_id: string }>("SELECT user_id, question_id FROM vote");
  return new Set(rows.map((row) => `${row.user_id}|${row.question_id}`));
}

/** Questions whose stored support count is not the number of their vote rows (a support counted twice, or lost). */
async function miscountedQuestions(): Promise<unknown[]> {
  return pair.query(
    `SELECT q.id, q.support_count, count(v.user_id)::int AS votes
       FROM question q LEFT JOIN vote v ON v.question_id = q.id
      GROUP BY q.id HAVING q.support_count <> count(v.user_id)`,
  );
}

describe("two servers behind one proxy", () => {
  it("both serve", async () => {
    const answers = await Promise.all([0, 1, 2, 3].map(() => get(`${pair.url}/questions`)));
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200]);
    expect(new Set(answers.map((answer) => answer.headers.get(SERVED_BY_HEADER)))).toEqual(new Set(["0", "1"]));
    for (const server of pair.servers) expect((await get(`${server}/api/health`)).status).toBe(200);
  });

  it("count one rate limit together: ten wrong passwords for an account, whichever server gets them", async () => {
    const signInPage = await get(`${pair.url}/sign-in`);
    const fields = formFields(signInPage.body, 'name="password"');
    const email = pair.citizens[0]!.email;
    // Twelve at once, handed out in turn: six to each server. Were the count kept per server, each would see six
    // (under its ten) and refuse none.
    const answers = await Promise.all(
      Array.from({ length: 12 }, () =>
        postForm(`${pair.url}/sign-in`, [...fields, ["email", email], ["password", "not the password"]]),
      ),
    );
    const servedBy = answers.map((answer) => answer.headers.get(SERVED_BY_HEADER));
    expect(servedBy.filter((index) => index === "0")).toHaveLength(6);
    const refusedAsWrong = answers.filter((answer) => answer.body.includes(WRONG_CREDENTIALS)).length;
    const refusedAsTooMany = answers.filter((answer) => answer.body.includes("too many times")).length;
    expect({ refusedAsWrong, refusedAsTooMany }).toEqual({ refusedAsWrong: 10, refusedAsTooMany: 2 });
  });

  it("honour a sign-out on one server on the other", async () => {
    const [first, second] = pair.servers as [string, string];
    const person = pair.citizens[1]!;
    await pair.query(
      `UPDATE "user" SET password_hash = (SELECT password_hash FROM "user" WHERE id = $1) WHERE id = $2`,
      [pair.citizens[0]!.id, person.id],
    );
    const fields = formFields((await get(`${first}/sign-in`)).body, 'name="password"');
    const signedIn = await postForm(`${first}/sign-in`, [...fields, ["email", person.email], ["password", PASSWORD]]);
    const cookie = sessionCookieFrom(signedIn.headers);
    expect(cookie, `sign-in answered ${signedIn.status}`).not.toBeNull();

    const accountOnSecond = await get(`${second}/account`, { Cookie: cookie! });
    expect(accountOnSecond.status).toBe(200);
    expect(accountOnSecond.body).toContain(person.email);

    const home = await get(`${first}/`, { Cookie: cookie! });
    const signedOut = await postForm(`${first}/`, formFields(home.body, "Sign out"), { Cookie: cookie! });
    expect(signedOut.status).toBeLessThan(400);

    // The same cookie, kept by someone who copied it, on the other server.
    const afterSignOut = await get(`${second}/account`, { Cookie: cookie! });
    expect(afterSignOut.status).toBe(307);
    expect(afterSignOut.headers.get("location")).toContain("/sign-in");
  });
});

/** Runs an INSERT … RETURNING id and gives the id. */
async function insertedId(sql: string, params: unknown[]): Promise<string> {
  const [row] = await pair.query<{ id: string }>(sql, params);
  return row!.id;
}

describe("event signals across the two servers", () => {
  // Issue 18, point 6: the signals travel through Postgres LISTEN/NOTIFY, so a page served by one instance hears a
  // change made through the other.
  it("carry a question approved through one server to a stream opened on the other within 2 s", async () => {
    const [first, second] = pair.servers as [string, string];
    // The last citizen takes no part in the load below: made a moderator who facilitates the event.
    const facilitator = pair.citizens[pair.citizens.length - 1]!;
    await pair.query(`UPDATE "user" SET platform_role = 'moderator' WHERE id = $1`, [facilitator.id]);
    const eventId = await insertedId(
      `INSERT INTO event (id, title, description, kind, starts_at, ends_at, place, organiser_id, join_code,
                          accepting_questions, updated_at)
       VALUES (gen_random_uuid(), 'Two-server workshop', 'Signals between instances.', 'school_workshop',
               now() - interval '1 hour', now() + interval '1 hour', 'Basildon', $1, 'QWERTY', true, now())
       RETURNING id`,
      [facilitator.id],
    );
    await pair.query(`INSERT INTO event_facilitator (event_id, user_id) VALUES ($1, $2)`, [eventId, facilitator.id]);
    const participantId = await insertedId(
      `INSERT INTO event_participant (id, event_id, nickname, age_band, token_hash)
       VALUES (gen_random_uuid(), $1, 'Curious Heron 4', 'under_16', repeat('a', 64)) RETURNING id`,
      [eventId],
    );
    const roomQuestionId = await insertedId(
      `INSERT INTO event_question (id, event_id, participant_id, text, asked_by_under_18)
       VALUES (gen_random_uuid(), $1, $2, 'Could the school have its own weather station?', true) RETURNING id`,
      [eventId, participantId],
    );

    const stream = await fetch(`${second}/api/events/${eventId}/signals`, { headers: { Accept: "text/event-stream" } });
    expect(stream.status).toBe(200);
    expect(stream.headers.get("content-type")).toContain("text/event-stream");
    const reader = stream.body!.pipeThrough(new TextDecoderStream()).getReader();
    let received = "";
    const until = async (text: string, within: number): Promise<boolean> => {
      const deadline = Date.now() + within;
      while (!received.includes(text)) {
        const left = deadline - Date.now();
        if (left <= 0) return false;
        const chunk = await Promise.race([reader.read(), sleep(left).then(() => null)]);
        if (!chunk || chunk.done) return received.includes(text);
        received += chunk.value;
      }
      return true;
    };
    try {
      expect(await until("event: ready", 10_000)).toBe(true);
      const consolePage = await get(`${first}/events/${eventId}/console`, { Cookie: facilitator.cookie });
      expect(consolePage.status).toBe(200);
      // The only question waiting, so the only "Approve question …" button (React splits the text from its number).
      const fields = formFields(consolePage.body, "Approve question");

      const started = Date.now();
      const approving = postForm(`${first}/events/${eventId}/console`, fields, { Cookie: facilitator.cookie });
      const heard = await until("event: changed", 2_000);
      const elapsed = Date.now() - started;
      expect((await approving).status).toBe(200);
      expect(heard, `no signal within 2 s; the stream said: ${received}`).toBe(true);
      expect(elapsed).toBeLessThan(2_000);
      const [row] = await pair.query<{ moderation: string }>(`SELECT moderation FROM event_question WHERE id = $1`, [
        roomQuestionId,
      ]);
      expect(row!.moderation).toBe("approved");
    } finally {
      await reader.cancel().catch(() => undefined);
    }
  });
});

/** One request of the load: what it was, when it started and ended, and how it was answered (0: no answer). */
interface LoadRequest {
  kind: "support" | "list" | "question";
  start: number;
  end: number;
  status: number;
  /** For a support the server acknowledged: "user|question". */
  acknowledged?: string;
}

/**
 * Mixed reads and supports from `connections` people at once through the proxy, until `running()` says stop: each
 * person supports questions (well under the support limit, 120 a minute) and reads the list and questions.
 */
async function mixedLoad(running: () => boolean, connections: number): Promise<LoadRequest[]> {
  const requests: LoadRequest[] = [];
  await Promise.all(
    pair.citizens.slice(2, 2 + connections).map(async (citizen, index) => {
      for (let turn = index; running(); turn++) {
        const questionId = pair.questionIds[(turn * 7) % pair.questionIds.length]!;
        const kind = (["support", "list", "question"] as const)[turn % 3]!;
        const start = Date.now();
        let status = 0;
        let acknowledged: string | undefined;
        try {
          if (kind === "support") {
            const answer = await setSupport(pair.url, supportAction, citizen.cookie, questionId);
            status = answer.status;
            if (answer.acknowledged) acknowledged = `${citizen.id}|${questionId}`;
          } else {
            const path = kind === "list" ? "/questions" : `/questions/${questionId}`;
            status = (await get(`${pair.url}${path}`, { Cookie: citizen.cookie })).status;
          }
        } catch {
          // no answer at all: recorded as status 0
        }
        requests.push({ kind, start, end: Date.now(), status, acknowledged });
        // A client told "unavailable" waits a moment (as Retry-After asks, but shorter), rather than spinning.
        if (status === 503) await sleep(500);
      }
    }),
  );
  return requests;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Requests that were not answered as expected, as "kind status" with how many. */
function tally(requests: LoadRequest[], expected: (status: number) => boolean): Record<string, number> {
  const wrong: Record<string, number> = {};
  for (const r of requests.filter((r) => !expected(r.status))) {
    wrong[`${r.kind} ${r.status}`] = (wrong[`${r.kind} ${r.status}`] ?? 0) + 1;
  }
  return wrong;
}

describe("the visitors' page cache on the two servers", () => {
  const nonceOfAnswer = (answer: { headers: Headers }) =>
    answer.headers.get("content-security-policy")?.match(/'nonce-([^']+)'/)?.[1];
  /**
   * `take` until `done` says yes, at most five times. The servers' own jobs write to tables the public pages show
   * (a priorities snapshot, say), and each such write rightly empties the caches, so a single try could meet one.
   */
  async function untilSettled<T>(take: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
    let value = await take();
    for (let attempt = 1; attempt < 5 && !done(value); attempt += 1) value = await take();
    return value;
  }
  const describeAnswer = (answer: Answer) =>
    `${answer.status} ${JSON.stringify(Object.fromEntries(answer.headers.entries()))}`;

  it("serves a visitor's page from one render, each answer under its own nonce; never a signed-in person", async () => {
    const [first] = pair.servers as [string, string];
    const page = `${first}/questions/${pair.questionIds[0]}`;
    const answers = await untilSettled(
      async () => [await get(page), await get(page), await get(page)],
      (three) => three.slice(1).every((answer) => answer.headers.get(PAGE_CACHE_HEADER) === "hit"),
    );
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200]);
    expect(answers.slice(1).map((answer) => answer.headers.get(PAGE_CACHE_HEADER))).toEqual(["hit", "hit"]);
    const nonces = answers.map(nonceOfAnswer);
    expect(new Set(nonces).size).toBe(3);
    for (const [index, answer] of answers.entries()) {
      // Every script and style the page carries is under this answer's nonce, and no other nonce is left in it.
      const inPage = [...answer.body.matchAll(/nonce="([^"]+)"/g)].map((match) => match[1]);
      expect(inPage.length).toBeGreaterThan(0);
      expect(new Set(inPage)).toEqual(new Set([nonces[index]]));
      // Nor in its headers: the preload Link header carries the nonce too.
      const headerText = [...answer.headers.entries()].map(([name, value]) => `${name}: ${value}`).join("\n");
      expect(headerText).toContain(`nonce="${nonces[index]}"`);
      for (const other of nonces.filter((nonce) => nonce !== nonces[index])) {
        expect(answer.body).not.toContain(other);
        expect(headerText).not.toContain(other);
      }
    }
    const signedIn = await get(page, { Cookie: pair.citizens[2]!.cookie });
    expect(signedIn.status).toBe(200);
    expect(signedIn.headers.get(PAGE_CACHE_HEADER)).toBeNull();
    expect(signedIn.body).toContain("Sign out");
    expect(answers[2]!.body).not.toContain("Sign out");
  });

  it("answers an address that is no such thing from the one render it made for the cache, without keeping it", async () => {
    const [first] = pair.servers as [string, string];
    const address = `${first}/commitments/00000000-0000-4000-8000-000000000000`;
    const missing = await untilSettled(
      () => get(address),
      (answer) => answer.headers.get(PAGE_CACHE_HEADER) === "rendered",
    );
    // The portal's own not-found page, which search engines are asked not to keep.
    expect(missing.status).toBe(200);
    expect(missing.body).toContain("Page not found");
    expect(missing.body).toMatch(/<meta name="robots" content="noindex/);
    expect(missing.headers.get(PAGE_CACHE_HEADER), describeAnswer(missing)).toBe("rendered");
    const nonce = nonceOfAnswer(missing);
    expect(new Set([...missing.body.matchAll(/nonce="([^"]+)"/g)].map((match) => match[1]))).toEqual(new Set([nonce]));
    // Not kept, so a scan of made-up addresses cannot push real pages out: the next answer is never a cached one.
    expect((await get(address)).headers.get(PAGE_CACHE_HEADER)).not.toBe("hit");
  });

  it("drops a hidden question from both servers' caches at once", async () => {
    const [first, second] = pair.servers as [string, string];
    // A question the list shows on its first page.
    const listed = (await get(`${first}/questions`)).body;
    const titles = await pair.query<{ id: string; title: string }>(
      `SELECT id, title FROM question WHERE id = ANY($1::uuid[])`,
      [pair.questionIds.slice(1)],
    );
    const { id: questionId, title } = titles.find((question) => listed.includes(question.title))!;
    for (const server of [first, second]) {
      const cached = await untilSettled(
        async () => {
          await get(`${server}/questions`);
          return get(`${server}/questions`);
        },
        (answer) => answer.headers.get(PAGE_CACHE_HEADER) === "hit",
      );
      expect(cached.headers.get(PAGE_CACHE_HEADER)).toBe("hit");
      expect(cached.body).toContain(title);
    }
    // A moderator's hiding, as plain SQL: the trigger tells every instance, however the write is made.
    await pair.query(`UPDATE question SET moderation = 'hidden' WHERE id = $1`, [questionId]);
    for (const server of [first, second]) {
      const deadline = Date.now() + 1_000;
      let list = await get(`${server}/questions`);
      while (list.body.includes(title) && Date.now() < deadline) list = await get(`${server}/questions`);
      expect(list.body).not.toContain(title);
      expect((await get(`${server}/questions/${questionId}`)).body).not.toContain(title);
    }
    await pair.query(`UPDATE question SET moderation = 'approved' WHERE id = $1`, [questionId]);
  });
});

describe(`under load from ${LOAD_CONNECTIONS} connections, with the database stopped for 10 s in the middle`, () => {
  it("no 5xx but 503s in the gap, fast; health degraded; back within 5 s; every acknowledged support one row", async () => {
    let loading = true;
    const load = mixedLoad(() => loading, LOAD_CONNECTIONS);
    await sleep(STEADY_SECONDS * 1000);

    const stopAsked = Date.now();
    await pair.stopDatabase();
    const stoppedAt = Date.now();
    // The servers hear of the stop from their watcher connections, which the database ended as it stopped; give
    // a starved machine a moment to read that before counting a request as "in the gap".
    const gapFrom = stoppedAt + 500;
    await sleep(500);
    // Chromium (for the accessibility check of the 503 page) starts while the database is away.
    const browser = chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined),
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
    });
    const probeQuestion = pair.questionIds[19]!;
    const supporterInGap = pair.citizens[0]!;
    try {
      // Every kind of request, on each server directly, until the gap is nearly over.
      const slow: string[] = [];
      const unexpected: string[] = [];
      let checks = 0;
      while (Date.now() - stoppedAt < OUTAGE_MS - 1_500) {
        for (const server of pair.servers) {
          const answers = {
            page: await get(`${server}/questions/${probeQuestion}`),
            health: await get(`${server}/api/health`),
            api: await get(`${server}/api/questions/similar?title=street%20lights`),
            support: await setSupport(server, supportAction, supporterInGap.cookie, probeQuestion),
          };
          for (const [kind, answer] of Object.entries(answers)) {
            if (answer.ms > FAIL_FAST_MS) slow.push(`${kind} on ${server}: ${Math.round(answer.ms)} ms`);
            if (answer.status !== 503) unexpected.push(`${kind} on ${server}: ${answer.status}`);
          }
          if (!answers.page.body.includes(UNAVAILABLE)) unexpected.push(`page on ${server} without "${UNAVAILABLE}"`);
          if (answers.page.headers.get("retry-after") === null)
            unexpected.push(`page on ${server} without Retry-After`);
          if (JSON.parse(answers.health.body).status !== "degraded")
            unexpected.push(`health on ${server} not degraded`);
          checks++;
        }
        await sleep(250);
      }
      expect(checks).toBeGreaterThan(2);
      expect(unexpected).toEqual([]);
      expect(slow).toEqual([]);

      const page = await (await browser).newPage();
      const shown = await page.goto(`${pair.servers[0]}/questions`);
      expect(shown?.status()).toBe(503);
      await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe(UNAVAILABLE);
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await (await browser).close();
    }

    await sleep(OUTAGE_MS - (Date.now() - stoppedAt));
    await pair.startDatabase();
    const backAt = Date.now();
    // Each server, by itself (no restart): pages and health again. Measured to when the first request that
    // succeeded was sent, not to its answer: under load an answer takes its time, recovered or not.
    const recovered = await Promise.all(
      pair.servers.map(async (server) => {
        while (Date.now() - backAt < RECOVERY_MS + 10_000) {
          const sent = Date.now();
          const [page, health] = await Promise.all([get(`${server}/questions`), get(`${server}/api/health`)]);
          if (page.status === 200 && health.status === 200 && JSON.parse(health.body).status === "ok") {
            return sent - backAt;
          }
          await sleep(100);
        }
        return Infinity;
      }),
    );
    await sleep(Math.max(0, backAt + RECOVERY_MS + AFTER_SECONDS * 1000 - Date.now()));
    loading = false;
    const requests = await load;

    // Before the stop and from 5 s after the database is back: no failure. In the gap: 503, and fast. Requests
    // under way as the database stopped or came back may have gone either way.
    const before = requests.filter((r) => r.end < stopAsked);
    const inGap = requests.filter((r) => r.start >= gapFrom && r.end <= backAt);
    const after = requests.filter((r) => r.start >= backAt + RECOVERY_MS);
    const acknowledged = requests.flatMap((r) => (r.acknowledged ? [r.acknowledged] : []));
    const changing = requests.filter((r) => !before.includes(r) && !inGap.includes(r) && !after.includes(r));
    const asItStopped = changing.filter((r) => r.start < gapFrom);
    const asItReturned = changing.filter((r) => r.start >= gapFrom);
    console.log(
      `load: ${requests.length} requests from ${LOAD_CONNECTIONS} connections (${before.length} before the stop, ` +
        `${inGap.length} in the gap, ${after.length} after recovery), ${acknowledged.length} supports ` +
        `acknowledged; servers answered again ${recovered.map((ms) => `${ms} ms`).join(" and ")} after the ` +
        `database; slowest answer in the gap ${Math.max(0, ...inGap.map((r) => r.end - r.start))} ms; ` +
        `under way as it stopped: ${JSON.stringify(tally(asItStopped, () => false))}; ` +
        `as it returned: ${JSON.stringify(tally(asItReturned, () => false))}`,
    );
    for (const ms of recovered) expect(ms).toBeLessThanOrEqual(RECOVERY_MS);
    expect(before.length).toBeGreaterThan(0);
    expect(inGap.length).toBeGreaterThan(0);
    expect(after.length).toBeGreaterThan(0);
    expect(tally(before, (status) => status === 200)).toEqual({});
    expect(tally(after, (status) => status === 200)).toEqual({});
    expect(tally(inGap, (status) => status === 503)).toEqual({});
    expect(
      inGap.filter((r) => r.end - r.start > FAIL_FAST_UNDER_LOAD_MS).map((r) => `${r.kind} ${r.end - r.start} ms`),
    ).toEqual([]);
    // Each support is acknowledged or refused outright: none acknowledged outside the changes that is not kept.
    expect(before.filter((r) => r.kind === "support" && !r.acknowledged)).toEqual([]);
    expect(after.filter((r) => r.kind === "support" && !r.acknowledged)).toEqual([]);
    expect(before.some((r) => r.acknowledged) && after.some((r) => r.acknowledged)).toBe(true);

    // No acknowledged write lost, none doubled (the stored counts agree with the rows), none made in the gap.
    const held = await votesHeld();
    expect(acknowledged.filter((vote) => !held.has(vote))).toEqual([]);
    expect(await miscountedQuestions()).toEqual([]);
    expect(held.has(`${supporterInGap.id}|${probeQuestion}`)).toBe(false);

    // The job queue (pg-boss, in each server's process) is working again too: an emailed sign-in link asked for
    // now is sent (captured, in tests) by a worker.
    const linkFor = pair.citizens[LOAD_CONNECTIONS + 2]!.email;
    const linkPage = await get(`${pair.url}/sign-in/email-link`);
    const asked = await postForm(`${pair.url}/sign-in/email-link`, [
      ...formFields(linkPage.body, 'name="email"'),
      ["email", linkFor],
    ]);
    expect(asked.status).toBeLessThan(500);
    const mailDeadline = Date.now() + 30_000;
    let mails = 0;
    while (mails === 0 && Date.now() < mailDeadline) {
      await sleep(250);
      const [row] = await pair.query<{ mails: number }>(
        "SELECT count(*)::int AS mails FROM captured_mail WHERE to_address = $1",
        [linkFor],
      );
      mails = row?.mails ?? 0;
    }
    expect(mails).toBe(1);
  }, 180_000);
});

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** WCAG 2.2 AA violations axe finds on the page (as tests/e2e/support/axe.ts runs it). */
async function axeViolations(page: import("@playwright/test").Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (tags) => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            context: Document,
            options: object,
          ) => Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    const results = await axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] });
    return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  }, WCAG_TAGS);
}
