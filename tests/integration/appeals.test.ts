// Appealing a moderator's decision: only the author, only a decision to turn down or hide that cites a house
// rule, once (also when two appeals are sent at the same moment); the appeal names the moderator and the rule
// appealed against, puts the post back in the queue, and writes one audit row. A refused appeal changes nothing.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { Conflict, Forbidden, NotFound, Unauthenticated } from "@/lib/errors";
import { appealDecision } from "@/lib/moderation/appeals/service";
import { appealSchema, ENTER_APPEAL, type AppealInput } from "@/lib/moderation/appeals/schemas";
import {
  ALREADY_APPEALED,
  NOT_APPEALABLE,
  NOTHING_TO_APPEAL,
  WAITING_FOR_REPORTS_CHECK,
} from "@/lib/moderation/appeals/policy";
import { decisionForAuthor } from "@/lib/moderation/appeals/decision";
import type { ModerationState } from "@/lib/generated/prisma/enums";
import { getAppealPage, getOwnQuestionDecision } from "@/lib/moderation/appeals/queries";
import { listQuestionComments } from "@/lib/comments/queries";
import { listOwnQuestions } from "@/lib/questions/account-lists";
import { actorOf, createQuestion, createUser, personWithRole, signedInActor } from "../support/fixtures";

const BODY = "My question was about street lights, not about a person. Please look again.";

async function author(): Promise<Actor> {
  return actorOf((await createUser()).id);
}

/** A question in the given state; "moderator" decisions name the moderator and cite rule 2 with words. */
async function decidedQuestion(
  authorId: string,
  decision: {
    moderation: ModerationState;
    by?: "moderator" | "reports" | "safeguarding";
  },
) {
  const question = await createQuestion(authorId, {
    moderation: decision.moderation,
    moderationReason:
      decision.moderation === "rejected" || decision.moderation === "hidden" ? "It names a neighbour." : undefined,
  });
  if (decision.by) {
    const moderator = decision.by === "reports" ? null : await personWithRole("moderator");
    await db.question.update({
      where: { id: question.id },
      data: {
        moderatedById: moderator?.id ?? null,
        moderatedAt: new Date(),
        moderationRule: decision.by === "moderator" ? "personal_information" : null,
      },
    });
  }
  return db.question.findUniqueOrThrow({ where: { id: question.id } });
}

const appeal = (questionId: string, commentId: string | null = null): AppealInput => ({
  questionId,
  commentId,
  body: BODY,
});

/** Everything an appeal could change, to show a refused one changed none of it. */
async function snapshot(questionId: string) {
  return {
    question: await db.question.findUniqueOrThrow({ where: { id: questionId } }),
    appeals: await db.moderationAppeal.count(),
    audits: await db.auditLog.count({ where: { action: "moderation.appeal" } }),
  };
}

