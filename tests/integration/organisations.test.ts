// Organisations (lib/organisations/service.ts) against the real database: creating, editing, deactivating and
// reactivating, each with exactly one audit row; names and short names kept unique by the database and said
// next to their field; who may do it (admins with a fresh proof, nobody else, and a refusal changes nothing);
// and what deactivating does: its members lose partner rights on their next request, and nothing new may be
// claimed by, transferred to, answered for or added to it, while its history stays.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { worksOnQuestions } from "@/lib/auth/permissions";
import { Forbidden, Invalid, NotFound, ProofNeeded, Unauthenticated } from "@/lib/errors";
import { initialFormState } from "@/lib/form-state";
import { runInRequestScope } from "@/lib/request-scope";
import {
  createOrganisation,
  deactivateOrganisation,
  reactivateOrganisation,
  updateOrganisation,
} from "@/lib/organisations/service";
import { getOrganisationForAdmin, listOrganisationsForAdmin } from "@/lib/organisations/queries";
import { NOT_AN_ACTIVE_ORGANISATION } from "@/lib/organisations/active";
import { claimQuestion, transferQuestion } from "@/lib/assignments/service";
import { listTransferDestinations } from "@/lib/assignments/queries";
import { publishResponse } from "@/lib/responses/service";
import { listOrganisationsToAnswerFor } from "@/lib/responses/queries";
import { addMembership } from "@/lib/admin/people/service";
import { listOrganisations } from "@/lib/reference/queries";
import { getQuestionDetail } from "@/lib/questions/queries";
import {
  createOrganisation as organisationRow,
  createQuestion,
  createUser,
  partnerOf,
  personWithRole,
  signedInActor,
} from "../support/fixtures";
import { form } from "../support/form-data";
import { tableDigest } from "../support/table-digest";

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/actor", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/auth/actor")>()),
  getActor: async () => session.actor,
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { createOrganisationAction } = await import("@/app/admin/organisations/actions");

let client: pg.Client;
let admin: Actor;
beforeAll(async () => {
  client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  admin = await personWithRole("admin");
});
afterAll(() => client.end());

const snapshot = () => tableDigest(client, ["organisation", "organisation_membership", "audit_log"]);

let made = 0;
/** Input for a new organisation with a name nobody has yet. */
function newOrganisation(overrides: Partial<{ name: string; slug: string; description: string }> = {}) {
  made += 1;
  const unique = `${made}-${randomUUID().slice(0, 6)}`;
  return {
    name: `Colchester Makers ${unique}`,
    slug: `colchester-makers-${unique}`,
    kind: "industry" as const,
    description: "Engineering firms around Colchester.",
    ...overrides,
  };
}

const auditRows = (targetId: number) =>
  db.auditLog.findMany({
    where: { targetType: "organisation", targetId: String(targetId) },
    orderBy: { createdAt: "asc" },
    select: { actorId: true, action: true, before: true, after: true, requestId: true },
  });

async function expectRefusedUnchanged(call: () => Promise<unknown>, kind: abstract new (...args: never[]) => Error) {
  const before = await snapshot();
  await expect(call()).rejects.toBeInstanceOf(kind);
  expect(await snapshot()).toBe(before);
}

