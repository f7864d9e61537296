// What the author of a post reads about a moderation decision on it: why it waits, or which rule it was turned
// down or hidden under, in whose words, whether it may be appealed and how the appeal went. Built from the
// post's stored columns (the moderation-state contract: moderated_by_id null = automatic; a moderator's hide
// citing no rule = a safeguarding concern). Pure, for the question page, the comments and the account list.
import type { AppealOutcome, ModerationState } from "@/lib/generated/prisma/enums";
import { houseRule, type HouseRule } from "@/lib/moderation/house-rules";
import { screeningRulesOf, type ScreeningRule } from "@/lib/moderation/screening-rules";

/** The stored columns of a question or comment that say how it was moderated. */
export interface ModeratedRow {
  moderation: ModerationState;
  moderationRule: string | null;
  moderationReason: string | null;
  moderatedById: string | null;
  screeningRules: string[];
  appeals: AppealRow[];
}

export interface AppealRow {
  outcome: AppealOutcome | null;
  decisionNote: string | null;
  createdAt: Date;
}

/** The appeal's progress, as its author reads it. */
export interface AppealProgress {
  state: "waiting" | AppealOutcome;
  /** What the moderator who decided the appeal told the author. */
  note: string | null;
  sentAt: Date;
}

export type DecisionForAuthor =
  /** Waiting for a moderator before it is published, for these screening rules (none stored: an older post). */
  | { cause: "held"; screeningRules: ScreeningRule[] }
  /** Turned down or hidden by a moderator citing a house rule: appealable once. */
  | {
      cause: "moderator";
      state: "rejected" | "hidden";
      rule: HouseRule | null;
      /** The moderator's own words, when they gave any. */
      reason: string | null;
      appeal: AppealProgress | null;
      /** Whether the author may still appeal it (no appeal yet, and a rule cited). */
      mayAppeal: boolean;
    }
  /** Hidden at once because several different people reported it: a moderator has not decided yet. */
  | { cause: "reports" }
  /** Hidden by a moderator as a safeguarding concern: not appealable, and said no more about. */
  | { cause: "safeguarding" };

function appealProgress(appeals: AppealRow[]): AppealProgress | null {
  const appeal = appeals[0];
  if (!appeal) return null;
  return { state: appeal.outcome ?? "waiting", note: appeal.decisionNote, sentAt: appeal.createdAt };
}

/** Null for a published post: nothing to tell its author. */
export function decisionForAuthor(row: ModeratedRow): DecisionForAuthor | null {
  switch (row.moderation) {
    case "approved":
      return null;
    case "pending":
      return { cause: "held", screeningRules: screeningRulesOf(row.screeningRules) };
    case "rejected":
    case "hidden": {
      if (row.moderation === "hidden" && row.moderatedById === null) return { cause: "reports" };
      if (row.moderation === "hidden" && row.moderationRule === null) return { cause: "safeguarding" };
      const appeal = appealProgress(row.appeals);
      return {
        cause: "moderator",
        state: row.moderation,
        rule: houseRule(row.moderationRule),
        reason: row.moderationReason,
        appeal,
        mayAppeal: appeal === null && row.moderatedById !== null && row.moderationRule !== null,
      };
    }
  }
}

/** The columns decisionForAuthor reads, for a Prisma select on question or comment. */
export const moderatedRowSelect = {
  moderation: true,
  moderationRule: true,
  moderationReason: true,
  moderatedById: true,
  screeningRules: true,
  appeals: { select: { outcome: true, decisionNote: true, createdAt: true }, take: 1 },
} as const;

/** Where the author appeals a decision on their question, or on one of its comments. */
export function appealPath(questionId: string, commentId: string | null = null): string {
  return commentId ? `/questions/${questionId}/comments/${commentId}/appeal` : `/questions/${questionId}/appeal`;
}
