import "server-only";
import { cache } from "react";
import { z } from "zod";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { isAdmin } from "@/lib/auth/policy";
import { answerTemplateAccess } from "./policy";

/** Templates per page of the templates list. */
export const TEMPLATES_PAGE_SIZE = 25;

export interface AnswerTemplateRow {
  id: string;
  title: string;
  body: string;
  updatedAt: Date;
}

/** The organisations whose templates this person keeps: all of them for an admin, else their own. */
export async function listTemplateOrganisations(actor: Actor | null): Promise<{ id: number; name: string }[]> {
  if (!actor || !can(actor, "answerTemplate.manage")) return [];
  const organisations = await db.organisation.findMany({
    where: isAdmin(actor) ? {} : { id: { in: actor.memberships.map((m) => m.organisationId) } },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { id: true, name: true },
  });
  return organisations.filter((o) => answerTemplateAccess(actor, o.id).allowed);
}

/**
 * One page of an organisation's templates in title order (keyset on the unique (organisation, title) key: the
 * titles after `after`), for people who keep its templates; empty for anyone else.
 */
export async function listAnswerTemplates(
  actor: Actor | null,
  organisationId: number,
  after?: string,
): Promise<{ items: AnswerTemplateRow[]; next: string | null }> {
  if (!actor || !can(actor, "answerTemplate.manage") || !answerTemplateAccess(actor, organisationId).allowed)
    return { items: [], next: null };
  const rows = await db.answerTemplate.findMany({
    where: { organisationId, ...(after ? { title: { gt: after } } : {}) },
    orderBy: { title: "asc" },
    take: TEMPLATES_PAGE_SIZE + 1,
    select: { id: true, title: true, body: true, updatedAt: true },
  });
  const items = rows.slice(0, TEMPLATES_PAGE_SIZE);
  return { items, next: rows.length > TEMPLATES_PAGE_SIZE ? (items[items.length - 1]?.title ?? null) : null };
}

export interface EditableAnswerTemplate extends AnswerTemplateRow {
  organisationId: number;
  organisation: string;
}

/** A template the person keeps (answerTemplateAccess on its organisation); null otherwise. */
export const getAnswerTemplate = cache(
  async (templateId: string, actor: Actor | null): Promise<EditableAnswerTemplate | null> => {
    if (!actor || !can(actor, "answerTemplate.manage") || !z.uuid().safeParse(templateId).success) return null;
    const row = await db.answerTemplate.findUnique({
      where: { id: templateId },
      select: {
        id: true,
        title: true,
        body: true,
        updatedAt: true,
        organisationId: true,
        organisation: { select: { name: true } },
      },
    });
    if (!row || !answerTemplateAccess(actor, row.organisationId).allowed) return null;
    return {
      id: row.id,
      title: row.title,
      body: row.body,
      updatedAt: row.updatedAt,
      organisationId: row.organisationId,
      organisation: row.organisation.name,
    };
  },
);
