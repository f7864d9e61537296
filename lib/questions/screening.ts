import { hasChildProtections } from "@/lib/accounts/age";
import type { AgeBand, ModerationState } from "@/lib/generated/prisma/enums";

/** Who wrote a post (a question or a comment) and their track record, which is all the screen reads. */
export interface SubmissionContext {
  author: { ageBand: AgeBand | null };
  /**
   * How many of the author's posts a moderator has already approved (or that were published): their questions
   * and their comments, not counting the post being screened.
   */
  approvedBefore: number;
}

/**
 * Decides whether a new or edited post (a question or a comment) is published at once or waits for a moderator.
 * Held: an author's first post (until they have a track record), and every post by someone under 18 or who has
 * not said their age (ICO children's code: their posts are pre-moderated; see hasChildProtections). The
 * moderation issue adds word and link rules here.
 */
export function screenSubmission(context: SubmissionContext): Extract<ModerationState, "pending" | "approved"> {
  if (hasChildProtections(context.author)) return "pending";
  if (context.approvedBefore === 0) return "pending";
  return "approved";
}