describe("createOrganisation", () => {
  it("creates an active organisation and writes one audit row with the request id", async () => {
    const input = newOrganisation();
    const requestId = randomUUID();
    const { id } = await runInRequestScope(requestId, () => createOrganisation(admin, input));

    const stored = await db.organisation.findUniqueOrThrow({ where: { id } });
    expect(stored).toMatchObject({ ...input, deactivatedAt: null });
    expect(await auditRows(id)).toEqual([
      {
        actorId: admin.id,
        action: "organisation.created",
        before: null,
        after: { name: input.name, slug: input.slug, kind: "industry", description: input.description },
        requestId,
      },
    ]);
    const { organisations } = await listOrganisationsForAdmin(admin);
    expect(organisations.find((o) => o.id === id)).toMatchObject({ name: input.name, members: 0, deactivatedAt: null });
  });

  it("refuses a name or a short name that is taken, next to its field, and adds nothing", async () => {
    const existing = newOrganisation();
    await createOrganisation(admin, existing);

    const sameName = newOrganisation({ name: existing.name });
    await expectRefusedUnchanged(() => createOrganisation(admin, sameName), Invalid);
    await expect(createOrganisation(admin, sameName)).rejects.toMatchObject({
      fieldErrors: { name: "An organisation with this name already exists. Enter a different name" },
    });
    await expect(createOrganisation(admin, newOrganisation({ slug: existing.slug }))).rejects.toMatchObject({
      fieldErrors: { slug: "An organisation already uses this short name for web addresses. Enter a different one" },
    });
    await expect(createOrganisation(admin, { ...existing })).rejects.toMatchObject({
      fieldErrors: { name: expect.any(String), slug: expect.any(String) },
    });
  });

  it("through the form: makes the short name from the name, and on a refusal keeps everything typed", async () => {
    session.actor = admin;
    const existing = newOrganisation();
    await createOrganisation(admin, existing);
    const typed = { name: existing.name, slug: "", kind: "university", description: "Teaching and research." };

    const refused = await createOrganisationAction(initialFormState, form(typed));
    expect(refused.status).toBe("error");
    // The short name made from a taken name is taken too: both are said.
    expect(refused.errors).toEqual({
      name: "An organisation with this name already exists. Enter a different name",
      slug: "An organisation already uses this short name for web addresses. Enter a different one",
    });
    expect(refused.values).toEqual(typed);

    const name = `Writtle University College ${randomUUID().slice(0, 4)}`;
    await expect(createOrganisationAction(initialFormState, form({ ...typed, name }))).rejects.toThrow("NEXT_REDIRECT");
    const created = await db.organisation.findUniqueOrThrow({ where: { name } });
    expect(created.slug).toBe(name.toLowerCase().replace(/ /g, "-"));
    expect(created.kind).toBe("university");
  });
});

describe("updateOrganisation", () => {
  it("saves the changed fields with one audit row naming only them; saving again unchanged writes nothing", async () => {
    const input = newOrganisation();
    const { id } = await createOrganisation(admin, input);
    const renamed = { ...input, organisationId: id, name: `${input.name} Group`, kind: "council" as const };

    await updateOrganisation(admin, renamed);
    await updateOrganisation(admin, renamed);

    expect(await db.organisation.findUniqueOrThrow({ where: { id } })).toMatchObject({
      name: renamed.name,
      kind: "council",
      slug: input.slug,
    });
    const rows = await auditRows(id);
    expect(rows.map((r) => r.action)).toEqual(["organisation.created", "organisation.updated"]);
    expect(rows[1]).toMatchObject({
      before: { name: input.name, kind: "industry" },
      after: { name: renamed.name, kind: "council" },
    });
  });

  it("refuses another organisation's name next to the name field, and a missing organisation", async () => {
    const first = newOrganisation();
    await createOrganisation(admin, first);
    const second = newOrganisation();
    const { id } = await createOrganisation(admin, second);
    await expectRefusedUnchanged(
      () => updateOrganisation(admin, { ...second, organisationId: id, name: first.name }),
      Invalid,
    );
    await expect(updateOrganisation(admin, { ...second, organisationId: id, name: first.name })).rejects.toMatchObject({
      fieldErrors: { name: expect.stringContaining("already exists") },
    });
    await expectRefusedUnchanged(() => updateOrganisation(admin, { ...second, organisationId: 999_999 }), NotFound);
  });
});

