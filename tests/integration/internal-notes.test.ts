// Internal notes (lib/internal-notes/service.ts) against the real database: who may add one, for which
// organisation it is written, the list partners read (oldest first, with author, organisation and time), and
// refusals that change nothing.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { initialFormState } from "@/lib/form-state";
import type { Actor } from "@/lib/auth/actor";
import { Forbidden, Invalid, NotFound, Unauthenticated } from "@/lib/errors";
import type { PlatformRole } from "@/lib/generated/prisma/enums";
import { addInternalNote } from "@/lib/internal-notes/service";
import { internalNoteSchema } from "@/lib/internal-notes/schemas";
import { getPartnerWorkspace } from "@/lib/triage/queries";
import { actorOf, createOrganisation, createQuestion, createUser, partnerOf, signedInActor } from "../support/fixtures";
import { form } from "../support/form-data";
import { tableDigest } from "../support/table-digest";

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/actor", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/auth/actor")>()),
  getActor: async () => session.actor,
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { addInternalNoteAction } = await import("@/app/partner/questions/[id]/notes/actions");

let client: pg.Client;
let orgA: { id: number; name: string };
let orgB: { id: number; name: string };

async function person(platformRole: PlatformRole = "citizen", displayName?: string): Promise<Actor> {
  return actorOf((await createUser({ platformRole, displayName })).id);
}

async function heldQuestion(holder: number | null = orgA.id) {
  const question = await createQuestion((await createUser()).id, { title: `Notes test ${randomUUID()}` });
  if (holder !== null)
    await db.assignment.create({ data: { questionId: question.id, organisationId: holder, dueOn: new Date() } });
  return question.id;
}

const snapshot = () => tableDigest(client, ["internal_note", "audit_log"]);

beforeAll(async () => {
  client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  orgA = await createOrganisation();
  orgB = await createOrganisation();
});
afterAll(() => client.end());

