// Every moderator decision follows one contract (issue 14): only the decisions the item's state allows, never
// on the moderator's own post nor by the moderator whose decision is appealed, one winner when two decide at
// once, and in one transaction: the state, who and why, out of the queue, reports closed, the appeal settled,
// exactly one audit row, and the author told. A refused call changes nothing.
import { afterEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { NOT_YOUR_OWN_POST } from "@/lib/auth/policy";
import { Conflict, Forbidden, Invalid, NotFound, Unauthenticated } from "@/lib/errors";
import { initialFormState } from "@/lib/form-state";
import { ALREADY_DECIDED, APPEAL_NEEDS_ANOTHER_MODERATOR } from "@/lib/moderation/policy";
import { REJECT_NEEDS_RULE } from "@/lib/moderation/schemas";
import {
  NOT_A_PUBLISHED_ORIGINAL,
  decideComment,
  decidePublicName,
  decideQuestion,
  decideSelection,
  hidePost,
  keepHidden,
  restorePost,
} from "@/lib/moderation/service";
import {
  createOrganisation,
  createQuestion,
  createUser,
  partnerOf,
  personWithRole,
  signedInActor,
} from "../support/fixtures";
import { form } from "../support/form-data";
import {
  appealedQuestion,
  heldComment,
  heldQuestion,
  hiddenByReports,
  report,
  requestedName,
} from "../support/moderation-items";

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/actor", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/auth/actor")>()),
  getActor: async () => session.actor,
}));
const redirects = vi.hoisted(() => ({ to: [] as string[] }));
vi.mock("next/navigation", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/navigation")>()),
  redirect: (to: string) => {
    redirects.to.push(to);
    throw new Error("NEXT_REDIRECT");
  },
}));

const { decideItemAction, decideSelectionAction } = await import("@/app/moderation/actions");

afterEach(() => {
  session.actor = null;
  redirects.to = [];
});

const moderator = () => personWithRole("moderator");
const author = async () => (await createUser()).id;

const auditRows = (targetId: string) =>
  db.auditLog.findMany({ where: { targetId }, select: { action: true, actorId: true, after: true } });
const notificationsAbout = (where: { questionId?: string; commentId?: string }) =>
  db.notification.findMany({ where, select: { userId: true, kind: true, message: true, commentId: true } });
const questionRow = (id: string) =>
  db.question.findUniqueOrThrow({
    where: { id },
    select: {
      moderation: true,
      moderationRule: true,
      moderationReason: true,
      moderatedById: true,
      moderatedAt: true,
      queuedAt: true,
      openFlagCount: true,
      duplicateOfId: true,
      publishedAt: true,
      commentCount: true,
    },
  });
const flagStates = (where: { questionId?: string; commentId?: string }) =>
  db.flag.findMany({ where, select: { state: true, resolvedById: true }, orderBy: { id: "asc" } });

/** Everything a decision may change about a question, to prove a refused call changed none of it. */
async function snapshot(questionId: string) {
  return {
    question: await questionRow(questionId),
    flags: await flagStates({ questionId }),
    appeal: await db.moderationAppeal.findFirst({ where: { questionId } }),
    audit: await db.auditLog.count({ where: { targetId: questionId } }),
    notifications: await db.notification.count({ where: { questionId } }),
  };
}

describe("deciding a held comment", () => {
  it("publishes it: counted on its question, the author told, the replied-to author told, one audit row", async () => {
    const mod = await moderator();
    const question = await createQuestion(await author());
    const parentAuthor = await author();
    const parent = await db.comment.create({
      data: { questionId: question.id, authorId: parentAuthor, body: "Buses in Brentwood", moderation: "approved" },
    });
    const replier = await createUser({ displayName: "Jo Replier" });
    const reply = await heldComment(replier.id, question.id, { parentId: parent.id });
    const before = (await questionRow(question.id)).commentCount;

    await decideComment(mod, { commentId: reply.id, decision: "approve", reason: null });

    const row = await db.comment.findUniqueOrThrow({ where: { id: reply.id } });
    expect(row).toMatchObject({ moderation: "approved", moderatedById: mod.id, queuedAt: null, moderationRule: null });
    expect((await questionRow(question.id)).commentCount).toBe(before + 1);
    const told = await notificationsAbout({ commentId: reply.id });
    expect(told.map((n) => [n.userId, n.kind]).sort()).toEqual(
      [
        [replier.id, "comment_approved"],
        [parentAuthor, "comment_reply"],
      ].sort(),
    );
    expect(await auditRows(reply.id)).toEqual([
      expect.objectContaining({ action: "moderation.approveComment", actorId: mod.id }),
    ]);
  });

  it("turns it down citing a rule (needed) and tells the author, counting nothing", async () => {
    const mod = await moderator();
    const question = await createQuestion(await author());
    const comment = await heldComment(await author(), question.id);
    await expect(decideComment(mod, { commentId: comment.id, decision: "reject", reason: "No." })).rejects.toThrow(
      new Invalid(REJECT_NEEDS_RULE, { rule: REJECT_NEEDS_RULE }),
    );
    await decideComment(mod, { commentId: comment.id, decision: "reject", rule: "respectful", reason: null });
    expect(await db.comment.findUniqueOrThrow({ where: { id: comment.id } })).toMatchObject({
      moderation: "rejected",
      moderationRule: "respectful",
      queuedAt: null,
    });
    expect((await questionRow(question.id)).commentCount).toBe(0);
    const [notice] = await notificationsAbout({ commentId: comment.id });
    expect(notice).toMatchObject({ kind: "comment_rejected", commentId: comment.id });
    expect(notice!.message).toBe(
      `A moderator did not publish your comment on “${question.title}”. It breaks house rule 1: Be respectful.`,
    );
    expect(await auditRows(comment.id)).toHaveLength(1);
  });
});

