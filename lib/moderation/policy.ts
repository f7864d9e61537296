// Whether this moderator may make this decision on this item now. Pure, so a review page shows only the
// decisions the service would carry out, and a refused one is explained in the same words.
import type { ModerationState } from "@/lib/generated/prisma/enums";
import { allow, moderationAccess, refuse, type PolicyActor, type PolicyDecision } from "@/lib/auth/policy";
import type { Decision } from "./schemas";

export const QUESTION_NOT_FOUND = "We could not find that question.";
export const ITEM_NOT_FOUND = "We could not find that item. It may have been deleted.";
export const ALREADY_DECIDED =
  "Another moderator has already decided this, or it is no longer waiting for that decision. Reload the page to see its state.";
export const APPEAL_NEEDS_ANOTHER_MODERATOR =
  "The author has appealed against your decision, so another moderator must decide this.";
export const HELD_FOR_SAFEGUARDING =
  "This is marked as a safeguarding concern, so it stays hidden until an administrator closes the concern.";

/** What the decision rules need to know about a question or comment (or a requested public name). */
export interface ModeratedItem {
  /** The post's author; for a public name, the person who asked for it. */
  authorId: string | null;
  /** A public name waiting is "pending"; a name with nothing waiting is not an item at all (null). */
  moderation: ModerationState;
  /** In the queue now: held, reported or appealed. */
  queued: boolean;
  /** The appeal on it still waiting for a decision, if any. */
  appeal: { originalModeratorId: string } | null;
  /** A safeguarding concern on it is still open: nobody may publish it until an administrator closes it. */
  openConcern?: boolean;
}

/**
 * The decisions an item allows in its state: a held item is published or turned down; a published one can be
 * hidden; a hidden or turned-down one can be restored; and one waiting again (hidden by reports, or appealed)
 * can be kept as it is, which makes it a moderator's decision citing a rule.
 */
export function decisionsFor(item: Pick<ModeratedItem, "moderation" | "queued">): Decision[] {
  switch (item.moderation) {
    case "pending":
      return ["approve", "reject"];
    case "approved":
      return ["hide"];
    case "hidden":
    case "rejected":
      return item.queued ? ["restore", "keep"] : ["restore"];
  }
}

/**
 * A moderator or admin who did not write it, and who did not make the decision it appeals against, making a
 * decision the item allows now. Null: no such item. A decision the item no longer allows is a conflict
 * (usually another moderator was quicker).
 */
export function itemDecisionPolicy(
  actor: PolicyActor | null,
  item: ModeratedItem | null,
  decision: Decision,
  notFound = ITEM_NOT_FOUND,
): PolicyDecision {
  if (!item) return refuse(notFound, "not_found");
  const access = moderationAccess(actor, item);
  if (!access.allowed) return access;
  if (item.appeal && actor?.id === item.appeal.originalModeratorId) return refuse(APPEAL_NEEDS_ANOTHER_MODERATOR);
  if (item.openConcern && outcomeOf(decision, item.moderation) === "approved") return refuse(HELD_FOR_SAFEGUARDING);
  if (!decisionsFor(item).includes(decision)) return refuse(ALREADY_DECIDED, "conflict");
  return allow();
}

/** The decisions to offer this moderator on the item's review page (none when they may not decide it). */
export function decisionsOpenTo(actor: PolicyActor | null, item: ModeratedItem): Decision[] {
  return decisionsFor(item).filter((decision) => itemDecisionPolicy(actor, item, decision).allowed);
}

/** The state an item ends in after a decision (what the flags on it become follows from it). */
export function outcomeOf(decision: Decision, before: ModerationState): ModerationState {
  switch (decision) {
    case "approve":
    case "restore":
      return "approved";
    case "reject":
      return "rejected";
    case "hide":
      return "hidden";
    case "keep":
      return before;
  }
}

/** What an open appeal becomes when the item is decided: put right (published again), or the decision stands. */
export function appealOutcomeOf(outcome: ModerationState): "overturned" | "upheld" {
  return outcome === "approved" ? "overturned" : "upheld";
}

/** Publishing or turning down a held question (its review page's first decision), with nothing else known about it. */
export function questionDecisionPolicy(
  actor: PolicyActor | null,
  question: { authorId: string | null; moderation: ModerationState } | null,
): PolicyDecision {
  const item = question ? { ...question, queued: question.moderation === "pending", appeal: null } : null;
  return itemDecisionPolicy(actor, item, "approve", QUESTION_NOT_FOUND);
}
