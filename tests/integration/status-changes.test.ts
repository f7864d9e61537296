// Status changes by the transition table (DESIGN.md), walked cell by cell against the real database through
// changeQuestionStatus: every legal move done with its timeline entry and notification, every illegal one
// refused with nothing changed; the public notes; and what the status form offers each person.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { initialFormState } from "@/lib/form-state";
import type { Actor } from "@/lib/auth/actor";
import { Forbidden, Invalid } from "@/lib/errors";
import type { QuestionStatus } from "@/lib/generated/prisma/enums";
import { QUESTION_STATUSES } from "@/lib/questions/status";
import { statusChangeSchema } from "@/lib/triage/schemas";
import { changeQuestionStatus } from "@/lib/triage/service";
import { statusOptions } from "@/lib/triage/status-options";
import { createOrganisation, createQuestion, createUser, partnerOf, signedInActor } from "../support/fixtures";
import { form } from "../support/form-data";
import { tableDigest } from "../support/table-digest";

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/actor", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/auth/actor")>()),
  getActor: async () => session.actor,
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { changeQuestionStatusAction } = await import("@/app/partner/questions/[id]/status/actions");

// DESIGN.md's table, written out again here so the test does not check the code against itself.
const LEGAL: Record<QuestionStatus, QuestionStatus[]> = {
  open: ["under_review", "answered", "declined", "merged"],
  under_review: ["open", "answered", "declined", "merged"],
  answered: ["planned", "in_progress", "delivered", "declined"],
  planned: ["in_progress", "delivered", "declined"],
  in_progress: ["delivered", "declined"],
  declined: ["open"],
  delivered: ["open"],
  merged: ["open"],
};
const CLOSED: QuestionStatus[] = ["declined", "delivered", "merged"];

let client: pg.Client;
let orgId: number;
let partner: Actor;
let admin: Actor;
let mergeTarget: string;

beforeAll(async () => {
  client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  orgId = (await createOrganisation()).id;
  partner = await partnerOf(orgId, "lead", "Pat Partner");
  admin = (await signedInActor((await createUser({ platformRole: "admin" })).id))!;
  mergeTarget = (await createQuestion((await createUser()).id, { title: "The question others merge into" })).id;
});
afterAll(() => client.end());

/** A published question in `status`, held by the organisation, with one official response. */
async function questionIn(status: QuestionStatus) {
  const author = await createUser();
  // A merged question names the one it was merged into (a check in the database), so it is set in one update.
  const question = await createQuestion(author.id, { title: `Status table ${randomUUID()}` });
  await db.question.update({
    where: { id: question.id },
    data: { status, mergedIntoId: status === "merged" ? mergeTarget : null },
  });
  await db.assignment.create({ data: { questionId: question.id, organisationId: orgId, dueOn: new Date() } });
  // A response exists, so "answered" is refused only by the table.
  await db.response.create({
    data: { questionId: question.id, organisationId: orgId, authorId: partner.id, body: "Our answer." },
  });
  return { id: question.id, authorId: author.id };
}

const snapshot = () => tableDigest(client, ["question", "status_change", "notification", "audit_log"]);

describe("changeQuestionStatus, every cell of the transition table", () => {
  const cells = QUESTION_STATUSES.flatMap((from) => QUESTION_STATUSES.map((to) => [from, to] as const));

  it("walks all 64 cells for a partner and for an admin", async () => {
    let done = 0;
    let refused = 0;
    for (const [who, actor] of [
      ["partner", () => partner],
      ["admin", () => admin],
    ] as const) {
      for (const [from, to] of cells) {
        const question = await questionIn(from);
        const label = `${who}: ${from} → ${to}`;
        const legal = LEGAL[from].includes(to);
        // Merging names the question to merge into, claiming and releasing change who holds it: each is its own
        // action, so the service refuses them here.
        const elsewhere = to === "merged" || to === "under_review" || (from === "under_review" && to === "open");
        const reopenByPartner = legal && CLOSED.includes(from) && who === "partner";
        const before = await snapshot();
        const attempt = changeQuestionStatus(actor(), { questionId: question.id, to, note: "A public note." });
        if (!legal || elsewhere || reopenByPartner) {
          await expect(attempt, label).rejects.toBeInstanceOf(reopenByPartner ? Forbidden : Invalid);
          expect(await snapshot(), label).toBe(before);
          refused++;
          continue;
        }
        await expect(attempt, label).resolves.toEqual({ status: to });
        const row = await db.question.findUniqueOrThrow({ where: { id: question.id } });
        expect(row.status, label).toBe(to);
        expect(row.mergedIntoId, label).toBeNull();
        expect(
          await db.statusChange.findMany({
            where: { questionId: question.id },
            select: { fromStatus: true, toStatus: true, note: true, actorId: true },
          }),
          label,
        ).toEqual([{ fromStatus: from, toStatus: to, note: "A public note.", actorId: actor().id }]);
        expect(
          await db.notification.count({
            where: { questionId: question.id, userId: question.authorId, kind: "question_status_changed" },
          }),
          label,
        ).toBe(1);
        done++;
      }
    }
    // 20 legal cells, less 2 to "merged", 1 claim and 1 release: 16 for an admin, 13 for a partner (who may not
    // reopen).
    expect({ done, refused }).toEqual({ done: 29, refused: 128 - 29 });
  }, 180_000);

  it("requires a public note to decline, deliver or reopen, shown at the note", async () => {
    const cases: [QuestionStatus, QuestionStatus, Actor][] = [
      ["open", "declined", partner],
      ["answered", "delivered", partner],
      ["in_progress", "delivered", partner],
      ["declined", "open", admin],
      ["delivered", "open", admin],
    ];
    for (const [from, to, actor] of cases) {
      const question = await questionIn(from);
      const before = await snapshot();
      for (const note of [null, "", "   "]) {
        const refusal = await changeQuestionStatus(actor, { questionId: question.id, to, note }).catch(
          (e: unknown) => e,
        );
        expect(refusal, `${from} → ${to}`).toBeInstanceOf(Invalid);
        expect((refusal as Invalid).fieldErrors.note, `${from} → ${to}`).toMatch(/^Write a public note/);
      }
      expect(await snapshot()).toBe(before);
    }
    // Planned and in progress may go without one.
    const question = await questionIn("answered");
    await changeQuestionStatus(partner, { questionId: question.id, to: "planned", note: null });
    expect((await db.statusChange.findFirstOrThrow({ where: { questionId: question.id } })).note).toBeNull();
  });
});