describe("rejecting a held question as a repeat", () => {
  it("points the author to the published original", async () => {
    const mod = await moderator();
    const original = await createQuestion(await author(), { title: "Can Southend pier open later in summer?" });
    const repeat = await heldQuestion(await author(), { title: "Could Southend pier stay open later?" });
    await decideQuestion(mod, {
      questionId: repeat.id,
      decision: "reject",
      rule: "on_topic",
      reason: null,
      duplicateOfId: original.id,
    });
    expect(await questionRow(repeat.id)).toMatchObject({ moderation: "rejected", duplicateOfId: original.id });
    const [notice] = await notificationsAbout({ questionId: repeat.id });
    expect(notice!.message).toContain(`It repeats “${original.title}”: /questions/${original.id}`);
  });

  it("refuses an original that is not published, changing nothing", async () => {
    const mod = await moderator();
    const unpublished = await heldQuestion(await author());
    const repeat = await heldQuestion(await author());
    const before = await snapshot(repeat.id);
    await expect(
      decideQuestion(mod, {
        questionId: repeat.id,
        decision: "reject",
        rule: "on_topic",
        reason: null,
        duplicateOfId: unpublished.id,
      }),
    ).rejects.toThrow(new Invalid(NOT_A_PUBLISHED_ORIGINAL, { duplicateOfId: NOT_A_PUBLISHED_ORIGINAL }));
    expect(await snapshot(repeat.id)).toEqual(before);
  });
});

