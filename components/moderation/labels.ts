// The words the moderation pages use for states, report categories, decisions and why an item waits.
import type { FlagCategory, ModerationState } from "@/lib/generated/prisma/enums";
import type { Decision, QueueItemKind } from "@/lib/moderation/schemas";

export const MODERATION_STATES: Record<ModerationState, string> = {
  pending: "Waiting for a moderator",
  approved: "Published",
  rejected: "Not published (rejected)",
  hidden: "Hidden",
};

export const REPORT_CATEGORIES: Record<FlagCategory, string> = {
  spam: "Spam",
  offensive: "Offensive",
  personal_information: "Personal information",
  off_topic: "Off topic",
  other: "Other",
};

export const WAITING_REASONS = {
  held: "Held by screening",
  reported: "Reported",
  appealed: "Appealed",
} as const;

/** The choice on a review page, for an item of this kind in this state. */
export function decisionLabel(decision: Decision, kind: QueueItemKind, moderation: ModerationState): string {
  switch (decision) {
    case "approve":
      return kind === "name" ? "Approve: make it their public name" : "Approve: publish it";
    case "reject":
      return kind === "name" ? "Turn it down: they keep their current name" : "Reject: do not publish it";
    case "hide":
      return "Hide it: take it off every public page";
    case "restore":
      return moderation === "rejected" ? "Restore: publish it after all" : "Restore: publish it again";
    case "keep":
      return moderation === "rejected" ? "Keep it rejected" : "Keep it hidden";
  }
}

/** What the queue says after a decision, given "3 items": "Approved 3 items.", "Kept 1 item as it was." */
export const DECISION_DONE: Record<Decision, (items: string, count: number) => string> = {
  approve: (items) => `Approved ${items}.`,
  reject: (items) => `Rejected ${items}.`,
  hide: (items) => `Hid ${items}.`,
  restore: (items) => `Restored ${items}.`,
  keep: (items, count) => `Kept ${items} as ${count === 1 ? "it was" : "they were"}.`,
};
