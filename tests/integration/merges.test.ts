// Merging a duplicate into the question kept in its place, against the real database: supports move exactly
// (people who supported both counted once, the kept question's author's support dropped), stored counts and
// trending scores equal a recount, follows move and comments stay, both timelines and the right people hear of
// it; one transaction (a failure half-way leaves everything as it was); merges at once apply one after the other;
// and every refusal changes nothing.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { Conflict, Forbidden, Invalid, NotFound, Unauthenticated } from "@/lib/errors";
import * as audit from "@/lib/audit/service";
import { Prisma } from "@/lib/generated/prisma/client";
import type { QuestionStatus } from "@/lib/generated/prisma/enums";
import { mergeQuestion } from "@/lib/merges/service";
import { getMergePage, getMergedTitle } from "@/lib/merges/queries";
import { getQuestionDetail } from "@/lib/questions/queries";
import { supportQuestion, withdrawSupport } from "@/lib/questions/service";
import { voteWeightSql } from "@/lib/votes/trending";
import {
  createOrganisation,
  createQuestion,
  createUser,
  partnerOf,
  personWithRole,
  actorOf,
} from "../support/fixtures";
import { tableDigest } from "../support/table-digest";

// recordAudit is the last thing a merge writes: making it throw once proves the transaction leaves nothing behind.
vi.mock("@/lib/audit/service", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/audit/service")>();
  return { ...original, recordAudit: vi.fn(original.recordAudit) };
});

let client: pg.Client;
beforeAll(async () => {
  client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
});
afterAll(() => client.end());

let n = 0;
const NOTE = "Both ask when the bin lorries will stop blocking Moulsham Street; the answer will be on the kept one.";

async function question(options: { status?: QuestionStatus; moderation?: "approved" | "hidden" | "pending" } = {}) {
  const author = await createUser();
  const q = await createQuestion(author.id, {
    title: `Refuse collection vehicles block Moulsham Street at rush hour ${++n}`,
    status: options.status,
    moderation: options.moderation,
  });
  // Everyone follows their own question, as askQuestion makes them.
  await db.follow.create({ data: { userId: author.id, questionId: q.id } });
  return q;
}

async function citizen(): Promise<Actor> {
  return actorOf((await createUser()).id);
}

/** Supports through the real statement, so the stored count and score move as they do in use. */
async function supporters(questionId: string, people: Actor[]) {
  for (const person of people) await supportQuestion(person, questionId);
}

async function hold(questionId: string, organisationId: number) {
  await db.assignment.create({
    data: { questionId, organisationId, dueOn: new Date("2027-01-15T00:00:00Z") },
  });
}

/** Stored and recounted support of a question, the recount with the votes code's own weight expression. */
async function supportOf(questionId: string) {
  const rows = await db.$queryRaw<{ stored: number; storedScore: number; recount: number; recountScore: number }[]>`
    SELECT q.support_count AS stored, q.trending_score AS "storedScore",
           (SELECT count(*)::int FROM vote v WHERE v.question_id = q.id) AS recount,
           (SELECT coalesce(sum(${voteWeightSql(Prisma.sql`v.created_at`)}), 0)::float8 FROM vote v
            WHERE v.question_id = q.id) AS "recountScore"
    FROM question q WHERE q.id = ${questionId}::uuid`;
  return rows[0]!;
}

function expectExact(support: Awaited<ReturnType<typeof supportOf>>) {
  expect(support.stored).toBe(support.recount);
  const scale = Math.max(1, Math.abs(support.recountScore));
  expect(Math.abs(support.storedScore - support.recountScore) / scale).toBeLessThan(1e-9);
}

async function voters(questionId: string): Promise<string[]> {
  const rows = await db.vote.findMany({ where: { questionId }, select: { userId: true } });
  return rows.map((r) => r.userId).sort();
}

async function followersOf(questionId: string): Promise<string[]> {
  const rows = await db.follow.findMany({ where: { questionId }, select: { userId: true } });
  return rows.map((r) => r.userId).sort();
}

const snapshot = () =>
  tableDigest(client, [
    "question",
    "vote",
    "follow",
    "comment",
    "status_change",
    "notification",
    "audit_log",
    "assignment",
    "pgboss.job",
  ]);

async function expectRefusedUnchanged(call: () => Promise<unknown>, kind: abstract new (...args: never[]) => Error) {
  const before = await snapshot();
  await expect(call()).rejects.toBeInstanceOf(kind);
  expect(await snapshot()).toBe(before);
}

/**
 * A duplicate and the question to keep, in the pool: `both` support each, `onlyDuplicate` the duplicate,
 * `onlyKept` the kept one, the kept question's author supports the duplicate, and `follower` follows the
 * duplicate without supporting it. A comment on the duplicate.
 */
