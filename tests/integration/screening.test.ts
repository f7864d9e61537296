// Screening through the services, against this file's own database: each rule holds what it should and only
// that, for questions, comments and their edits (held items record their rules and join the queue); the
// first-posts setting; and public names: held, refused as a claim to be a partner or staff, refused for people
// under 18, a refusal changing nothing.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { Invalid } from "@/lib/errors";
import type { AgeBand } from "@/lib/generated/prisma/enums";
import { editComment, postComment } from "@/lib/comments/service";
import { profileSchema } from "@/lib/accounts/profile/schemas";
import { UNDER_EIGHTEEN_NAME, updateProfile } from "@/lib/accounts/profile/service";
import { questionSchema, type QuestionInput } from "@/lib/questions/schemas";
import { askQuestion, editQuestion } from "@/lib/questions/service";
import { BLOCKED_WORDS_KEY, FIRST_POSTS_KEY } from "@/lib/settings/moderation";
import { actorOf, createOrganisation, createQuestion, createUser } from "../support/fixtures";

const THEME = "screening-theme";

beforeAll(async () => {
  await db.theme.create({ data: { slug: THEME, name: "Screening theme", description: "For screening." } });
});

function question(overrides: Partial<{ title: string; body: string }> = {}): QuestionInput {
  return questionSchema.parse({
    title: "Could the library in Witham lend out energy monitors?",
    body: "Many people would like to see which appliances use the most electricity before buying one.",
    themes: [THEME],
    ...overrides,
  });
}

/** A person of this age group with `approved` published questions already. */
async function author(options: { ageBand?: AgeBand | null; approved?: number; postsHeldUntil?: Date } = {}) {
  const user = await createUser({ ageBand: options.ageBand === undefined ? "age_25_44" : options.ageBand });
  for (let i = 0; i < (options.approved ?? 1); i += 1) {
    await createQuestion(user.id, { title: `An earlier question a moderator approved, number ${i + 1}` });
  }
  if (options.postsHeldUntil) {
    await db.user.update({ where: { id: user.id }, data: { postsHeldUntil: options.postsHeldUntil } });
  }
  return actorOf(user.id);
}

async function storedQuestion(id: string) {
  return db.question.findUniqueOrThrow({
    where: { id },
    select: { moderation: true, screeningRules: true, queuedAt: true, publishedAt: true },
  });
}

async function storedComment(id: string) {
  return db.comment.findUniqueOrThrow({
    where: { id },
    select: { moderation: true, screeningRules: true, queuedAt: true },
  });
}

async function publishedQuestionId() {
  const owner = await createUser();
  return (await createQuestion(owner.id, { title: "Could Colchester bus stops show live times?" })).id;
}

const SOON = () => new Date(Date.now() + 60 * 60 * 1000);

// Each rule on its own: the text or the author that fires it, and only it.
const RULE_CASES = [
  { rule: "first_posts", author: { approved: 0 }, words: {} },
  { rule: "child_protections", author: { ageBand: "under_16" as const }, words: {} },
  { rule: "child_protections", author: { ageBand: null }, words: {} },
  { rule: "personal_information", author: {}, words: { body: "Please ring me on 07700 900123 to talk it through." } },
  { rule: "personal_information", author: {}, words: { title: "Could someone look at 12 Station Road, Witham?" } },
  { rule: "blocked_words", author: {}, words: { body: "The people who run the library are tossers, honestly." } },
  { rule: "cool_down", author: { postsHeldUntil: new Date(Date.now() + 24 * 60 * 60 * 1000) }, words: {} },
] as const;

