import "server-only";
import { cache } from "react";
import { z } from "zod";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { isModerator, moderationAccess } from "@/lib/auth/policy";
import type { FlagCategory, ModerationState } from "@/lib/generated/prisma/enums";
import { questionVisibleTo } from "@/lib/questions/visibility";

/** What a moderator checks about a question: never sent to anyone else. */
export interface ModeratorView {
  moderation: ModerationState;
  reason: string | null;
  /** Flags still waiting for a moderator, counted by category (most first). */
  openFlags: { category: FlagCategory; count: number }[];
}

/**
 * The moderator view of a question (moderationAccess: moderators and admins, but not on their own
 * question), or null for everyone else.
 */
export const getModeratorView = cache(async (id: string, viewer: Actor | null): Promise<ModeratorView | null> => {
  // Most viewers are not moderators: no query for them.
  if (!isModerator(viewer) || !viewer || !z.uuid().safeParse(id).success) return null;
  const question = await db.question.findFirst({
    where: { AND: [{ id }, questionVisibleTo(viewer)] },
    select: { authorId: true, moderation: true, moderationReason: true },
  });
  if (!question || !moderationAccess(viewer, question).allowed) return null;
  const flags = await db.flag.groupBy({
    by: ["category"],
    where: { questionId: id, state: "open" },
    _count: { _all: true },
  });
  return {
    moderation: question.moderation,
    reason: question.moderationReason,
    openFlags: flags
      .map((f) => ({ category: f.category, count: f._count._all }))
      .sort((a, b) => b.count - a.count || a.category.localeCompare(b.category)),
  };
});
