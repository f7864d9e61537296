// Asking and editing questions through the services, and "similar questions" while typing, against this file's
// own database with the demo seed loaded (so the similar-questions search has real titles to find).
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { Conflict, Invalid, NotFound, RateLimited } from "@/lib/errors";
import { findSimilarQuestions } from "@/lib/questions/browse/queries";
import { questionSchema, type QuestionInput } from "@/lib/questions/schemas";
import { askQuestion, editQuestion } from "@/lib/questions/service";
import { createOrganisation, createQuestion, createUser, signedInActor } from "../support/fixtures";

const run = promisify(execFile);

beforeAll(async () => {
  // A throwaway test database, so the demo seed is told it may fill it.
  await run("npx", ["tsx", "prisma/seed.ts"], { env: { ...process.env, NODE_ENV: "test", SEED_DEMO_DATA: "yes" } });
}, 120_000);

/** A valid form submission, through the same schema the page uses. */
function input(
  overrides: Partial<{ title: string; body: string; themes: string[]; district: string }> = {},
): QuestionInput {
  return questionSchema.parse({
    title: "Could the library in Witham lend out energy monitors?",
    body: "Many people would like to see which appliances use the most electricity before buying their own monitor.",
    themes: ["energy-and-environment"],
    district: "braintree",
    ...overrides,
  });
}

async function actorFor(userId: string) {
  const actor = await signedInActor(userId, 0);
  if (!actor) throw new Error(`no actor for ${userId}`);
  return actor;
}

/** An adult citizen who already has a question a moderator approved, so their next one is published at once. */
async function trustedAuthor() {
  const user = await createUser();
  await createQuestion(user.id, { title: "An earlier question that a moderator approved" });
  return user;
}

describe("findSimilarQuestions", () => {
  it("finds a seeded question from a reworded title about slow broadband", async () => {
    const seeded = await db.question.findFirstOrThrow({
      where: {
        moderation: "approved",
        status: { not: "merged" },
        AND: [{ title: { contains: "broadband" } }, { title: { contains: "Ongar" } }],
      },
    });
    const reworded = "Ongar hamlets are stuck with really slow broadband";
    expect(reworded).not.toBe(seeded.title);
    const similar = await findSimilarQuestions(reworded);
    expect(similar.length).toBeLessThanOrEqual(5);
    expect(similar.map((q) => q.id)).toContain(seeded.id);
    expect(similar.find((q) => q.id === seeded.id)).toEqual({
      id: seeded.id,
      title: seeded.title,
      supportCount: seeded.supportCount,
    });
  });

  it("finds a seeded question from a reworded title about bus stop arrival times", async () => {
    const seeded = await db.question.findFirstOrThrow({
      where: {
        moderation: "approved",
        status: { not: "merged" },
        AND: [{ title: { contains: "bus stops" } }, { title: { contains: "Maldon" } }],
      },
    });
    const reworded = "Real-time arrival screens for the Maldon bus stop";
    const similar = await findSimilarQuestions(reworded);
    expect(similar.length).toBeLessThanOrEqual(5);
    expect(similar.map((q) => q.id)).toContain(seeded.id);
  });

  it("only ever suggests published questions that were not merged", async () => {
    // The same title in every state, so each unpublished or merged copy would be found if the filter were missing.
    const author = await createUser();
    const title = "Could Tiptree windmill host a community solar roof?";
    const published = await createQuestion(author.id, { title });
    const held = await createQuestion(author.id, { title, moderation: "pending" });
    const rejected = await createQuestion(author.id, {
      title,
      moderation: "rejected",
      moderationReason: "It repeats another question.",
    });
    const hidden = await createQuestion(author.id, {
      title,
      moderation: "hidden",
      moderationReason: "It names a private person.",
    });
    const merged = await db.question.create({
      data: {
        title,
        body: "The same question again.",
        authorId: author.id,
        moderation: "approved",
        publishedAt: new Date(),
        status: "merged",
        mergedIntoId: published.id,
      },
    });
    const found = (await findSimilarQuestions(title)).map((q) => q.id);
    expect(found).toContain(published.id);
    for (const excluded of [held, rejected, hidden, merged]) expect(found).not.toContain(excluded.id);

    // Across the whole seed too: a broad search fills the list, and every row in it is published and not merged.
    const similar = await findSimilarQuestions("broadband bus cycling flooding bins sensors library school");
    expect(similar).toHaveLength(5);
    const rows = await db.question.findMany({
      where: { id: { in: similar.map((q) => q.id) } },
      select: { moderation: true, status: true },
    });
    expect(rows).toHaveLength(5);
    for (const row of rows) {
      expect(row.moderation).toBe("approved");
      expect(row.status).not.toBe("merged");
    }
  });

  it("returns nothing for fewer than 4 characters", async () => {
    expect(await findSimilarQuestions("bus")).toEqual([]);
    expect(await findSimilarQuestions("  bus   ")).toEqual([]);
    expect(await findSimilarQuestions("")).toEqual([]);
  });

  it("respects a smaller limit", async () => {
    // More than 2 match, so a limit that was ignored would show.
    expect((await findSimilarQuestions("broadband in villages")).length).toBeGreaterThan(2);
    expect(await findSimilarQuestions("broadband in villages", 2)).toHaveLength(2);
  });
});