describe("hiding, keeping hidden and restoring", () => {
  it("hides a published, reported question citing a rule: reports upheld, out of the queue, author told", async () => {
    const mod = await moderator();
    const question = await createQuestion(await author());
    await report({ questionId: question.id }, [{ category: "offensive" }, { category: "spam" }]);
    await hidePost(mod, { post: { kind: "question", id: question.id }, rule: "no_hate", reason: "Hateful words." });

    expect(await questionRow(question.id)).toMatchObject({
      moderation: "hidden",
      moderationRule: "no_hate",
      moderationReason: "Hateful words.",
      moderatedById: mod.id,
      queuedAt: null,
      openFlagCount: 0,
    });
    expect(await flagStates({ questionId: question.id })).toEqual([
      { state: "upheld", resolvedById: mod.id },
      { state: "upheld", resolvedById: mod.id },
    ]);
    expect((await notificationsAbout({ questionId: question.id })).map((n) => n.kind)).toEqual(["post_hidden"]);
    expect((await auditRows(question.id)).map((a) => a.action)).toEqual(["moderation.hideQuestion"]);
    // A hidden question leaves the public lists, which read published questions only.
    expect(await db.question.count({ where: { id: question.id, moderation: "approved" } })).toBe(0);
  });

  it("keeps hidden a question hidden by reports: now a moderator's decision citing a rule", async () => {
    const mod = await moderator();
    const question = await hiddenByReports(await author());
    await keepHidden(mod, { post: { kind: "question", id: question.id }, rule: "respectful", reason: null });
    expect(await questionRow(question.id)).toMatchObject({
      moderation: "hidden",
      moderationRule: "respectful",
      moderatedById: mod.id,
      queuedAt: null,
      openFlagCount: 0,
    });
    expect((await flagStates({ questionId: question.id })).every((f) => f.state === "upheld")).toBe(true);
    expect((await auditRows(question.id)).map((a) => a.action)).toEqual(["moderation.keepQuestion"]);
    // Kept once, it no longer waits: keeping it again is already decided.
    await expect(
      keepHidden(await moderator(), { post: { kind: "question", id: question.id }, rule: "respectful", reason: null }),
    ).rejects.toThrow(new Conflict(ALREADY_DECIDED));
  });

  it("restores a question hidden by reports: reports dismissed, published again, author told", async () => {
    const mod = await moderator();
    const question = await hiddenByReports(await author());
    await restorePost(mod, { post: { kind: "question", id: question.id }, reason: "The reports were mistaken." });
    expect(await questionRow(question.id)).toMatchObject({
      moderation: "approved",
      moderationRule: null,
      queuedAt: null,
      openFlagCount: 0,
    });
    expect((await flagStates({ questionId: question.id })).map((f) => f.state)).toEqual([
      "dismissed",
      "dismissed",
      "dismissed",
    ]);
    const [notice] = await notificationsAbout({ questionId: question.id });
    expect(notice).toMatchObject({ kind: "post_restored" });
    expect((await auditRows(question.id)).map((a) => a.action)).toEqual(["moderation.restoreQuestion"]);
  });

  it("hides and restores a comment, keeping its question's comment count right", async () => {
    const mod = await moderator();
    const question = await createQuestion(await author());
    const comment = await db.comment.create({
      data: { questionId: question.id, authorId: await author(), body: "Fine words", moderation: "approved" },
    });
    expect((await questionRow(question.id)).commentCount).toBe(1);
    await hidePost(mod, { post: { kind: "comment", id: comment.id }, rule: "no_advertising", reason: null });
    expect((await questionRow(question.id)).commentCount).toBe(0);
    await restorePost(await moderator(), { post: { kind: "comment", id: comment.id }, reason: null });
    expect((await questionRow(question.id)).commentCount).toBe(1);
    expect((await auditRows(comment.id)).map((a) => a.action).sort()).toEqual([
      "moderation.hideComment",
      "moderation.restoreComment",
    ]);
  });
});

describe("an appealed decision", () => {
  it("cannot be decided by the moderator who made it, and the refusal changes nothing", async () => {
    const original = await moderator();
    const question = await appealedQuestion(await author(), original.id);
    const before = await snapshot(question.id);
    for (const call of [
      restorePost(original, { post: { kind: "question", id: question.id }, reason: null }),
      keepHidden(original, { post: { kind: "question", id: question.id }, rule: "respectful", reason: null }),
    ]) {
      await expect(call).rejects.toThrow(new Forbidden(APPEAL_NEEDS_ANOTHER_MODERATOR));
    }
    expect(await snapshot(question.id)).toEqual(before);
  });

  it("put right by another moderator: published, the appeal overturned with their note, the author told", async () => {
    const original = await moderator();
    const other = await moderator();
    const question = await appealedQuestion(await author(), original.id);
    await restorePost(other, {
      post: { kind: "question", id: question.id },
      reason: "It names a company, not a person.",
    });
    expect(await questionRow(question.id)).toMatchObject({ moderation: "approved", queuedAt: null });
    expect((await questionRow(question.id)).publishedAt).toBeInstanceOf(Date);
    expect(await db.moderationAppeal.findFirst({ where: { questionId: question.id } })).toMatchObject({
      outcome: "overturned",
      decidedById: other.id,
      decisionNote: "It names a company, not a person.",
    });
    const notices = await notificationsAbout({ questionId: question.id });
    expect(notices.map((n) => n.kind)).toEqual(["appeal_decided"]);
    expect(notices[0]!.message).toContain("agreed with your appeal");
    expect(await auditRows(question.id)).toEqual([
      expect.objectContaining({ action: "moderation.restoreQuestion", actorId: other.id }),
    ]);
  });

  it("upheld by another moderator who keeps it rejected", async () => {
    const original = await moderator();
    const other = await moderator();
    const question = await appealedQuestion(await author(), original.id);
    await keepHidden(other, {
      post: { kind: "question", id: question.id },
      rule: "personal_information",
      reason: "It still names a person.",
    });
    expect(await questionRow(question.id)).toMatchObject({
      moderation: "rejected",
      moderatedById: other.id,
      queuedAt: null,
    });
    expect(await db.moderationAppeal.findFirst({ where: { questionId: question.id } })).toMatchObject({
      outcome: "upheld",
      decidedById: other.id,
    });
    expect((await notificationsAbout({ questionId: question.id })).map((n) => n.kind)).toEqual(["appeal_decided"]);
    expect(await auditRows(question.id)).toHaveLength(1);
  });
});

