import "server-only";
import { db } from "@/lib/db";
import { Conflict, Invalid, NotFound } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/permissions";
import { assertAllowed, isAdmin, organisationAccess } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/audit/service";
import type { ModerationState, QuestionStatus } from "@/lib/generated/prisma/enums";
import { questionAnsweredMessages } from "@/lib/notifications/messages";
import { notify } from "@/lib/notifications/service";
import { isPublished, NOT_PUBLISHED } from "@/lib/questions/policy";
import { checkStatusTransition } from "@/lib/questions/status";
import { publishResponseSchema, type PublishResponseInput } from "./schemas";

export const RESPOND_MERGED = "This question was merged into another. Answer that one instead.";

/**
 * A partner organisation answers a published question in public: its members, or an admin for any
 * organisation (organisationAccess). Several organisations may answer one question. The first answer moves
 * the question to "answered" where the transition table allows it (from open or under review), with its
 * timeline entry; the author and the followers are told, in the same transaction.
 */
export async function publishResponse(
  actor: Actor | null,
  input: PublishResponseInput,
): Promise<{ responseId: string; status: QuestionStatus }> {
  requirePermission(actor, "response.publish");
  const parsed = publishResponseSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Invalid(issue?.message ?? "Check the response.", {
      [String(issue?.path[0] ?? "body")]: issue?.message ?? "",
    });
  }
  const { questionId, organisationId, body } = parsed.data;
  assertAllowed(organisationAccess(actor, organisationId));

  return db.$transaction(async (tx) => {
    // Locked, so two organisations answering at once move the status (and write its timeline entry) once.
    const rows = await tx.$queryRaw<
      {
        title: string;
        authorId: string;
        status: QuestionStatus;
        moderation: ModerationState;
        answeredAt: Date | null;
      }[]
    >`SELECT title, author_id AS "authorId", status, moderation, answered_at AS "answeredAt"
      FROM question WHERE id = ${questionId}::uuid FOR UPDATE`;
    const question = rows[0];
    if (!question || !isPublished(question)) throw new NotFound(NOT_PUBLISHED);
    if (question.status === "merged") throw new Conflict(RESPOND_MERGED);
    const organisation = await tx.organisation.findUnique({ where: { id: organisationId }, select: { name: true } });
    if (!organisation) throw new NotFound("That organisation does not exist.");

    const now = new Date();
    const response = await tx.response.create({
      data: { questionId, organisationId, authorId: actor.id, body, createdAt: now },
      select: { id: true },
    });
    const moves = checkStatusTransition(question.status, "answered", { isAdmin: isAdmin(actor) }).allowed;
    const status: QuestionStatus = moves ? "answered" : question.status;
    if (moves) {
      await tx.statusChange.create({
        data: { questionId, actorId: actor.id, fromStatus: question.status, toStatus: "answered", createdAt: now },
      });
    }
    await tx.question.update({
      where: { id: questionId },
      data: { status, answeredAt: question.answeredAt ?? now },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "response.publish",
      targetType: "question",
      targetId: questionId,
      before: { status: question.status },
      after: { status, responseId: response.id, organisationId },
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
