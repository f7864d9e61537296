// Tagging a question (lib/tags/service.ts) against the real database: its public themes (at least one stays;
// retired themes stay where they are but are never added) and the holding organisation's own tags (created by
// name, one per name per organisation whoever types it first), who may tag, and refusals that change nothing.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { initialFormState } from "@/lib/form-state";
import type { Actor } from "@/lib/auth/actor";
import { Forbidden, Invalid, NotFound, Unauthenticated } from "@/lib/errors";
import type { MembershipRole, PlatformRole } from "@/lib/generated/prisma/enums";
import { getQuestionDetail } from "@/lib/questions/queries";
import { getTagChoices } from "@/lib/tags/queries";
import { NO_HOLDER_NO_TAGS, setQuestionTags, TAGS_FROM_THE_LIST, THEMES_FROM_THE_LIST } from "@/lib/tags/service";
import { createOrganisation, createQuestion, createUser, partnerOf, signedInActor } from "../support/fixtures";
import { form } from "../support/form-data";
import { tableDigest } from "../support/table-digest";

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/actor", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/auth/actor")>()),
  getActor: async () => session.actor,
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { setQuestionTagsAction } = await import("@/app/partner/questions/[id]/tags/actions");

let client: pg.Client;
let orgA: { id: number; name: string };
let orgB: { id: number; name: string };
const themes = {} as Record<"transport" | "energy" | "health" | "retired", { id: number; slug: string }>;

async function person(
  platformRole: PlatformRole = "citizen",
  membership?: { organisationId: number; role: MembershipRole },
) {
  const user = await createUser({ platformRole });
  if (membership) await db.organisationMembership.create({ data: { userId: user.id, ...membership } });
  return (await signedInActor(user.id))!;
}

/** A published question with the given themes, held by `holder` (or waiting in the pool). */
async function questionWith(themeIds: number[], holder: number | null = orgA.id) {
  const question = await createQuestion((await createUser()).id, { title: `Tagging test ${randomUUID()}` });
  await db.questionTheme.createMany({ data: themeIds.map((themeId) => ({ questionId: question.id, themeId })) });
  if (holder !== null)
    await db.assignment.create({ data: { questionId: question.id, organisationId: holder, dueOn: new Date() } });
  return question.id;
}

async function themesOf(questionId: string): Promise<string[]> {
  const rows = await db.questionTheme.findMany({
    where: { questionId },
    select: { theme: { select: { slug: true } } },
  });
  return rows.map((r) => r.theme.slug).sort();
}

async function partnerTagsOf(questionId: string): Promise<string[]> {
  const rows = await db.questionPartnerTag.findMany({
    where: { questionId },
    select: { tag: { select: { name: true } } },
  });
  return rows.map((r) => r.tag.name).sort();
}

/** A fingerprint of every table tagging writes, to prove a refusal changed nothing. */
const snapshot = () =>
  tableDigest(client, ["question", "question_theme", "partner_tag", "question_partner_tag", "audit_log"]);

beforeAll(async () => {
  client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  orgA = await createOrganisation();
  orgB = await createOrganisation();
  for (const [key, archived] of [
    ["transport", false],
    ["energy", false],
    ["health", false],
    ["retired", true],
  ] as const) {
    const slug = `${key}-${randomUUID().slice(0, 8)}`;
    themes[key] = await db.theme.create({
      data: {
        slug,
        name: `Theme ${key}`,
        description: "For the tagging tests.",
        archivedAt: archived ? new Date() : null,
      },
      select: { id: true, slug: true },
    });
  }
});
afterAll(() => client.end());

