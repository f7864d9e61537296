// Which status changes the status form offers. The transition table (lib/questions/status.ts) says what is
// legal; some legal moves belong to other actions, which do more than set the status, so the form leaves them
// to those: claiming (→ under review), releasing a claim (under review → open), publishing a response
// (→ answered) and merging (→ merged, which needs the question to merge into).
import type { QuestionStatus } from "@/lib/generated/prisma/enums";
import { checkStatusTransition, QUESTION_STATUSES } from "@/lib/questions/status";

/** Statuses set by another action: claiming, publishing a response, merging. */
const SET_ELSEWHERE: readonly QuestionStatus[] = ["under_review", "answered", "merged"];

function setElsewhere(from: QuestionStatus, to: QuestionStatus): boolean {
  if (SET_ELSEWHERE.includes(to)) return true;
  // Handing a claimed question back to the pool is releasing the claim, with its reason.
  return from === "under_review" && to === "open";
}

export interface StatusOption {
  status: QuestionStatus;
  /** A public note is required (declining, delivering, reopening). */
  needsNote: boolean;
}

/** The statuses this person may move the question to from the status form, in lifecycle order. */
export function statusOptions(from: QuestionStatus, viewer: { isAdmin: boolean }): StatusOption[] {
  const options: StatusOption[] = [];
  for (const to of QUESTION_STATUSES) {
    if (to === from || setElsewhere(from, to)) continue;
    const verdict = checkStatusTransition(from, to, viewer);
    if (verdict.allowed) options.push({ status: to, needsNote: verdict.needsNote });
  }
  return options;
}