describe("statusOptions (what the status form offers)", () => {
  it("offers a partner only the moves the form makes, and an admin reopening too", () => {
    const offered = (from: QuestionStatus, isAdmin: boolean) =>
      statusOptions(from, { isAdmin }).map((o) => `${o.status}${o.needsNote ? " (note)" : ""}`);
    expect(Object.fromEntries(QUESTION_STATUSES.map((s) => [s, offered(s, false)]))).toEqual({
      open: ["declined (note)"],
      under_review: ["declined (note)"],
      answered: ["planned", "in_progress", "delivered (note)", "declined (note)"],
      planned: ["in_progress", "delivered (note)", "declined (note)"],
      in_progress: ["delivered (note)", "declined (note)"],
      declined: [],
      delivered: [],
      merged: [],
    });
    for (const closed of CLOSED) expect(offered(closed, true)).toEqual(["open (note)"]);
    expect(offered("answered", true)).toEqual(offered("answered", false));
  });

  it("lets the form send none of the statuses other actions set", () => {
    const questionId = randomUUID();
    for (const to of ["under_review", "answered", "merged", "closed"])
      expect(statusChangeSchema.safeParse({ questionId, to }).success, to).toBe(false);
    expect(statusChangeSchema.parse({ questionId, to: "declined", note: "  Not ours.  " })).toEqual({
      questionId,
      to: "declined",
      note: "Not ours.",
    });
    expect(statusChangeSchema.parse({ questionId, to: "planned", note: "" }).note).toBeNull();
  });
});

describe("changeQuestionStatusAction (the status form)", () => {
  it("shows a missing note at the note with the choice kept, refuses a moderator, and changes the status", async () => {
    const question = await questionIn("answered");
    const follower = await createUser();
    await db.follow.create({ data: { userId: follower.id, questionId: question.id } });
    const before = await snapshot();
    session.actor = (await signedInActor((await createUser({ platformRole: "moderator" })).id))!;
    expect(
      await changeQuestionStatusAction(question.id, initialFormState, form({ to: "planned", note: "" })),
    ).toMatchObject({ status: "error", errors: { to: expect.stringMatching(/partner/i) } });
    session.actor = partner;
    expect(
      await changeQuestionStatusAction(question.id, initialFormState, form({ to: "delivered", note: " " })),
    ).toMatchObject({
      status: "error",
      errors: { note: "Write a public note saying why the question is now delivered." },
      values: { to: "delivered" },
    });
    // Claiming sets "under review": the form cannot.
    expect(await changeQuestionStatusAction(question.id, initialFormState, form({ to: "under_review" }))).toMatchObject(
      { status: "error", errors: { to: "Select the new status" } },
    );
    expect(await snapshot()).toBe(before);

    expect(
      await changeQuestionStatusAction(
        question.id,
        initialFormState,
        form({ to: "delivered", note: "Done in March." }),
      ),
    ).toMatchObject({ status: "success", message: expect.stringContaining("The status is now Delivered.") });
    // The author and the follower are told under one id, and one mail job sends both.
    const told = await db.notification.findMany({
      where: { questionId: question.id },
      select: { userId: true, eventId: true },
    });
    expect(told.map((n) => n.userId).sort()).toEqual([question.authorId, follower.id].sort());
    expect(told[0]!.eventId).toBe(told[1]!.eventId);
    const { rows: mailJobs } = await client.query(
      `SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'notification-mail' AND data->>'eventId' = $1`,
      [told[0]!.eventId],
    );
    expect(mailJobs).toEqual([{ n: 1 }]);
    session.actor = null;
  });
});