describe("setQuestionTags", () => {
  it("sets the themes and the organisation's own tags, creates a typed tag, and writes one audit entry", async () => {
    const questionId = await questionWith([themes.transport.id]);
    const highways = await db.partnerTag.create({ data: { organisationId: orgA.id, name: "Highways" } });
    const partner = await partnerOf(orgA.id);

    const result = await setQuestionTags(partner, {
      questionId,
      themes: [themes.energy.slug, themes.health.slug],
      partnerTagIds: [highways.id],
      newPartnerTag: "  Needs a site visit  ",
    });

    expect(result).toEqual({
      changed: true,
      themes: [themes.energy.slug, themes.health.slug].sort(),
      partnerTags: ["Highways", "Needs a site visit"],
    });
    expect(await themesOf(questionId)).toEqual([themes.energy.slug, themes.health.slug].sort());
    expect(await partnerTagsOf(questionId)).toEqual(["Highways", "Needs a site visit"]);
    expect(await db.partnerTag.count({ where: { organisationId: orgA.id, name: "Needs a site visit" } })).toBe(1);
    // The themes are public: the question page shows the new ones.
    const detail = await getQuestionDetail(questionId, null);
    expect(detail?.themes.map((t) => t.slug).sort()).toEqual([themes.energy.slug, themes.health.slug].sort());
    expect(
      await db.auditLog.findMany({
        where: { action: "question.tag", targetId: questionId },
        select: { actorId: true, before: true, after: true },
      }),
    ).toEqual([
      {
        actorId: partner.id,
        before: { themes: [themes.transport.slug], partnerTags: [], organisationId: orgA.id },
        after: {
          themes: [themes.energy.slug, themes.health.slug].sort(),
          partnerTags: ["Highways", "Needs a site visit"],
          organisationId: orgA.id,
        },
      },
    ]);

    // Unticking a tag takes it off the question; the tag stays the organisation's.
    await setQuestionTags(partner, { questionId, themes: [themes.energy.slug], partnerTagIds: [highways.id] });
    expect(await partnerTagsOf(questionId)).toEqual(["Highways"]);
    expect(await db.partnerTag.count({ where: { organisationId: orgA.id, name: "Needs a site visit" } })).toBe(1);

    // Saving what is already there changes nothing and writes no audit entry.
    const before = await snapshot();
    expect(
      (await setQuestionTags(partner, { questionId, themes: [themes.energy.slug], partnerTagIds: [highways.id] }))
        .changed,
    ).toBe(false);
    expect(await snapshot()).toBe(before);
  });

  it("reuses the organisation's tag of the same name, even when two partners type it at once", async () => {
    const name = `Flooding ${randomUUID().slice(0, 6)}`;
    const first = await questionWith([themes.transport.id]);
    const second = await questionWith([themes.transport.id]);
    const [one, two] = [await partnerOf(orgA.id), await partnerOf(orgA.id, "lead")];
    await Promise.all([
      setQuestionTags(one, {
        questionId: first,
        themes: [themes.transport.slug],
        partnerTagIds: [],
        newPartnerTag: name,
      }),
      setQuestionTags(two, {
        questionId: second,
        themes: [themes.transport.slug],
        partnerTagIds: [],
        newPartnerTag: name,
      }),
    ]);
    expect(await db.partnerTag.count({ where: { organisationId: orgA.id, name } })).toBe(1);
    expect(await partnerTagsOf(first)).toEqual([name]);
    expect(await partnerTagsOf(second)).toEqual([name]);

    // Another organisation's tag of the same name is its own.
    const third = await questionWith([themes.transport.id], orgB.id);
    await setQuestionTags(await partnerOf(orgB.id), {
      questionId: third,
      themes: [themes.transport.slug],
      partnerTagIds: [],
      newPartnerTag: name,
    });
    expect(await db.partnerTag.count({ where: { name } })).toBe(2);
  });

  it("keeps at least one theme, keeps a retired theme the question has, and never adds a retired one", async () => {
    const questionId = await questionWith([themes.retired.id, themes.transport.id]);
    const partner = await partnerOf(orgA.id);
    const before = await snapshot();
    await expect(setQuestionTags(partner, { questionId, themes: [], partnerTagIds: [] })).rejects.toMatchObject({
      fieldErrors: { themes: "Select at least one theme" },
    });
    await expect(
      setQuestionTags(partner, { questionId, themes: ["no-such-theme"], partnerTagIds: [] }),
    ).rejects.toMatchObject({ fieldErrors: { themes: THEMES_FROM_THE_LIST } });
    expect(await snapshot()).toBe(before);

    // The retired theme stays while it is ticked…
    await setQuestionTags(partner, {
      questionId,
      themes: [themes.retired.slug, themes.energy.slug],
      partnerTagIds: [],
    });
    expect(await themesOf(questionId)).toEqual([themes.energy.slug, themes.retired.slug].sort());
    // …and the form offers it here, marked retired, but not on a question without it.
    const choices = await getTagChoices(questionId, partner);
    expect(choices?.themes.find((t) => t.slug === themes.retired.slug)).toEqual({
      slug: themes.retired.slug,
      name: "Theme retired",
      retired: true,
      chosen: true,
    });
    const other = await questionWith([themes.transport.id]);
    expect((await getTagChoices(other, partner))?.themes.map((t) => t.slug)).not.toContain(themes.retired.slug);
    const otherBefore = await snapshot();
    await expect(
      setQuestionTags(partner, { questionId: other, themes: [themes.retired.slug], partnerTagIds: [] }),
    ).rejects.toMatchObject({ fieldErrors: { themes: THEMES_FROM_THE_LIST } });
    expect(await snapshot()).toBe(otherBefore);

    // Once removed, it cannot come back.
    await setQuestionTags(partner, { questionId, themes: [themes.energy.slug], partnerTagIds: [] });
    await expect(
      setQuestionTags(partner, { questionId, themes: [themes.retired.slug], partnerTagIds: [] }),
    ).rejects.toBeInstanceOf(Invalid);
    expect(await themesOf(questionId)).toEqual([themes.energy.slug]);
  });

  it("takes only the holding organisation's own tags, and none on a question in the pool", async () => {
    const questionId = await questionWith([themes.transport.id]);
    const theirs = await db.partnerTag.create({ data: { organisationId: orgB.id, name: `B's tag ${randomUUID()}` } });
    const admin = await person("admin");
    const pool = await questionWith([themes.transport.id], null);
    const before = await snapshot();
    await expect(
      setQuestionTags(await partnerOf(orgA.id), {
        questionId,
        themes: [themes.transport.slug],
        partnerTagIds: [theirs.id],
      }),
    ).rejects.toMatchObject({ fieldErrors: { partnerTags: TAGS_FROM_THE_LIST } });
    await expect(
      setQuestionTags(admin, {
        questionId: pool,
        themes: [themes.transport.slug],
        partnerTagIds: [],
        newPartnerTag: "Early",
      }),
    ).rejects.toMatchObject({ fieldErrors: { partnerTags: NO_HOLDER_NO_TAGS } });
    expect(await snapshot()).toBe(before);
    // An admin may still set the themes of a question in the pool.
    await setQuestionTags(admin, { questionId: pool, themes: [themes.health.slug], partnerTagIds: [] });
    expect(await themesOf(pool)).toEqual([themes.health.slug]);
    expect((await getTagChoices(pool, admin))?.partnerTags).toBeNull();
  });

  it("lets members and leads of the holding organisation and admins tag; refuses everyone else and changes nothing", async () => {
    const questionId = await questionWith([themes.transport.id]);
    const refused: [string, Actor | null, unknown][] = [
      ["visitor", null, Unauthenticated],
      ["citizen", await person(), Forbidden],
      ["moderator", await person("moderator"), Forbidden],
      ["partner of another organisation", await partnerOf(orgB.id), Forbidden],
      ["lead of another organisation", await partnerOf(orgB.id, "lead"), Forbidden],
    ];
    const before = await snapshot();
    for (const [who, actor, error] of refused) {
      await expect(
        setQuestionTags(actor, {
          questionId,
          themes: [themes.energy.slug],
          partnerTagIds: [],
          newPartnerTag: "Sneaky",
        }),
        who,
      ).rejects.toBeInstanceOf(error as typeof Forbidden);
    }
    expect(await snapshot()).toBe(before);
    // An unpublished question is not found, even for an admin.
    const held = await createQuestion((await createUser()).id, { moderation: "pending" });
    await expect(
      setQuestionTags(await person("admin"), { questionId: held.id, themes: [themes.energy.slug], partnerTagIds: [] }),
    ).rejects.toBeInstanceOf(NotFound);

    for (const actor of [await partnerOf(orgA.id), await partnerOf(orgA.id, "lead"), await person("admin")]) {
      const slug = (await themesOf(questionId))[0] === themes.energy.slug ? themes.health.slug : themes.energy.slug;
      await setQuestionTags(actor, { questionId, themes: [slug], partnerTagIds: [] });
      expect(await themesOf(questionId)).toEqual([slug]);
    }
  });
});

