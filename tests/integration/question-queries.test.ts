import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getQuestionDetail, listMostSupportedQuestions } from "@/lib/questions/queries";
import { createOrganisation, createQuestion, createUser } from "../support/fixtures";

describe("getQuestionDetail for a visitor", () => {
  it("shows a published question with its author's public name, never an email", async () => {
    const author = await createUser({ displayName: "Calm Heron 21" });
    const question = await createQuestion(author.id, { title: "Can bus stops show live times?" });
    const detail = await getQuestionDetail(question.id, null);
    expect(detail?.title).toBe("Can bus stops show live times?");
    expect(detail?.author).toBe("Calm Heron 21");
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
    expect(detail?.author).toBe("Former participant");
    expect(detail?.comments.map((c) => c.body)).toEqual(["Visible"]);
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
      { organisation: organisation.name, author: "Priya Test", body: "We are **trialling** this." },
    ]);
    expect(detail?.answeredBy).toEqual([organisation.name]);
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
