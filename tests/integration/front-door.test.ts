// The home page's figures (lib/front-door/queries.ts) against independent SQL over the demo seed: counts over the
// question and commitment rows themselves, not the stored tally the page reads; the "you said, we did" story and
// the next events chosen the slow way; each read one statement.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { newJoinCode } from "@/lib/events/join-code";
import {
  getLatestDeliveredStory,
  getLoopFigures,
  listUpcomingEvents,
  UPCOMING_EVENTS_SHOWN,
} from "@/lib/front-door/queries";
import { createUser } from "../support/fixtures";
import { countQueries } from "../support/query-counter";

const run = promisify(execFile);
const HOUR = 3_600_000;

beforeAll(async () => {
  await run("npx", ["tsx", "prisma/seed.ts"], { env: { ...process.env, NODE_ENV: "test", SEED_DEMO_DATA: "yes" } });
}, 240_000);

describe("the front door on the demo seed", () => {
  it("shows the questions asked and answered and the commitments delivered, as counted over the rows", async () => {
    const [expected] = await db.$queryRawUnsafe<
      { asked: number; answered: number; delivered: number; hidden: number }[]
    >(`
      SELECT
        (SELECT count(*)::int FROM question WHERE moderation = 'approved') AS asked,
        -- Answered in public: a published question with a response (its status then answered or beyond it).
        (SELECT count(*)::int FROM question q WHERE q.moderation = 'approved'
           AND EXISTS (SELECT 1 FROM response r WHERE r.question_id = q.id)
           AND q.status IN ('answered', 'planned', 'in_progress', 'delivered')) AS answered,
        (SELECT count(*)::int FROM commitment WHERE state = 'delivered') AS delivered,
        (SELECT count(*)::int FROM question WHERE moderation <> 'approved') AS hidden`);
    // The seed has something in each, and unpublished questions that must not count.
    expect(expected!.asked).toBeGreaterThan(0);
    expect(expected!.answered).toBeGreaterThan(0);
    expect(expected!.delivered).toBeGreaterThan(0);
    expect(expected!.hidden).toBeGreaterThan(0);

    const { result, statements } = await countQueries(() => getLoopFigures());
    expect(result).toEqual({
      questionsAsked: expected!.asked,
      questionsAnswered: expected!.answered,
      commitmentsDelivered: expected!.delivered,
    });
    expect(statements).toHaveLength(1);
  });

  it("tells the most recently delivered commitment from its most supported published question", async () => {
    const delivered = await db.commitment.findMany({
      where: { state: "delivered" },
      select: {
        id: true,
        title: true,
        deliveredAt: true,
        organisation: { select: { name: true } },
        questions: {
          select: { question: { select: { id: true, title: true, supportCount: true, moderation: true } } },
        },
      },
    });
    const withQuestion = delivered
      .map((c) => ({ ...c, published: c.questions.map((q) => q.question).filter((q) => q.moderation === "approved") }))
      .filter((c) => c.published.length > 0)
      .sort((a, b) => (b.deliveredAt?.getTime() ?? -Infinity) - (a.deliveredAt?.getTime() ?? -Infinity));
    const latest = withQuestion[0]!;
    const top = [...latest.published].sort((a, b) => b.supportCount - a.supportCount || a.id.localeCompare(b.id))[0]!;

    const { result: story, statements } = await countQueries(() => getLatestDeliveredStory());
    expect(statements).toHaveLength(1);
    expect(story?.commitment).toMatchObject({
      id: latest.id,
      title: latest.title,
      organisation: latest.organisation.name,
    });
    expect(story?.question).toEqual({ id: top.id, title: top.title, supportCount: top.supportCount });

    // Once none of its questions is published any more, it has nothing public to tell "you said" with.
    await db.question.updateMany({
      where: { id: { in: latest.published.map((q) => q.id) } },
      data: { moderation: "hidden", moderationReason: "Hidden for the test." },
    });
    const next = await getLatestDeliveredStory();
    expect(next?.commitment.id ?? null).toBe(
      withQuestion.filter(
        (c) => c.id !== latest.id && c.published.some((q) => !latest.published.some((l) => l.id === q.id)),
      )[0]?.id ?? null,
    );
  });

  it("lists the next three events to start, soonest first, and none that has started", async () => {
    const organiser = await createUser();
    const now = Date.now();
    const starts = [-2, 30, 5, 72, 200].map((hours) => new Date(now + hours * HOUR));
    for (const startsAt of starts) {
      await db.event.create({
        data: {
          title: `Event starting ${startsAt.toISOString()}`,
          description: "A session.",
          startsAt,
          endsAt: new Date(startsAt.getTime() + 2 * HOUR),
          place: "County Hall, Chelmsford",
          organiserId: organiser.id,
          joinCode: newJoinCode(),
        },
      });
    }
    const rows = await db.$queryRawUnsafe<{ starts_at: Date }[]>(
      `SELECT starts_at FROM event WHERE starts_at > now() ORDER BY starts_at LIMIT ${UPCOMING_EVENTS_SHOWN}`,
    );
    const { result: events, statements } = await countQueries(() => listUpcomingEvents());
    expect(statements).toHaveLength(1);
    expect(events.map((e) => e.startsAt.getTime())).toEqual(rows.map((r) => r.starts_at.getTime()));
    expect(events.map((e) => e.startsAt.getTime())).toEqual([5, 30, 72].map((h) => now + h * HOUR));
  });
});
