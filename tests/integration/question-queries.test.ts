import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getQuestionDetail, getRemovedQuestionNotice, listMostSupportedQuestions } from "@/lib/questions/queries";
import { listQuestionComments } from "@/lib/comments/queries";
import { createOrganisation, createQuestion, createUser } from "../support/fixtures";

describe("getQuestionDetail for a visitor", () => {
  it("shows a published question with its author's public name, never an email", async () => {
    const author = await createUser({ displayName: "Calm Heron 21" });
    const question = await createQuestion(author.id, { title: "Can bus stops show live times?" });
    const detail = await getQuestionDetail(question.id, null);
    expect(detail?.title).toBe("Can bus stops show live times?");
    expect(detail?.author).toEqual({ name: "Calm Heron 21", organisations: [] });
    expect(JSON.stringify(detail)).not.toContain(author.email!);
  });

  it.each(["pending", "rejected", "hidden"] as const)("does not find a %s question", async (moderation) => {
    const author = await createUser();
    const question = await createQuestion(author.id, {
      moderation,
      moderationReason: moderation === "pending" ? undefined : "Contains a phone number.",
    });
    expect(await getQuestionDetail(question.id, null)).toBeNull();
  });

  it("does not find a malformed or unknown id", async () => {
    expect(await getQuestionDetail("not-a-uuid", null)).toBeNull();
    expect(await getQuestionDetail("00000000-0000-4000-8000-000000000000", null)).toBeNull();
  });

  it("shows a deleted author as Former participant, and only approved comments", async () => {
    const author = await createUser();
    const commenter = await createUser({ displayName: "Kind Owl 33" });
    const question = await createQuestion(author.id);
    await db.comment.create({
      data: { questionId: question.id, authorId: commenter.id, body: "Visible", moderation: "approved" },
    });
    await db.comment.create({
      data: { questionId: question.id, authorId: commenter.id, body: "Waiting", moderation: "pending" },
    });
    await db.user.update({
      where: { id: author.id },
      data: { status: "deleted", email: null, passwordHash: null, deletedAt: new Date() },
    });
    const detail = await getQuestionDetail(question.id, null);
    expect(detail?.author).toEqual({ name: "Former participant", organisations: [] });
    expect((await listQuestionComments(question.id, null)).items.map((c) => c.body)).toEqual(["Visible"]);
  });

  it("lists official responses with their organisation and named author", async () => {
    const author = await createUser();
    const partner = await createUser({ displayName: "Priya Test" });
    const organisation = await createOrganisation();
    const question = await createQuestion(author.id, { status: "answered" });
    await db.response.create({
      data: {
        questionId: question.id,
        organisationId: organisation.id,
        authorId: partner.id,
        body: "We are **trialling** this.",
      },
    });
    const detail = await getQuestionDetail(question.id, null);
    expect(detail?.responses).toMatchObject([
      { organisation: organisation.name, author: { name: "Priya Test" }, body: "We are **trialling** this." },
    ]);
    expect(detail?.answeredBy).toEqual([organisation.name]);
  });
});

describe("who is speaking", () => {
  it("tags partner members with their organisations and staff with CSES, read in the detail's own query", async () => {
    const author = await createUser({ displayName: "Bright Wren 12" });
    const officer = await createUser({ displayName: "Sam Officer" });
    const moderator = await createUser({ displayName: "Mo Derator", platformRole: "moderator" });
    const council = await createOrganisation();
    const university = await createOrganisation();
    for (const organisation of [council, university])
      await db.organisationMembership.create({ data: { userId: officer.id, organisationId: organisation.id } });
    const question = await createQuestion(author.id, { status: "under_review" });
    await db.statusChange.create({
      data: { questionId: question.id, actorId: officer.id, fromStatus: "open", toStatus: "under_review" },
    });
    await db.response.create({
      data: { questionId: question.id, organisationId: council.id, authorId: officer.id, body: "We are on it." },
    });
    const comment = await db.comment.create({
      data: { questionId: question.id, authorId: moderator.id, body: "Please keep it civil.", moderation: "approved" },
    });
    await db.comment.create({
      data: {
        questionId: question.id,
        authorId: author.id,
        parentId: comment.id,
        body: "Thank you.",
        moderation: "approved",
      },
    });

    const detail = await getQuestionDetail(question.id, null);
    const officerSpeaks = { name: "Sam Officer", organisations: [council.name, university.name].sort() };
    expect(detail?.author).toEqual({ name: "Bright Wren 12", organisations: [] });
    expect(detail?.timeline.map((t) => ({ ...t.by, organisations: [...t.by.organisations].sort() }))).toEqual([
      officerSpeaks,
    ]);
    expect(detail?.responses[0]?.author.name).toBe("Sam Officer");
    expect([...detail!.responses[0]!.author.organisations].sort()).toEqual(officerSpeaks.organisations);
    const comments = (await listQuestionComments(question.id, null)).items;
    expect(comments[0]?.author).toEqual({ name: "Mo Derator", organisations: ["CSES"] });
    expect(comments[0]?.replies[0]?.author).toEqual({ name: "Bright Wren 12", organisations: [] });
  });
});

describe("getRemovedQuestionNotice", () => {
  it("says a hidden question was removed and gives the moderator's reason, never its title or body", async () => {
    const author = await createUser();
    const hidden = await createQuestion(author.id, {
      title: "A title nobody else should read",
      body: "A body nobody else should read",
      moderation: "hidden",
      moderationReason: "It named a household.",
    });
    const notice = await getRemovedQuestionNotice(hidden.id);
    expect(notice).toEqual({ reason: "It named a household." });
    expect(JSON.stringify(notice)).not.toContain("nobody else");
  });

  it.each(["approved", "pending", "rejected"] as const)("says nothing of a %s question", async (moderation) => {
    const author = await createUser();
    const question = await createQuestion(author.id, {
      moderation,
      moderationReason: moderation === "rejected" ? "Off topic." : undefined,
    });
    expect(await getRemovedQuestionNotice(question.id)).toBeNull();
  });

  it("says nothing of a malformed or unknown id", async () => {
    expect(await getRemovedQuestionNotice("123")).toBeNull();
    expect(await getRemovedQuestionNotice(randomUUID())).toBeNull();
  });
});

describe("listMostSupportedQuestions", () => {
  it("orders published questions by support and leaves out unpublished ones", async () => {
    const author = await createUser();
    const low = await createQuestion(author.id, { title: "Low" });
    const high = await createQuestion(author.id, { title: "High" });
    const pending = await createQuestion(author.id, { title: "Pending", moderation: "pending" });
    await db.question.update({ where: { id: high.id }, data: { supportCount: 5 } });
    await db.question.update({ where: { id: low.id }, data: { supportCount: 1 } });
    await db.question.update({ where: { id: pending.id }, data: { supportCount: 9 } });
    const titles = (await listMostSupportedQuestions(100)).map((q) => q.title);
    expect(titles).not.toContain("Pending");
    expect(titles.indexOf("High")).toBeGreaterThanOrEqual(0);
    expect(titles.indexOf("High")).toBeLessThan(titles.indexOf("Low"));
  });
});
