import "server-only";
import { parseOrInvalid } from "@/lib/validation";
import { db } from "@/lib/db";
import { Conflict, Invalid } from "@/lib/errors";
import { lockActiveOrganisation, NOT_AN_ACTIVE_ORGANISATION } from "@/lib/organisations/active";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/permissions";
import { assertAllowed } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/audit/service";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { QuestionStatus } from "@/lib/generated/prisma/enums";
import { recordStatusMove, tellStatusMove } from "@/lib/questions/status-move";
import { lockPublishedQuestion, type LockedQuestion } from "@/lib/questions/lock";
import { dueDateOfClaim } from "./due-date-of-claim";
import { claimAccess, heldByMessage, reassignAccess, releaseAccess, transferAccess } from "./policy";
import {
  claimQuestionSchema,
  reassignQuestionSchema,
  releaseQuestionSchema,
  transferQuestionSchema,
  type ClaimQuestionInput,
  type ReassignQuestionInput,
  type ReleaseQuestionInput,
  type TransferQuestionInput,
} from "./schemas";

type Tx = Prisma.TransactionClient;

/**
 * A member now works on an open question: it moves to "under review" (DESIGN's table) with its public timeline
 * entry, and its author and followers are told. A question already further along keeps its status.
 */
async function startReview(tx: Tx, question: LockedQuestion, actor: Actor, at: Date): Promise<QuestionStatus> {
  if (question.status !== "open") return question.status;
  await moveStatus(tx, question, actor, "under_review", at);
  return "under_review";
}

async function moveStatus(tx: Tx, question: LockedQuestion, actor: Actor, to: QuestionStatus, at: Date) {
  await recordStatusMove(tx, question, actor.id, to, { at });
  await tellStatusMove(tx, question, actor.id, to, null);
}

/**
 * Claims a published question for an organisation, naming the actor as the member who holds it: members of that
 * organisation, admins for any (claimAccess). The question is in the pool, or held by that organisation with
 * nobody claiming it yet. From the pool the due date is the claim's day plus the response target in working
 * days; a question transferred in keeps its due date. An open question moves to "under review". When several
 * people claim at once exactly one wins, decided by the database (the question's lock, and the assignment's key
 * or its empty claimant); everyone else gets a Conflict that says who has it, and nothing changes for them.
 */
export async function claimQuestion(
  actor: Actor | null,
  input: ClaimQuestionInput,
): Promise<{ organisationId: number; dueOn: Date; status: QuestionStatus }> {
  requirePermission(actor, "question.claim");
  const { questionId, organisationId } = parseOrInvalid(claimQuestionSchema, input);

  return db.$transaction(async (tx) => {
    const question = await lockPublishedQuestion(tx, questionId);
    assertAllowed(claimAccess(question, actor, organisationId));
    if (!(await lockActiveOrganisation(tx, organisationId)))
      throw new Invalid(NOT_AN_ACTIVE_ORGANISATION, { organisationId: NOT_AN_ACTIVE_ORGANISATION });

    const now = new Date();
    const held = question.assignment;
    let claimed: { dueOn: Date }[];
    if (!held) {
      const dueOn = await dueDateOfClaim(tx, now);
      claimed = await tx.$queryRaw<{ dueOn: Date }[]>`
        INSERT INTO assignment (question_id, organisation_id, due_on, claimed_by_id, claimed_at, updated_at)
        VALUES (${questionId}::uuid, ${organisationId}, ${dueOn}::date, ${actor.id}::uuid, ${now}, ${now})
        ON CONFLICT (question_id) DO NOTHING
        RETURNING due_on AS "dueOn"`;
    } else {
      claimed = await tx.$queryRaw<{ dueOn: Date }[]>`
        UPDATE assignment SET claimed_by_id = ${actor.id}::uuid, claimed_at = ${now}, updated_at = ${now}
        WHERE question_id = ${questionId}::uuid AND organisation_id = ${organisationId} AND claimed_by_id IS NULL
        RETURNING due_on AS "dueOn"`;
    }
    const dueOn = claimed[0]?.dueOn;
    if (!dueOn) {
      // Only reached if a writer took the question without its lock: the database still decided, so say who won.
      const holder = (await lockPublishedQuestion(tx, questionId)).assignment;
      throw new Conflict(holder ? heldByMessage(holder) : "Someone else has just claimed this question.");
    }

    await tx.assignmentEvent.create({
      data: {
        questionId,
        kind: "claimed",
        fromOrganisationId: held?.organisationId ?? null,
        toOrganisationId: organisationId,
        memberId: actor.id,
        actorId: actor.id,
        createdAt: now,
      },
    });
    const status = await startReview(tx, question, actor, now);
    await recordAudit(tx, {
      actorId: actor.id,
      action: "question.claim",
      targetType: "question",
      targetId: questionId,
      before: { status: question.status, organisationId: held?.organisationId ?? null },
      after: { status, organisationId, claimedById: actor.id, dueOn: dueOn.toISOString().slice(0, 10) },
    });
    return { organisationId, dueOn, status };
  });
}

