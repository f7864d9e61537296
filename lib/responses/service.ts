import "server-only";
import { parseOrInvalid } from "@/lib/validation";
import { lockPublishedQuestion, type LockedQuestion } from "@/lib/questions/lock";
import { db } from "@/lib/db";
import { Conflict, Invalid, NotFound } from "@/lib/errors";
import { lockActiveOrganisation, NOT_AN_ACTIVE_ORGANISATION } from "@/lib/organisations/active";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/permissions";
import { assertAllowed, isAdmin } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/audit/service";
import type { ModerationState, QuestionStatus } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";
import { questionAnsweredMessages } from "@/lib/notifications/messages";
import { notify } from "@/lib/notifications/service";
import { isPublished, NOT_PUBLISHED } from "@/lib/questions/policy";
import { checkStatusTransition } from "@/lib/questions/status";
import { recordStatusMove } from "@/lib/questions/status-move";
import { isoDate } from "@/lib/triage/working-days";
import { dueDateOfClaim } from "@/lib/assignments/due-date-of-claim";
import { respondAccess, responseEditAccess } from "./policy";
import {
  editResponseSchema,
  publishResponseSchema,
  type EditResponseInput,
  type PublishResponseInput,
} from "./schemas";

export const RESPOND_MERGED = "This question was merged into another. Answer that one instead.";
export const RESPONSE_NOT_FOUND = "That response does not exist.";

/** The question, locked: two organisations answering at once then move its status (and write its timeline) once. */
async function lockAnswerableQuestion(tx: Prisma.TransactionClient, questionId: string): Promise<LockedQuestion> {
  const question = await lockPublishedQuestion(tx, questionId);
  if (question.status === "merged") throw new Conflict(RESPOND_MERGED);
  return question;
}

/**
 * Whether this person may answer this question for this organisation now, without writing anything: the
 * composer asks it when previewing or inserting a template, so a refusal shows before more is written.
 */
export async function checkMayRespond(
  actor: Actor | null,
  input: { questionId: string; organisationId: number },
): Promise<void> {
  requirePermission(actor, "response.publish");
  assertAllowed(respondAccess(actor, input.organisationId));
  const question = await db.question.findUnique({
    where: { id: input.questionId },
    select: { moderation: true, status: true },
  });
  if (!question || !isPublished(question)) throw new NotFound(NOT_PUBLISHED);
  if (question.status === "merged") throw new Conflict(RESPOND_MERGED);
}

/**
 * A partner organisation answers a published question in public: its members, or an admin for any
 * organisation (respondAccess). Several organisations may answer one question. The first answer moves
 * the question to "answered" where the transition table allows it (from open or under review), with its
 * timeline entry; the author and the followers are told, in the same transaction. A question nobody held is
 * left held by the organisation that answered (claimed by the person who answered, due by the response target),
 * so its follow-up has an owner; a question someone holds stays theirs.
 */
export async function publishResponse(
  actor: Actor | null,
  input: PublishResponseInput,
): Promise<{ responseId: string; status: QuestionStatus }> {
  requirePermission(actor, "response.publish");
  const { questionId, organisationId, body } = parseOrInvalid(publishResponseSchema, input);
  assertAllowed(respondAccess(actor, organisationId));

  return db.$transaction(async (tx) => {
    const question = await lockAnswerableQuestion(tx, questionId);
    const organisation = await lockActiveOrganisation(tx, organisationId);
    if (!organisation) throw new Invalid(NOT_AN_ACTIVE_ORGANISATION, { organisationId: NOT_AN_ACTIVE_ORGANISATION });

    const now = new Date();
    const response = await tx.response.create({
      data: { questionId, organisationId, authorId: actor.id, body, createdAt: now },
      select: { id: true },
    });
    const moves = checkStatusTransition(question.status, "answered", { isAdmin: isAdmin(actor) }).allowed;
    const status: QuestionStatus = moves ? "answered" : question.status;
    const answeredAt = question.answeredAt ?? now;
    if (moves) await recordStatusMove(tx, question, actor.id, "answered", { at: now, data: { answeredAt } });
    else await tx.question.update({ where: { id: questionId }, data: { answeredAt } });

    // ON CONFLICT: whoever holds the question already (a claim that won a moment ago included) keeps it.
    const dueOn = await dueDateOfClaim(tx, now);
    const held = await tx.$queryRaw<{ questionId: string }[]>`
      INSERT INTO assignment (question_id, organisation_id, due_on, claimed_by_id, claimed_at, created_at, updated_at)
      VALUES (${questionId}::uuid, ${organisationId}, ${isoDate(dueOn)}::date, ${actor.id}::uuid, ${now}, ${now}, ${now})
      ON CONFLICT (question_id) DO NOTHING
      RETURNING question_id AS "questionId"`;
    if (held.length) {
      await tx.assignmentEvent.create({
        data: {
          questionId,
          kind: "claimed",
          toOrganisationId: organisationId,
          memberId: actor.id,
          actorId: actor.id,
          note: "Taken on by publishing a response.",
          createdAt: now,
        },
      });
    }

    await recordAudit(tx, {
      actorId: actor.id,
      action: "response.publish",
      targetType: "question",
      targetId: questionId,
      before: { status: question.status },
      after: { status, responseId: response.id, organisationId, heldBy: held.length ? organisationId : undefined },
    });
    const messages = questionAnsweredMessages(question.title, organisation.name);
    await notify(tx, {
      kind: "question_answered",
      questionId,
      actorId: actor.id,
      message: messages.author,
      recipients: [question.authorId],
      followers: { kind: "followed_question_answered", message: messages.follower },
    });
    return { responseId: response.id, status };
  });
}

/**
 * Changes the text of a published response: members of the organisation it speaks for, and admins
 * (responseEditAccess). The text it replaces is kept as a revision (who replaced it, when) and the response is
 * marked edited, which the public page shows. Nobody is notified: they were told when the answer was published,
 * and an edit corrects or clarifies that same answer; a message for every corrected typo would teach people to
 * ignore the ones that matter. The public page says it was edited and when.
 */
export async function editResponse(
  actor: Actor | null,
  input: EditResponseInput,
): Promise<{ questionId: string; changed: boolean }> {
  requirePermission(actor, "response.edit");
  const { responseId, body } = parseOrInvalid(editResponseSchema, input);

  return db.$transaction(async (tx) => {
    // Locked, so two people editing at once each keep the other's text as a revision rather than losing it.
    const rows = await tx.$queryRaw<
      { questionId: string; organisationId: number; body: string; moderation: ModerationState }[]
    >`SELECT r.question_id AS "questionId", r.organisation_id AS "organisationId", r.body, q.moderation
      FROM response r JOIN question q ON q.id = r.question_id
      WHERE r.id = ${responseId}::uuid FOR UPDATE OF r`;
    const response = rows[0];
    if (!response || !isPublished(response)) throw new NotFound(RESPONSE_NOT_FOUND);
    assertAllowed(responseEditAccess(actor, response));
    if (response.body === body) return { questionId: response.questionId, changed: false };

    const now = new Date();
    await tx.responseRevision.create({
      data: { responseId, body: response.body, editedById: actor.id, createdAt: now },
    });
    await tx.response.update({ where: { id: responseId }, data: { body, editedAt: now } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "response.edit",
      targetType: "response",
      targetId: responseId,
      before: { body: response.body },
      after: { body },
    });
    return { questionId: response.questionId, changed: true };
  });
}
