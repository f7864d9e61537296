// Who may raise and who may read safeguarding concerns. Pure, so pages and services ask the same question.
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { allow, moderationAccess, refuse, type PolicyActor, type PolicyDecision } from "@/lib/auth/policy";

export const POST_NOT_FOUND = "We could not find that post.";
export const CONCERN_NOT_FOUND = "We could not find that concern.";
export const ALREADY_MARKED =
  "This post is already marked as a safeguarding concern, and the administrators have been alerted.";
export const NO_ACCOUNT_BEHIND_IT =
  "This question was asked in the room at an event, by someone without an account, so there is nobody to record a concern about. Hide the question if it breaks the house rules, and tell the event's organiser, who knows the group.";
export const ALREADY_CLOSED = "This concern has already been closed. Reload the page to see who closed it.";

/**
 * Marking a post as a safeguarding concern: moderators and admins, never on their own post (as for every
 * moderation act). Null: no such post.
 */
export function markConcernAccess(actor: PolicyActor | null, post: { authorId: string | null } | null): PolicyDecision {
  if (!post) return refuse(POST_NOT_FOUND, "not_found");
  const access = moderationAccess(actor, post);
  if (access.allowed && post.authorId === null) return refuse(NO_ACCOUNT_BEHIND_IT, "conflict");
  return access;
}

/**
 * The restricted list, a concern's page and closing it: admins only. Everyone else is told it does not exist
 * ("not_found"), so that the list's very existence, or a concern's id, confirms nothing.
 */
export function concernReviewAccess(actor: Actor | null): PolicyDecision {
  return can(actor, "safeguarding.review") ? allow() : refuse(CONCERN_NOT_FOUND, "not_found");
}
