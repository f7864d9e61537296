import { QuestionStatus } from "@/lib/generated/prisma/enums";

/** Every status in lifecycle order, as the schema declares them. */
export const QUESTION_STATUSES: readonly QuestionStatus[] = Object.values(QuestionStatus);

/** The legal moves of a question's public status (DESIGN.md). Anything not listed is refused. */
const TRANSITIONS: Record<QuestionStatus, readonly QuestionStatus[]> = {
  open: ["under_review", "answered", "declined", "merged"],
  under_review: ["open", "answered", "declined", "merged"],
  answered: ["planned", "in_progress", "delivered", "declined"],
  planned: ["in_progress", "delivered", "declined"],
  in_progress: ["delivered", "declined"],
  declined: ["open"],
  delivered: ["open"],
  merged: ["open"],
};

/** Reopening a closed question is for admins only. */
const CLOSED: readonly QuestionStatus[] = ["declined", "delivered", "merged"];

export type TransitionVerdict = { allowed: true; needsNote: boolean } | { allowed: false; reason: string };

export function checkStatusTransition(
  from: QuestionStatus,
  to: QuestionStatus,
  actor: { isAdmin: boolean },
): TransitionVerdict {
  if (!TRANSITIONS[from].includes(to)) {
    return { allowed: false, reason: `A question cannot move from ${statusLabel(from)} to ${statusLabel(to)}.` };
  }
  if (CLOSED.includes(from) && !actor.isAdmin) {
    return { allowed: false, reason: "Only an administrator can reopen a question." };
  }
  return { allowed: true, needsNote: needsPublicNote(to) || CLOSED.includes(from) };
}

/** Declining, merging and delivering are explained in public. */
export function needsPublicNote(to: QuestionStatus): boolean {
  return to === "declined" || to === "merged" || to === "delivered";
}

const LABELS: Record<QuestionStatus, string> = {
  open: "Open",
  under_review: "Under review",
  answered: "Answered",
  planned: "Planned",
  in_progress: "In progress",
  delivered: "Delivered",
  declined: "Declined",
  merged: "Merged",
};

export function statusLabel(status: QuestionStatus): string {
  return LABELS[status];
}

/** Plain-English meaning of each status, shown beside it. */
export const STATUS_DESCRIPTIONS: Record<QuestionStatus, string> = {
  open: "Waiting for a partner organisation to pick it up.",
  under_review: "A partner organisation is looking into it.",
  answered: "A partner organisation has answered in public.",
  planned: "A partner has planned to act on it.",
  in_progress: "The work is under way.",
  delivered: "The work is done.",
  declined: "A partner explained why they will not act on it.",
  merged: "It was joined with a question that asks the same thing.",
};
