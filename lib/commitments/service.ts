import "server-only";
import { randomUUID } from "node:crypto";
import { ukToday } from "./today";
import { db } from "@/lib/db";
import { parseOrInvalid } from "@/lib/validation";
import { retryOnWriteConflict } from "@/lib/db-errors";
import { Conflict, Invalid, NotFound } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/permissions";
import { assertAllowed } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/audit/service";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CommitmentState, ModerationState, QuestionStatus } from "@/lib/generated/prisma/enums";
import { notify } from "@/lib/notifications/service";
import { lockActiveOrganisation, NOT_AN_ACTIVE_ORGANISATION } from "@/lib/organisations/active";
import { recordStatusMove, tellStatusMoves } from "@/lib/questions/status-move";
import { commitmentMessage, followThroughNote, type CommitmentEvent } from "./messages";
import {
  COMMITMENT_CLOSED,
  COMMITMENT_NOT_FOUND,
  commitForAccess,
  commitmentAccess,
  commitmentIsOpen,
  commitmentStateMove,
  committableQuestion,
  COMPLETED_LATER,
  followThrough,
  statusFromCommitments,
  TARGET_DATE_PASSED,
  targetDateAccepted,
} from "./policy";
import {
  addMilestoneSchema,
  changeStateSchema,
  completeMilestoneSchema,
  createCommitmentSchema,
  editCommitmentSchema,
  postUpdateSchema,
  setProgressSchema,
  type AddMilestoneInput,
  type ChangeStateInput,
  type CompleteMilestoneInput,
  type CreateCommitmentInput,
  type EditCommitmentInput,
  type PostUpdateInput,
  type SetProgressInput,
} from "./schemas";

type Tx = Prisma.TransactionClient;

/** What became of the linked questions' statuses, for the partner's success message. */
export interface FollowThroughReport {
  moved: { questionId: string; title: string; to: QuestionStatus }[];
  left: { questionId: string; title: string; why: string }[];
}

interface LockedCommitment {
  id: string;
  organisationId: number;
  organisation: string;
  title: string;
  state: CommitmentState;
}

/**
 * Locks the commitment for the rest of the transaction (two partners changing it apply one after the other) and
 * checks who may change it. NotFound for a made-up id.
 */
async function lockCommitment(tx: Tx, actor: Actor, commitmentId: string): Promise<LockedCommitment> {
  const rows = await tx.$queryRaw<LockedCommitment[]>`
    SELECT c.id, c.organisation_id AS "organisationId", o.name AS organisation, c.title, c.state
    FROM commitment c JOIN organisation o ON o.id = c.organisation_id
    WHERE c.id = ${commitmentId}::uuid
    FOR UPDATE OF c`;
  const commitment = rows[0];
  if (!commitment) throw new NotFound(COMMITMENT_NOT_FOUND);
  assertAllowed(commitmentAccess(actor, commitment));
  return commitment;
}

function assertOpen(commitment: LockedCommitment): void {
  if (!commitmentIsOpen(commitment.state)) throw new Conflict(COMMITMENT_CLOSED);
}

/** A linked question as the follow-through reads it, under its lock, with the states of all its commitments. */
interface LinkedQuestion {
  id: string;
  title: string;
  authorId: string;
  status: QuestionStatus;
  states: CommitmentState[];
}

/**
 * Brings each linked question's status to what its commitments now give it (statusFromCommitments), along the
 * legal transitions only (followThrough): each move through the one status writer, on the question's public
 * timeline, telling its author and followers as any status change does. The questions are locked in id order
 * before their commitments' states are read, so two commitments sharing a question apply one after the other.
 */
async function followLinkedQuestions(
  tx: Tx,
  commitment: { id: string; title: string; organisation: string },
  actorId: string,
  event: CommitmentEvent,
  noticeId: string,
): Promise<FollowThroughReport> {
  await tx.$queryRaw`
    SELECT 1 FROM question WHERE id IN (SELECT question_id FROM commitment_question WHERE commitment_id = ${commitment.id}::uuid)
    ORDER BY id FOR UPDATE`;
  const questions = await tx.$queryRaw<LinkedQuestion[]>`
    SELECT q.id, q.title, q.author_id AS "authorId", q.status,
           array_agg(c.state::text ORDER BY c.id)::text[] AS states
    FROM commitment_question mine
    JOIN question q ON q.id = mine.question_id
    JOIN commitment_question cq ON cq.question_id = q.id
    JOIN commitment c ON c.id = cq.commitment_id
    WHERE mine.commitment_id = ${commitment.id}::uuid
    GROUP BY q.id
    ORDER BY q.id`;
  const report: FollowThroughReport = { moved: [], left: [] };
  const moves: { question: LinkedQuestion; to: QuestionStatus; note: string }[] = [];
  for (const question of questions) {
    const target = statusFromCommitments(question.states);
    if (!target) continue;
    const verdict = followThrough(question.status, target);
    if ("same" in verdict) continue;
    if ("leave" in verdict) {
      report.left.push({ questionId: question.id, title: question.title, why: verdict.leave });
      continue;
    }
    const note = followThroughNote(commitment.organisation, commitment.title, verdict.move, event);
    await recordStatusMove(tx, question, actorId, verdict.move, { note });
    moves.push({ question, to: verdict.move, note });
    report.moved.push({ questionId: question.id, title: question.title, to: verdict.move });
  }
  await tellStatusMoves(tx, moves, actorId, noticeId);
  return report;
}