describe("askQuestion", () => {
  it("holds a new author's first question for a moderator", async () => {
    const user = await createUser();
    const { id, moderation } = await askQuestion(await actorFor(user.id), input());
    expect(moderation).toBe("pending");
    const stored = await db.question.findUniqueOrThrow({
      where: { id },
      include: { themes: { include: { theme: true } }, district: true },
    });
    expect(stored).toMatchObject({
      authorId: user.id,
      moderation: "pending",
      publishedAt: null,
      status: "open",
      supportCount: 0,
    });
    expect(stored.themes.map((t) => t.theme.slug)).toEqual(["energy-and-environment"]);
    expect(stored.district?.slug).toBe("braintree");
  });

  it("publishes at once for an author who already has an approved question", async () => {
    const user = await trustedAuthor();
    const before = new Date();
    const { id, moderation } = await askQuestion(
      await actorFor(user.id),
      input({ themes: ["transport-and-mobility", "energy-and-environment"] }),
    );
    expect(moderation).toBe("approved");
    const stored = await db.question.findUniqueOrThrow({
      where: { id },
      include: { themes: { include: { theme: true } } },
    });
    expect(stored.moderation).toBe("approved");
    expect(stored.publishedAt).not.toBeNull();
    expect(stored.publishedAt!.getTime()).toBeGreaterThanOrEqual(before.getTime() - 1000);
    expect(stored.themes.map((t) => t.theme.slug).sort()).toEqual(["energy-and-environment", "transport-and-mobility"]);
  });

  it("counts an approved comment as a track record, as commenting counts a published question", async () => {
    const user = await createUser();
    const other = await createQuestion((await createUser()).id);
    await db.comment.create({
      data: { questionId: other.id, authorId: user.id, body: "I agree.", moderation: "approved" },
    });
    const { moderation } = await askQuestion(await actorFor(user.id), input());
    expect(moderation).toBe("approved");
  });

  it("always holds an under-16 author's question for a moderator, even with an approved one already", async () => {
    const user = await trustedAuthor();
    await db.user.update({ where: { id: user.id }, data: { ageBand: "under_16" } });
    const { id, moderation } = await askQuestion(await actorFor(user.id), input());
    expect(moderation).toBe("pending");
    expect(await db.question.findUniqueOrThrow({ where: { id } })).toMatchObject({
      moderation: "pending",
      publishedAt: null,
    });
  });

  it("refuses an unknown theme with a field error for themes and writes nothing", async () => {
    const user = await trustedAuthor();
    const actor = await actorFor(user.id);
    const [questionsBefore, changesBefore, themeLinksBefore] = [
      await db.question.count(),
      await db.statusChange.count(),
      await db.questionTheme.count(),
    ];

    for (const themes of [["not-a-real-theme"], ["transport-and-mobility", "not-a-real-theme"]]) {
      const attempt = askQuestion(actor, input({ themes }));
      await expect(attempt).rejects.toBeInstanceOf(Invalid);
      await expect(attempt).rejects.toMatchObject({ fieldErrors: { themes: expect.any(String) } });
    }

    expect(await db.question.count()).toBe(questionsBefore);
    expect(await db.statusChange.count()).toBe(changesBefore);
    expect(await db.questionTheme.count()).toBe(themeLinksBefore);
  });

  it("refuses an unknown district with a field error for district and writes nothing", async () => {
    const user = await trustedAuthor();
    const questionsBefore = await db.question.count();
    const attempt = askQuestion(await actorFor(user.id), input({ district: "atlantis" }));
    await expect(attempt).rejects.toBeInstanceOf(Invalid);
    await expect(attempt).rejects.toMatchObject({ fieldErrors: { district: expect.any(String) } });
    expect(await db.question.count()).toBe(questionsBefore);
  });

  it("writes the first entry of the public timeline: from nothing to open, by the author", async () => {
    const user = await createUser();
    const { id } = await askQuestion(await actorFor(user.id), input());
    const changes = await db.statusChange.findMany({ where: { questionId: id } });
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ fromStatus: null, toStatus: "open", actorId: user.id });
  });
});