describe("deactivating and reactivating", () => {
  it("writes one audit row each way; doing it twice changes nothing more", async () => {
    const { id } = await createOrganisation(admin, newOrganisation());
    await partnerOf(id);

    await deactivateOrganisation(admin, { organisationId: id });
    await deactivateOrganisation(admin, { organisationId: id });
    expect((await db.organisation.findUniqueOrThrow({ where: { id } })).deactivatedAt).not.toBeNull();
    expect((await getOrganisationForAdmin(admin, id))?.members).toBe(1);

    await reactivateOrganisation(admin, { organisationId: id });
    await reactivateOrganisation(admin, { organisationId: id });
    expect((await db.organisation.findUniqueOrThrow({ where: { id } })).deactivatedAt).toBeNull();

    const rows = await auditRows(id);
    expect(rows.map((r) => [r.action, r.before, r.after])).toEqual([
      ["organisation.created", null, expect.any(Object)],
      ["organisation.deactivated", { active: true }, { active: false, members: 1 }],
      ["organisation.reactivated", { active: false }, { active: true, members: 1 }],
    ]);
    await expect(deactivateOrganisation(admin, { organisationId: 999_999 })).rejects.toBeInstanceOf(NotFound);
  });

  it("takes the members' partner rights away on their next request, and gives them back on reactivation", async () => {
    const org = await organisationRow();
    const member = await createUser();
    await db.organisationMembership.create({ data: { userId: member.id, organisationId: org.id, role: "lead" } });
    expect((await signedInActor(member.id))?.memberships).toEqual([{ organisationId: org.id, role: "lead" }]);

    await deactivateOrganisation(admin, { organisationId: org.id });
    const next = await signedInActor(member.id);
    expect(next?.memberships).toEqual([]);
    expect(worksOnQuestions(next)).toBe(false);
    // The membership itself stays: its history does.
    expect(await db.organisationMembership.count({ where: { organisationId: org.id } })).toBe(1);

    await reactivateOrganisation(admin, { organisationId: org.id });
    expect((await signedInActor(member.id))?.memberships).toEqual([{ organisationId: org.id, role: "lead" }]);
  });

  it("keeps a member's other organisations when one is deactivated", async () => {
    const [kept, closed] = [await organisationRow(), await organisationRow()];
    const member = await createUser();
    await db.organisationMembership.createMany({
      data: [
        { userId: member.id, organisationId: kept.id },
        { userId: member.id, organisationId: closed.id },
      ],
    });
    await deactivateOrganisation(admin, { organisationId: closed.id });
    expect((await signedInActor(member.id))?.memberships).toEqual([{ organisationId: kept.id, role: "member" }]);
  });

  it("refuses every claim, transfer, response and membership into a deactivated organisation, and stops offering it", async () => {
    const [closed, open] = [await organisationRow(), await organisationRow()];
    const member = await partnerOf(closed.id); // signed in before the deactivation
    const otherPartner = await partnerOf(open.id);
    const author = await createUser();
    const answered = await createQuestion(author.id, { title: "Will the park and ride run on Sundays?" });
    await publishResponse(member, {
      questionId: answered.id,
      organisationId: closed.id,
      body: "We are looking at Sunday services.",
    });
    const pool = await createQuestion(author.id, { title: "Could Maldon have a repair cafe?" });
    const held = await createQuestion(author.id, { title: "Could Epping have more benches?" });
    await db.assignment.create({ data: { questionId: held.id, organisationId: open.id, dueOn: new Date() } });

    await deactivateOrganisation(admin, { organisationId: closed.id });
    const memberNow = (await signedInActor(member.id))!;

    const question = ["question", "assignment", "assignment_event", "response", "audit_log"] as const;
    const unchanged = async (call: () => Promise<unknown>, kind: abstract new (...args: never[]) => Error) => {
      const before = await tableDigest(client, [...question, "organisation_membership"]);
      await expect(call()).rejects.toBeInstanceOf(kind);
      expect(await tableDigest(client, [...question, "organisation_membership"])).toBe(before);
    };
    // Its former member, on their next request, holds no rights through it.
    await unchanged(() => claimQuestion(memberNow, { questionId: pool.id, organisationId: closed.id }), Forbidden);
    await unchanged(
      () => publishResponse(memberNow, { questionId: pool.id, organisationId: closed.id, body: "An answer." }),
      Forbidden,
    );
    // An admin may act for any organisation, but not for a deactivated one.
    await unchanged(() => claimQuestion(admin, { questionId: pool.id, organisationId: closed.id }), Invalid);
    await expect(claimQuestion(admin, { questionId: pool.id, organisationId: closed.id })).rejects.toMatchObject({
      fieldErrors: { organisationId: NOT_AN_ACTIVE_ORGANISATION },
    });
    await unchanged(
      () => publishResponse(admin, { questionId: pool.id, organisationId: closed.id, body: "An answer." }),
      Invalid,
    );
    await unchanged(
      () => transferQuestion(otherPartner, { questionId: held.id, toOrganisationId: closed.id, note: "Theirs." }),
      Invalid,
    );
    await unchanged(
      () => addMembership(admin, { userId: author.id, organisationId: closed.id, role: "member" }),
      Invalid,
    );

    // Not offered where an organisation is chosen.
    expect((await listTransferDestinations(open.id)).map((o) => o.id)).not.toContain(closed.id);
    expect((await listTransferDestinations(open.id)).map((o) => o.id)).toContain(
      (await db.organisation.findFirstOrThrow({ where: { deactivatedAt: null, id: { not: open.id } } })).id,
    );
    expect((await listOrganisationsToAnswerFor(admin)).map((o) => o.id)).not.toContain(closed.id);
    expect((await listOrganisationsToAnswerFor(admin)).map((o) => o.id)).toContain(open.id);
    expect((await listOrganisations()).map((o) => o.id)).not.toContain(closed.id);

    // Its history stays: the public page still shows its answer under its name.
    const detail = await getQuestionDetail(answered.id, null);
    expect(detail?.responses.map((r) => r.organisation)).toEqual([closed.name]);

    // Reactivated, it may be chosen again.
    await reactivateOrganisation(admin, { organisationId: closed.id });
    await claimQuestion(admin, { questionId: pool.id, organisationId: closed.id });
    expect((await db.assignment.findUniqueOrThrow({ where: { questionId: pool.id } })).organisationId).toBe(closed.id);
  });

  it("lets a deactivation and a claim at the same moment apply one after the other", async () => {
    const org = await organisationRow();
    const author = await createUser();
    const questions = await Promise.all(
      Array.from({ length: 6 }, (_, i) => createQuestion(author.id, { title: `Race question number ${i} here` })),
    );
    const results = await Promise.allSettled([
      ...questions.map((q) => claimQuestion(admin, { questionId: q.id, organisationId: org.id })),
      deactivateOrganisation(admin, { organisationId: org.id }),
    ]);
    const deactivation = results.at(-1)!;
    expect(deactivation.status).toBe("fulfilled");
    const deactivatedAt = (await db.organisation.findUniqueOrThrow({ where: { id: org.id } })).deactivatedAt!;
    // Every claim that succeeded was made before the deactivation; every other was refused as not active.
    const claims = await db.assignment.findMany({
      where: { organisationId: org.id },
      select: { claimedAt: true },
    });
    for (const claim of claims) expect(claim.claimedAt!.getTime()).toBeLessThanOrEqual(deactivatedAt.getTime());
    const refused = results.slice(0, -1).filter((r) => r.status === "rejected");
    expect(claims.length + refused.length).toBe(questions.length);
    for (const r of refused) expect((r as PromiseRejectedResult).reason).toBeInstanceOf(Invalid);
  });
});

