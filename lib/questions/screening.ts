import { hasChildProtections } from "@/lib/accounts/age";
import type { AgeBand, ModerationState } from "@/lib/generated/prisma/enums";

export interface SubmissionContext {
  author: { ageBand: AgeBand | null };
  /** How many of the author's questions a moderator has already approved (or that were published). */
  approvedBefore: number;
}

/**
 * Decides whether a new or edited question is published at once or waits for a moderator.
 * Held: an author's first post (until they have a track record), and every post by someone under 18 or who has
 * not said their age (ICO children's code: their posts are pre-moderated; see hasChildProtections). The moderation issue adds word and link rules here.
 */
export function screenSubmission(context: SubmissionContext): Extract<ModerationState, "pending" | "approved"> {
  if (hasChildProtections(context.author)) return "pending";
  if (context.approvedBefore === 0) return "pending";
  return "approved";
}