/**
 * Hands a question its organisation holds back to the pool, with a reason kept in the hand-over history for
 * partners: members of that organisation and admins (releaseAccess), while it still awaits an answer. A question
 * under review moves back to "open", with its public timeline entry and notification (the reason stays private).
 */
export async function releaseQuestion(
  actor: Actor | null,
  input: ReleaseQuestionInput,
): Promise<{ status: QuestionStatus }> {
  requirePermission(actor, "question.release");
  const { questionId, reason } = parseOrInvalid(releaseQuestionSchema, input);

  return db.$transaction(async (tx) => {
    const question = await lockPublishedQuestion(tx, questionId);
    assertAllowed(releaseAccess(question, actor));
    const held = question.assignment!;
    const now = new Date();
    await tx.assignment.delete({ where: { questionId } });
    await tx.assignmentEvent.create({
      data: {
        questionId,
        kind: "released",
        fromOrganisationId: held.organisationId,
        actorId: actor.id,
        note: reason,
        createdAt: now,
      },
    });
    let status = question.status;
    if (status === "under_review") {
      await moveStatus(tx, question, actor, "open", now);
      status = "open";
    }
    await recordAudit(tx, {
      actorId: actor.id,
      action: "question.release",
      targetType: "question",
      targetId: questionId,
      before: { status: question.status, organisationId: held.organisationId, claimedById: held.claimedBy?.id ?? null },
      after: { status, organisationId: null, reason },
    });
    return { status };
  });
}

/**
 * Passes a question to another organisation with a note: members of the organisation holding it and admins
 * (transferAccess). The receiving organisation holds it with nobody claiming it, until one of its members claims
 * it or a lead reassigns it; the due date stays (the person who asked has waited as long either way).
 */
export async function transferQuestion(
  actor: Actor | null,
  input: TransferQuestionInput,
): Promise<{ organisationId: number }> {
  requirePermission(actor, "question.transfer");
  const { questionId, toOrganisationId, note } = parseOrInvalid(transferQuestionSchema, input);

  return db.$transaction(async (tx) => {
    const question = await lockPublishedQuestion(tx, questionId);
    assertAllowed(transferAccess(question, actor));
    const held = question.assignment!;
    if (held.organisationId === toOrganisationId) {
      const message = `${held.organisation} already holds this question. Choose another organisation.`;
      throw new Invalid(message, { toOrganisationId: message });
    }
    if (!(await lockActiveOrganisation(tx, toOrganisationId)))
      throw new Invalid(NOT_AN_ACTIVE_ORGANISATION, { toOrganisationId: NOT_AN_ACTIVE_ORGANISATION });

    const now = new Date();
    await tx.assignment.update({
      where: { questionId },
      data: { organisationId: toOrganisationId, claimedById: null, claimedAt: null },
    });
    await tx.assignmentEvent.create({
      data: {
        questionId,
        kind: "transferred",
        fromOrganisationId: held.organisationId,
        toOrganisationId,
        actorId: actor.id,
        note,
        createdAt: now,
      },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "question.transfer",
      targetType: "question",
      targetId: questionId,
      before: { organisationId: held.organisationId, claimedById: held.claimedBy?.id ?? null },
      after: { organisationId: toOrganisationId, claimedById: null, note },
    });
    return { organisationId: toOrganisationId };
  });
}

/**
 * Gives the question to another member of the organisation holding it: its leads and admins (reassignAccess).
 * The member must belong to that organisation now. An open question moves to "under review", as on a claim.
 */
export async function reassignQuestion(
  actor: Actor | null,
  input: ReassignQuestionInput,
): Promise<{ memberId: string; status: QuestionStatus }> {
  requirePermission(actor, "question.reassign");
  const { questionId, memberId } = parseOrInvalid(reassignQuestionSchema, input);

  return db.$transaction(async (tx) => {
    const question = await lockPublishedQuestion(tx, questionId);
    assertAllowed(reassignAccess(question, actor));
    const held = question.assignment!;
    const membership = await tx.organisationMembership.findUnique({
      where: { userId_organisationId: { userId: memberId, organisationId: held.organisationId } },
      select: { user: { select: { displayName: true, status: true } } },
    });
    if (!membership || membership.user.status !== "active") {
      const message = `Choose a current member of ${held.organisation}.`;
      throw new Invalid(message, { memberId: message });
    }
    if (held.claimedBy?.id === memberId) {
      const message = `${membership.user.displayName} already holds this question. Choose someone else.`;
      throw new Invalid(message, { memberId: message });
    }

    const now = new Date();
    await tx.assignment.update({ where: { questionId }, data: { claimedById: memberId, claimedAt: now } });
    await tx.assignmentEvent.create({
      data: {
        questionId,
        kind: "reassigned",
        fromOrganisationId: held.organisationId,
        toOrganisationId: held.organisationId,
        memberId,
        actorId: actor.id,
        createdAt: now,
      },
    });
    const status = await startReview(tx, question, actor, now);
    await recordAudit(tx, {
      actorId: actor.id,
      action: "question.reassign",
      targetType: "question",
      targetId: questionId,
      before: { status: question.status, claimedById: held.claimedBy?.id ?? null },
      after: { status, claimedById: memberId },
    });
    return { memberId, status };
  });
}