describe("who may manage organisations", () => {
  it("refuses everyone but a freshly proven admin, and a refusal changes nothing", async () => {
    const org = await organisationRow();
    const other = await organisationRow();
    const stale = { ...admin, authenticatedAt: new Date(Date.now() - 24 * 3600 * 1000) };
    const refused: [string, Actor | null, abstract new (...args: never[]) => Error][] = [
      ["visitor", null, Unauthenticated],
      ["citizen", await personWithRole("citizen"), Forbidden],
      ["partner", await partnerOf(org.id), Forbidden],
      ["lead of the organisation", await partnerOf(org.id, "lead"), Forbidden],
      ["lead of another organisation", await partnerOf(other.id, "lead"), Forbidden],
      ["moderator", await personWithRole("moderator"), Forbidden],
      ["admin without a recent proof", stale, ProofNeeded],
    ];
    const fields = { name: org.name, slug: org.slug, kind: org.kind, description: "Changed." };
    for (const [, actor, kind] of refused) {
      await expectRefusedUnchanged(() => createOrganisation(actor, newOrganisation()), kind);
      await expectRefusedUnchanged(() => updateOrganisation(actor, { ...fields, organisationId: org.id }), kind);
      await expectRefusedUnchanged(() => deactivateOrganisation(actor, { organisationId: org.id }), kind);
      // Reading needs no recent proof: an admin may always read.
      if (kind !== ProofNeeded) await expectRefusedUnchanged(() => listOrganisationsForAdmin(actor), kind);
    }
    await deactivateOrganisation(admin, { organisationId: other.id });
    for (const [, actor, kind] of refused)
      await expectRefusedUnchanged(() => reactivateOrganisation(actor, { organisationId: other.id }), kind);
  });
});
