import "server-only";
import { parseOrInvalid } from "@/lib/validation";
import { db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db-errors";
import { Invalid, NotFound } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/permissions";
import { assertAllowed } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/audit/service";
import type { Prisma } from "@/lib/generated/prisma/client";
import { answerTemplateAccess } from "./policy";
import {
  createAnswerTemplateSchema,
  deleteAnswerTemplateSchema,
  updateAnswerTemplateSchema,
  type CreateAnswerTemplateInput,
  type DeleteAnswerTemplateInput,
  type UpdateAnswerTemplateInput,
} from "./schemas";

export const TEMPLATE_NOT_FOUND = "That template does not exist.";
export const TITLE_TAKEN = "Your organisation already has a template with that title. Choose another title.";

/** The unique key (organisation, title) decides a clash: two people saving the same title at once get one each. */
async function withTitleClash<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) throw new Invalid(TITLE_TAKEN, { title: TITLE_TAKEN });
    throw error;
  }
}

/** The template, locked, after checking the person keeps its organisation's templates (answerTemplateAccess). */
async function lockTemplate(tx: Prisma.TransactionClient, actor: Actor, templateId: string) {
  const rows = await tx.$queryRaw<{ organisationId: number; title: string; body: string }[]>`
    SELECT organisation_id AS "organisationId", title, body FROM answer_template
    WHERE id = ${templateId}::uuid FOR UPDATE`;
  const template = rows[0];
  if (!template) throw new NotFound(TEMPLATE_NOT_FOUND);
  assertAllowed(answerTemplateAccess(actor, template.organisationId));
  return template;
}

/** A new standard paragraph for an organisation: its members and admins (answerTemplateAccess). */
export async function createAnswerTemplate(
  actor: Actor | null,
  input: CreateAnswerTemplateInput,
): Promise<{ templateId: string; organisationId: number }> {
  requirePermission(actor, "answerTemplate.manage");
  const { organisationId, title, body } = parseOrInvalid(createAnswerTemplateSchema, input);
  assertAllowed(answerTemplateAccess(actor, organisationId));
  return withTitleClash(() =>
    db.$transaction(async (tx) => {
      const organisation = await tx.organisation.findUnique({ where: { id: organisationId }, select: { id: true } });
      if (!organisation) throw new NotFound("That organisation does not exist.");
      const template = await tx.answerTemplate.create({
        data: { organisationId, title, body, createdById: actor.id },
        select: { id: true },
      });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "answerTemplate.create",
        targetType: "answer_template",
        targetId: template.id,
        after: { organisationId, title, body },
      });
      return { templateId: template.id, organisationId };
    }),
  );
}

/** Changes a template's title and text: members of its organisation and admins. */
export async function updateAnswerTemplate(
  actor: Actor | null,
  input: UpdateAnswerTemplateInput,
): Promise<{ templateId: string; organisationId: number }> {
  requirePermission(actor, "answerTemplate.manage");
  const { templateId, title, body } = parseOrInvalid(updateAnswerTemplateSchema, input);
  return withTitleClash(() =>
    db.$transaction(async (tx) => {
      const before = await lockTemplate(tx, actor, templateId);
      await tx.answerTemplate.update({ where: { id: templateId }, data: { title, body } });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "answerTemplate.update",
        targetType: "answer_template",
        targetId: templateId,
        before: { title: before.title, body: before.body },
        after: { title, body },
      });
      return { templateId, organisationId: before.organisationId };
    }),
  );
}

/**
 * Deletes a template: members of its organisation and admins. Responses written from it keep their text (it was
 * copied into them), so nothing else changes.
 */
export async function deleteAnswerTemplate(
  actor: Actor | null,
  input: DeleteAnswerTemplateInput,
): Promise<{ organisationId: number }> {
  requirePermission(actor, "answerTemplate.manage");
  const { templateId } = parseOrInvalid(deleteAnswerTemplateSchema, input);
  return db.$transaction(async (tx) => {
    const before = await lockTemplate(tx, actor, templateId);
    await tx.answerTemplate.delete({ where: { id: templateId } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "answerTemplate.delete",
      targetType: "answer_template",
      targetId: templateId,
      before: { organisationId: before.organisationId, title: before.title, body: before.body },
    });
    return { organisationId: before.organisationId };
  });
}