describe("screening questions", () => {
  it("publishes a clean question by an adult with an approved post, outside the queue", async () => {
    const asker = await author();
    const asked = await askQuestion(asker, question());
    expect(asked).toMatchObject({ moderation: "approved", screeningRules: [] });
    expect(await storedQuestion(asked.id)).toMatchObject({
      moderation: "approved",
      screeningRules: [],
      queuedAt: null,
    });
  });

  it.each(RULE_CASES.map((c) => [c.rule, c]))("holds for %s, and only that", async (rule, c) => {
    const asker = await author(c.author);
    const before = Date.now();
    const asked = await askQuestion(asker, question(c.words));
    expect(asked).toMatchObject({ moderation: "pending", screeningRules: [rule] });
    const stored = await storedQuestion(asked.id);
    expect(stored).toMatchObject({ moderation: "pending", screeningRules: [rule], publishedAt: null });
    expect(stored.queuedAt!.getTime()).toBeGreaterThanOrEqual(before - 1000);
  });

  it("holds for every rule that fires at once", async () => {
    const asker = await author({ ageBand: "age_16_17", approved: 0, postsHeldUntil: SOON() });
    const asked = await askQuestion(asker, question({ body: "Email me at sam@example.com, you tossers." }));
    expect(asked.screeningRules).toEqual([
      "first_posts",
      "child_protections",
      "personal_information",
      "blocked_words",
      "cool_down",
    ]);
  });

  it("uses the admin's blocked words and the first-posts setting", async () => {
    await db.setting.create({ data: { key: BLOCKED_WORDS_KEY, value: ["muppet"] } });
    await db.setting.create({ data: { key: FIRST_POSTS_KEY, value: 2 } });
    try {
      const once = await author({ approved: 1 });
      expect((await askQuestion(once, question())).screeningRules).toEqual(["first_posts"]);
      const twice = await author({ approved: 2 });
      expect((await askQuestion(twice, question())).moderation).toBe("approved");
      expect(
        (await askQuestion(twice, question({ body: "Only a muppet would plan it like this." }))).screeningRules,
      ).toEqual(["blocked_words"]);
      await db.setting.update({ where: { key: FIRST_POSTS_KEY }, data: { value: 0 } });
      const newcomer = await author({ approved: 0 });
      expect((await askQuestion(newcomer, question())).moderation).toBe("approved");
    } finally {
      await db.setting.deleteMany({ where: { key: { in: [BLOCKED_WORDS_KEY, FIRST_POSTS_KEY] } } });
    }
  });

  it("screens an edit of a published question again: held with its rules and queued now", async () => {
    const asker = await author();
    const asked = await askQuestion(asker, question());
    const edited = await editQuestion(asker, asked.id, question({ body: "Write to me at 4a Mill Lane, Tiptree." }));
    expect(edited).toEqual({ moderation: "pending", screeningRules: ["personal_information"] });
    const stored = await storedQuestion(asked.id);
    expect(stored).toMatchObject({ moderation: "pending", screeningRules: ["personal_information"] });
    expect(stored.queuedAt).not.toBeNull();
  });

  it("publishes a held question whose edit passes, and keeps a published one's queue place on a clean edit", async () => {
    const asker = await author();
    const held = await askQuestion(asker, question({ body: "Ring me on 01245 123456 please." }));
    expect(await editQuestion(asker, held.id, question())).toEqual({ moderation: "approved", screeningRules: [] });
    const stored = await storedQuestion(held.id);
    expect(stored).toMatchObject({ moderation: "approved", screeningRules: [], queuedAt: null });
    expect(stored.publishedAt).not.toBeNull();

    // A published question waiting for its reports keeps its place when edited cleanly.
    const reportedSince = new Date(Date.now() - 60_000);
    await db.question.update({ where: { id: held.id }, data: { queuedAt: reportedSince } });
    await editQuestion(asker, held.id, question({ title: "Could the library in Witham lend energy monitors?" }));
    expect((await storedQuestion(held.id)).queuedAt).toEqual(reportedSince);
  });
});

describe("screening comments", () => {
  it("publishes a clean comment by an adult with an approved post, outside the queue", async () => {
    const commenter = await author();
    const posted = await postComment(commenter, {
      questionId: await publishedQuestionId(),
      parentId: null,
      body: "Good idea.",
    });
    expect(posted).toMatchObject({ moderation: "approved", screeningRules: [] });
    expect(await storedComment(posted.id)).toEqual({ moderation: "approved", screeningRules: [], queuedAt: null });
  });

  it.each(RULE_CASES.map((c) => [c.rule, c]))("holds for %s, and only that", async (rule, c) => {
    const commenter = await author(c.author);
    const words = c.words as { title?: string; body?: string };
    const body = words.body ?? words.title ?? "I agree with this, it would help my street.";
    const posted = await postComment(commenter, { questionId: await publishedQuestionId(), parentId: null, body });
    expect(posted).toMatchObject({ moderation: "pending", screeningRules: [rule] });
    const stored = await storedComment(posted.id);
    expect(stored).toMatchObject({ moderation: "pending", screeningRules: [rule] });
    expect(stored.queuedAt).not.toBeNull();
  });

  it("screens an edit again: a published comment with a postcode goes back to the queue", async () => {
    const commenter = await author();
    const posted = await postComment(commenter, {
      questionId: await publishedQuestionId(),
      parentId: null,
      body: "Good idea.",
    });
    const edited = await editComment(commenter, { commentId: posted.id, body: "Good idea, we are at CM1 1XX." });
    expect(edited).toMatchObject({ moderation: "pending", screeningRules: ["personal_information"] });
    const stored = await storedComment(posted.id);
    expect(stored).toMatchObject({ moderation: "pending", screeningRules: ["personal_information"] });
    expect(stored.queuedAt).not.toBeNull();
  });

  it("leaves place names with a rude word inside alone", async () => {
    const commenter = await author();
    const posted = await postComment(commenter, {
      questionId: await publishedQuestionId(),
      parentId: null,
      body: "Same problem in Penistone, Cock Clarks and Shoeburyness, and on the A127 at 20 mph.",
    });
    expect(posted.moderation).toBe("approved");
  });
});

