// Whether this person may appeal the moderation decision on this post. The permissions table decides first
// whether they may appeal anything (signed in, email confirmed, not suspended); this decides this post: only
// its author, only a moderator's decision to turn it down or hide it citing a house rule, and only once.
import { allow, isAuthor, refuse, type PolicyDecision } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/actor";
import type { ModerationState } from "@/lib/generated/prisma/enums";
import { APPEAL_NOT_FOUND } from "./schemas";

/** The post as the appeal rule reads it. */
export interface AppealablePost {
  kind: "question" | "comment";
  authorId: string | null;
  moderation: ModerationState;
  moderatedById: string | null;
  moderationRule: string | null;
  deleted: boolean;
  appealed: boolean;
}

export const ALREADY_APPEALED =
  "You have already appealed this decision. You can only appeal once; a different moderator will look at it.";
export const NOTHING_TO_APPEAL = "There is no moderator’s decision about this to appeal.";
export const WAITING_FOR_REPORTS_CHECK =
  "A moderator has not decided about this yet: it is hidden while they check reports about it. You can appeal once they have decided.";
export const NOT_APPEALABLE = "This decision cannot be appealed.";

export function appealEligibility(post: AppealablePost | null, actor: Pick<Actor, "id"> | null): PolicyDecision {
  // Someone else's post is "not found": an appeal address must not tell who had a post turned down.
  if (!post || post.deleted || !isAuthor(actor, post)) return refuse(APPEAL_NOT_FOUND, "not_found");
  if (post.moderation !== "rejected" && post.moderation !== "hidden") return refuse(NOTHING_TO_APPEAL, "conflict");
  if (post.appealed) return refuse(ALREADY_APPEALED, "conflict");
  if (post.moderatedById === null) {
    return refuse(post.moderation === "hidden" ? WAITING_FOR_REPORTS_CHECK : NOTHING_TO_APPEAL, "conflict");
  }
  // A moderator's hide citing no rule is a safeguarding concern: not for appeal.
  if (post.moderationRule === null) return refuse(NOT_APPEALABLE);
  return allow();
}