/**
 * Tells the supporters, followers and authors of the commitment's questions, each once (a person who supports
 * two of its questions hears once, at the first of them), never the person who acted. Given the `noticeId` the
 * action's status moves were told under, a person already told of a move (its author, its followers, whose
 * notice names the commitment) is not told again.
 */
async function tellCommitmentEvent(
  tx: Tx,
  commitment: { id: string; title: string; organisation: string },
  actorId: string,
  event: CommitmentEvent,
  noticeId: string = randomUUID(),
): Promise<number> {
  const people = await tx.$queryRaw<{ userId: string; questionId: string }[]>`
    SELECT DISTINCT ON (p.user_id) p.user_id AS "userId", p.question_id AS "questionId"
    FROM (
      SELECT v.user_id, v.question_id FROM vote v
        JOIN commitment_question cq ON cq.question_id = v.question_id WHERE cq.commitment_id = ${commitment.id}::uuid
      UNION
      SELECT f.user_id, f.question_id FROM follow f
        JOIN commitment_question cq ON cq.question_id = f.question_id WHERE cq.commitment_id = ${commitment.id}::uuid
      UNION
      SELECT q.author_id, q.id FROM question q
        JOIN commitment_question cq ON cq.question_id = q.id WHERE cq.commitment_id = ${commitment.id}::uuid
    ) p
    WHERE p.user_id <> ${actorId}::uuid
    ORDER BY p.user_id, p.question_id`;
  const byQuestion = new Map<string, string[]>();
  for (const person of people)
    byQuestion.set(person.questionId, [...(byQuestion.get(person.questionId) ?? []), person.userId]);
  const message = commitmentMessage(commitment.organisation, commitment.title, event);
  let told = 0;
  for (const [questionId, recipients] of [...byQuestion].sort(([a], [b]) => a.localeCompare(b)))
    told += await notify(tx, {
      kind: "commitment_updated",
      questionId,
      actorId,
      message,
      recipients,
      eventId: noticeId,
    });
  return told;
}

/** A question offered to a new commitment, locked, with who holds and who answered it. */
interface OfferedQuestion {
  id: string;
  title: string;
  moderation: ModerationState;
  status: QuestionStatus;
  heldBy: number | null;
  answeredBy: number[];
}

/**
 * Makes a commitment for an organisation on one or more of the questions it holds or has answered in public, at
 * answered, planned or in progress (committableQuestion). One transaction: the commitment and its links, the
 * answered questions moved to planned (each on its timeline, its author and followers told), the audit entry,
 * and the supporters and followers of the questions told once each.
 */
