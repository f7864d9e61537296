// The flag threshold: a published post reported by N different people (the setting, default 3) is hidden at once,
// automatically, until a moderator checks it — exactly at N, exactly once when they report at the same moment,
// with one audit row and the author told. A hidden question leaves every public list; a hidden comment leaves its
// question's stored comment count.
import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { NotFound } from "@/lib/errors";
import { reportPost } from "@/lib/flags/service";
import type { ReportInput } from "@/lib/flags/schemas";
import { browseQuestions, findSimilarQuestions } from "@/lib/questions/browse/queries";
import { browseSchema } from "@/lib/questions/schemas";
import { listMostSupportedQuestions } from "@/lib/questions/queries";
import { DEFAULT_FLAG_THRESHOLD, FLAG_THRESHOLD_KEY } from "@/lib/settings/moderation";
import { actorOf, createQuestion, createUser } from "../support/fixtures";

const reporters = async (count: number): Promise<Actor[]> =>
  Promise.all(Array.from({ length: count }, async () => actorOf((await createUser()).id)));

function report(questionId: string, commentId: string | null = null): ReportInput {
  return { questionId, commentId, category: "offensive", details: null };
}

async function setThreshold(value: number) {
  await db.setting.upsert({
    where: { key: FLAG_THRESHOLD_KEY },
    create: { key: FLAG_THRESHOLD_KEY, value },
    update: { value },
  });
}

afterEach(async () => {
  await db.setting.deleteMany({ where: { key: FLAG_THRESHOLD_KEY } });
});

const questionState = (id: string) =>
  db.question.findUniqueOrThrow({
    where: { id },
    select: {
      moderation: true,
      moderationRule: true,
      moderatedById: true,
      moderatedAt: true,
      openFlagCount: true,
      queuedAt: true,
      commentCount: true,
    },
  });

const hiddenAudits = (targetId: string) =>
  db.auditLog.findMany({ where: { targetId, action: "moderation.hiddenByReports" } });

const hiddenNotices = (userId: string, questionId: string) =>
  db.notification.findMany({ where: { userId, questionId, kind: "post_hidden" } });