describe("appealing a moderator's decision", () => {
  it("stores the appeal against the moderator and rule, queues the post again, and writes one audit row", async () => {
    const me = await author();
    const question = await decidedQuestion(me.id, { moderation: "rejected", by: "moderator" });
    expect(question.queuedAt).toBeNull();

    const { appealId } = await appealDecision(me, appeal(question.id));

    const stored = await db.moderationAppeal.findUniqueOrThrow({ where: { id: appealId } });
    expect(stored).toMatchObject({
      questionId: question.id,
      commentId: null,
      appellantId: me.id,
      originalModeratorId: question.moderatedById,
      originalRule: "personal_information",
      body: BODY,
      outcome: null,
    });
    const after = await db.question.findUniqueOrThrow({ where: { id: question.id } });
    expect(after.queuedAt).toBeInstanceOf(Date);
    // The decision stands until a different moderator decides the appeal.
    expect(after.moderation).toBe("rejected");
    const audits = await db.auditLog.findMany({ where: { action: "moderation.appeal", targetId: question.id } });
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ actorId: me.id, targetType: "question" });

    const decision = decisionForAuthor({ ...after, appeals: [stored] });
    expect(decision).toMatchObject({ cause: "moderator", appeal: { state: "waiting" }, mayAppeal: false });
  });

  it("allows one appeal only, also when two are sent at the same moment", async () => {
    const me = await author();
    const question = await decidedQuestion(me.id, { moderation: "hidden", by: "moderator" });
    const attempts = await Promise.allSettled([
      appealDecision(me, appeal(question.id)),
      appealDecision(me, appeal(question.id)),
    ]);
    expect(attempts.filter((a) => a.status === "fulfilled")).toHaveLength(1);
    const refused = attempts.find((a) => a.status === "rejected");
    expect(refused?.status === "rejected" && refused.reason).toBeInstanceOf(Conflict);
    expect(refused?.status === "rejected" && (refused.reason as Error).message).toBe(ALREADY_APPEALED);
    expect(await db.moderationAppeal.count({ where: { questionId: question.id } })).toBe(1);
    expect(await db.auditLog.count({ where: { action: "moderation.appeal", targetId: question.id } })).toBe(1);

    await expect(appealDecision(me, appeal(question.id))).rejects.toThrow(ALREADY_APPEALED);
    expect(await db.moderationAppeal.count({ where: { questionId: question.id } })).toBe(1);
  });

  it("appeals a decision on a comment, against the comment alone", async () => {
    const me = await author();
    const moderator = await personWithRole("moderator");
    const question = await createQuestion((await createUser()).id);
    const comment = await db.comment.create({
      data: {
        questionId: question.id,
        authorId: me.id,
        body: "The council never listens to anyone.",
        moderation: "rejected",
        moderationReason: "Please keep it about the question.",
        moderationRule: "on_topic",
        moderatedById: moderator.id,
        moderatedAt: new Date(),
      },
    });
    await appealDecision(me, appeal(question.id, comment.id));
    expect(await db.moderationAppeal.findFirstOrThrow({ where: { commentId: comment.id } })).toMatchObject({
      questionId: null,
      originalModeratorId: moderator.id,
      originalRule: "on_topic",
    });
    expect((await db.comment.findUniqueOrThrow({ where: { id: comment.id } })).queuedAt).toBeInstanceOf(Date);
    // The same comment id under another question is not found.
    const other = await createQuestion((await createUser()).id);
    await expect(appealDecision(me, appeal(other.id, comment.id))).rejects.toBeInstanceOf(NotFound);
  });

  describe("refuses, and changes nothing", () => {
    const cases: {
      name: string;
      error: new (...args: never[]) => Error;
      message?: string;
      setUp: () => Promise<{ actor: Actor | null; questionId: string }>;
    }[] = [
      {
        name: "someone who is not the author (a moderator included)",
        error: NotFound,
        setUp: async () => {
          const question = await decidedQuestion((await author()).id, { moderation: "rejected", by: "moderator" });
          return { actor: await personWithRole("moderator"), questionId: question.id };
        },
      },
      {
        name: "another resident",
        error: NotFound,
        setUp: async () => {
          const question = await decidedQuestion((await author()).id, { moderation: "rejected", by: "moderator" });
          return { actor: await author(), questionId: question.id };
        },
      },
      {
        name: "a post hidden by reports, which no moderator has decided yet",
        error: Conflict,
        message: WAITING_FOR_REPORTS_CHECK,
        setUp: async () => {
          const me = await author();
          return { actor: me, questionId: (await decidedQuestion(me.id, { moderation: "hidden", by: "reports" })).id };
        },
      },
      {
        name: "a rejection no moderator is named for (made before decisions were recorded)",
        error: Conflict,
        message: NOTHING_TO_APPEAL,
        setUp: async () => {
          const me = await author();
          return { actor: me, questionId: (await decidedQuestion(me.id, { moderation: "rejected" })).id };
        },
      },
      {
        name: "a safeguarding hide (a moderator's, citing no rule)",
        error: Forbidden,
        message: NOT_APPEALABLE,
        setUp: async () => {
          const me = await author();
          return {
            actor: me,
            questionId: (await decidedQuestion(me.id, { moderation: "hidden", by: "safeguarding" })).id,
          };
        },
      },
      {
        name: "a post still waiting for a moderator",
        error: Conflict,
        message: NOTHING_TO_APPEAL,
        setUp: async () => {
          const me = await author();
          return { actor: me, questionId: (await decidedQuestion(me.id, { moderation: "pending" })).id };
        },
      },
      {
        name: "a published post",
        error: Conflict,
        message: NOTHING_TO_APPEAL,
        setUp: async () => {
          const me = await author();
          return { actor: me, questionId: (await decidedQuestion(me.id, { moderation: "approved" })).id };
        },
      },
      {
        name: "a visitor",
        error: Unauthenticated,
        setUp: async () => {
          const question = await decidedQuestion((await author()).id, { moderation: "rejected", by: "moderator" });
          return { actor: null, questionId: question.id };
        },
      },
      {
        name: "an author who has not confirmed their email",
        error: Forbidden,
        setUp: async () => {
          const user = await createUser();
          const question = await decidedQuestion(user.id, { moderation: "rejected", by: "moderator" });
          await db.user.update({ where: { id: user.id }, data: { emailVerifiedAt: null } });
          return { actor: await signedInActor(user.id), questionId: question.id };
        },
      },
    ];
    for (const { name, error, message, setUp } of cases) {
      it(name, async () => {
        const { actor, questionId } = await setUp();
        const before = await snapshot(questionId);
        const attempt = appealDecision(actor, appeal(questionId));
        await expect(attempt).rejects.toBeInstanceOf(error);
        if (message) await expect(attempt).rejects.toThrow(message);
        expect(await snapshot(questionId)).toEqual(before);
      });
    }
  });

  it("asks for the reason, and keeps it to 2,000 characters", () => {
    const questionId = "5f0c3a5e-7d1c-4a53-9e55-0f3a3a8c2b11";
    const blank = appealSchema.safeParse({ questionId, commentId: "", body: "   " });
    expect(blank.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["body", ENTER_APPEAL]]);
    expect(appealSchema.safeParse({ questionId, commentId: "", body: "x".repeat(2001) }).success).toBe(false);
    expect(appealSchema.parse({ questionId, commentId: "", body: " Look again. " })).toEqual({
      questionId,
      commentId: null,
      body: "Look again.",
    });
  });
});

