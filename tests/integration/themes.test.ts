// Themes (lib/themes/service.ts) against the real database: creating, renaming, retiring and bringing back,
// each with exactly one audit row; names and short names kept unique by the database and said next to their
// field; who may do it (admins with a fresh proof; a refusal changes nothing); and what retiring does: a
// retired theme stays on the questions that have it (their pages, the browse filter) but is neither offered
// nor accepted when asking, editing or tagging a question anew.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { Forbidden, Invalid, NotFound, ProofNeeded, Unauthenticated } from "@/lib/errors";
import { runInRequestScope } from "@/lib/request-scope";
import { createTheme, restoreTheme, retireTheme, updateTheme } from "@/lib/themes/service";
import {
  getThemeForAdmin,
  listActiveThemes,
  listThemesForAdmin,
  listThemesForEditing,
  listThemesToBrowse,
} from "@/lib/themes/queries";
import { askQuestion, editQuestion } from "@/lib/questions/service";
import { questionSchema } from "@/lib/questions/schemas";
import { getQuestionDetail } from "@/lib/questions/queries";
import { browseQuestions } from "@/lib/questions/browse/queries";
import { setQuestionTags, THEMES_FROM_THE_LIST } from "@/lib/tags/service";
import { getTagChoices } from "@/lib/tags/queries";
import {
  createOrganisation,
  createQuestion,
  createUser,
  partnerOf,
  personWithRole,
  signedInActor,
} from "../support/fixtures";
import { tableDigest } from "../support/table-digest";

let client: pg.Client;
let admin: Actor;
beforeAll(async () => {
  client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  admin = await personWithRole("admin");
});
afterAll(() => client.end());

const snapshot = () => tableDigest(client, ["theme", "question_theme", "question", "audit_log"]);

async function expectRefusedUnchanged(call: () => Promise<unknown>, kind: abstract new (...args: never[]) => Error) {
  const before = await snapshot();
  await expect(call()).rejects.toBeInstanceOf(kind);
  expect(await snapshot()).toBe(before);
}

let made = 0;
function newTheme(overrides: Partial<{ name: string; slug: string; description: string }> = {}) {
  made += 1;
  const unique = `${made}-${randomUUID().slice(0, 6)}`;
  return {
    name: `Water and flooding ${unique}`,
    slug: `water-and-flooding-${unique}`,
    description: "Rivers, drains and the coast.",
    ...overrides,
  };
}

const auditRows = (targetId: number) =>
  db.auditLog.findMany({
    where: { targetType: "theme", targetId: String(targetId) },
    orderBy: { createdAt: "asc" },
    select: { actorId: true, action: true, before: true, after: true, requestId: true },
  });

/** A published, open, unclaimed question by a new author, with these themes. */
async function questionWith(themeIds: number[]) {
  const author = await createUser();
  const question = await createQuestion(author.id, { title: `A question about water ${randomUUID()}` });
  await db.questionTheme.createMany({ data: themeIds.map((themeId) => ({ questionId: question.id, themeId })) });
  return { author, question };
}

const themesOf = async (questionId: string) =>
  (await db.questionTheme.findMany({ where: { questionId }, select: { theme: { select: { slug: true } } } }))
    .map((t) => t.theme.slug)
    .sort();

const questionInput = (themes: string[]) =>
  questionSchema.parse({
    title: "Could the river paths in Chelmsford be kept clear after floods?",
    body: "After every flood the paths along the river stay muddy for weeks, and people cannot walk to town.",
    themes,
  });

