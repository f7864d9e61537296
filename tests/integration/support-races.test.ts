// "I support this" under real concurrency: however the calls interleave, each question's stored support count
// must equal its vote rows, and its trending score must equal the weights of those rows (never below zero).
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { Conflict, Forbidden, NotFound } from "@/lib/errors";
import { supportQuestion, withdrawSupport } from "@/lib/questions/service";
import { trendingWeight } from "@/lib/votes/trending";
import { createQuestion, createUser, signedInActor } from "../support/fixtures";

/** Many verified citizens at once, as actors. Fresh people each time, so no one meets the support rate limit. */
async function people(n: number): Promise<Actor[]> {
  const ids = Array.from({ length: n }, () => randomUUID());
  await db.user.createMany({
    data: ids.map((id) => ({
      id,
      email: `supporter-${id}@example.com`,
      emailVerifiedAt: new Date(),
      displayName: `Supporter ${id.slice(0, 8)}`,
    })),
  });
  return Promise.all(
    ids.map(async (id) => {
      const actor = await signedInActor(id, 0);
      if (!actor) throw new Error(`no actor for ${id}`);
      return actor;
    }),
  );
}

/** A published question by someone who will not support it. */
async function publishedQuestion(title = "Could the seafront have smart benches that charge phones?") {
  const author = await createUser();
  return createQuestion(author.id, { title });
}

/** The weight of one support given now: the unit the trending score is measured in. */
const oneSupportNow = () => trendingWeight(new Date());

/**
 * Checks the stored count against the vote rows, and the stored trending score against the sum of the rows'
 * weights, to within a hundred-thousandth of one fresh support (floating-point rounding, not a lost vote).
 */
async function expectStoredCountsMatchRows(questionId: string) {
  const question = await db.question.findUniqueOrThrow({
    where: { id: questionId },
    select: { supportCount: true, trendingScore: true },
  });
  const votes = await db.vote.findMany({ where: { questionId }, select: { userId: true, createdAt: true } });
  expect(question.supportCount).toBe(votes.length);
  expect(question.trendingScore).toBeGreaterThanOrEqual(0);
  const weightOfRows = votes.reduce((sum, vote) => sum + trendingWeight(vote.createdAt), 0);
  expect((question.trendingScore - weightOfRows) / oneSupportNow()).toBeCloseTo(0, 5);
  return {
    supportCount: question.supportCount,
    rows: votes.length,
    trendingScore: question.trendingScore,
    voters: new Set(votes.map((v) => v.userId)),
  };
}