describe("public names", () => {
  async function nameState(userId: string) {
    return db.user.findUniqueOrThrow({
      where: { id: userId },
      select: {
        displayName: true,
        pendingDisplayName: true,
        pendingNameRules: true,
        nameQueuedAt: true,
        ageBand: true,
        participantType: true,
      },
    });
  }

  function profile(displayName: string | undefined, ageBand: AgeBand | null = "age_25_44") {
    return profileSchema.parse({ displayName, ageBand: ageBand ?? "", participantType: "resident" });
  }

  it("changes a clean name at once, even for a newcomer", async () => {
    const person = await createUser({ displayName: "Quiet Heron 11" });
    const outcome = await updateProfile(await actorOf(person.id), profile("Sue from Tiptree"));
    expect(outcome).toEqual({ ageBand: "applied", name: "changed" });
    expect(await nameState(person.id)).toMatchObject({ displayName: "Sue from Tiptree", pendingDisplayName: null });
  });

  it.each([
    ["personal_information", "Sue 07700 900123", {}],
    ["blocked_words", "Tiptree Tosser", {}],
    ["cool_down", "Sue from Tiptree", { postsHeldUntil: new Date(Date.now() + 60_000) }],
  ] as const)("holds a name for %s and keeps the current one", async (rule, requested, extra) => {
    const person = await createUser({ displayName: "Quiet Heron 12" });
    await db.user.update({ where: { id: person.id }, data: extra });
    const outcome = await updateProfile(await actorOf(person.id), profile(requested));
    expect(outcome).toEqual({ ageBand: "applied", name: "held", rules: [rule] });
    const stored = await nameState(person.id);
    expect(stored).toMatchObject({
      displayName: "Quiet Heron 12",
      pendingDisplayName: requested,
      pendingNameRules: [rule],
      participantType: "resident",
    });
    expect(stored.nameQueuedAt).not.toBeNull();
  });

  it("withdraws a waiting name when the person picks a clean one or their current one", async () => {
    const person = await createUser({ displayName: "Quiet Heron 13" });
    const actor = await actorOf(person.id);
    await updateProfile(actor, profile("Sue 07700 900123"));
    await updateProfile(actor, profile("Quiet Heron 13"));
    expect(await nameState(person.id)).toMatchObject({
      pendingDisplayName: null,
      nameQueuedAt: null,
      pendingNameRules: [],
    });
    await updateProfile(actor, profile("Sue 07700 900123"));
    await updateProfile(actor, profile("Sue from Dedham"));
    expect(await nameState(person.id)).toMatchObject({ displayName: "Sue from Dedham", pendingDisplayName: null });
  });

  it.each([
    "Essex County Council",
    "E.C.C.",
    "Anglia Ruskin",
    "Moderat0r",
    "Adm1n",
    "Official Essex",
    "Council Officer",
    "Harlow Makers",
  ])("refuses %j as a claim to be a partner or staff, changing nothing", async (requested) => {
    await db.organisation.upsert({
      where: { slug: "harlow-makers" },
      create: { slug: "harlow-makers", name: "Harlow Makers", kind: "industry", description: "A test partner." },
      update: {},
    });
    const person = await createUser({ displayName: "Quiet Heron 14" });
    const before = await nameState(person.id);
    const refused = updateProfile(await actorOf(person.id), { ...profile(requested), participantType: "business" });
    await expect(refused).rejects.toBeInstanceOf(Invalid);
    await expect(refused).rejects.toMatchObject({
      fieldErrors: { displayName: expect.stringContaining("Public name must not") },
    });
    expect(await nameState(person.id)).toEqual(before);
  });

  it("refuses a free-text name from someone under 18, or becoming so, changing nothing", async () => {
    for (const [from, to] of [
      ["under_16", "under_16"],
      ["age_16_17", "age_16_17"],
      ["age_25_44", "under_16"],
    ] as const) {
      const person = await createUser({ displayName: "Bright Otter 52", ageBand: from });
      const before = await nameState(person.id);
      const refused = updateProfile(await actorOf(person.id), profile("Sam Jones", to));
      await expect(refused).rejects.toMatchObject({ fieldErrors: { displayName: UNDER_EIGHTEEN_NAME } });
      expect(await nameState(person.id), `${from} → ${to}`).toEqual(before);
    }
  });

  it("saves the rest of an under-18's profile when the name is not sent, keeping their generated name", async () => {
    const person = await createUser({ displayName: "Bright Otter 52", ageBand: "under_16" });
    const outcome = await updateProfile(await actorOf(person.id), profile(undefined, "under_16"));
    expect(outcome).toEqual({ ageBand: "applied", name: "unchanged" });
    expect(await nameState(person.id)).toMatchObject({ displayName: "Bright Otter 52", participantType: "resident" });
    // Sending their current name back is no change either.
    expect(await updateProfile(await actorOf(person.id), profile("Bright Otter 52", "under_16"))).toEqual({
      ageBand: "applied",
      name: "unchanged",
    });
  });

  it("keeps the organisation names from the table, so a new partner is protected at once", async () => {
    const organisation = await createOrganisation();
    const person = await createUser({ displayName: "Quiet Heron 15" });
    await expect(updateProfile(await actorOf(person.id), profile(organisation.name))).rejects.toBeInstanceOf(Invalid);
  });
});
