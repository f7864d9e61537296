import "server-only";
import { cache } from "react";
import { z } from "zod";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { workspaceAccess } from "@/lib/questions/policy";

export interface TagChoices {
  /** Active themes, and any retired theme the question still has, in their set order. */
  themes: { slug: string; name: string; retired: boolean; chosen: boolean }[];
  /** The holding organisation's own tags; null while no organisation holds the question. */
  partnerTags: { organisation: string; tags: { id: number; name: string; chosen: boolean }[] } | null;
}

/**
 * What the tags form offers for a published question, to members of the organisation holding it and admins
 * (workspaceAccess); null for anyone else. Only the holding organisation's own tags are read: another
 * organisation's tags (left from before a transfer) are never shown here.
 */
export const getTagChoices = cache(async (questionId: string, viewer: Actor | null): Promise<TagChoices | null> => {
  if (!viewer || !z.uuid().safeParse(questionId).success) return null;
  const question = await db.question.findFirst({
    where: { id: questionId, moderation: "approved" },
    select: {
      themes: { select: { themeId: true } },
      assignment: { select: { organisationId: true, organisation: { select: { name: true } } } },
    },
  });
  if (!question || !workspaceAccess(question.assignment, viewer).allowed) return null;
  const chosenThemes = new Set(question.themes.map((t) => t.themeId));
  const holder = question.assignment;
  const [themes, tags] = await Promise.all([
    db.theme.findMany({
      where: { OR: [{ archivedAt: null }, { id: { in: [...chosenThemes] } }] },
      orderBy: [{ position: "asc" }, { id: "asc" }],
      select: { id: true, slug: true, name: true, archivedAt: true },
    }),
    holder
      ? db.partnerTag.findMany({
          where: { organisationId: holder.organisationId },
          orderBy: [{ name: "asc" }, { id: "asc" }],
          select: { id: true, name: true, questions: { where: { questionId }, select: { tagId: true } } },
        })
      : null,
  ]);
  return {
    themes: themes.map((t) => ({
      slug: t.slug,
      name: t.name,
      retired: t.archivedAt !== null,
      chosen: chosenThemes.has(t.id),
    })),
    partnerTags:
      holder && tags
        ? {
            organisation: holder.organisation.name,
            tags: tags.map((t) => ({ id: t.id, name: t.name, chosen: t.questions.length > 0 })),
          }
        : null,
  };
});
