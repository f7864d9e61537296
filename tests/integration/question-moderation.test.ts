// A moderator publishes a held question or turns it down citing a house rule: only a pending question, never
// their own, exactly one decision when two moderators decide at once, and the author (only) notified once.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { Conflict, Forbidden, Invalid, NotFound } from "@/lib/errors";
import { decideQuestion } from "@/lib/moderation/service";
import { ALREADY_DECIDED } from "@/lib/moderation/policy";
import { REJECT_NEEDS_RULE, questionDecisionSchema } from "@/lib/moderation/schemas";
import { NOT_YOUR_OWN_POST } from "@/lib/auth/policy";
import { createQuestion, createUser, signedInActor } from "../support/fixtures";

async function actorFor(platformRole: "citizen" | "moderator" | "admin" = "moderator"): Promise<Actor> {
  const user = await createUser({ platformRole });
  const actor = await signedInActor(user.id);
  if (!actor) throw new Error("no actor");
  return actor;
}

async function heldQuestion(authorId?: string) {
  return createQuestion(authorId ?? (await createUser()).id, {
    title: "Could the Harlow bus station show live times?",
    moderation: "pending",
  });
}

const questionState = (id: string) =>
  db.question.findUniqueOrThrow({
    where: { id },
    select: { moderation: true, moderationReason: true, moderationRule: true, publishedAt: true },
  });

const notificationsAbout = (questionId: string) =>
  db.notification.findMany({
    where: { questionId },
    select: { userId: true, kind: true, message: true, actorId: true, eventId: true },
  });

const mailJobsFor = async (eventId: string) =>
  (
    await db.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'notification-mail' AND data->>'eventId' = ${eventId}`
  )[0]!.n;

const auditEntries = (questionId: string) =>
  db.auditLog.findMany({
    where: { targetType: "question", targetId: questionId },
    select: { action: true, actorId: true },
  });

describe("deciding a question held for moderation", () => {
  it("publishes it, records who did, and tells the author once (not the moderator)", async () => {
    const moderator = await actorFor();
    const question = await heldQuestion();
    await decideQuestion(moderator, { questionId: question.id, decision: "approve", reason: null });

    const state = await questionState(question.id);
    expect(state.moderation).toBe("approved");
    expect(state.moderationReason).toBeNull();
    expect(state.publishedAt).toBeInstanceOf(Date);

    const notifications = await notificationsAbout(question.id);
    expect(notifications).toHaveLength(1);
    expect(notifications[0]).toMatchObject({
      userId: question.authorId,
      kind: "question_approved",
      actorId: moderator.id,
      message: `Your question “${question.title}” has been published. Anyone can now read and support it.`,
    });
    expect(await mailJobsFor(notifications[0]!.eventId)).toBe(1);
    expect(await auditEntries(question.id)).toEqual([{ action: "moderation.approveQuestion", actorId: moderator.id }]);
  });

  it("turns it down citing a house rule and the moderator's words, which the author sees", async () => {
    const admin = await actorFor("admin");
    const question = await heldQuestion();
    const reason = "It names a private person. Ask it again without their name.";
    await decideQuestion(admin, { questionId: question.id, decision: "reject", rule: "personal_information", reason });

    const state = await questionState(question.id);
    expect(state).toEqual({
      moderation: "rejected",
      moderationReason: reason,
      moderationRule: "personal_information",
      publishedAt: null,
    });
    const notifications = await notificationsAbout(question.id);
    expect(notifications).toHaveLength(1);
    expect(notifications[0]).toMatchObject({ userId: question.authorId, kind: "question_rejected" });
    expect(notifications[0]!.message).toBe(
      `A moderator did not publish your question “${question.title}”. It breaks house rule 2: Keep personal information private. The moderator's words: ${reason}`,
    );
    expect(await auditEntries(question.id)).toEqual([{ action: "moderation.rejectQuestion", actorId: admin.id }]);
  });

  it("needs a house rule to turn a question down, in the schema and in the service; words are optional", async () => {
    const moderator = await actorFor();
    const question = await heldQuestion();
    const parsed = questionDecisionSchema.safeParse({ questionId: question.id, decision: "reject", reason: "Rude." });
    expect(parsed.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["rule", REJECT_NEEDS_RULE]]);
    expect(
      questionDecisionSchema.safeParse({ questionId: question.id, decision: "reject", rule: "respectful", reason: "" })
        .success,
    ).toBe(true);

    for (const rule of [null, undefined]) {
      await expect(
        decideQuestion(moderator, { questionId: question.id, decision: "reject", rule, reason: "Rude." }),
      ).rejects.toThrow(new Invalid(REJECT_NEEDS_RULE, { rule: REJECT_NEEDS_RULE }));
    }
    expect((await questionState(question.id)).moderation).toBe("pending");
    expect(await notificationsAbout(question.id)).toEqual([]);
    expect(await auditEntries(question.id)).toEqual([]);
  });

  it("refuses a moderator's own question, and anyone who is not a moderator", async () => {
    const moderator = await actorFor();
    const own = await heldQuestion(moderator.id);
    await expect(decideQuestion(moderator, { questionId: own.id, decision: "approve", reason: null })).rejects.toThrow(
      new Forbidden(NOT_YOUR_OWN_POST),
    );
    const question = await heldQuestion();
    await expect(
      decideQuestion(await actorFor("citizen"), { questionId: question.id, decision: "approve", reason: null }),
    ).rejects.toBeInstanceOf(Forbidden);
    for (const id of [own.id, question.id]) {
      expect((await questionState(id)).moderation).toBe("pending");
      expect(await notificationsAbout(id)).toEqual([]);
    }
  });

  it("decides only a question that is still pending", async () => {
    const moderator = await actorFor();
    const published = await createQuestion((await createUser()).id);
    await expect(
      decideQuestion(moderator, {
        questionId: published.id,
        decision: "reject",
        rule: "on_topic",
        reason: "Too late.",
      }),
    ).rejects.toThrow(new Conflict(ALREADY_DECIDED));
    expect((await questionState(published.id)).moderation).toBe("approved");
    await expect(
      decideQuestion(moderator, {
        questionId: "00000000-0000-4000-8000-000000000000",
        decision: "approve",
        reason: null,
      }),
    ).rejects.toBeInstanceOf(NotFound);
  });

  it("lets exactly one of two moderators deciding at once stand; the other is told it was already decided", async () => {
    for (let round = 0; round < 5; round++) {
      const [first, second] = [await actorFor(), await actorFor("admin")];
      const question = await heldQuestion();
      const outcomes = await Promise.allSettled([
        decideQuestion(first, { questionId: question.id, decision: "approve", reason: null }),
        decideQuestion(second, {
          questionId: question.id,
          decision: "reject",
          rule: "on_topic",
          reason: "Not about Essex.",
        }),
      ]);
      const stood = outcomes.filter((o) => o.status === "fulfilled");
      const refused = outcomes.flatMap((o) => (o.status === "rejected" ? [o.reason] : []));
      expect(stood).toHaveLength(1);
      expect(refused).toHaveLength(1);
      expect(refused[0]).toBeInstanceOf(Conflict);
      expect((refused[0] as Conflict).message).toBe(ALREADY_DECIDED);

      const winner = outcomes[0]!.status === "fulfilled" ? "approved" : "rejected";
      expect((await questionState(question.id)).moderation).toBe(winner);
      const notifications = await notificationsAbout(question.id);
      expect(notifications).toHaveLength(1);
      expect(notifications[0]!.kind).toBe(winner === "approved" ? "question_approved" : "question_rejected");
      expect(await auditEntries(question.id)).toHaveLength(1);
    }
  });
});
