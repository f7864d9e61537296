// The rules screenSubmission() applies to a new or edited post (a question or a comment) and to a requested
// public name. Each held item stores the codes that fired (question.screening_rules, comment.screening_rules,
// user.pending_name_rules), and the moderation queue explains them in these words.

export const SCREENING_RULES = [
  "first_posts",
  "child_protections",
  "personal_information",
  "blocked_words",
  "cool_down",
] as const;

export type ScreeningRule = (typeof SCREENING_RULES)[number];

/** What a moderator reads beside a held item: why it waits, in a few words. */
export const SCREENING_RULE_EXPLANATIONS: Record<ScreeningRule, string> = {
  first_posts: "The author is new: fewer of their posts have been approved than the setting asks for.",
  child_protections: "The author is under 18, or has not said their age: every post of theirs waits for a moderator.",
  personal_information:
    "The text looks like it holds personal information: an email address, a phone number, a full postcode or a house number and street.",
  blocked_words: "The text contains a word on the blocked-words list.",
  cool_down: "A moderator set a cool-down on the author: their posts wait for a moderator until it ends.",
};

/** What the author reads about their own held post: the same reasons, said to them. */
export const SCREENING_RULE_FOR_AUTHOR: Record<ScreeningRule, string> = {
  first_posts: "new members' first posts are checked by a moderator",
  child_protections: "posts by people under 18, or who have not told us their age, are checked by a moderator",
  personal_information:
    "it may contain personal information, such as an email address, a phone number, a postcode or a home address",
  blocked_words: "it contains a word that is not allowed here",
  cool_down: "a moderator has asked to check your posts for a while",
};

export function isScreeningRule(value: string): value is ScreeningRule {
  return (SCREENING_RULES as readonly string[]).includes(value);
}

/** The stored codes as rules, in the table's order, ignoring any code this version no longer knows. */
export function screeningRulesOf(codes: readonly string[]): ScreeningRule[] {
  return SCREENING_RULES.filter((rule) => codes.includes(rule));
}