describe("what the author sees of a decision, and nobody else", () => {
  it("shows the author the rule, the words, the original of a repeat and the appeal; others get nothing", async () => {
    const me = await author();
    const original = await createQuestion((await createUser()).id, { title: "Can we have more bus shelters?" });
    const question = await decidedQuestion(me.id, { moderation: "rejected", by: "moderator" });
    await db.question.update({ where: { id: question.id }, data: { duplicateOfId: original.id } });

    const seen = await getOwnQuestionDecision(question.id, me);
    expect(seen).toEqual({
      decision: {
        cause: "moderator",
        state: "rejected",
        rule: expect.objectContaining({ code: "personal_information", number: 2 }),
        reason: "It names a neighbour.",
        appeal: null,
        mayAppeal: true,
      },
      duplicateOf: { id: original.id, title: original.title },
    });
    expect(await getAppealPage(question.id, null, me)).toMatchObject({ eligibility: { allowed: true } });
    for (const other of [null, await author(), await personWithRole("moderator")]) {
      expect(await getOwnQuestionDecision(question.id, other)).toBeNull();
      if (other) expect(await getAppealPage(question.id, null, other)).toBeNull();
    }

    await appealDecision(me, appeal(question.id));
    const listed = (await listOwnQuestions(me.id)).items.find((q) => q.id === question.id);
    expect(listed?.decision).toMatchObject({ cause: "moderator", appeal: { state: "waiting" }, mayAppeal: false });
    expect(listed?.duplicateOf).toEqual({ id: original.id, title: original.title });
    expect(await getAppealPage(question.id, null, me)).toMatchObject({
      eligibility: { allowed: false, reason: ALREADY_APPEALED },
    });
  });

  it("says why a held question waits, and tells a hide by reports and a safeguarding hide apart", async () => {
    const me = await author();
    const held = await decidedQuestion(me.id, { moderation: "pending" });
    await db.question.update({
      where: { id: held.id },
      data: { screeningRules: ["personal_information", "first_posts"] },
    });
    expect((await getOwnQuestionDecision(held.id, me))?.decision).toEqual({
      cause: "held",
      screeningRules: ["first_posts", "personal_information"],
    });
    const reported = await decidedQuestion(me.id, { moderation: "hidden", by: "reports" });
    expect((await getOwnQuestionDecision(reported.id, me))?.decision).toEqual({ cause: "reports" });
    const safeguarding = await decidedQuestion(me.id, { moderation: "hidden", by: "safeguarding" });
    expect((await getOwnQuestionDecision(safeguarding.id, me))?.decision).toEqual({ cause: "safeguarding" });
    const published = await decidedQuestion(me.id, { moderation: "approved" });
    expect(await getOwnQuestionDecision(published.id, me)).toBeNull();
  });

  it("lists the author's own turned-down comment with its decision, and hides it from everyone else", async () => {
    const me = await author();
    const moderator = await personWithRole("moderator");
    const question = await createQuestion((await createUser()).id);
    const comment = await db.comment.create({
      data: {
        questionId: question.id,
        authorId: me.id,
        body: "Ring me on 07700 900123 about it.",
        moderation: "rejected",
        moderationReason: "Please do not share phone numbers.",
        moderationRule: "personal_information",
        moderatedById: moderator.id,
        moderatedAt: new Date(),
      },
    });
    const mine = (await listQuestionComments(question.id, me)).items.find((c) => c.id === comment.id);
    expect(mine?.decision).toMatchObject({
      cause: "moderator",
      state: "rejected",
      reason: "Please do not share phone numbers.",
      mayAppeal: true,
    });
    for (const other of [null, await author()]) {
      expect((await listQuestionComments(question.id, other)).items.map((c) => c.id)).not.toContain(comment.id);
    }
    expect(await getAppealPage(question.id, comment.id, me)).toMatchObject({ kind: "comment", commentId: comment.id });
    expect(await getAppealPage(question.id, comment.id, await author())).toBeNull();
  });
});
