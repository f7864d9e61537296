// Issue 21, point 1: what a theme's learn page reads of its theme — the live questions (published, open or under
// review, trending first, with the viewer's own support and authorship), how many there are, and the partners'
// latest answers on its published questions — against the real database.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { ModerationState, QuestionStatus } from "@/lib/generated/prisma/enums";
import { listLiveQuestionsOfTheme } from "@/lib/questions/queries";
import { listRecentAnswersOfTheme } from "@/lib/responses/queries";
import { actorOf, createOrganisation, createQuestion, createUser } from "../support/fixtures";

async function newTheme() {
  const slug = `theme-${randomUUID().slice(0, 8)}`;
  return db.theme.create({ data: { slug, name: `Theme ${slug}`, description: "For this test." } });
}

async function questionIn(
  themeId: number,
  authorId: string,
  q: { title: string; status?: QuestionStatus; moderation?: ModerationState; trending?: number },
) {
  const question = await createQuestion(authorId, {
    title: q.title,
    status: q.status,
    moderation: q.moderation,
    moderationReason:
      q.moderation && q.moderation !== "approved" && q.moderation !== "pending" ? "Off topic." : undefined,
  });
  await db.questionTheme.create({ data: { questionId: question.id, themeId } });
  await db.question.update({ where: { id: question.id }, data: { trendingScore: q.trending ?? 0 } });
  return question;
}

describe("listLiveQuestionsOfTheme", () => {
  it("lists the theme's published open and under-review questions, trending first, with the viewer's part in each", async () => {
    const [theme, other] = [await newTheme(), await newTheme()];
    const [author, viewer] = [await createUser(), await createUser()];
    const open = await questionIn(theme.id, author.id, { title: "Open, trending 3", trending: 3 });
    const claimed = await questionIn(theme.id, author.id, {
      title: "Under review, trending 5",
      status: "under_review",
      trending: 5,
    });
    const own = await questionIn(theme.id, viewer.id, { title: "The viewer's own, trending 1", trending: 1 });
    await questionIn(theme.id, author.id, { title: "Answered already", status: "answered", trending: 9 });
    await questionIn(theme.id, author.id, { title: "Delivered", status: "delivered", trending: 9 });
    await questionIn(theme.id, author.id, { title: "Waiting for a moderator", moderation: "pending", trending: 9 });
    await questionIn(theme.id, author.id, { title: "Hidden", moderation: "hidden", trending: 9 });
    await questionIn(other.id, author.id, { title: "Another theme", trending: 9 });
    await db.vote.create({ data: { userId: viewer.id, questionId: open.id } });

    const seen = await listLiveQuestionsOfTheme(theme.slug, await actorOf(viewer.id));
    expect(seen.items.map((q) => q.id)).toEqual([claimed.id, open.id, own.id]);
    expect(seen.total).toBe(3);
    expect(seen.items.map((q) => q.viewer)).toEqual([
      { isAuthor: false, supports: false },
      { isAuthor: false, supports: true },
      { isAuthor: true, supports: false },
    ]);
    expect(seen.items[0]?.themes).toEqual([{ slug: theme.slug, name: theme.name }]);

    const visitor = await listLiveQuestionsOfTheme(theme.slug, null, 2);
    expect(visitor.items.map((q) => q.id)).toEqual([claimed.id, open.id]);
    expect(visitor.total).toBe(3);
    expect(visitor.items.every((q) => !q.viewer.isAuthor && !q.viewer.supports)).toBe(true);

    expect(await listLiveQuestionsOfTheme(`theme-none-${randomUUID().slice(0, 8)}`, null)).toEqual({
      items: [],
      total: 0,
    });
  });
});

describe("listRecentAnswersOfTheme", () => {
  it("lists the latest official responses on the theme's published questions, newest first, with who wrote them", async () => {
    const [theme, other] = [await newTheme(), await newTheme()];
    const organisation = await createOrganisation();
    const [author, partner] = [await createUser(), await createUser({ displayName: "Officer Wren 4" })];
    await db.organisationMembership.create({ data: { organisationId: organisation.id, userId: partner.id } });
    const answer = async (questionId: string, body: string, daysAgo: number) =>
      db.response.create({
        data: {
          questionId,
          organisationId: organisation.id,
          authorId: partner.id,
          body,
          createdAt: new Date(Date.now() - daysAgo * 86_400_000),
        },
      });
    const first = await questionIn(theme.id, author.id, { title: "Answered first", status: "answered" });
    const second = await questionIn(theme.id, author.id, { title: "Answered second", status: "answered" });
    const hidden = await questionIn(theme.id, author.id, { title: "Hidden since", moderation: "hidden" });
    const elsewhere = await questionIn(other.id, author.id, { title: "Other theme", status: "answered" });
    await answer(first.id, "The older answer.", 3);
    await answer(second.id, "The newer answer.", 1);
    await answer(hidden.id, "On a hidden question.", 0);
    await answer(elsewhere.id, "On another theme.", 0);

    const answers = await listRecentAnswersOfTheme(theme.slug);
    expect(answers.map((a) => [a.question.title, a.body])).toEqual([
      ["Answered second", "The newer answer."],
      ["Answered first", "The older answer."],
    ]);
    expect(answers[0]).toMatchObject({
      organisation: organisation.name,
      organisationSlug: organisation.slug,
      author: { name: "Officer Wren 4", organisations: [organisation.name] },
      lastEditedAt: null,
    });
    expect(JSON.stringify(answers)).not.toContain(partner.email!);
    expect(await listRecentAnswersOfTheme(theme.slug, 1)).toHaveLength(1);
  });
});