describe("getTagChoices", () => {
  it("shows the holding organisation's tags to its members and admins only, never another organisation's", async () => {
    const questionId = await questionWith([themes.transport.id], orgB.id);
    const tagB = await db.partnerTag.create({ data: { organisationId: orgB.id, name: `B private ${randomUUID()}` } });
    await db.questionPartnerTag.create({ data: { questionId, tagId: tagB.id, taggedById: (await createUser()).id } });
    // B hands the question to A: A sees A's tags, not B's, and B's tag stays on the question untouched by A's saves.
    await db.assignment.update({ where: { questionId }, data: { organisationId: orgA.id } });
    const partnerA = await partnerOf(orgA.id);
    const choices = await getTagChoices(questionId, partnerA);
    expect(choices?.partnerTags?.organisation).toBe(orgA.name);
    expect(JSON.stringify(choices)).not.toContain(tagB.name);
    await setQuestionTags(partnerA, {
      questionId,
      themes: [themes.transport.slug],
      partnerTagIds: [],
      newPartnerTag: "A's",
    });
    expect(await partnerTagsOf(questionId)).toEqual(["A's", tagB.name].sort());

    for (const viewer of [null, await person(), await person("moderator"), await partnerOf(orgB.id)])
      expect(await getTagChoices(questionId, viewer)).toBeNull();
    expect((await getTagChoices(questionId, await person("admin")))?.partnerTags?.tags.map((t) => t.name)).toContain(
      "A's",
    );
  });
});