describe("createTheme and updateTheme", () => {
  it("adds an offered theme after the others, with one audit row carrying the request id", async () => {
    const input = newTheme();
    const requestId = randomUUID();
    const { id } = await runInRequestScope(requestId, () => createTheme(admin, input));

    const stored = await db.theme.findUniqueOrThrow({ where: { id } });
    const highest = await db.theme.aggregate({ _max: { position: true } });
    expect(stored).toMatchObject({ ...input, archivedAt: null, position: highest._max.position });
    expect((await listActiveThemes()).at(-1)?.slug).toBe(input.slug);
    expect(await auditRows(id)).toEqual([
      { actorId: admin.id, action: "theme.created", before: null, after: input, requestId },
    ]);
    expect((await getThemeForAdmin(admin, id))?.questions).toBe(0);
  });

  it("refuses a taken name or short name next to its field, adding nothing", async () => {
    const existing = newTheme();
    await createTheme(admin, existing);
    await expectRefusedUnchanged(() => createTheme(admin, newTheme({ name: existing.name })), Invalid);
    await expect(createTheme(admin, newTheme({ name: existing.name }))).rejects.toMatchObject({
      fieldErrors: { name: "A theme with this name already exists. Enter a different name" },
    });
    await expect(createTheme(admin, newTheme({ slug: existing.slug }))).rejects.toMatchObject({
      fieldErrors: { slug: "A theme already uses this short name for web addresses. Enter a different one" },
    });
  });

  it("renames a theme: its questions show the new name; one audit row; saving unchanged writes nothing", async () => {
    const input = newTheme();
    const { id } = await createTheme(admin, input);
    const { question } = await questionWith([id]);
    const renamed = { ...input, themeId: id, name: `${input.name} (coast)`, description: "Rivers and the coast." };

    await updateTheme(admin, renamed);
    await updateTheme(admin, renamed);

    expect((await getQuestionDetail(question.id, null))?.themes.map((t) => t.name)).toEqual([renamed.name]);
    const rows = await auditRows(id);
    expect(rows.map((r) => r.action)).toEqual(["theme.created", "theme.updated"]);
    expect(rows[1]).toMatchObject({
      before: { name: input.name, description: input.description },
      after: { name: renamed.name, description: renamed.description },
    });
    expect(rows[1]!.after).not.toHaveProperty("slug");

    const other = newTheme();
    await createTheme(admin, other);
    await expectRefusedUnchanged(() => updateTheme(admin, { ...renamed, name: other.name }), Invalid);
    await expectRefusedUnchanged(() => updateTheme(admin, { ...renamed, themeId: 999_999 }), NotFound);
  });
});