async function scene() {
  const kept = await question();
  const duplicate = await question();
  const both = [await citizen(), await citizen()];
  const onlyDuplicate = await citizen();
  const onlyKept = await citizen();
  const keptAuthor = await actorOf(kept.authorId!);
  const follower = await citizen();
  await supporters(kept.id, [...both, onlyKept]);
  await supporters(duplicate.id, [...both, onlyDuplicate, keptAuthor]);
  await db.follow.create({ data: { userId: follower.id, questionId: duplicate.id } });
  const comment = await db.comment.create({
    data: { questionId: duplicate.id, authorId: onlyDuplicate.id, body: "Same every Tuesday.", moderation: "approved" },
  });
  return { kept, duplicate, both, onlyDuplicate, onlyKept, keptAuthor, follower, comment };
}

describe("mergeQuestion", () => {
  it("moves supports exactly: supporters of both counted once, the kept author's own support dropped", async () => {
    const s = await scene();
    const admin = await personWithRole("admin");
    const keptBefore = await supportOf(s.kept.id);
    const moving = await db.$queryRaw<{ weight: number }[]>`
      SELECT ${voteWeightSql(Prisma.sql`created_at`)}::float8 AS weight FROM vote
      WHERE question_id = ${s.duplicate.id}::uuid AND user_id = ${s.onlyDuplicate.id}::uuid`;

    const result = await mergeQuestion(admin, { duplicateId: s.duplicate.id, keepId: s.kept.id, note: NOTE });

    expect(result).toEqual({
      keptId: s.kept.id,
      supportCount: 4,
      moved: 1,
      alreadySupporting: 2,
      droppedOwnSupport: 1,
    });
    expect(await voters(s.kept.id)).toEqual([...s.both.map((p) => p.id), s.onlyDuplicate.id, s.onlyKept.id].sort());
    expect(await voters(s.duplicate.id)).toEqual([]);
    const kept = await supportOf(s.kept.id);
    const duplicate = await supportOf(s.duplicate.id);
    expectExact(kept);
    expectExact(duplicate);
    expect(kept.stored).toBe(4);
    expect(duplicate).toMatchObject({ stored: 0, storedScore: 0 });
    // The moved support kept its date, so its weight: the kept score grew by exactly that weight.
    expect(kept.storedScore).toBeCloseTo(keptBefore.storedScore + moving[0]!.weight, 9);
    // The stored count drives the support button on the kept question: a moved supporter can withdraw there.
    await expect(withdrawSupport(s.onlyDuplicate, s.kept.id)).resolves.toEqual({ supportCount: 3, supported: false });
    expectExact(await supportOf(s.kept.id));
  });

  it("moves follows, leaves comments where they were, marks the duplicate merged and shows it on both timelines", async () => {
    const s = await scene();
    const org = await createOrganisation();
    const partner = await partnerOf(org.id);
    const duplicateFollowers = await followersOf(s.duplicate.id);

    await mergeQuestion(partner, { duplicateId: s.duplicate.id, keepId: s.kept.id, note: NOTE });

    expect(await followersOf(s.duplicate.id)).toEqual([]);
    const keptFollowers = await followersOf(s.kept.id);
    for (const id of duplicateFollowers) expect(keptFollowers).toContain(id);
    expect(await db.comment.findUnique({ where: { id: s.comment.id }, select: { questionId: true } })).toEqual({
      questionId: s.duplicate.id,
    });
    const duplicateRow = await db.question.findUniqueOrThrow({ where: { id: s.duplicate.id } });
    expect(duplicateRow).toMatchObject({ status: "merged", mergedIntoId: s.kept.id, commentCount: 1 });

    const duplicatePage = await getQuestionDetail(s.duplicate.id, null);
    expect(duplicatePage?.mergedInto).toEqual({ id: s.kept.id, title: s.kept.title });
    expect(duplicatePage?.takesSupport).toBe(false);
    expect(duplicatePage?.timeline.at(-1)).toMatchObject({ from: "open", to: "merged", note: NOTE, mergedFrom: null });
    const keptPage = await getQuestionDetail(s.kept.id, null);
    expect(keptPage?.timeline.at(-1)).toMatchObject({
      from: "open",
      to: "open",
      mergedFrom: { question: { id: s.duplicate.id, title: s.duplicate.title } },
    });
    expect(await getMergedTitle(s.kept.id, s.duplicate.id)).toBe(s.duplicate.title);
    expect(await getMergedTitle(s.duplicate.id, s.kept.id)).toBeNull();
  });

  it("tells the duplicate's author, supporters and followers once each, linking to the kept question", async () => {
    const s = await scene();
    const admin = await personWithRole("admin");
    await mergeQuestion(admin, { duplicateId: s.duplicate.id, keepId: s.kept.id, note: NOTE });

    const told = await db.notification.findMany({
      where: { kind: { in: ["question_merged", "followed_question_merged"] }, questionId: s.kept.id },
      select: { userId: true, kind: true, message: true, questionId: true },
    });
    const byUser = new Map(told.map((t) => [t.userId, t]));
    expect(told).toHaveLength(byUser.size);
    expect(byUser.get(s.duplicate.authorId!)).toMatchObject({ kind: "question_merged" });
    expect(byUser.get(s.duplicate.authorId!)?.message).toContain("Your question");
    for (const supporter of [...s.both, s.onlyDuplicate]) {
      expect(byUser.get(supporter.id)).toMatchObject({ kind: "followed_question_merged" });
      expect(byUser.get(supporter.id)?.message).toContain("Your support now counts there");
      expect(byUser.get(supporter.id)?.message).toContain("withdraw");
    }
    expect(byUser.get(s.follower.id)?.message).toContain("You now follow that question");
    expect(byUser.get(s.keptAuthor.id)?.message).not.toContain("Your support now counts");
    expect(byUser.has(s.onlyKept.id)).toBe(false);
    expect(byUser.has(admin.id)).toBe(false);
    expect(told.every((t) => t.message.includes(s.kept.title))).toBe(true);

    const entries = await db.auditLog.findMany({ where: { targetId: s.duplicate.id, action: "question.merged" } });
    expect(entries).toHaveLength(1);
    expect(entries[0]!.after).toMatchObject({ mergedIntoId: s.kept.id, moved: 1, alreadySupporting: 2 });
  });

  it("is one transaction: a failure after the supports moved leaves both questions exactly as they were", async () => {
    const s = await scene();
    const admin = await personWithRole("admin");
    vi.mocked(audit.recordAudit).mockRejectedValueOnce(new Error("injected failure"));
    const before = await snapshot();
    await expect(mergeQuestion(admin, { duplicateId: s.duplicate.id, keepId: s.kept.id, note: NOTE })).rejects.toThrow(
      "injected failure",
    );
    expect(await snapshot()).toBe(before);
    expect(await db.question.findUniqueOrThrow({ where: { id: s.duplicate.id } })).toMatchObject({
      status: "open",
      mergedIntoId: null,
      supportCount: 4,
    });
  });

  it("merges the same duplicate into two questions at once: exactly one wins, the other is a Conflict", async () => {
    const s = await scene();
    const other = await question();
    const admin = await personWithRole("admin");
    const results = await Promise.allSettled([
      mergeQuestion(admin, { duplicateId: s.duplicate.id, keepId: s.kept.id, note: NOTE }),
      mergeQuestion(admin, { duplicateId: s.duplicate.id, keepId: other.id, note: NOTE }),
    ]);
    const won = results.filter((r) => r.status === "fulfilled");
    const lost = results.filter((r) => r.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0]!.reason).toBeInstanceOf(Conflict);
    const winner = won[0]!.value.keptId;
    expect((await db.question.findUniqueOrThrow({ where: { id: s.duplicate.id } })).mergedIntoId).toBe(winner);
    for (const id of [s.kept.id, other.id, s.duplicate.id]) expectExact(await supportOf(id));
    expect(await db.statusChange.count({ where: { questionId: s.duplicate.id, toStatus: "merged" } })).toBe(1);
    expect(await db.statusChange.count({ where: { mergedFromId: s.duplicate.id } })).toBe(1);
  });

  it("merges A into B while B into A: no deadlock, one wins, the other is refused", async () => {
    const s = await scene();
    const admin = await personWithRole("admin");
    const results = await Promise.allSettled([
      mergeQuestion(admin, { duplicateId: s.duplicate.id, keepId: s.kept.id, note: NOTE }),
      mergeQuestion(admin, { duplicateId: s.kept.id, keepId: s.duplicate.id, note: NOTE }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const lost = results.find((r) => r.status === "rejected");
    expect(lost?.reason).toBeInstanceOf(Conflict);
    const merged = await db.question.findMany({ where: { id: { in: [s.kept.id, s.duplicate.id] }, status: "merged" } });
    expect(merged).toHaveLength(1);
    for (const id of [s.kept.id, s.duplicate.id]) expectExact(await supportOf(id));
  });
});

describe("who may merge", () => {
  it("lets a partner merge a question in the pool, or held by their own organisation; admins any", async () => {
    const orgA = await createOrganisation();
    const orgB = await createOrganisation();
    const partnerA = await partnerOf(orgA.id);
    const partnerB = await partnerOf(orgB.id);
    const kept = await question();

    const inPool = await question();
    await expect(
      mergeQuestion(partnerB, { duplicateId: inPool.id, keepId: kept.id, note: NOTE }),
    ).resolves.toMatchObject({ keptId: kept.id });
    const heldByA = await question({ status: "under_review" });
    await hold(heldByA.id, orgA.id);
    await expect(
      mergeQuestion(partnerA, { duplicateId: heldByA.id, keepId: kept.id, note: NOTE }),
    ).resolves.toBeTruthy();
    // The assignment stays with the merged question (transfers then refuse: TRANSFER_MERGED).
    expect(await db.assignment.count({ where: { questionId: heldByA.id } })).toBe(1);
    const heldByB = await question();
    await hold(heldByB.id, orgB.id);
    await expect(
      mergeQuestion(await personWithRole("admin"), { duplicateId: heldByB.id, keepId: kept.id, note: NOTE }),
    ).resolves.toBeTruthy();
  });

  it("refuses a citizen, a moderator, a visitor and a partner of another organisation, changing nothing", async () => {
    const orgA = await createOrganisation();
    const orgB = await createOrganisation();
    const s = await scene();
    await hold(s.duplicate.id, orgA.id);
    const input = { duplicateId: s.duplicate.id, keepId: s.kept.id, note: NOTE };
    await expectRefusedUnchanged(async () => mergeQuestion(await citizen(), input), Forbidden);
    await expectRefusedUnchanged(async () => mergeQuestion(await personWithRole("moderator"), input), Forbidden);
    await expectRefusedUnchanged(() => mergeQuestion(null, input), Unauthenticated);
    const partnerB = await partnerOf(orgB.id);
    await expectRefusedUnchanged(() => mergeQuestion(partnerB, input), Forbidden);
    // The merge page refuses them alike (the page turns it into 403).
    expect((await getMergePage(s.duplicate.id, partnerB))?.decision).toMatchObject({
      allowed: false,
      kind: "forbidden",
    });
  });

  it("refuses what cannot be merged: answered, hidden or merged duplicates; hidden or merged kept questions", async () => {
    const admin = await personWithRole("admin");
    const kept = await question();
    const answered = await question({ status: "answered" });
    await expectRefusedUnchanged(
      () => mergeQuestion(admin, { duplicateId: answered.id, keepId: kept.id, note: NOTE }),
      Conflict,
    );
    const hidden = await question({ moderation: "hidden" });
    await expectRefusedUnchanged(
      () => mergeQuestion(admin, { duplicateId: hidden.id, keepId: kept.id, note: NOTE }),
      NotFound,
    );
    const duplicate = await question();
    const error = await mergeQuestion(admin, { duplicateId: duplicate.id, keepId: hidden.id, note: NOTE }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(Invalid);
    expect((error as Invalid).fieldErrors.keepId).toBeTruthy();
    // No chains: a question merged away cannot be kept, and cannot be merged again.
    const first = await question();
    await mergeQuestion(admin, { duplicateId: first.id, keepId: kept.id, note: NOTE });
    await expectRefusedUnchanged(
      () => mergeQuestion(admin, { duplicateId: duplicate.id, keepId: first.id, note: NOTE }),
      Conflict,
    );
    await expectRefusedUnchanged(
      () => mergeQuestion(admin, { duplicateId: first.id, keepId: duplicate.id, note: NOTE }),
      Conflict,
    );
  });

  it("refuses invalid input with a message on each field", async () => {
    const admin = await personWithRole("admin");
    const q = await question();
    const same = await mergeQuestion(admin, { duplicateId: q.id, keepId: q.id, note: NOTE }).catch((e: unknown) => e);
    expect(same).toBeInstanceOf(Invalid);
    expect((same as Invalid).fieldErrors.keepId).toMatch(/cannot be merged into itself/);
    const other = await question();
    const noNote = await mergeQuestion(admin, { duplicateId: q.id, keepId: other.id, note: "  " }).catch(
      (e: unknown) => e,
    );
    expect(noNote).toBeInstanceOf(Invalid);
    expect((noNote as Invalid).fieldErrors.note).toMatch(/public note/);
    expect((await db.question.findUniqueOrThrow({ where: { id: q.id } })).status).toBe("open");
  });
});

describe("getMergePage", () => {
  it("offers similar questions, never the duplicate itself, with the support each would have after", async () => {
    const s = await scene();
    const admin = await personWithRole("admin");
    const page = await getMergePage(s.duplicate.id, admin);
    expect(page?.decision.allowed).toBe(true);
    expect(page?.candidates.map((c) => c.id)).not.toContain(s.duplicate.id);
    const kept = page?.candidates.find((c) => c.id === s.kept.id);
    expect(kept).toMatchObject({ supportCount: 3, sharedSupporters: 2, authorSupportsDuplicate: true });
    const result = await mergeQuestion(admin, { duplicateId: s.duplicate.id, keepId: s.kept.id, note: NOTE });
    expect(kept?.supportCountAfter).toBe(result.supportCount);
  });
});
