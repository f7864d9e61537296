// Who sees which question, and which parts of it: the questionVisibleTo where-builder, and the question
// page's three reads, each for its own audience (public detail, partner workspace, moderator view).
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import type { MembershipRole, PlatformRole } from "@/lib/generated/prisma/enums";
import { browseQuestions, findSimilarQuestions } from "@/lib/questions/browse/queries";
import { getModeratorView } from "@/lib/moderation/queries";
import { getQuestionDetail, listMostSupportedQuestions } from "@/lib/questions/queries";
import { browseSchema } from "@/lib/questions/schemas";
import { questionVisibleTo } from "@/lib/questions/visibility";
import { getPartnerWorkspace } from "@/lib/triage/queries";
import { createOrganisation, createQuestion, signedInActor } from "../support/fixtures";

let orgA: { id: number; name: string };
let orgB: { id: number; name: string };

async function person(
  displayName: string,
  platformRole: PlatformRole = "citizen",
  membership?: { organisationId: number; role: MembershipRole },
): Promise<Actor> {
  const id = randomUUID();
  await db.user.create({
    data: { id, email: `${id}@example.com`, displayName, emailVerifiedAt: new Date(), platformRole },
  });
  if (membership) await db.organisationMembership.create({ data: { userId: id, ...membership } });
  return (await signedInActor(id, 0))!;
}

const people = {} as Record<"author" | "citizen" | "partnerA" | "leadA" | "partnerB" | "moderator" | "admin", Actor>;
const questions = {} as Record<
  "published" | "pending" | "rejected" | "hidden" | "unassigned" | "moderatorsOwn",
  string
>;
let themeSlug: string;

beforeAll(async () => {
  orgA = await createOrganisation();
  orgB = await createOrganisation();
  people.author = await person("Asking Author");
  people.citizen = await person("Curious Citizen");
  people.partnerA = await person("Partner Of A", "citizen", { organisationId: orgA.id, role: "member" });
  people.leadA = await person("Lead Of A", "citizen", { organisationId: orgA.id, role: "lead" });
  people.partnerB = await person("Partner Of B", "citizen", { organisationId: orgB.id, role: "member" });
  people.moderator = await person("Mindful Moderator", "moderator");
  people.admin = await person("Able Admin", "admin");

  const theme = await db.theme.create({
    data: { slug: `audiences-${randomUUID().slice(0, 8)}`, name: "Audiences", description: "For the audience tests." },
  });
  themeSlug = theme.slug;
  const ask = async (
    title: string,
    overrides: Parameters<typeof createQuestion>[1] = {},
    authorId = people.author.id,
  ) => {
    const q = await createQuestion(authorId, { title, body: `Details of ${title}.`, ...overrides });
    await db.questionTheme.create({ data: { questionId: q.id, themeId: theme.id } });
    return q.id;
  };
  questions.published = await ask("Audience test: a published question about buses");
  questions.pending = await ask("Audience test: a pending question about buses", { moderation: "pending" });
  questions.rejected = await ask("Audience test: a rejected question about buses", {
    moderation: "rejected",
    moderationReason: "It names a private person.",
  });
  questions.hidden = await ask("Audience test: a hidden question about buses", {
    moderation: "hidden",
    moderationReason: "It was reported as spam.",
  });
  questions.unassigned = await ask("Audience test: a question waiting in the pool");
  questions.moderatorsOwn = await ask(
    "Audience test: a moderator's own question",
    { moderation: "pending" },
    people.moderator.id,
  );

  for (const id of [questions.published, questions.hidden]) {
    await db.assignment.create({
      data: {
        questionId: id,
        organisationId: orgA.id,
        dueOn: new Date("2026-12-23"),
        claimedById: people.partnerA.id,
        claimedAt: new Date(),
      },
    });
  }
  await db.internalNote.create({
    data: {
      questionId: questions.published,
      organisationId: orgA.id,
      authorId: people.partnerA.id,
      body: "Note from A: ask the bus team.",
    },
  });
  await db.internalNote.create({
    data: {
      questionId: questions.published,
      organisationId: orgB.id,
      authorId: people.partnerB.id,
      body: "Note from B before the transfer.",
    },
  });
  await db.internalNote.create({
    data: {
      questionId: questions.published,
      organisationId: null,
      authorId: people.admin.id,
      body: "Admin note: due date agreed.",
    },
  });

  const flag = async (questionId: string, category: "spam" | "offensive", state: "open" | "dismissed" = "open") => {
    const reporter = await person("Reporting Person");
    await db.flag.create({ data: { reporterId: reporter.id, questionId, category, state } });
  };
  await flag(questions.published, "spam");
  await flag(questions.published, "spam");
  await flag(questions.published, "offensive");
  await flag(questions.published, "spam", "dismissed");
});

