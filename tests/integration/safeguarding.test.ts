// Safeguarding concerns: a moderator marks a post; it is hidden, recorded in the restricted list, every active
// admin is told in the portal and emailed by one job; only admins read the list and close a concern.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { Conflict, Forbidden, Invalid, NotFound, Unauthenticated } from "@/lib/errors";
import { markSafeguardingConcern, closeSafeguardingConcern } from "@/lib/safeguarding/service";
import { getConcern, listConcerns } from "@/lib/safeguarding/queries";
import { HELD_FOR_SAFEGUARDING } from "@/lib/moderation/policy";
import { getQuestionReview } from "@/lib/moderation/queue-queries";
import { decideItem } from "@/lib/moderation/service";
import { drainJobs } from "../support/jobs";
import {
  actorOf,
  createOrganisation,
  createQuestion,
  createUser,
  partnerOf,
  personWithRole,
} from "../support/fixtures";

const NOTE = "The student says an adult at home hurts them.";
const BODY = "Something private that only the admins should read, about my home.";

async function queuedAlerts(concernId: string): Promise<number> {
  const [row] = await db.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'safeguarding-alert' AND data->>'concernId' = ${concernId}`;
  return row?.n ?? 0;
}

async function snapshot(questionId: string) {
  const [question, concerns, audits, notifications] = await Promise.all([
    db.question.findUniqueOrThrow({
      where: { id: questionId },
      select: { moderation: true, moderatedById: true, openFlagCount: true, queuedAt: true },
    }),
    db.safeguardingConcern.count({ where: { questionId } }),
    db.auditLog.count({ where: { targetId: questionId } }),
    db.notification.count({ where: { questionId } }),
  ]);
  return { question, concerns, audits, notifications };
}

async function reportedQuestion() {
  const author = await createUser({ ageBand: "under_16" });
  const question = await createQuestion(author.id, { body: BODY });
  const reporter = await createUser();
  await db.flag.create({ data: { reporterId: reporter.id, questionId: question.id, category: "offensive" } });
  await db.question.update({ where: { id: question.id }, data: { openFlagCount: 1, queuedAt: new Date() } });
  return { author, question };
}

describe("marking a safeguarding concern", () => {
  it("hides the question, upholds its reports, records the concern, audits once, tells every admin once and queues one alert", async () => {
    const admins = [await createUser({ platformRole: "admin" }), await createUser({ platformRole: "admin" })];
    const suspendedAdmin = await createUser({ platformRole: "admin" });
    await db.user.update({
      where: { id: suspendedAdmin.id },
      data: { status: "suspended", suspendedReason: "On leave pending review." },
    });
    const moderator = await personWithRole("moderator");
    const { author, question } = await reportedQuestion();

    const { concernId } = await markSafeguardingConcern(moderator, { questionId: question.id, note: NOTE });

    const after = await db.question.findUniqueOrThrow({ where: { id: question.id } });
    expect(after).toMatchObject({
      moderation: "hidden",
      moderatedById: moderator.id,
      moderationRule: null,
      queuedAt: null,
      openFlagCount: 0,
    });
    expect(after.moderatedAt).toBeInstanceOf(Date);
    expect(await db.flag.findMany({ where: { questionId: question.id }, select: { state: true } })).toEqual([
      { state: "upheld" },
    ]);
    const concern = await db.safeguardingConcern.findUniqueOrThrow({ where: { id: concernId } });
    expect(concern).toMatchObject({
      questionId: question.id,
      commentId: null,
      subjectId: author.id,
      raisedById: moderator.id,
      note: NOTE,
      closedAt: null,
    });

    const audits = await db.auditLog.findMany({ where: { targetId: question.id } });
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ actorId: moderator.id, action: "moderation.markSafeguarding" });
    expect(JSON.stringify([audits[0]!.before, audits[0]!.after])).not.toContain("hurts"); // the note stays in the restricted list

    // Every active admin, once; nobody else (not the author, not the moderator, not a suspended admin).
    const activeAdmins = await db.user.findMany({
      where: { platformRole: "admin", status: "active" },
      select: { id: true },
    });
    const notifications = await db.notification.findMany({ where: { questionId: question.id } });
    expect(notifications.map((n) => n.userId).sort()).toEqual(activeAdmins.map((a) => a.id).sort());
    for (const notification of notifications) {
      expect(notification).toMatchObject({ kind: "safeguarding_concern", emailState: "skipped" });
      expect(notification.message).not.toContain(question.title);
    }

    // One job, which sends one mail to each admin, with a link to the concern and nothing of the post.
    expect(await queuedAlerts(concernId)).toBe(1);
    await drainJobs();
    for (const admin of admins) {
      const mails = await db.capturedMail.findMany({ where: { toAddress: admin.email! } });
      expect(mails).toHaveLength(1);
      expect(mails[0]!.subject).toBe("Safeguarding concern raised on My Smarter Essex");
      expect(mails[0]!.text).toContain(`/admin/safeguarding/${concernId}`);
      expect(mails[0]!.text).not.toContain(BODY);
      expect(mails[0]!.text).not.toContain(question.title);
      expect(mails[0]!.text).not.toContain(author.displayName);
    }
    expect(await db.capturedMail.count({ where: { toAddress: suspendedAdmin.email! } })).toBe(0);
    expect(await db.capturedMail.count({ where: { toAddress: moderator.email } })).toBe(0);
  });

  it("marks a comment: the comment is hidden and the concern names its question", async () => {
    const moderator = await personWithRole("moderator");
    const question = await createQuestion((await createUser()).id);
    const commenter = await createUser({ ageBand: "age_16_17" });
    const comment = await db.comment.create({
      data: { questionId: question.id, authorId: commenter.id, body: BODY, moderation: "approved" },
    });
    const { concernId } = await markSafeguardingConcern(moderator, { commentId: comment.id, note: NOTE });
    expect((await db.comment.findUniqueOrThrow({ where: { id: comment.id } })).moderation).toBe("hidden");
    expect((await db.question.findUniqueOrThrow({ where: { id: question.id } })).moderation).toBe("approved");
    expect(await db.safeguardingConcern.findUniqueOrThrow({ where: { id: concernId } })).toMatchObject({
      questionId: question.id,
      commentId: comment.id,
      subjectId: commenter.id,
    });
    expect(await db.auditLog.count({ where: { targetId: comment.id } })).toBe(1);
  });

  it("refuses a citizen, a partner, a visitor, a moderator's own post, a blank note and a second mark, changing nothing", async () => {
    const moderator = await personWithRole("moderator");
    const { question } = await reportedQuestion();
    const own = await createQuestion(moderator.id);
    const organisation = await createOrganisation();
    const refusals: [() => Promise<unknown>, string, typeof Forbidden][] = [
      [() => markSafeguardingConcern(null, { questionId: question.id, note: NOTE }), question.id, Unauthenticated],
      [
        async () => markSafeguardingConcern(await personWithRole("citizen"), { questionId: question.id, note: NOTE }),
        question.id,
        Forbidden,
      ],
      [
        async () => markSafeguardingConcern(await partnerOf(organisation.id), { questionId: question.id, note: NOTE }),
        question.id,
        Forbidden,
      ],
      [() => markSafeguardingConcern(moderator, { questionId: own.id, note: NOTE }), own.id, Forbidden],
      [() => markSafeguardingConcern(moderator, { questionId: question.id, note: "   " }), question.id, Invalid],
      [() => markSafeguardingConcern(moderator, { questionId: randomUUID(), note: NOTE }), question.id, NotFound],
    ];
    for (const [refusal, questionId, error] of refusals) {
      const before = await snapshot(questionId);
      await expect(refusal()).rejects.toBeInstanceOf(error);
      expect(await snapshot(questionId)).toEqual(before);
    }

    await markSafeguardingConcern(moderator, { questionId: question.id, note: NOTE });
    const marked = await snapshot(question.id);
    const other = await personWithRole("moderator");
    await expect(markSafeguardingConcern(other, { questionId: question.id, note: NOTE })).rejects.toBeInstanceOf(
      Conflict,
    );
    expect(await snapshot(question.id)).toEqual(marked);
  });
});

describe("a post under an open concern", () => {
  it("cannot be published again by any moderator until an administrator closes the concern", async () => {
    const admin = await personWithRole("admin");
    const moderator = await personWithRole("moderator");
    const other = await personWithRole("moderator");
    const { question } = await reportedQuestion();
    const { concernId } = await markSafeguardingConcern(moderator, { questionId: question.id, note: NOTE });
    const before = await snapshot(question.id);
    for (const who of [moderator, other, admin]) {
      const restored = decideItem(who, {
        item: { kind: "question", id: question.id },
        decision: "restore",
        reason: null,
      });
      await expect(restored).rejects.toBeInstanceOf(Forbidden);
      await expect(restored).rejects.toThrow(HELD_FOR_SAFEGUARDING);
    }
    expect(await snapshot(question.id)).toEqual(before);
    // The review page offers no way to publish it, and says why when nothing else is left.
    const review = await getQuestionReview(question.id, other);
    expect(review?.decisions).not.toContain("restore");

    await closeSafeguardingConcern(admin, { concernId, closingNote: "Told the designated lead; ref 7." });
    await decideItem(other, { item: { kind: "question", id: question.id }, decision: "restore", reason: null });
    expect((await db.question.findUniqueOrThrow({ where: { id: question.id } })).moderation).toBe("approved");
  });
});

describe("the restricted list", () => {
  it("only admins read it: a moderator, a citizen and a visitor are told there is nothing", async () => {
    const moderator = await personWithRole("moderator");
    const admin = await personWithRole("admin");
    const { question } = await reportedQuestion();
    const { concernId } = await markSafeguardingConcern(moderator, { questionId: question.id, note: NOTE });

    const list = await listConcerns(admin);
    expect(list.concerns.map((c) => c.id)).toContain(concernId);
    const detail = await getConcern(admin, concernId);
    expect(detail).toMatchObject({ note: NOTE, question: { body: BODY, moderation: "hidden" }, closed: null });

    for (const reader of [moderator, await personWithRole("citizen"), null]) {
      await expect(listConcerns(reader)).rejects.toBeInstanceOf(NotFound);
      await expect(getConcern(reader, concernId)).rejects.toBeInstanceOf(NotFound);
    }
  });

  it("lists open concerns first, newest first, in keyset pages", async () => {
    const admin = await personWithRole("admin");
    const moderator = await personWithRole("moderator");
    const ids: string[] = [];
    for (let i = 0; i < 22; i += 1) {
      const question = await createQuestion((await createUser()).id);
      ids.push((await markSafeguardingConcern(moderator, { questionId: question.id, note: NOTE })).concernId);
    }
    // The oldest one is closed: it comes after every open one.
    await closeSafeguardingConcern(admin, { concernId: ids[0]!, closingNote: "Passed to the lead." });
    const seen = [];
    let after: string | undefined;
    do {
      const page = await listConcerns(admin, after);
      seen.push(...page.concerns);
      after = page.next ?? undefined;
    } while (after);
    expect(new Set(seen.map((c) => c.id)).size).toBe(seen.length);
    const firstClosed = seen.findIndex((c) => c.closedAt);
    expect(seen.slice(firstClosed).every((c) => c.closedAt)).toBe(true);
    const open = seen.filter((c) => !c.closedAt);
    for (let i = 1; i < open.length; i += 1) {
      expect(open[i - 1]!.createdAt.getTime()).toBeGreaterThanOrEqual(open[i]!.createdAt.getTime());
    }
    expect(open.slice(0, 21).map((c) => c.id)).toEqual(ids.slice(1).reverse());
  });

  it("an admin closes a concern with a note, in one audit entry; a moderator cannot, and a second close is a conflict", async () => {
    const admin = await personWithRole("admin");
    const moderator = await personWithRole("moderator");
    const question = await createQuestion((await createUser()).id);
    const { concernId } = await markSafeguardingConcern(moderator, { questionId: question.id, note: NOTE });

    await expect(closeSafeguardingConcern(moderator, { concernId, closingNote: "Done." })).rejects.toBeInstanceOf(
      Forbidden,
    );
    await expect(closeSafeguardingConcern(admin, { concernId, closingNote: " " })).rejects.toBeInstanceOf(Invalid);
    expect(await db.auditLog.count({ where: { targetId: concernId } })).toBe(0);

    await closeSafeguardingConcern(admin, { concernId, closingNote: "Told the designated lead at 10am; ref 42." });
    expect(await db.safeguardingConcern.findUniqueOrThrow({ where: { id: concernId } })).toMatchObject({
      closedById: admin.id,
      closingNote: "Told the designated lead at 10am; ref 42.",
    });
    const audits = await db.auditLog.findMany({ where: { targetId: concernId } });
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ actorId: admin.id, action: "safeguarding.closeConcern" });
    await expect(
      closeSafeguardingConcern(await actorOf(admin.id), { concernId, closingNote: "Again." }),
    ).rejects.toBeInstanceOf(Conflict);
  });
});
