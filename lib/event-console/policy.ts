// The console's rules about a room question's state, pure, so the console offers only the controls the service
// will accept. Who may act (the event's facilitators) is lib/events/policy.ts facilitatorAccess.
import { allow, refuse, type PolicyDecision } from "@/lib/auth/policy";
import type { ModerationState } from "@/lib/generated/prisma/enums";

export const ROOM_QUESTION_NOT_FOUND = "That question was not asked at this event.";
export const ALREADY_DECIDED = "Another facilitator has already dealt with that question.";
export const ALREADY_MERGED = "That question has already been merged into another.";
export const KEEP_APPROVED_ONLY = "Choose an approved question to keep: the repeat is merged into one on the screen.";
export const SHOW_APPROVED_ONLY = "Only an approved question can be shown as the one being answered.";

export interface RoomQuestionState {
  moderation: ModerationState;
  mergedIntoId: string | null;
}

/** Approving (as asked or edited): only a question still waiting. */
export function approvalCheck(question: RoomQuestionState | null): PolicyDecision {
  if (!question) return refuse(ROOM_QUESTION_NOT_FOUND, "not_found");
  if (question.mergedIntoId) return refuse(ALREADY_MERGED, "conflict");
  if (question.moderation !== "pending") return refuse(ALREADY_DECIDED, "conflict");
  return allow();
}

/** Rejecting: a waiting question, or an approved one taken off the screen. */
export function rejectionCheck(question: RoomQuestionState | null): PolicyDecision {
  if (!question) return refuse(ROOM_QUESTION_NOT_FOUND, "not_found");
  if (question.mergedIntoId) return refuse(ALREADY_MERGED, "conflict");
  if (question.moderation !== "pending" && question.moderation !== "approved")
    return refuse(ALREADY_DECIDED, "conflict");
  return allow();
}

/** Merging a repeat (waiting or approved) into an approved question of the same event. */
export function mergeCheck(duplicate: RoomQuestionState | null, kept: RoomQuestionState | null): PolicyDecision {
  if (!duplicate || !kept) return refuse(ROOM_QUESTION_NOT_FOUND, "not_found");
  if (duplicate.mergedIntoId) return refuse(ALREADY_MERGED, "conflict");
  if (duplicate.moderation !== "pending" && duplicate.moderation !== "approved")
    return refuse(ALREADY_DECIDED, "conflict");
  if (kept.mergedIntoId || kept.moderation !== "approved") return refuse(KEEP_APPROVED_ONLY, "conflict");
  return allow();
}

/** "Now answering" and "answered in the room": approved questions on the screen only. */
export function onScreenCheck(question: RoomQuestionState | null): PolicyDecision {
  if (!question) return refuse(ROOM_QUESTION_NOT_FOUND, "not_found");
  if (question.mergedIntoId || question.moderation !== "approved") return refuse(SHOW_APPROVED_ONLY, "conflict");
  return allow();
}