describe("the flag threshold", () => {
  it("puts a reported question in the queue at the first report, and hides it at exactly the default of 3", async () => {
    expect(DEFAULT_FLAG_THRESHOLD).toBe(3);
    const author = await createUser();
    const question = await createQuestion(author.id);
    const [first, second, third] = await reporters(3);

    await reportPost(first!, report(question.id));
    const afterOne = await questionState(question.id);
    expect(afterOne).toMatchObject({ moderation: "approved", openFlagCount: 1 });
    expect(afterOne.queuedAt).toBeInstanceOf(Date);

    await reportPost(second!, report(question.id));
    const afterTwo = await questionState(question.id);
    // N-1 different people: still published; queued since the first report.
    expect(afterTwo).toMatchObject({ moderation: "approved", openFlagCount: 2, queuedAt: afterOne.queuedAt });
    expect(await hiddenAudits(question.id)).toHaveLength(0);

    await reportPost(third!, report(question.id));
    const afterThree = await questionState(question.id);
    expect(afterThree).toMatchObject({
      moderation: "hidden",
      moderationRule: null,
      moderatedById: null,
      openFlagCount: 3,
      queuedAt: afterOne.queuedAt,
    });
    expect(afterThree.moderatedAt).toBeInstanceOf(Date);
    const audits = await hiddenAudits(question.id);
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ actorId: null, targetType: "question" });
    const notices = await hiddenNotices(author.id, question.id);
    expect(notices).toHaveLength(1);
    expect(notices[0]!.message).toContain("hidden while a moderator checks reports");
  });

  it("does not count the same person twice", async () => {
    const question = await createQuestion((await createUser()).id);
    const [first, second] = await reporters(2);
    await reportPost(first!, report(question.id));
    expect((await reportPost(first!, report(question.id))).status).toBe("already_reported");
    await reportPost(second!, report(question.id));
    expect(await questionState(question.id)).toMatchObject({ moderation: "approved", openFlagCount: 2 });
    expect(await db.flag.count({ where: { questionId: question.id } })).toBe(2);
  });

  it("hides exactly once when the threshold's reporters all report at the same moment", async () => {
    await setThreshold(5);
    const author = await createUser();
    const question = await createQuestion(author.id);
    const people = await reporters(5);
    const outcomes = await Promise.all(people.map((person) => reportPost(person, report(question.id))));
    expect(outcomes.map((o) => o.status)).toEqual(Array(5).fill("received"));
    expect(await questionState(question.id)).toMatchObject({ moderation: "hidden", openFlagCount: 5 });
    expect(await hiddenAudits(question.id)).toHaveLength(1);
    expect(await hiddenNotices(author.id, question.id)).toHaveLength(1);
  });

  it("follows the setting: 2 hides at the second report, 4 waits for the fourth", async () => {
    await setThreshold(2);
    const early = await createQuestion((await createUser()).id);
    const [a, b] = await reporters(2);
    await reportPost(a!, report(early.id));
    expect((await questionState(early.id)).moderation).toBe("approved");
    await reportPost(b!, report(early.id));
    expect((await questionState(early.id)).moderation).toBe("hidden");

    await setThreshold(4);
    const late = await createQuestion((await createUser()).id);
    const people = await reporters(4);
    for (const person of people.slice(0, 3)) await reportPost(person, report(late.id));
    expect(await questionState(late.id)).toMatchObject({ moderation: "approved", openFlagCount: 3 });
    await reportPost(people[3]!, report(late.id));
    expect(await questionState(late.id)).toMatchObject({ moderation: "hidden", openFlagCount: 4 });
  });

  it("refuses a report once the post is hidden, and changes nothing", async () => {
    await setThreshold(1);
    const question = await createQuestion((await createUser()).id);
    const [first, second] = await reporters(2);
    await reportPost(first!, report(question.id));
    await expect(reportPost(second!, report(question.id))).rejects.toBeInstanceOf(NotFound);
    expect(await questionState(question.id)).toMatchObject({ moderation: "hidden", openFlagCount: 1 });
    expect(await hiddenAudits(question.id)).toHaveLength(1);
  });

  it("takes a hidden question out of browse, search, most supported and similar-title suggestions", async () => {
    const word = `zorblat${randomUUID().slice(0, 6).replace(/\d/g, "x")}`;
    const title = `Why are the ${word} lamps on Colchester High Street dim?`;
    const question = await createQuestion((await createUser()).id, { title });
    await db.question.update({ where: { id: question.id }, data: { supportCount: 100000 } });

    const browseIds = async () =>
      (await browseQuestions(browseSchema.parse({ sort: "newest" }), 100)).items.map((q) => q.id);
    const searchIds = async () => (await browseQuestions(browseSchema.parse({ q: word }))).items.map((q) => q.id);
    const similarIds = async () => (await findSimilarQuestions(title)).map((q) => q.id);
    const topIds = async () => (await listMostSupportedQuestions(5)).map((q) => q.id);
    for (const list of [browseIds, searchIds, similarIds, topIds]) expect(await list()).toContain(question.id);

    for (const person of await reporters(3)) await reportPost(person, report(question.id));
    expect((await questionState(question.id)).moderation).toBe("hidden");
    for (const list of [browseIds, searchIds, similarIds, topIds]) expect(await list()).not.toContain(question.id);
  });

  it("hides a comment at the threshold and keeps its question's stored comment count right", async () => {
    const question = await createQuestion((await createUser()).id);
    const commenter = await createUser();
    const comment = await db.comment.create({
      data: {
        questionId: question.id,
        authorId: commenter.id,
        body: "Nobody fixes anything round here.",
        moderation: "approved",
      },
    });
    await db.comment.create({
      data: {
        questionId: question.id,
        authorId: commenter.id,
        body: "The lamps were fixed last year.",
        moderation: "approved",
      },
    });
    expect((await questionState(question.id)).commentCount).toBe(2);

    const people = await reporters(3);
    await Promise.all(people.map((person) => reportPost(person, report(question.id, comment.id))));
    const stored = await db.comment.findUniqueOrThrow({ where: { id: comment.id } });
    expect(stored).toMatchObject({ moderation: "hidden", moderatedById: null, moderationRule: null, openFlagCount: 3 });
    expect(stored.queuedAt).toBeInstanceOf(Date);
    // The question itself is untouched, apart from one comment fewer to count.
    expect(await questionState(question.id)).toMatchObject({
      moderation: "approved",
      openFlagCount: 0,
      commentCount: 1,
    });
    const audits = await hiddenAudits(comment.id);
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ actorId: null, targetType: "comment" });
    const notices = await hiddenNotices(commenter.id, question.id);
    expect(notices).toHaveLength(1);
    expect(notices[0]!.commentId).toBe(comment.id);
  });
});