/** mulberry32: a small seeded PRNG, so the random run is the same every time. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Runs the tasks with at most `limit` in flight, settling every one. */
async function runLimited<T>(tasks: (() => Promise<T>)[], limit: number): Promise<PromiseSettledResult<T>[]> {
  const results: PromiseSettledResult<T>[] = new Array(tasks.length);
  let next = 0;
  async function worker() {
    while (next < tasks.length) {
      const index = next++;
      try {
        results[index] = { status: "fulfilled", value: await tasks[index]!() };
      } catch (reason) {
        results[index] = { status: "rejected", reason };
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  return results;
}

function rejections(results: PromiseSettledResult<unknown>[]): unknown[] {
  return results.filter((r): r is PromiseRejectedResult => r.status === "rejected").map((r) => r.reason);
}

describe("one person pressing support many times at once", () => {
  it("records one support: 50 simultaneous calls give one vote row and a count of 1", async () => {
    const question = await publishedQuestion();
    const [person] = await people(1);
    const results = await Promise.allSettled(Array.from({ length: 50 }, () => supportQuestion(person!, question.id)));

    expect(rejections(results)).toEqual([]);
    for (const result of results)
      expect(result).toMatchObject({ status: "fulfilled", value: { supportCount: 1, supported: true } });
    const stored = await expectStoredCountsMatchRows(question.id);
    expect(stored.rows).toBe(1);
    expect(stored.supportCount).toBe(1);
    // One support's weight, not fifty.
    expect(stored.trendingScore / oneSupportNow()).toBeCloseTo(1, 3);
  });
});

describe("many people supporting one question at once", () => {
  it("counts 200 simultaneous supporters exactly: count = rows = 200", async () => {
    const question = await publishedQuestion();
    const supporters = await people(200);
    const results = await Promise.allSettled(supporters.map((actor) => supportQuestion(actor, question.id)));

    expect(rejections(results)).toEqual([]);
    // Each call moved the count by one under the row lock, so the counts they saw are exactly 1..200.
    const seen = results.map((r) => (r.status === "fulfilled" ? r.value.supportCount : -1)).sort((a, b) => a - b);
    expect(seen).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));

    const stored = await expectStoredCountsMatchRows(question.id);
    expect(stored.supportCount).toBe(200);
    expect(stored.rows).toBe(200);
    expect(stored.voters).toEqual(new Set(supporters.map((s) => s.id)));
    expect(stored.trendingScore / oneSupportNow()).toBeCloseTo(200, 1);
  });
});

describe("support and withdrawal racing each other", () => {
  it("keeps count = rows when 30 people fire support and withdraw (and some support again) at the same moment", async () => {
    const question = await publishedQuestion();
    const crowd = await people(30);
    const calls = crowd.flatMap((actor, i) =>
      i % 3 === 0
        ? [
            supportQuestion(actor, question.id),
            withdrawSupport(actor, question.id),
            supportQuestion(actor, question.id),
          ]
        : [supportQuestion(actor, question.id), withdrawSupport(actor, question.id)],
    );
    const results = await Promise.allSettled(calls);

    expect(rejections(results)).toEqual([]);
    const stored = await expectStoredCountsMatchRows(question.id);
    expect(stored.supportCount).toBe(stored.rows);
    expect(stored.rows).toBeLessThanOrEqual(30);
    expect(stored.trendingScore).toBeGreaterThanOrEqual(0);
    if (stored.rows === 0) expect(stored.trendingScore / oneSupportNow()).toBeCloseTo(0, 5);
    for (const voter of stored.voters) expect(crowd.some((c) => c.id === voter)).toBe(true);
  });

  it("ends with no supports and a trending score of about zero when every person supports then withdraws, all at once", async () => {
    const question = await publishedQuestion();
    const crowd = await people(30);
    // Each person's own two clicks happen in order; the 30 people race each other.
    const results = await Promise.allSettled(
      crowd.map(async (actor) => {
        await supportQuestion(actor, question.id);
        await withdrawSupport(actor, question.id);
        await supportQuestion(actor, question.id);
        return withdrawSupport(actor, question.id);
      }),
    );

    expect(rejections(results)).toEqual([]);
    const stored = await expectStoredCountsMatchRows(question.id);
    expect(stored.rows).toBe(0);
    expect(stored.supportCount).toBe(0);
    expect(stored.trendingScore).toBeGreaterThanOrEqual(0);
    // About zero, measured against what one support is worth now.
    expect(stored.trendingScore / oneSupportNow()).toBeCloseTo(0, 6);
  });

  // Support adds the weight of the vote's stored (millisecond) time and withdrawal takes back the weight of the
  // same stored value, so nothing is left behind beyond rounding in doubles.
  it("takes back exactly the trending weight a support added when it is withdrawn", async () => {
    const question = await publishedQuestion();
    const [steady, person] = await people(2);
    // A support that stays, so a negative leftover is not hidden by the floor at zero.
    await supportQuestion(steady!, question.id);
    const leftovers: number[] = [];
    for (let cycle = 0; cycle < 20; cycle++) {
      const before = (await db.question.findUniqueOrThrow({ where: { id: question.id } })).trendingScore;
      await supportQuestion(person!, question.id);
      await withdrawSupport(person!, question.id);
      const after = (await db.question.findUniqueOrThrow({ where: { id: question.id } })).trendingScore;
      leftovers.push((after - before) / oneSupportNow());
    }
    // In units of one fresh support; rounding in doubles is far below 1e-12.
    expect(leftovers.filter((leftover) => Math.abs(leftover) >= 1e-12)).toEqual([]);
  });
});

describe("1,000 random supports and withdrawals", () => {
  const PEOPLE = 25;
  const QUESTIONS = 8;
  const OPERATIONS = 1000;

  async function setting(seed: number) {
    const author = await createUser();
    const questions = await Promise.all(
      Array.from({ length: QUESTIONS }, (_, i) =>
        createQuestion(author.id, { title: `Random-run question ${seed}-${i} about smart parking` }),
      ),
    );
    const crowd = await people(PEOPLE);
    const random = mulberry32(seed);
    const operations = Array.from({ length: OPERATIONS }, () => ({
      person: Math.floor(random() * PEOPLE),
      question: Math.floor(random() * QUESTIONS),
      support: random() < 0.6,
    }));
    // 1,000 operations over 25 people is about 40 each: well inside 120 a minute per person.
    const perPerson = new Map<number, number>();
    for (const op of operations) perPerson.set(op.person, (perPerson.get(op.person) ?? 0) + 1);
    expect(Math.max(...perPerson.values())).toBeLessThan(120);
    return { questions, crowd, operations };
  }

  it("keeps every question's count equal to its rows with 20 operations in flight in any order", async () => {
    const { questions, crowd, operations } = await setting(20261125);
    const results = await runLimited<unknown>(
      operations.map(
        (op) => () =>
          op.support
            ? supportQuestion(crowd[op.person]!, questions[op.question]!.id)
            : withdrawSupport(crowd[op.person]!, questions[op.question]!.id),
      ),
      20,
    );

    expect(rejections(results)).toEqual([]);
    let total = 0;
    for (const question of questions) total += (await expectStoredCountsMatchRows(question.id)).rows;
    expect(total).toBe(await db.vote.count({ where: { questionId: { in: questions.map((q) => q.id) } } }));
  });

  it("ends with exactly the supports a one-at-a-time replay predicts when each person's clicks stay in order", async () => {
    const { questions, crowd, operations } = await setting(424242);
    // Each operation waits for the same person's previous one; different people still race, 20 in flight.
    const previous = new Map<number, Promise<unknown>>();
    const tasks = operations.map((op) => {
      const before = previous.get(op.person) ?? Promise.resolve();
      let release!: () => void;
      const done = new Promise<void>((resolve) => (release = resolve));
      previous.set(op.person, done);
      return async () => {
        await before;
        try {
          const actor = crowd[op.person]!;
          const id = questions[op.question]!.id;
          return await (op.support ? supportQuestion(actor, id) : withdrawSupport(actor, id));
        } finally {
          release();
        }
      };
    });
    const results = await runLimited(tasks, 20);
    expect(rejections(results)).toEqual([]);

    const expected = questions.map(() => new Set<string>());
    for (const op of operations) {
      if (op.support) expected[op.question]!.add(crowd[op.person]!.id);
      else expected[op.question]!.delete(crowd[op.person]!.id);
    }
    for (const [i, question] of questions.entries()) {
      const stored = await expectStoredCountsMatchRows(question.id);
      expect(stored.voters).toEqual(expected[i]);
      expect(stored.supportCount).toBe(expected[i]!.size);
    }
  });
});

describe("refusals and idempotence", () => {
  async function storedState(questionId: string) {
    const question = await db.question.findUniqueOrThrow({
      where: { id: questionId },
      select: { supportCount: true, trendingScore: true },
    });
    return { ...question, rows: await db.vote.count({ where: { questionId } }) };
  }

  it("refuses support for your own question with Forbidden and writes nothing", async () => {
    const author = await createUser();
    const question = await createQuestion(author.id);
    const actor = (await signedInActor(author.id, 0))!;
    await expect(supportQuestion(actor, question.id)).rejects.toBeInstanceOf(Forbidden);
    expect(await storedState(question.id)).toEqual({ supportCount: 0, trendingScore: 0, rows: 0 });
  });

  it("refuses support for a question still waiting for a moderator with NotFound and writes nothing", async () => {
    const author = await createUser();
    const question = await createQuestion(author.id, { moderation: "pending" });
    const [person] = await people(1);
    await expect(supportQuestion(person!, question.id)).rejects.toBeInstanceOf(NotFound);
    expect(await storedState(question.id)).toEqual({ supportCount: 0, trendingScore: 0, rows: 0 });
  });

  it.each(["hidden", "rejected"] as const)("refuses support for a %s question with NotFound", async (moderation) => {
    const author = await createUser();
    const question = await createQuestion(author.id, { moderation, moderationReason: "Contains a phone number." });
    const [person] = await people(1);
    await expect(supportQuestion(person!, question.id)).rejects.toBeInstanceOf(NotFound);
    expect(await storedState(question.id)).toEqual({ supportCount: 0, trendingScore: 0, rows: 0 });
  });

  it("refuses support for a question that does not exist with NotFound", async () => {
    const [person] = await people(1);
    await expect(supportQuestion(person!, randomUUID())).rejects.toBeInstanceOf(NotFound);
    expect(await db.vote.count({ where: { userId: person!.id } })).toBe(0);
  });

  it("refuses support for a merged question with Conflict and writes nothing", async () => {
    const author = await createUser();
    const target = await createQuestion(author.id, { title: "The question it was merged into" });
    const merged = await db.question.create({
      data: {
        title: "A question merged into another",
        body: "Details.",
        authorId: author.id,
        moderation: "approved",
        publishedAt: new Date(),
        status: "merged",
        mergedIntoId: target.id,
      },
    });
    const [person] = await people(1);
    await expect(supportQuestion(person!, merged.id)).rejects.toBeInstanceOf(Conflict);
    expect(await storedState(merged.id)).toEqual({ supportCount: 0, trendingScore: 0, rows: 0 });
  });

  it("treats supporting twice as one support", async () => {
    const question = await publishedQuestion();
    const [person] = await people(1);
    expect(await supportQuestion(person!, question.id)).toEqual({ supportCount: 1, supported: true });
    const afterFirst = await storedState(question.id);
    expect(await supportQuestion(person!, question.id)).toEqual({ supportCount: 1, supported: true });
    const afterSecond = await storedState(question.id);
    expect(afterSecond).toEqual(afterFirst);
    expect(afterSecond.rows).toBe(1);
    expect(afterSecond.supportCount).toBe(1);
  });

  // L8: withdrawing must not tell a held, turned-down or hidden question from one that does not exist, nor
  // reveal its count; the support given before it was hidden stays, so count and rows stay equal.
  it.each(["pending", "hidden", "rejected"] as const)(
    "answers a withdrawal on a %s question exactly as for an unknown one, revealing no count",
    async (moderation) => {
      const question = await publishedQuestion();
      const [supporter] = await people(1);
      await supportQuestion(supporter!, question.id);
      await db.question.update({
        where: { id: question.id },
        data: { moderation, moderationReason: moderation === "pending" ? null : "Contains a phone number." },
      });
      const before = await storedState(question.id);
      const unknown = await withdrawSupport(supporter!, randomUUID()).catch((error: unknown) => error);
      const unpublished = await withdrawSupport(supporter!, question.id).catch((error: unknown) => error);
      expect(unknown).toBeInstanceOf(NotFound);
      expect(unpublished).toBeInstanceOf(NotFound);
      expect((unpublished as NotFound).message).toBe((unknown as NotFound).message);
      expect(await storedState(question.id)).toEqual(before);
      expect(before.rows).toBe(1);
    },
  );

  it("leaves the count at 0 when someone withdraws a support they never gave", async () => {
    const question = await publishedQuestion();
    const [person] = await people(1);
    expect(await withdrawSupport(person!, question.id)).toEqual({ supportCount: 0, supported: false });
    expect(await storedState(question.id)).toEqual({ supportCount: 0, trendingScore: 0, rows: 0 });
  });

  it("leaves other people's supports alone when someone withdraws a support they never gave", async () => {
    const question = await publishedQuestion();
    const [supporter, bystander] = await people(2);
    await supportQuestion(supporter!, question.id);
    const before = await storedState(question.id);
    expect(await withdrawSupport(bystander!, question.id)).toEqual({ supportCount: 1, supported: false });
    expect(await storedState(question.id)).toEqual(before);
  });
});
