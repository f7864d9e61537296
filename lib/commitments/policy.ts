// The rules of a commitment that depend on the row, beside commitment.manage in the permissions table. Pure (no
// database, no clock: "today" is passed in), so the partner pages that offer a form, the read models and the
// services that write ask the same functions.
import type { CommitmentState, ModerationState, QuestionStatus } from "@/lib/generated/prisma/enums";
import { allow, isAdmin, membershipOf, refuse, type PolicyActor, type PolicyDecision } from "@/lib/auth/policy";
import { checkStatusTransition, statusLabel } from "@/lib/questions/status";

export const NOT_YOUR_COMMITMENT =
  "Only members of the organisation that made this commitment, and CSES administrators, can change it.";
export const NOT_YOUR_ORGANISATION_TO_COMMIT =
  "You can only make commitments for an organisation you belong to. Choose your own organisation.";
export const COMMITMENT_NOT_FOUND = "That commitment does not exist.";

/** Changing a commitment (its text, milestones, progress, updates, state): its organisation's members and admins. */
export function commitmentAccess(actor: PolicyActor | null, commitment: { organisationId: number }): PolicyDecision {
  if (isAdmin(actor) || membershipOf(actor, commitment.organisationId)) return allow();
  return refuse(NOT_YOUR_COMMITMENT);
}

/** Making a commitment for an organisation: its members, and admins for any organisation. */
export function commitForAccess(actor: PolicyActor | null, organisationId: number): PolicyDecision {
  if (isAdmin(actor) || membershipOf(actor, organisationId)) return allow();
  return refuse(NOT_YOUR_ORGANISATION_TO_COMMIT);
}

/**
 * The statuses a question may be at when a commitment takes it on. "Answered or later", but not closed: a
 * question is answered when a partner has replied in public, so a promise rests on that answer; planned and in
 * progress questions may take a further commitment (a question can be in several). Delivered, declined and merged
 * questions are closed (only an administrator reopens them), and open or under-review questions have no public
 * answer yet, so a commitment cannot say "you said, we did" about them.
 */
export const COMMITTABLE_STATUSES: readonly QuestionStatus[] = ["answered", "planned", "in_progress"];

/** What the rule reads of a question offered to a commitment. */
export interface CommittableQuestion {
  title: string;
  moderation: ModerationState;
  status: QuestionStatus;
  /** The organisation holding it (null: in the pool). */
  heldBy: number | null;
  /** The organisations that have published an official response on it. */
  answeredBy: readonly number[];
}

/**
 * Whether an organisation may make a commitment on this question: published, answered (or planned or in
 * progress already), and held by that organisation or answered by it in public. A commitment speaks for the
 * organisation that answered, so another organisation's question is not one it can promise about.
 */
export function committableQuestion(question: CommittableQuestion | null, organisationId: number): PolicyDecision {
  if (!question || question.moderation !== "approved")
    return refuse("One of the questions does not exist or is not published.", "not_found");
  if (question.heldBy !== organisationId && !question.answeredBy.includes(organisationId))
    return refuse(
      `“${question.title}” is not held or answered by your organisation, so it cannot make a commitment on it.`,
    );
  if (!COMMITTABLE_STATUSES.includes(question.status))
    return refuse(
      question.status === "open" || question.status === "under_review"
        ? `“${question.title}” has no public answer yet. Publish a response first, then make the commitment.`
        : `“${question.title}” is ${statusLabel(question.status).toLowerCase()}, so it cannot take a new commitment.`,
      "conflict",
    );
  return allow();
}

/** The legal moves of a commitment: delivered and dropped are final. */
const COMMITMENT_TRANSITIONS: Record<CommitmentState, readonly CommitmentState[]> = {
  planned: ["in_progress", "delivered", "dropped"],
  in_progress: ["delivered", "dropped"],
  delivered: [],
  dropped: [],
};

const STATE_LABELS: Record<CommitmentState, string> = {
  planned: "Planned",
  in_progress: "In progress",
  delivered: "Delivered",
  dropped: "Dropped",
};

export function commitmentStateLabel(state: CommitmentState): string {
  return STATE_LABELS[state];
}

