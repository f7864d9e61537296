import { QuestionStatus, type ModerationState } from "@/lib/generated/prisma/enums";

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

/**
 * What a question's one shown state can be: its public status once published, or, before that (or once a
 * moderator took it down), where it stands with the moderators. A held question is not also "open".
 */
export type ShownState = QuestionStatus | "pending" | "rejected" | "hidden";

const MODERATION_STATES: Record<Exclude<ModerationState, "approved">, { label: string; description: string }> = {
  pending: {
    label: "Waiting for a moderator",
    description: "A moderator will check it before it is published. Until then only its author can see it.",
  },
  rejected: { label: "Not published", description: "A moderator did not publish it." },
  hidden: { label: "Removed", description: "A moderator removed it from public view." },
};

/** The one state to show for a question: the moderation state until it is published, then its status. */
export function shownState(question: { moderation: ModerationState; status: QuestionStatus }): ShownState {
  return question.moderation === "approved" ? question.status : question.moderation;
}

export function shownStateLabel(state: ShownState): string {
  return isModerationState(state) ? MODERATION_STATES[state].label : statusLabel(state);
}

export function shownStateDescription(state: ShownState): string {
  return isModerationState(state) ? MODERATION_STATES[state].description : STATUS_DESCRIPTIONS[state];
}

function isModerationState(state: ShownState): state is Exclude<ModerationState, "approved"> {
  return state in MODERATION_STATES;
}

/**
 * One line of a question's public timeline in plain words. `actor` is who made the change and `organisation`
 * the partner organisation (or CSES) they act for, when they have one: the organisation is what a resident
 * recognises ("Essex County Council is looking at this").
 */
export function timelineSentence(entry: {
  from: QuestionStatus | null;
  to: QuestionStatus;
  actor: string;
  organisation: string | null;
}): string {
  // A sentence starts with a capital, whoever it names ("students at …", a name typed in lower case).
  const sentence = sentenceOf(entry);
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

function sentenceOf(entry: Parameters<typeof timelineSentence>[0]): string {
  const who = entry.organisation ?? entry.actor;
  if (entry.from === null) return `${entry.actor} asked this question`;
  switch (entry.to) {
    case "open":
      return entry.from === "under_review"
        ? `${who} handed this back so another partner can pick it up`
        : `${who} reopened this question`;
    case "under_review":
      return `${who} is looking at this`;
    case "answered":
      return `${who} answered in public`;
    case "planned":
      return `${who} plans to act on this`;
    case "in_progress":
      return `${who} started the work`;
    case "delivered":
      return `${who} finished the work`;
    case "declined":
      return `${who} explained why they will not act on this`;
    case "merged":
      return `${who} joined this with a question that asks the same thing`;
  }
}