export async function createCommitment(
  actor: Actor | null,
  input: CreateCommitmentInput,
): Promise<{ commitmentId: string } & FollowThroughReport> {
  requirePermission(actor, "commitment.manage");
  const data = parseOrInvalid(createCommitmentSchema, input);
  assertAllowed(commitForAccess(actor, data.organisationId));
  if (!targetDateAccepted(data.targetDate, ukToday()))
    throw new Invalid(TARGET_DATE_PASSED, { target: TARGET_DATE_PASSED });

  return retryOnWriteConflict(() =>
    db.$transaction(async (tx) => {
      const organisation = await lockActiveOrganisation(tx, data.organisationId);
      if (!organisation) throw new Invalid(NOT_AN_ACTIVE_ORGANISATION, { organisationId: NOT_AN_ACTIVE_ORGANISATION });
      await tx.$queryRaw`SELECT 1 FROM question WHERE id = ANY(${data.questionIds}::uuid[]) ORDER BY id FOR UPDATE`;
      const rows = await tx.$queryRaw<OfferedQuestion[]>`
        SELECT q.id, q.title, q.moderation, q.status, a.organisation_id AS "heldBy",
               coalesce(array(SELECT DISTINCT r.organisation_id FROM response r WHERE r.question_id = q.id), '{}')::int[]
                 AS "answeredBy"
        FROM question q LEFT JOIN assignment a ON a.question_id = q.id
        WHERE q.id = ANY(${data.questionIds}::uuid[])`;
      for (const id of data.questionIds) {
        const question = rows.find((row) => row.id === id) ?? null;
        const decision = committableQuestion(question, data.organisationId);
        if (!decision.allowed) {
          if (decision.kind === "not_found") throw new Invalid(decision.reason, { questionIds: decision.reason });
          throw new Invalid(decision.reason, { questionIds: decision.reason });
        }
      }

      const commitment = await tx.commitment.create({
        data: {
          organisationId: organisation.id,
          title: data.title,
          description: data.description,
          targetDate: data.targetDate,
          createdById: actor.id,
          questions: { create: data.questionIds.map((questionId) => ({ questionId })) },
        },
        select: { id: true },
      });
      const subject = { id: commitment.id, title: data.title, organisation: organisation.name };
      const event: CommitmentEvent = { kind: "created" };
      // One click, one notice each: the questions' moves and the commitment are told under one id.
      const noticeId = randomUUID();
      const report = await followLinkedQuestions(tx, subject, actor.id, event, noticeId);
      await recordAudit(tx, {
        actorId: actor.id,
        action: "commitment.create",
        targetType: "commitment",
        targetId: commitment.id,
        after: {
          organisationId: organisation.id,
          title: data.title,
          targetDate: data.targetDate.toISOString().slice(0, 10),
          questionIds: data.questionIds,
          moved: report.moved.map((m) => ({ questionId: m.questionId, to: m.to })),
        },
      });
      await tellCommitmentEvent(tx, subject, actor.id, event, noticeId);
      return { commitmentId: commitment.id, ...report };
    }),
  );
}

/** Changes the title, description and target date of an open commitment (audited with the before and after). */
export async function editCommitment(actor: Actor | null, input: EditCommitmentInput): Promise<void> {
  requirePermission(actor, "commitment.manage");
  const data = parseOrInvalid(editCommitmentSchema, input);
  await db.$transaction(async (tx) => {
    const commitment = await lockCommitment(tx, actor, data.commitmentId);
    assertOpen(commitment);
    const before = await tx.commitment.findUniqueOrThrow({
      where: { id: commitment.id },
      select: { title: true, description: true, targetDate: true },
    });
    if (!targetDateAccepted(data.targetDate, ukToday(), before.targetDate))
      throw new Invalid(TARGET_DATE_PASSED, { target: TARGET_DATE_PASSED });
    await tx.commitment.update({
      where: { id: commitment.id },
      data: { title: data.title, description: data.description, targetDate: data.targetDate },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "commitment.edit",
      targetType: "commitment",
      targetId: commitment.id,
      before: { ...before, targetDate: before.targetDate.toISOString().slice(0, 10) },
      after: {
        title: data.title,
        description: data.description,
        targetDate: data.targetDate.toISOString().slice(0, 10),
      },
    });
  });
}

/** Adds a milestone to an open commitment. */
export async function addMilestone(actor: Actor | null, input: AddMilestoneInput): Promise<{ milestoneId: string }> {
  requirePermission(actor, "commitment.manage");
  const data = parseOrInvalid(addMilestoneSchema, input);
  return db.$transaction(async (tx) => {
    const commitment = await lockCommitment(tx, actor, data.commitmentId);
    assertOpen(commitment);
    const milestone = await tx.commitmentMilestone.create({
      data: { commitmentId: commitment.id, title: data.title, plannedDate: data.plannedDate },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "commitment.addMilestone",
      targetType: "commitment",
      targetId: commitment.id,
      after: { milestoneId: milestone.id, title: data.title, plannedDate: data.plannedDate.toISOString().slice(0, 10) },
    });
    return { milestoneId: milestone.id };
  });
}

export const MILESTONE_NOT_FOUND = "That milestone is not part of this commitment.";
export const MILESTONE_ALREADY_DONE = "That milestone is already marked as completed.";

