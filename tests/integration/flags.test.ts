// Reporting a post: one report per person per post (the database's unique keys, under real concurrency), only
// published posts others wrote, "Something else" needs words, and a limit on how many reports an hour.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { Forbidden, NotFound, Unauthenticated } from "@/lib/errors";
import { reportPost, ReportLimitReached } from "@/lib/flags/service";
import { OTHER_NEEDS_DETAILS, reportSchema, type ReportInput } from "@/lib/flags/schemas";
import { REPORT_OWN_COMMENT, REPORT_OWN_QUESTION } from "@/lib/flags/policy";
import type { ModerationState } from "@/lib/generated/prisma/enums";
import { createQuestion, createUser, signedInActor } from "../support/fixtures";

async function citizen(overrides: { verified?: boolean } = {}): Promise<Actor> {
  const user = await createUser();
  if (overrides.verified === false) await db.user.update({ where: { id: user.id }, data: { emailVerifiedAt: null } });
  const actor = await signedInActor(user.id);
  if (!actor) throw new Error("no actor");
  return actor;
}

async function commentOn(
  questionId: string,
  authorId: string,
  overrides: { moderation?: ModerationState; deleted?: boolean } = {},
) {
  return db.comment.create({
    data: {
      questionId,
      authorId,
      body: overrides.deleted ? "" : "The bus stop by the library has no timetable screen.",
      moderation: overrides.moderation ?? "approved",
      moderationReason:
        overrides.moderation === "rejected" || overrides.moderation === "hidden" ? "It names a private person." : null,
      deletedAt: overrides.deleted ? new Date() : null,
    },
  });
}

function report(questionId: string, overrides: Partial<ReportInput> = {}): ReportInput {
  return { questionId, commentId: null, category: "spam", details: null, ...overrides };
}

const flagRows = (where: { questionId?: string; commentId?: string }) => db.flag.count({ where });