describe("retiring a theme", () => {
  it("keeps it on old questions, offers it nowhere new, and refuses it anew when asking, editing and tagging", async () => {
    const { id: retiredId } = await createTheme(admin, newTheme());
    const retired = await db.theme.findUniqueOrThrow({ where: { id: retiredId } });
    const active = await db.theme.findUniqueOrThrow({ where: { id: (await createTheme(admin, newTheme())).id } });
    const { author, question: old } = await questionWith([retiredId]);
    const { author: otherAuthor, question: without } = await questionWith([active.id]);
    const { question: taggedOld } = await questionWith([retiredId]);
    const { question: taggedWithout } = await questionWith([active.id]);

    await retireTheme(admin, { themeId: retiredId });
    await retireTheme(admin, { themeId: retiredId });
    expect((await auditRows(retiredId)).map((r) => [r.action, r.before, r.after])).toEqual([
      ["theme.created", null, expect.any(Object)],
      ["theme.retired", { retired: false }, { retired: true }],
    ]);

    // Kept where it is: the question's page, and the browse filter (named as retired) with its results.
    expect((await getQuestionDetail(old.id, null))?.themes.map((t) => t.slug)).toEqual([retired.slug]);
    expect(await listThemesToBrowse()).toContainEqual({ slug: retired.slug, name: `${retired.name} (retired)` });
    expect((await browseQuestions({ theme: retired.slug })).items.map((q) => q.id).sort()).toEqual(
      [old.id, taggedOld.id].sort(),
    );

    // Not offered for a new question, nor to a question that does not have it.
    expect((await listActiveThemes()).map((t) => t.slug)).not.toContain(retired.slug);
    expect((await listThemesForEditing([active.slug])).map((t) => t.slug)).not.toContain(retired.slug);
    expect((await listThemesForEditing([retired.slug])).map((t) => t.name)).toContain(`${retired.name} (retired)`);

    // Asking with it is refused.
    const asker = (await signedInActor((await createUser()).id))!;
    await expectRefusedUnchanged(() => askQuestion(asker, questionInput([retired.slug])), Invalid);

    // Editing: a question that has it keeps it; one that does not cannot take it.
    const authorNow = (await signedInActor(author.id))!;
    await editQuestion(authorNow, old.id, questionInput([retired.slug, active.slug]));
    expect(await themesOf(old.id)).toEqual([active.slug, retired.slug].sort());
    const otherNow = (await signedInActor(otherAuthor.id))!;
    await expectRefusedUnchanged(
      () => editQuestion(otherNow, without.id, questionInput([retired.slug, active.slug])),
      Invalid,
    );

    // Tagging: the same.
    const org = await createOrganisation();
    const partner = await partnerOf(org.id);
    await db.assignment.createMany({
      data: [taggedOld.id, taggedWithout.id].map((questionId) => ({
        questionId,
        organisationId: org.id,
        dueOn: new Date(),
      })),
    });
    await expect(
      setQuestionTags(partner, {
        questionId: taggedWithout.id,
        themes: [active.slug, retired.slug],
        partnerTagIds: [],
      }),
    ).rejects.toMatchObject({ fieldErrors: { themes: THEMES_FROM_THE_LIST } });
    expect(await themesOf(taggedWithout.id)).toEqual([active.slug]);
    await setQuestionTags(partner, {
      questionId: taggedOld.id,
      themes: [retired.slug, active.slug],
      partnerTagIds: [],
    });
    expect(await themesOf(taggedOld.id)).toEqual([active.slug, retired.slug].sort());
    expect((await getTagChoices(taggedWithout.id, partner))?.themes.map((t) => t.slug)).not.toContain(retired.slug);
    expect((await getTagChoices(taggedOld.id, partner))?.themes).toContainEqual(
      expect.objectContaining({ slug: retired.slug, retired: true, chosen: true }),
    );

    // Brought back, it is offered and accepted again.
    await restoreTheme(admin, { themeId: retiredId });
    await restoreTheme(admin, { themeId: retiredId });
    expect((await listActiveThemes()).map((t) => t.slug)).toContain(retired.slug);
    await editQuestion(otherNow, without.id, questionInput([retired.slug]));
    expect(await themesOf(without.id)).toEqual([retired.slug]);
    expect((await auditRows(retiredId)).map((r) => r.action)).toEqual([
      "theme.created",
      "theme.retired",
      "theme.restored",
    ]);
    await expect(retireTheme(admin, { themeId: 999_999 })).rejects.toBeInstanceOf(NotFound);
  });

  it("lists every theme for administrators, retired ones included, with how many questions have each", async () => {
    const { id } = await createTheme(admin, newTheme());
    await questionWith([id]);
    await retireTheme(admin, { themeId: id });
    const all = [];
    let after: string | undefined;
    do {
      const page = await listThemesForAdmin(admin, after);
      all.push(...page.themes);
      after = page.next ?? undefined;
    } while (after);
    expect(all.length).toBe(await db.theme.count());
    expect(all.find((t) => t.id === id)).toMatchObject({ questions: 1, archivedAt: expect.any(Date) });
    expect(all.map((t) => t.name)).toEqual([...all.map((t) => t.name)].sort((a, b) => (a < b ? -1 : 1)));
  });
});

describe("who may manage themes", () => {
  it("refuses everyone but a freshly proven admin, and a refusal changes nothing", async () => {
    const input = newTheme();
    const { id } = await createTheme(admin, input);
    const org = await createOrganisation();
    const stale = { ...admin, authenticatedAt: new Date(Date.now() - 24 * 3600 * 1000) };
    const refused: [Actor | null, abstract new (...args: never[]) => Error][] = [
      [null, Unauthenticated],
      [await personWithRole("citizen"), Forbidden],
      [await partnerOf(org.id), Forbidden],
      [await partnerOf(org.id, "lead"), Forbidden],
      [await personWithRole("moderator"), Forbidden],
      [stale, ProofNeeded],
    ];
    for (const [actor, kind] of refused) {
      await expectRefusedUnchanged(() => createTheme(actor, newTheme()), kind);
      await expectRefusedUnchanged(() => updateTheme(actor, { ...input, themeId: id, name: "Renamed" }), kind);
      await expectRefusedUnchanged(() => retireTheme(actor, { themeId: id }), kind);
      if (kind !== ProofNeeded) await expectRefusedUnchanged(() => listThemesForAdmin(actor), kind);
    }
    await retireTheme(admin, { themeId: id });
    for (const [actor, kind] of refused) await expectRefusedUnchanged(() => restoreTheme(actor, { themeId: id }), kind);
  });
});