describe("addInternalNote", () => {
  it("lets members and leads of the holding organisation and admins add notes, listed oldest first with who, where and when", async () => {
    const questionId = await heldQuestion();
    const member = await partnerOf(orgA.id, "member", "Mo Member");
    const lead = await partnerOf(orgA.id, "lead", "Lee Lead");
    const admin = await person("admin", "Ada Admin");

    const first = await addInternalNote(member, { questionId, body: "  Ask the highways team.  " });
    await addInternalNote(lead, { questionId, body: "Highways say spring." });
    await addInternalNote(admin, { questionId, body: "CSES agrees the due date." });

    const notes = await db.internalNote.findMany({ where: { questionId }, orderBy: { createdAt: "asc" } });
    expect(notes.map((n) => [n.body, n.organisationId, n.authorId])).toEqual([
      ["Ask the highways team.", orgA.id, member.id],
      ["Highways say spring.", orgA.id, lead.id],
      // An admin from outside writes for CSES (no organisation).
      ["CSES agrees the due date.", null, admin.id],
    ]);
    expect(
      await db.auditLog.findFirst({
        where: { action: "internalNote.create", targetId: questionId, actorId: member.id },
        select: { after: true },
      }),
    ).toEqual({ after: { noteId: first.id, organisationId: orgA.id } });

    const workspace = await getPartnerWorkspace(questionId, member);
    expect(workspace?.notes.map((n) => ({ body: n.body, author: n.author, organisation: n.organisation }))).toEqual([
      { body: "Ask the highways team.", author: "Mo Member", organisation: orgA.name },
      { body: "Highways say spring.", author: "Lee Lead", organisation: orgA.name },
      { body: "CSES agrees the due date.", author: "Ada Admin", organisation: null },
    ]);
    expect(workspace?.notes.every((n) => n.createdAt instanceof Date)).toBe(true);
  });

  it("refuses a partner of another organisation, a citizen, a moderator and a visitor, and changes nothing", async () => {
    const questionId = await heldQuestion();
    const pool = await heldQuestion(null);
    const refused: [string, Actor | null, unknown, string][] = [
      ["visitor", null, Unauthenticated, questionId],
      ["citizen", await person(), Forbidden, questionId],
      ["moderator", await person("moderator"), Forbidden, questionId],
      ["partner of another organisation", await partnerOf(orgB.id, "member"), Forbidden, questionId],
      ["lead of another organisation", await partnerOf(orgB.id, "lead"), Forbidden, questionId],
      // Nobody holds it yet: only admins.
      ["partner, question in the pool", await partnerOf(orgA.id, "lead"), Forbidden, pool],
    ];
    const before = await snapshot();
    for (const [who, actor, error, id] of refused)
      await expect(addInternalNote(actor, { questionId: id, body: "Should not be kept." }), who).rejects.toBeInstanceOf(
        error as typeof Forbidden,
      );
    // The question's author is a citizen like any other.
    const author = (await signedInActor(
      (await db.question.findUniqueOrThrow({ where: { id: questionId } })).authorId!,
    ))!;
    await expect(addInternalNote(author, { questionId, body: "Mine." })).rejects.toBeInstanceOf(Forbidden);
    expect(await snapshot()).toBe(before);

    // An admin may note on a question in the pool.
    await addInternalNote(await person("admin"), { questionId: pool, body: "Who should take this?" });
    expect(await db.internalNote.count({ where: { questionId: pool } })).toBe(1);
  });

  it("refuses an empty or too long note and an unpublished question, and changes nothing", async () => {
    const questionId = await heldQuestion();
    const partner = await partnerOf(orgA.id, "member");
    const held = await createQuestion((await createUser()).id, { moderation: "pending" });
    await db.assignment.create({ data: { questionId: held.id, organisationId: orgA.id, dueOn: new Date() } });
    const before = await snapshot();
    await expect(addInternalNote(partner, { questionId, body: "   " })).rejects.toBeInstanceOf(Invalid);
    await expect(addInternalNote(partner, { questionId, body: "x".repeat(5001) })).rejects.toMatchObject({
      fieldErrors: { body: "The note must be 5,000 characters or fewer" },
    });
    await expect(addInternalNote(partner, { questionId: held.id, body: "Held." })).rejects.toBeInstanceOf(NotFound);
    expect(await snapshot()).toBe(before);
    await addInternalNote(partner, { questionId, body: "x".repeat(5000) });

    expect(internalNoteSchema.safeParse({ questionId, body: "x".repeat(5001) }).success).toBe(false);
    expect(internalNoteSchema.safeParse({ questionId, body: " \n " }).success).toBe(false);
  });

  it("shows the holding organisation's notes and CSES's, not another organisation's left before a transfer", async () => {
    const questionId = await heldQuestion(orgB.id);
    await addInternalNote(await partnerOf(orgB.id, "member"), {
      questionId,
      body: "B's own working note.",
    });
    await db.assignment.update({ where: { questionId }, data: { organisationId: orgA.id } });
    const partnerA = await partnerOf(orgA.id, "member");
    await addInternalNote(partnerA, { questionId, body: "A picks it up." });
    expect((await getPartnerWorkspace(questionId, partnerA))?.notes.map((n) => n.body)).toEqual(["A picks it up."]);
    expect(await getPartnerWorkspace(questionId, await partnerOf(orgB.id, "member"))).toBeNull();
    expect((await getPartnerWorkspace(questionId, await person("admin")))?.notes.map((n) => n.body)).toEqual([
      "B's own working note.",
      "A picks it up.",
    ]);
  });
});

describe("addInternalNoteAction (the notes form)", () => {
  it("adds the note, keeps the text on a refusal, and refuses a partner of another organisation with nothing changed", async () => {
    const questionId = await heldQuestion();
    session.actor = await partnerOf(orgB.id, "member");
    const before = await snapshot();
    expect(
      await addInternalNoteAction(questionId, initialFormState, form({ body: "Not ours to write." })),
    ).toMatchObject({
      status: "error",
      errors: { body: expect.stringMatching(/organisation/) },
      values: { body: "Not ours to write." },
    });
    expect(await snapshot()).toBe(before);

    session.actor = await partnerOf(orgA.id, "member");
    expect(await addInternalNoteAction(questionId, initialFormState, form({ body: "  " }))).toMatchObject({
      status: "error",
      errors: { body: "Write the note" },
    });
    expect(await addInternalNoteAction(questionId, initialFormState, form({ body: "Ours." }))).toMatchObject({
      status: "success",
      message: "Your note has been added.",
    });
    expect((await db.internalNote.findMany({ where: { questionId } })).map((n) => n.body)).toEqual(["Ours."]);
    session.actor = null;
  });
});
