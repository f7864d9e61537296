import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { approvedPostsBefore } from "@/lib/moderation/track-record";
import { getBlockedWords, getFirstPostsScreened } from "@/lib/settings/moderation";
import { screenPublicName, screenSubmission, type Screening, type ScreeningSettings } from "./screen-submission";

// The database reads the screens need, inside the write's transaction, so a post is screened against the
// settings and the author's record as they are when it is stored.

async function screeningSettings(tx: Prisma.TransactionClient): Promise<ScreeningSettings> {
  const [firstPostsScreened, blockedWords] = await Promise.all([getFirstPostsScreened(tx), getBlockedWords(tx)]);
  return { firstPostsScreened, blockedWords, now: new Date() };
}

/** The author's cool-down, read from their row (the actor carries only what every request needs). */
async function postsHeldUntil(tx: Prisma.TransactionClient, userId: string): Promise<Date | null> {
  const user = await tx.user.findUnique({ where: { id: userId }, select: { postsHeldUntil: true } });
  return user?.postsHeldUntil ?? null;
}

/** Screens a new or edited post by the actor; `excluding` leaves the post being edited out of their record. */
export async function screenPost(
  tx: Prisma.TransactionClient,
  actor: Actor,
  text: string,
  excluding: { questionId?: string; commentId?: string } = {},
): Promise<Screening> {
  const [settings, approvedBefore, heldUntil] = await Promise.all([
    screeningSettings(tx),
    approvedPostsBefore(tx, actor.id, excluding),
    postsHeldUntil(tx, actor.id),
  ]);
  return screenSubmission(text, {
    ...settings,
    author: { ageBand: actor.ageBand, postsHeldUntil: heldUntil },
    approvedBefore,
  });
}

/** Screens a public name the actor asked for. */
export async function screenRequestedName(
  tx: Prisma.TransactionClient,
  actorId: string,
  name: string,
): Promise<Screening> {
  const [settings, heldUntil] = await Promise.all([screeningSettings(tx), postsHeldUntil(tx, actorId)]);
  return screenPublicName(name, { ...settings, author: { postsHeldUntil: heldUntil } });
}

/** The words of a question the screen reads: its title and body together. */
export function questionText(input: { title: string; body: string }): string {
  return `${input.title}\n${input.body}`;
}