/** Marks a milestone of an open commitment completed, on the date given or today (UK). */
export async function completeMilestone(actor: Actor | null, input: CompleteMilestoneInput): Promise<void> {
  requirePermission(actor, "commitment.manage");
  const data = parseOrInvalid(completeMilestoneSchema, input);
  const today = ukToday();
  const completedDate = data.completedDate ?? today;
  if (completedDate.getTime() > today.getTime()) throw new Invalid(COMPLETED_LATER, { completed: COMPLETED_LATER });
  await db.$transaction(async (tx) => {
    const commitment = await lockCommitment(tx, actor, data.commitmentId);
    assertOpen(commitment);
    // Scoped to the commitment inside the statement, so another commitment's milestone matches nothing.
    const done = await tx.commitmentMilestone.updateMany({
      where: { id: data.milestoneId, commitmentId: commitment.id, completedDate: null },
      data: { completedDate },
    });
    if (done.count === 0) {
      const exists = await tx.commitmentMilestone.count({
        where: { id: data.milestoneId, commitmentId: commitment.id },
      });
      throw exists ? new Conflict(MILESTONE_ALREADY_DONE) : new NotFound(MILESTONE_NOT_FOUND);
    }
    await recordAudit(tx, {
      actorId: actor.id,
      action: "commitment.completeMilestone",
      targetType: "commitment",
      targetId: commitment.id,
      after: { milestoneId: data.milestoneId, completedDate: completedDate.toISOString().slice(0, 10) },
    });
  });
}

/** Sets how far along an open commitment is, in per cent. */
export async function setCommitmentProgress(actor: Actor | null, input: SetProgressInput): Promise<void> {
  requirePermission(actor, "commitment.manage");
  const data = parseOrInvalid(setProgressSchema, input);
  await db.$transaction(async (tx) => {
    const commitment = await lockCommitment(tx, actor, data.commitmentId);
    assertOpen(commitment);
    const before = await tx.commitment.findUniqueOrThrow({ where: { id: commitment.id }, select: { progress: true } });
    await tx.commitment.update({ where: { id: commitment.id }, data: { progress: data.progress } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "commitment.setProgress",
      targetType: "commitment",
      targetId: commitment.id,
      before: { progress: before.progress },
      after: { progress: data.progress },
    });
  });
}

/** Posts a public update on an open commitment and tells the people of its questions, once each. */
export async function postCommitmentUpdate(
  actor: Actor | null,
  input: PostUpdateInput,
): Promise<{ updateId: string; told: number }> {
  requirePermission(actor, "commitment.manage");
  const data = parseOrInvalid(postUpdateSchema, input);
  return db.$transaction(async (tx) => {
    const commitment = await lockCommitment(tx, actor, data.commitmentId);
    assertOpen(commitment);
    const update = await tx.commitmentUpdate.create({
      data: { commitmentId: commitment.id, authorId: actor.id, body: data.body },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "commitment.postUpdate",
      targetType: "commitment",
      targetId: commitment.id,
      after: { updateId: update.id, body: data.body },
    });
    const told = await tellCommitmentEvent(tx, commitment, actor.id, { kind: "update", body: data.body });
    return { updateId: update.id, told };
  });
}

/**
 * Moves a commitment on (commitmentStateMove: planned → in progress → delivered, or dropped; delivered and dropped
 * are final). Delivered carries its evidence (text and links) and sets the progress to 100; dropped its public
 * reason. The linked questions follow through the legal transitions only (followLinkedQuestions), and the people
 * of the questions are told once each; a refused move changes nothing.
 */
export async function changeCommitmentState(
  actor: Actor | null,
  input: ChangeStateInput,
): Promise<{ state: CommitmentState } & FollowThroughReport> {
  requirePermission(actor, "commitment.manage");
  const data = parseOrInvalid(changeStateSchema, input);
  return retryOnWriteConflict(() =>
    db.$transaction(async (tx) => {
      const commitment = await lockCommitment(tx, actor, data.commitmentId);
      assertAllowed(commitmentStateMove(commitment.state, data.to));
      const now = new Date();
      await tx.commitment.update({
        where: { id: commitment.id },
        data:
          data.to === "delivered"
            ? {
                state: "delivered",
                deliveredAt: now,
                evidence: data.evidence,
                evidenceLinks: data.evidenceLinks,
                progress: 100,
              }
            : data.to === "dropped"
              ? { state: "dropped", droppedAt: now, droppedReason: data.reason }
              : { state: "in_progress" },
      });
      const event: CommitmentEvent = { kind: "state", to: data.to, evidence: data.evidence, reason: data.reason };
      const noticeId = randomUUID();
      const report = await followLinkedQuestions(tx, commitment, actor.id, event, noticeId);
      await recordAudit(tx, {
        actorId: actor.id,
        action: "commitment.changeState",
        targetType: "commitment",
        targetId: commitment.id,
        before: { state: commitment.state },
        after: {
          state: data.to,
          evidence: data.evidence,
          evidenceLinks: data.evidenceLinks,
          reason: data.reason,
          moved: report.moved.map((m) => ({ questionId: m.questionId, to: m.to })),
          left: report.left.map((l) => ({ questionId: l.questionId, why: l.why })),
        },
      });
      await tellCommitmentEvent(tx, commitment, actor.id, event, noticeId);
      return { state: data.to, ...report };
    }),
  );
}