export const COMMITMENT_STATE_DESCRIPTIONS: Record<CommitmentState, string> = {
  planned: "The partner has promised this and planned the work.",
  in_progress: "The work is under way.",
  delivered: "The partner says the work is done, and shows the evidence.",
  dropped: "The partner will not do this, and has said why in public.",
};

export function commitmentStateMove(from: CommitmentState, to: CommitmentState): PolicyDecision {
  if (COMMITMENT_TRANSITIONS[from].includes(to)) return allow();
  if (from === to) return refuse(`The commitment is already ${STATE_LABELS[from].toLowerCase()}.`, "conflict");
  if (from === "delivered" || from === "dropped")
    return refuse(`The commitment is ${STATE_LABELS[from].toLowerCase()}, so it cannot change any more.`, "conflict");
  return refuse(
    `A commitment cannot move from ${STATE_LABELS[from].toLowerCase()} back to ${STATE_LABELS[to].toLowerCase()}.`,
    "conflict",
  );
}

/** The next states offered on the partner page for a commitment in this state. */
export function nextCommitmentStates(from: CommitmentState): readonly CommitmentState[] {
  return COMMITMENT_TRANSITIONS[from];
}

/** Whether a commitment can still change (text, milestones, progress, updates): not once delivered or dropped. */
export function commitmentIsOpen(state: CommitmentState): boolean {
  return state === "planned" || state === "in_progress";
}

export const COMMITMENT_CLOSED =
  "This commitment is finished (delivered or dropped), so it can no longer be changed. Post nothing further here.";

/**
 * The status a question should have, given the states of every commitment on it: the furthest live one (in
 * progress over planned); with none live, delivered if any was delivered; with every one dropped, declined.
 */
export function statusFromCommitments(states: readonly CommitmentState[]): QuestionStatus | null {
  if (!states.length) return null;
  if (states.includes("in_progress")) return "in_progress";
  if (states.includes("planned")) return "planned";
  if (states.includes("delivered")) return "delivered";
  return "declined";
}

/** What happens to one linked question when a commitment changes: moved, or left as it is and why. */
export type FollowThrough = { move: QuestionStatus } | { leave: string } | { same: true };

/**
 * Moves a question towards the status its commitments give it only along DESIGN's legal transitions (as a
 * partner, never an administrator's reopening): a question already further along (or closed) is left, and the
 * reason is said.
 */
export function followThrough(current: QuestionStatus, target: QuestionStatus): FollowThrough {
  if (current === target) return { same: true };
  const verdict = checkStatusTransition(current, target, { isAdmin: false });
  if (verdict.allowed) return { move: target };
  return {
    leave: `stays ${statusLabel(current).toLowerCase()}: a question cannot move from ${statusLabel(current).toLowerCase()} to ${statusLabel(target).toLowerCase()}`,
  };
}

const DAY_MS = 86_400_000;

export const TARGET_DATE_PASSED = "The target date must be today or in the future";
export const COMPLETED_LATER = "The completion date must be today or in the past";

/**
 * Whether a target date may be set: today or later (in the UK), so no promise is made already overdue. A target
 * kept as it was (`current`) may have passed: the words of an overdue commitment can still be changed.
 */
export function targetDateAccepted(target: Date, today: Date, current: Date | null = null): boolean {
  if (current && current.getTime() === target.getTime()) return true;
  return target.getTime() >= today.getTime();
}

/**
 * "3 weeks overdue" once the target date has passed and the commitment is neither delivered nor dropped; null
 * otherwise. Dates are calendar days (UTC midnight), `today` is today's date in the UK the same way.
 */
export function overdueWords(commitment: { targetDate: Date; state: CommitmentState }, today: Date): string | null {
  if (!commitmentIsOpen(commitment.state)) return null;
  const days = Math.round((today.getTime() - commitment.targetDate.getTime()) / DAY_MS);
  if (days <= 0) return null;
  if (days < 14) return `${days} ${days === 1 ? "day" : "days"} overdue`;
  if (days < 61) {
    const weeks = Math.floor(days / 7);
    return `${weeks} weeks overdue`;
  }
  if (days < 730) {
    const months = Math.floor(days / 30.44);
    return `${months} months overdue`;
  }
  return `${Math.floor(days / 365.25)} years overdue`;
}