describe("a requested public name", () => {
  it("approved becomes the public name, with one audit row and no notification", async () => {
    const mod = await moderator();
    const person = await createUser({ displayName: "Resident 1234" });
    await requestedName(person.id, "Sam from Harlow");
    await decidePublicName(mod, { userId: person.id, decision: "approve", reason: null });
    expect(await db.user.findUniqueOrThrow({ where: { id: person.id } })).toMatchObject({
      displayName: "Sam from Harlow",
      pendingDisplayName: null,
      nameQueuedAt: null,
      pendingNameRules: [],
    });
    expect((await auditRows(person.id)).map((a) => a.action)).toEqual(["moderation.approvePublicName"]);
    expect(await db.notification.count({ where: { userId: person.id } })).toBe(0);
  });

  it("turned down keeps the name and records the rule and words; a moderator's own name is refused", async () => {
    const mod = await moderator();
    const person = await createUser({ displayName: "Resident 5678" });
    await requestedName(person.id, "Essex Police Officer");
    await decidePublicName(mod, {
      userId: person.id,
      decision: "reject",
      rule: "respectful",
      reason: "Names must not claim a role you do not have.",
    });
    expect(await db.user.findUniqueOrThrow({ where: { id: person.id } })).toMatchObject({
      displayName: "Resident 5678",
      pendingDisplayName: null,
      nameRejectionRule: "respectful",
      nameRejectionReason: "Names must not claim a role you do not have.",
    });
    await expect(decidePublicName(mod, { userId: person.id, decision: "approve", reason: null })).rejects.toThrow(
      new Conflict(ALREADY_DECIDED),
    );

    await requestedName(mod.id, "Moderator Max");
    await expect(decidePublicName(mod, { userId: mod.id, decision: "approve", reason: null })).rejects.toThrow(
      new Forbidden(NOT_YOUR_OWN_POST),
    );
    expect((await db.user.findUniqueOrThrow({ where: { id: mod.id } })).pendingDisplayName).toBe("Moderator Max");
    expect(await auditRows(mod.id)).toEqual([]);
  });
});

describe("who may decide", () => {
  it("refuses a visitor, a citizen, a partner, and a moderator on their own post; each refusal changes nothing", async () => {
    const organisation = await createOrganisation();
    const mod = await moderator();
    const question = await heldQuestion(await author());
    const own = await heldQuestion(mod.id);
    const published = await createQuestion(mod.id);
    const before = await snapshot(question.id);
    const refusals: [Actor | null, typeof Unauthenticated | typeof Forbidden][] = [
      [null, Unauthenticated],
      [await personWithRole("citizen"), Forbidden],
      [await partnerOf(organisation.id, "lead"), Forbidden],
    ];
    for (const [actor, error] of refusals) {
      await expect(
        decideQuestion(actor, { questionId: question.id, decision: "approve", reason: null }),
      ).rejects.toBeInstanceOf(error);
      await expect(
        hidePost(actor, { post: { kind: "question", id: published.id }, rule: "respectful", reason: null }),
      ).rejects.toBeInstanceOf(error);
    }
    expect(await snapshot(question.id)).toEqual(before);

    const ownBefore = await snapshot(own.id);
    await expect(decideQuestion(mod, { questionId: own.id, decision: "approve", reason: null })).rejects.toThrow(
      new Forbidden(NOT_YOUR_OWN_POST),
    );
    await expect(
      hidePost(mod, { post: { kind: "question", id: published.id }, rule: "respectful", reason: null }),
    ).rejects.toThrow(new Forbidden(NOT_YOUR_OWN_POST));
    expect(await snapshot(own.id)).toEqual(ownBefore);
    expect((await questionRow(published.id)).moderation).toBe("approved");

    // An admin is a moderator too.
    await decideQuestion(await personWithRole("admin"), { questionId: question.id, decision: "approve", reason: null });
    expect((await questionRow(question.id)).moderation).toBe("approved");
    await expect(
      decideComment(mod, { commentId: "00000000-0000-4000-8000-000000000000", decision: "approve", reason: null }),
    ).rejects.toBeInstanceOf(NotFound);
  });

  it("lets one of two moderators restoring and keeping hidden a reported question at once stand", async () => {
    for (let round = 0; round < 4; round++) {
      const question = await hiddenByReports(await author());
      // Both saw the same last decision (the automatic hiding) on the review page.
      const seen = (await questionRow(question.id)).moderatedAt;
      const [first, second] = [await moderator(), await moderator()];
      const post = { kind: "question" as const, id: question.id };
      const outcomes = await Promise.allSettled([
        restorePost(first, { post, reason: null, seen }),
        keepHidden(second, { post, rule: "respectful", reason: null, seen }),
      ]);
      expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
      const refused = outcomes.flatMap((o) => (o.status === "rejected" ? [o.reason] : []));
      expect(refused[0]).toEqual(new Conflict(ALREADY_DECIDED));
      expect(await auditRows(question.id)).toHaveLength(1);
      expect(await db.notification.count({ where: { questionId: question.id } })).toBe(1);
    }
  });

  it("refuses a decision made against a state that has changed since the moderator saw it", async () => {
    const question = await hiddenByReports(await author());
    const post = { kind: "question" as const, id: question.id };
    const seen = (await questionRow(question.id)).moderatedAt;
    await keepHidden(await moderator(), { post, rule: "respectful", reason: null, seen });
    const before = await snapshot(question.id);
    await expect(restorePost(await moderator(), { post, reason: null, seen })).rejects.toThrow(
      new Conflict(ALREADY_DECIDED),
    );
    expect(await snapshot(question.id)).toEqual(before);
  });
});