describe("questionVisibleTo", () => {
  const visibleTitles = async (viewer: Actor | null) => {
    const ids = [questions.published, questions.pending, questions.rejected, questions.hidden];
    const rows = await db.question.findMany({
      where: { AND: [{ id: { in: ids } }, questionVisibleTo(viewer)] },
      select: { id: true },
    });
    return rows.map((r) => Object.entries(questions).find(([, id]) => id === r.id)![0]).sort();
  };

  it("shows published questions only to visitors, citizens and partners", async () => {
    expect(await visibleTitles(null)).toEqual(["published"]);
    expect(await visibleTitles(people.citizen)).toEqual(["published"]);
    expect(await visibleTitles(people.partnerA)).toEqual(["published"]);
  });

  it("shows the author their own questions whatever their moderation state", async () => {
    expect(await visibleTitles(people.author)).toEqual(["hidden", "pending", "published", "rejected"]);
  });

  it("shows moderators and admins every state, to check them", async () => {
    expect(await visibleTitles(people.moderator)).toEqual(["hidden", "pending", "published", "rejected"]);
    expect(await visibleTitles(people.admin)).toEqual(["hidden", "pending", "published", "rejected"]);
  });

  it("is the rule browse, search, similar titles and the most supported list apply: published only", async () => {
    const everyone = await db.question.findMany({
      where: { AND: [{ themes: { some: { theme: { slug: themeSlug } } } }, questionVisibleTo(null)] },
      select: { id: true },
    });
    const browsed = await browseQuestions(browseSchema.parse({ theme: themeSlug }), 100);
    expect(browsed.items.map((q) => q.id).sort()).toEqual(everyone.map((q) => q.id).sort());
    expect(everyone).toHaveLength(2);

    const similar = await findSimilarQuestions("Audience test: a question about buses");
    expect(similar.map((q) => q.id)).toContain(questions.published);
    for (const held of [questions.pending, questions.rejected, questions.hidden])
      expect(similar.map((q) => q.id)).not.toContain(held);

    const most = (await listMostSupportedQuestions(1000)).map((q) => q.id);
    expect(most).toContain(questions.published);
    for (const held of [questions.pending, questions.rejected, questions.hidden]) expect(most).not.toContain(held);
  });
});

describe("getQuestionDetail (public detail)", () => {
  it.each(["pending", "rejected", "hidden"] as const)(
    "does not give a %s question to a visitor, a citizen or a partner",
    async (state) => {
      for (const viewer of [null, people.citizen, people.partnerA, people.partnerB]) {
        expect(await getQuestionDetail(questions[state], viewer)).toBeNull();
      }
    },
  );

  it("gives the author their held question with its state and the moderator's reason", async () => {
    const detail = await getQuestionDetail(questions.rejected, people.author);
    expect(detail?.published).toBe(false);
    expect(detail?.viewer).toMatchObject({
      isAuthor: true,
      ownModeration: { state: "rejected", reason: "It names a private person." },
    });
    expect(detail?.viewer.editability).toEqual({
      allowed: false,
      reason: "This question was taken down by a moderator and cannot be edited.",
      kind: "conflict",
    });
  });

  it("gives a moderator a held question without the author's own bits", async () => {
    const detail = await getQuestionDetail(questions.hidden, people.moderator);
    expect(detail?.title).toBe("Audience test: a hidden question about buses");
    expect(detail?.published).toBe(false);
    expect(detail?.takesSupport).toBe(false);
    expect(detail?.viewer).toMatchObject({ isAuthor: false, ownModeration: null, editability: { allowed: false } });
  });

  it("tells each viewer whether they support and follow it and whether they may change it", async () => {
    await db.vote.create({ data: { userId: people.citizen.id, questionId: questions.unassigned } });
    await db.follow.create({ data: { userId: people.citizen.id, questionId: questions.unassigned } });
    const forCitizen = await getQuestionDetail(questions.unassigned, people.citizen);
    expect(forCitizen?.viewer).toMatchObject({
      isAuthor: false,
      supports: true,
      following: true,
      ownModeration: null,
      editability: { allowed: false, kind: "not_found" },
    });
    const forAuthor = await getQuestionDetail(questions.unassigned, people.author);
    expect(forAuthor?.viewer).toMatchObject({
      isAuthor: true,
      supports: false,
      following: false,
      ownModeration: { state: "approved", reason: null },
      editability: { allowed: true },
    });
    const forVisitor = await getQuestionDetail(questions.unassigned, null);
    expect(forVisitor?.viewer).toMatchObject({
      isAuthor: false,
      supports: false,
      following: false,
      ownModeration: null,
    });
    expect(forVisitor?.takesSupport).toBe(true);
  });

  it("refuses the author's change once a partner has claimed the question, with the reason", async () => {
    const detail = await getQuestionDetail(questions.published, people.author);
    expect(detail?.viewer.editability).toEqual({
      allowed: false,
      reason:
        "A partner organisation has started work on this question, so it can no longer be changed. You can add a comment instead.",
      kind: "conflict",
    });
  });

  it("carries no workspace or moderation fields, whoever asks", async () => {
    for (const viewer of [null, people.author, people.partnerA, people.moderator, people.admin]) {
      const text = JSON.stringify(await getQuestionDetail(questions.published, viewer));
      expect(text).toContain("Audience test: a published question about buses");
      for (const secret of ["Note from A", "Admin note", "2026-12-23", "spam", "offensive", "Partner Of A"])
        expect(text).not.toContain(secret);
    }
  });
});