describe("setQuestionTagsAction (the tags form)", () => {
  it("saves what was ticked and typed, keeps it all on a refusal, and refuses a citizen with nothing changed", async () => {
    const questionId = await questionWith([themes.transport.id]);
    const fields = { themes: [themes.energy.slug], newPartnerTag: "From the form" };

    session.actor = await person();
    const before = await snapshot();
    const refused = await setQuestionTagsAction(questionId, initialFormState, form(fields));
    expect(refused).toMatchObject({
      status: "error",
      values: { themes: themes.energy.slug, newPartnerTag: "From the form" },
    });
    expect(refused.errors.form).toMatch(/partner/i);
    expect(await snapshot()).toBe(before);

    session.actor = await partnerOf(orgA.id);
    const empty = await setQuestionTagsAction(questionId, initialFormState, form({ newPartnerTag: "Kept" }));
    expect(empty).toMatchObject({
      status: "error",
      errors: { themes: "Select at least one theme" },
      values: { newPartnerTag: "Kept" },
    });
    expect(await snapshot()).toBe(before);

    expect(await setQuestionTagsAction(questionId, initialFormState, form(fields))).toMatchObject({
      status: "success",
      message: "The tags have been saved.",
    });
    expect(await themesOf(questionId)).toEqual([themes.energy.slug]);
    expect(await partnerTagsOf(questionId)).toEqual(["From the form"]);
    session.actor = null;
  });
});