describe("reporting a question or a comment", () => {
  it("stores a report of a question, and a report of a comment against the comment alone", async () => {
    const author = await createUser();
    const question = await createQuestion(author.id);
    const comment = await commentOn(question.id, author.id);
    const reporter = await citizen();

    const first = await reportPost(reporter, report(question.id, { category: "offensive", details: "Name-calling." }));
    expect(first.status).toBe("received");
    const second = await reportPost(reporter, report(question.id, { commentId: comment.id, category: "off_topic" }));
    expect(second.status).toBe("received");

    const rows = await db.flag.findMany({
      where: { reporterId: reporter.id },
      select: { questionId: true, commentId: true, category: true, details: true, state: true },
      orderBy: { createdAt: "asc" },
    });
    expect(rows).toEqual([
      { questionId: question.id, commentId: null, category: "offensive", details: "Name-calling.", state: "open" },
      { questionId: null, commentId: comment.id, category: "off_topic", details: null, state: "open" },
    ]);
  });

  it("keeps one report per person per post under 20 concurrent attempts, and answers every attempt calmly", async () => {
    const author = await createUser();
    const question = await createQuestion(author.id);
    const comment = await commentOn(question.id, author.id);
    for (const input of [report(question.id), report(question.id, { commentId: comment.id })]) {
      const reporter = await citizen();
      const attempts = await Promise.allSettled(Array.from({ length: 20 }, () => reportPost(reporter, input)));
      expect(attempts.filter((a) => a.status === "rejected")).toEqual([]);
      const outcomes = attempts.map((a) => (a.status === "fulfilled" ? a.value : null));
      expect(outcomes.filter((o) => o?.status === "received")).toHaveLength(1);
      expect(outcomes.filter((o) => o?.status === "already_reported")).toHaveLength(19);
      // Every answer names the one report that stands.
      expect(new Set(outcomes.map((o) => o?.reportedAt.getTime())).size).toBe(1);
    }
    expect(await flagRows({ questionId: question.id })).toBe(1);
    expect(await flagRows({ commentId: comment.id })).toBe(1);
  });

  it("tells a person who reports the same post again that they already did, with the date, and stores nothing", async () => {
    const author = await createUser();
    const question = await createQuestion(author.id);
    const reporter = await citizen();
    const first = await reportPost(reporter, report(question.id));
    const again = await reportPost(reporter, report(question.id, { category: "other", details: "Still spam." }));
    expect(again).toEqual({ status: "already_reported", reportedAt: first.reportedAt });
    expect(await flagRows({ questionId: question.id })).toBe(1);
  });

  it("needs words for Something else, in the form's schema and in the database", async () => {
    const parsed = reportSchema.safeParse({
      questionId: randomUUID(),
      commentId: "",
      category: "other",
      details: "  ",
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["details", OTHER_NEEDS_DETAILS]]);
    expect(reportSchema.safeParse({ questionId: randomUUID(), commentId: "", category: "spam" }).success).toBe(true);

    // Past the schema, the database's check refuses it too.
    const author = await createUser();
    const question = await createQuestion(author.id);
    const reporter = await createUser();
    await expect(
      db.flag.create({ data: { reporterId: reporter.id, questionId: question.id, category: "other", details: " " } }),
    ).rejects.toThrow();
    expect(await flagRows({ questionId: question.id })).toBe(0);
  });

  it("refuses a report of your own question or comment", async () => {
    const reporter = await citizen();
    const question = await createQuestion(reporter.id);
    const other = await createQuestion((await createUser()).id);
    const comment = await commentOn(other.id, reporter.id);

    await expect(reportPost(reporter, report(question.id))).rejects.toThrow(new Forbidden(REPORT_OWN_QUESTION));
    await expect(reportPost(reporter, report(other.id, { commentId: comment.id }))).rejects.toThrow(
      new Forbidden(REPORT_OWN_COMMENT),
    );
    expect(await db.flag.count({ where: { reporterId: reporter.id } })).toBe(0);
  });

  it("finds nothing to report that is not published for everyone to see", async () => {
    const author = await createUser();
    const reporter = await citizen();
    const published = await createQuestion(author.id);
    const otherQuestion = await createQuestion(author.id);
    const hidden: ReportInput[] = [];
    for (const moderation of ["pending", "rejected", "hidden"] as const) {
      const question = await createQuestion(author.id, {
        moderation,
        moderationReason: moderation === "pending" ? undefined : "It names a private person.",
      });
      hidden.push(report(question.id));
      // A published comment on a question that is not published is out of sight as well.
      const comment = await commentOn(question.id, author.id);
      hidden.push(report(question.id, { commentId: comment.id }));
      // And a comment that is held, turned down or hidden, on a published question.
      const held = await commentOn(published.id, author.id, { moderation });
      hidden.push(report(published.id, { commentId: held.id }));
    }
    const deleted = await commentOn(published.id, author.id, { deleted: true });
    hidden.push(report(published.id, { commentId: deleted.id }));
    // A comment reported under a question it does not belong to.
    const elsewhere = await commentOn(otherQuestion.id, author.id);
    hidden.push(report(published.id, { commentId: elsewhere.id }));
    hidden.push(report(randomUUID()));

    const outcomes = await Promise.allSettled(hidden.map((input) => reportPost(reporter, input)));
    expect(outcomes).toHaveLength(12);
    for (const outcome of outcomes) {
      expect(outcome.status).toBe("rejected");
      if (outcome.status === "rejected") expect(outcome.reason).toBeInstanceOf(NotFound);
    }
    expect(await db.flag.count({ where: { reporterId: reporter.id } })).toBe(0);
  });

  it("refuses visitors and people who have not confirmed their email", async () => {
    const question = await createQuestion((await createUser()).id);
    await expect(reportPost(null, report(question.id))).rejects.toBeInstanceOf(Unauthenticated);
    await expect(reportPost(await citizen({ verified: false }), report(question.id))).rejects.toBeInstanceOf(Forbidden);
    expect(await flagRows({ questionId: question.id })).toBe(0);
  });

  it("lets a person report 20 posts an hour, then says plainly when they can report again", async () => {
    const author = await createUser();
    const reporter = await citizen();
    const questions = [];
    for (let n = 0; n < 21; n++) questions.push(await createQuestion(author.id, { title: `Question number ${n}` }));
    for (const question of questions.slice(0, 20)) {
      expect((await reportPost(reporter, report(question.id))).status).toBe("received");
    }
    const refused = await reportPost(reporter, report(questions[20]!.id)).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ReportLimitReached);
    expect((refused as Error).message).toMatch(
      /^You can report up to 20 posts an hour, and you have reached that\. Try again in (\d+ minutes?|1 hour)\./,
    );
    expect(await db.flag.count({ where: { reporterId: reporter.id } })).toBe(20);
    // Someone else is not held back by it.
    expect((await reportPost(await citizen(), report(questions[20]!.id))).status).toBe("received");
  });
});