describe("editQuestion", () => {
  it("keeps the earlier wording as a revision and saves the new one", async () => {
    const user = await trustedAuthor();
    const actor = await actorFor(user.id);
    const original = input();
    const { id } = await askQuestion(actor, original);
    const edited = input({
      title: "Could libraries across Braintree lend out energy monitors?",
      body: "Many people would like to borrow a plug-in monitor for a week to see which appliances cost the most to run.",
      themes: ["energy-and-environment", "housing-and-planning"],
    });

    expect(await editQuestion(actor, id, edited)).toEqual({ moderation: "approved", screeningRules: [] });

    const revisions = await db.questionRevision.findMany({ where: { questionId: id } });
    expect(revisions).toHaveLength(1);
    expect(revisions[0]).toMatchObject({ title: original.title, body: original.body, editedById: user.id });
    const stored = await db.question.findUniqueOrThrow({
      where: { id },
      include: { themes: { include: { theme: true } } },
    });
    expect(stored).toMatchObject({ title: edited.title, body: edited.body, moderation: "approved" });
    expect(stored.themes.map((t) => t.theme.slug).sort()).toEqual(["energy-and-environment", "housing-and-planning"]);
  });

  it("keeps one revision per edit, each with the wording it replaced", async () => {
    const user = await trustedAuthor();
    const actor = await actorFor(user.id);
    const { id } = await askQuestion(actor, input({ title: "First wording of a question about street lights" }));
    await editQuestion(actor, id, input({ title: "Second wording of a question about street lights" }));
    await editQuestion(actor, id, input({ title: "Third wording of a question about street lights" }));
    const revisions = await db.questionRevision.findMany({ where: { questionId: id } });
    expect(revisions.map((r) => r.title).sort()).toEqual([
      "First wording of a question about street lights",
      "Second wording of a question about street lights",
    ]);
    expect((await db.question.findUniqueOrThrow({ where: { id } })).title).toBe(
      "Third wording of a question about street lights",
    );
  });

  it("refuses with Conflict once a partner organisation has the question, and writes nothing", async () => {
    const user = await trustedAuthor();
    const actor = await actorFor(user.id);
    const { id } = await askQuestion(actor, input());
    const organisation = await createOrganisation();
    await db.assignment.create({
      data: { questionId: id, organisationId: organisation.id, dueOn: new Date("2026-12-23") },
    });
    const before = await db.question.findUniqueOrThrow({ where: { id }, include: { themes: true } });

    await expect(
      editQuestion(actor, id, input({ title: "A changed title that must not be saved" })),
    ).rejects.toBeInstanceOf(Conflict);

    expect(await db.question.findUniqueOrThrow({ where: { id }, include: { themes: true } })).toEqual(before);
    expect(await db.questionRevision.count({ where: { questionId: id } })).toBe(0);
  });

  it("refuses with NotFound to edit another person's question, and writes nothing", async () => {
    const owner = await trustedAuthor();
    const { id } = await askQuestion(await actorFor(owner.id), input());
    const before = await db.question.findUniqueOrThrow({ where: { id } });
    const stranger = await trustedAuthor();

    await expect(
      editQuestion(await actorFor(stranger.id), id, input({ title: "A stranger's rewording of the question" })),
    ).rejects.toBeInstanceOf(NotFound);

    expect(await db.question.findUniqueOrThrow({ where: { id } })).toEqual(before);
    expect(await db.questionRevision.count({ where: { questionId: id } })).toBe(0);
  });

  it("refuses with NotFound for a question that does not exist", async () => {
    const user = await trustedAuthor();
    await expect(
      editQuestion(await actorFor(user.id), "00000000-0000-4000-8000-000000000000", input()),
    ).rejects.toBeInstanceOf(NotFound);
  });

  it("sends an edited published question by an under-16 author back to a moderator", async () => {
    const user = await trustedAuthor();
    const question = await createQuestion(user.id, { title: "A published question before the author's age was known" });
    await db.user.update({ where: { id: user.id }, data: { ageBand: "under_16" } });

    expect(await editQuestion(await actorFor(user.id), question.id, input())).toEqual({
      moderation: "pending",
      screeningRules: ["child_protections"],
    });
    expect((await db.question.findUniqueOrThrow({ where: { id: question.id } })).moderation).toBe("pending");
    expect(await db.questionRevision.count({ where: { questionId: question.id } })).toBe(1);
  });

  it("refuses an unknown theme on edit and leaves the question and its revisions as they were", async () => {
    const user = await trustedAuthor();
    const actor = await actorFor(user.id);
    const { id } = await askQuestion(actor, input());
    const before = await db.question.findUniqueOrThrow({ where: { id }, include: { themes: true } });
    await expect(editQuestion(actor, id, input({ themes: ["not-a-real-theme"] }))).rejects.toBeInstanceOf(Invalid);
    expect(await db.question.findUniqueOrThrow({ where: { id }, include: { themes: true } })).toEqual(before);
    expect(await db.questionRevision.count({ where: { questionId: id } })).toBe(0);
  });
});

describe("rate limits on asking", () => {
  it("allow 10 questions an hour per person, then say when to try again, writing nothing more", async () => {
    const actor = await actorFor((await trustedAuthor()).id);
    for (let i = 0; i < 10; i += 1)
      await askQuestion(actor, input({ title: `Rate limited question number ${i + 1} about buses` }));
    const before = await db.question.count({ where: { authorId: actor.id } });
    const refused = await askQuestion(actor, input({ title: "One question too many about buses" })).catch(
      (error: Error) => error,
    );
    expect(refused).toBeInstanceOf(RateLimited);
    expect((refused as RateLimited).message).toMatch(/Try again in (\d+ minutes?|1 hour)\./);
    expect(await db.question.count({ where: { authorId: actor.id } })).toBe(before);
  });
});
