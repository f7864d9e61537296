// Answer templates against the real database: an organisation's members (and admins, for any organisation)
// create, change, list and delete its templates; nobody else can, and a refusal changes nothing. Titles are
// unique within an organisation (the key decides, so two people saving at once cannot both win).
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { Forbidden, Invalid, NotFound, Unauthenticated } from "@/lib/errors";
import {
  getAnswerTemplate,
  listAnswerTemplates,
  listTemplateOrganisations,
  TEMPLATES_PAGE_SIZE,
} from "@/lib/answer-templates/queries";
import {
  createAnswerTemplate,
  deleteAnswerTemplate,
  TITLE_TAKEN,
  updateAnswerTemplate,
} from "@/lib/answer-templates/service";
import { getResponseComposer } from "@/lib/responses/queries";
import {
  actorOf,
  createOrganisation,
  createQuestion,
  createUser,
  partnerOf,
  personWithRole,
} from "../support/fixtures";
import { tableDigest } from "../support/table-digest";

let client: pg.Client;
beforeAll(async () => {
  client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
});
afterAll(() => client.end());

const snapshot = () => tableDigest(client, ["answer_template", "audit_log"]);

describe("answer templates", () => {
  it("lets a member create, change, list and delete their organisation's templates, each audited", async () => {
    const org = await createOrganisation();
    const member = await partnerOf(org.id);
    const colleague = await partnerOf(org.id, "lead");
    const { templateId } = await createAnswerTemplate(member, {
      organisationId: org.id,
      title: "  Potholes: how to report  ",
      body: "Report a pothole on the council's website.",
    });
    expect(await getAnswerTemplate(templateId, colleague)).toMatchObject({
      title: "Potholes: how to report",
      organisationId: org.id,
    });

    await updateAnswerTemplate(colleague, { templateId, title: "Potholes", body: "Report it **online**." });
    const list = await listAnswerTemplates(member, org.id);
    expect(list.items.map((t) => [t.title, t.body])).toEqual([["Potholes", "Report it **online**."]]);

    await deleteAnswerTemplate(member, { templateId });
    expect(await db.answerTemplate.count({ where: { organisationId: org.id } })).toBe(0);
    expect(
      (await db.auditLog.findMany({ where: { targetId: templateId }, orderBy: { createdAt: "asc" } })).map(
        (a) => a.action,
      ),
    ).toEqual(["answerTemplate.create", "answerTemplate.update", "answerTemplate.delete"]);
  });

  it("lets an admin keep any organisation's templates, and offers a person in several organisations each", async () => {
    const [orgA, orgB] = [await createOrganisation(), await createOrganisation()];
    const admin = await personWithRole("admin");
    const { templateId } = await createAnswerTemplate(admin, { organisationId: orgB.id, title: "Hello", body: "Hi." });
    await updateAnswerTemplate(admin, { templateId, title: "Hello again", body: "Hi again." });
    expect((await listTemplateOrganisations(admin)).map((o) => o.id)).toEqual(
      expect.arrayContaining([orgA.id, orgB.id]),
    );

    const both = await createUser();
    await db.organisationMembership.createMany({
      data: [
        { userId: both.id, organisationId: orgA.id },
        { userId: both.id, organisationId: orgB.id },
      ],
    });
    const twoHats = await actorOf(both.id);
    expect((await listTemplateOrganisations(twoHats)).map((o) => o.id).sort()).toEqual([orgA.id, orgB.id].sort());
    await createAnswerTemplate(twoHats, { organisationId: orgA.id, title: "From A", body: "A's words." });
    // The composer offers both organisations' templates to someone who answers for both.
    const question = await createQuestion((await createUser()).id);
    const composer = await getResponseComposer(question.id, twoHats);
    expect(composer?.templates.map((t) => [t.organisationId, t.title]).sort()).toEqual(
      [
        [orgA.id, "From A"],
        [orgB.id, "Hello again"],
      ].sort(),
    );
    // A member of A alone sees only A's.
    const onlyA = await partnerOf(orgA.id);
    expect((await getResponseComposer(question.id, onlyA))?.templates.map((t) => t.title)).toEqual(["From A"]);
  });

  it("refuses a title the organisation already uses, but another organisation may use it", async () => {
    const [orgA, orgB] = [await createOrganisation(), await createOrganisation()];
    const member = await partnerOf(orgA.id);
    await createAnswerTemplate(member, { organisationId: orgA.id, title: "Bins", body: "Collected weekly." });
    const before = await snapshot();
    const clash = createAnswerTemplate(member, { organisationId: orgA.id, title: "Bins", body: "Other text." });
    await expect(clash).rejects.toBeInstanceOf(Invalid);
    await expect(clash).rejects.toMatchObject({ fieldErrors: { title: TITLE_TAKEN } });
    expect(await snapshot()).toBe(before);
    await createAnswerTemplate(await partnerOf(orgB.id), { organisationId: orgB.id, title: "Bins", body: "Ours." });

    // Renaming onto a taken title is refused the same way.
    const { templateId } = await createAnswerTemplate(member, {
      organisationId: orgA.id,
      title: "Recycling",
      body: "Yes.",
    });
    await expect(updateAnswerTemplate(member, { templateId, title: "Bins", body: "Yes." })).rejects.toMatchObject({
      fieldErrors: { title: TITLE_TAKEN },
    });
  });

  it("refuses empty and too long input next to the field", async () => {
    const org = await createOrganisation();
    const member = await partnerOf(org.id);
    await expect(
      createAnswerTemplate(member, { organisationId: org.id, title: " ", body: "Text." }),
    ).rejects.toMatchObject({ fieldErrors: { title: "Enter a title for the template." } });
    await expect(
      createAnswerTemplate(member, { organisationId: org.id, title: "Long", body: "x".repeat(10_001) }),
    ).rejects.toMatchObject({ fieldErrors: { body: expect.stringContaining("10,000") } });
  });

  it("refuses another organisation's partner, citizens, moderators and visitors, changing nothing", async () => {
    const [orgA, orgB] = [await createOrganisation(), await createOrganisation()];
    const memberA = await partnerOf(orgA.id);
    const { templateId } = await createAnswerTemplate(memberA, { organisationId: orgA.id, title: "A", body: "A." });
    const outsiders: [Actor | null, typeof Forbidden | typeof Unauthenticated][] = [
      [await partnerOf(orgB.id), Forbidden],
      [await partnerOf(orgB.id, "lead"), Forbidden],
      [await personWithRole("citizen"), Forbidden],
      [await personWithRole("moderator"), Forbidden],
      [null, Unauthenticated],
    ];
    const before = await snapshot();
    for (const [actor, refusal] of outsiders) {
      await expect(
        createAnswerTemplate(actor, { organisationId: orgA.id, title: "Sneaky", body: "B's words." }),
      ).rejects.toBeInstanceOf(refusal);
      await expect(updateAnswerTemplate(actor, { templateId, title: "Taken", body: "Over." })).rejects.toBeInstanceOf(
        refusal,
      );
      await expect(deleteAnswerTemplate(actor, { templateId })).rejects.toBeInstanceOf(refusal);
      expect(await getAnswerTemplate(templateId, actor)).toBeNull();
      expect((await listAnswerTemplates(actor, orgA.id)).items).toEqual([]);
    }
    await expect(deleteAnswerTemplate(memberA, { templateId: crypto.randomUUID() })).rejects.toBeInstanceOf(NotFound);
    expect(await snapshot()).toBe(before);
  });

  it("pages an organisation's templates in title order", async () => {
    const org = await createOrganisation();
    const member = await partnerOf(org.id);
    const titles = Array.from({ length: TEMPLATES_PAGE_SIZE + 2 }, (_, i) => `Template ${String(i).padStart(3, "0")}`);
    await db.answerTemplate.createMany({
      data: titles.map((title) => ({ organisationId: org.id, title, body: "Text.", createdById: member.id })),
    });
    const first = await listAnswerTemplates(member, org.id);
    expect(first.items.map((t) => t.title)).toEqual(titles.slice(0, TEMPLATES_PAGE_SIZE));
    const second = await listAnswerTemplates(member, org.id, first.next!);
    expect(second.items.map((t) => t.title)).toEqual(titles.slice(TEMPLATES_PAGE_SIZE));
    expect(second.next).toBeNull();
  });
});
