import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { approvedPostsBefore } from "@/lib/moderation/track-record";
import { getBlockedWords, getFirstPostsScreened } from "@/lib/settings/moderation";
import { hasBlockedWords } from "./blocked-words";
import { screenPublicName, screenSubmission, type Screening, type ScreeningSettings } from "./screen-submission";

// The database reads the screens need. The settings and the author's cool-down are read before the write's
// transaction opens (prepareScreening), and the matcher built there too, so the transaction holds its
// connection no longer than before screening grew: under many posts at once, a longer transaction starves the
// pool. Only the author's track record, which the write itself can change, is read inside it.

export interface PreparedScreening extends ScreeningSettings {
  postsHeldUntil: Date | null;
}

export async function prepareScreening(userId: string): Promise<PreparedScreening> {
  // One after another: a post holds at most one pooled connection at a time before its transaction, so many
  // posts at once do not take the connections their transactions are waiting for.
  const firstPostsScreened = await getFirstPostsScreened(db);
  const blockedWords = await getBlockedWords(db);
  const user = await db.user.findUnique({ where: { id: userId }, select: { postsHeldUntil: true } });
  // Builds (or reuses) the matcher for this list now, outside any transaction.
  hasBlockedWords("", blockedWords);
  return { firstPostsScreened, blockedWords, now: new Date(), postsHeldUntil: user?.postsHeldUntil ?? null };
}

/** Screens a new or edited post by the actor; `excluding` leaves the post being edited out of their record. */
export async function screenPost(
  tx: Prisma.TransactionClient,
  actor: Actor,
  text: string,
  prepared: PreparedScreening,
  excluding: { questionId?: string; commentId?: string } = {},
): Promise<Screening> {
  const approvedBefore = await approvedPostsBefore(tx, actor.id, excluding);
  return screenSubmission(text, {
    ...prepared,
    author: { ageBand: actor.ageBand, postsHeldUntil: prepared.postsHeldUntil },
    approvedBefore,
  });
}

/** Screens a public name the person asked for. */
export function screenRequestedName(name: string, prepared: PreparedScreening): Screening {
  return screenPublicName(name, { ...prepared, author: { postsHeldUntil: prepared.postsHeldUntil } });
}

/** The words of a question the screen reads: its title and body together. */
export function questionText(input: { title: string; body: string }): string {
  return `${input.title}\n${input.body}`;
}