describe("getPartnerWorkspace", () => {
  it("gives members and leads of the leading organisation the assignment and their notes, not another organisation's", async () => {
    for (const viewer of [people.partnerA, people.leadA]) {
      const workspace = await getPartnerWorkspace(questions.published, viewer);
      expect(workspace?.assignment).toMatchObject({ organisation: orgA.name, claimedBy: "Partner Of A" });
      expect(workspace?.assignment?.dueOn.toISOString().slice(0, 10)).toBe("2026-12-23");
      expect(workspace?.notes.map((n) => n.body)).toEqual([
        "Note from A: ask the bus team.",
        "Admin note: due date agreed.",
      ]);
      expect(workspace?.notes.map((n) => n.organisation)).toEqual([orgA.name, null]);
    }
  });

  it("gives an admin every note, and the workspace of a question still in the pool", async () => {
    const workspace = await getPartnerWorkspace(questions.published, people.admin);
    expect(workspace?.notes.map((n) => n.body)).toEqual([
      "Note from A: ask the bus team.",
      "Note from B before the transfer.",
      "Admin note: due date agreed.",
    ]);
    expect(await getPartnerWorkspace(questions.unassigned, people.admin)).toEqual({ assignment: null, notes: [] });
  });

  it("gives nothing to a visitor, a citizen, the author, a partner of another organisation or a moderator", async () => {
    for (const viewer of [null, people.citizen, people.author, people.partnerB, people.moderator]) {
      expect(await getPartnerWorkspace(questions.published, viewer)).toBeNull();
    }
  });

  it("gives nothing to partners on a question still in the pool, or on one they may not see", async () => {
    expect(await getPartnerWorkspace(questions.unassigned, people.leadA)).toBeNull();
    expect(await getPartnerWorkspace(questions.hidden, people.partnerA)).toBeNull();
    expect(await getPartnerWorkspace("not-a-uuid", people.admin)).toBeNull();
  });
});

describe("getModeratorView", () => {
  it("gives moderators and admins the state, the reason and the open flags by category", async () => {
    for (const viewer of [people.moderator, people.admin]) {
      expect(await getModeratorView(questions.published, viewer)).toEqual({
        moderation: "approved",
        reason: null,
        openFlags: [
          { category: "spam", count: 2 },
          { category: "offensive", count: 1 },
        ],
      });
      expect(await getModeratorView(questions.rejected, viewer)).toEqual({
        moderation: "rejected",
        reason: "It names a private person.",
        openFlags: [],
      });
    }
  });

  it("gives nothing to a visitor, a citizen, the author or a partner", async () => {
    for (const viewer of [null, people.citizen, people.author, people.partnerA, people.leadA]) {
      expect(await getModeratorView(questions.published, viewer)).toBeNull();
      expect(await getModeratorView(questions.rejected, viewer)).toBeNull();
    }
  });

  it("gives nothing to a moderator on their own question: nobody moderates their own posts", async () => {
    expect(await getModeratorView(questions.moderatorsOwn, people.moderator)).toBeNull();
    expect(await getModeratorView(questions.moderatorsOwn, people.admin)).toMatchObject({ moderation: "pending" });
  });
});