describe("deciding a selection", () => {
  it("decides each item on its own, skipping own posts, decided items and appeals against one's own decision", async () => {
    const mod = await moderator();
    const question = await createQuestion(await author());
    const a = await heldQuestion(await author());
    const b = await heldComment(await author(), question.id);
    const own = await heldQuestion(mod.id);
    const decided = await createQuestion(await author());
    const appealed = await appealedQuestion(await author(), mod.id);

    const outcome = await decideSelection(mod, {
      items: [
        { kind: "question", id: a.id },
        { kind: "comment", id: b.id },
        { kind: "question", id: own.id },
        { kind: "question", id: decided.id },
        { kind: "question", id: appealed.id },
      ],
      decision: "reject",
      rule: "on_topic",
      reason: null,
    });
    expect(outcome.done).toEqual([
      { kind: "question", id: a.id },
      { kind: "comment", id: b.id },
    ]);
    expect(outcome.skipped.map((s) => [s.item.id, s.code])).toEqual([
      [own.id, "own"],
      [decided.id, "decided"],
      [appealed.id, "appeal"],
    ]);
    expect((await questionRow(a.id)).moderation).toBe("rejected");
    expect((await db.comment.findUniqueOrThrow({ where: { id: b.id } })).moderation).toBe("rejected");
    for (const id of [a.id, b.id]) expect(await auditRows(id)).toHaveLength(1);
    for (const id of [own.id, decided.id, appealed.id]) expect(await auditRows(id)).toEqual([]);
  });

  it("returns to the same filtered queue page, saying what was done and skipped", async () => {
    const mod = await moderator();
    session.actor = await signedInActor(mod.id);
    const a = await heldQuestion(await author());
    const own = await heldQuestion(mod.id);
    await expect(
      decideSelectionAction(
        initialFormState,
        form({
          items: [`question:${a.id}`, `question:${own.id}`],
          decision: "approve",
          returnTo: "/moderation?kind=questions&reason=held&after=abc",
        }),
      ),
    ).rejects.toThrow("NEXT_REDIRECT");
    expect(redirects.to).toEqual([
      `/moderation?kind=questions&reason=held&decided=approve&done=1&skipped=question%3A${own.id}%3Aown`,
    ]);
    expect((await questionRow(a.id)).moderation).toBe("approved");
  });

  it("needs a rule to reject and at least one item, keeping what was ticked; never leaves the queue's pages", async () => {
    const mod = await moderator();
    session.actor = await signedInActor(mod.id);
    const a = await heldQuestion(await author());
    const state = await decideSelectionAction(
      initialFormState,
      form({ items: [`question:${a.id}`], decision: "reject", returnTo: "/moderation" }),
    );
    expect(state.errors).toEqual({ rule: REJECT_NEEDS_RULE });
    expect(state.values.items).toBe(`question:${a.id}`);
    expect((await decideSelectionAction(initialFormState, form({ decision: "approve" }))).errors).toEqual({
      items: "Select at least one item",
    });

    await expect(
      decideItemAction(
        initialFormState,
        form({ item: `question:${a.id}`, decision: "approve", returnTo: "https://evil.example/moderation" }),
      ),
    ).rejects.toThrow("NEXT_REDIRECT");
    expect(redirects.to).toEqual(["/moderation?decided=approve&done=1"]);
  });
});
