// Demo data for the moderation queue beyond the questions in questions.ts (which carry their own held, reported,
// rejected and appealed examples): a new resident's held comment, a public name waiting for a moderator, and a
// cool-down on one resident, whose held question then explains itself by that rule.
import type { AuthorKey } from "./questions";

/** A resident who joined this week and has nothing approved yet, so their first comment waits (first_posts). */
export const newcomer = {
  key: "newcomer",
  email: "newcomer@example.com",
  ageBand: "age_25_44" as const,
  joinedDaysAgo: 2,
  comment: {
    onQuestion: "real-time-bus-info-at-maldon-stops",
    body: "I have just moved to Heybridge and was surprised there is no screen at the stop by the Co-op. Even a small one showing the next two buses would make a big difference on cold mornings.",
    daysAgo: 1,
  },
};

/** A resident who asked for a public name with a street address in it: held for personal_information. */
export const pendingPublicName: { resident: AuthorKey; name: string; daysAgo: number } = {
  resident: "resident-31",
  name: "Sue at 14 Mill Lane",
  daysAgo: 1,
};

/** A resident a moderator put on a cool-down: their held question (questions.ts) says so. */
export const coolDown: { resident: AuthorKey; days: number } = { resident: "resident-39", days: 14 };
