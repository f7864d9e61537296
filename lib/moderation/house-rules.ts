// The house rules a moderator cites in turning a post down or hiding it, in the order and words of the house
// rules page (app/house-rules/page.tsx), which gives each its anchor. Stored by code (question.moderation_rule,
// comment.moderation_rule, user.name_rejection_rule), so the wording can change without touching old decisions.
import { z } from "zod";

export const HOUSE_RULES = [
  { code: "respectful", number: 1, title: "Be respectful" },
  { code: "personal_information", number: 2, title: "Keep personal information private" },
  { code: "no_hate", number: 3, title: "No hate" },
  { code: "no_advertising", number: 4, title: "No advertising" },
  { code: "on_topic", number: 5, title: "Stay on topic" },
  { code: "illegal_or_unsafe", number: 6, title: "Nothing illegal or unsafe" },
] as const;

export type HouseRule = (typeof HOUSE_RULES)[number];
export type HouseRuleCode = HouseRule["code"];

const CODES = HOUSE_RULES.map((rule) => rule.code) as [HouseRuleCode, ...HouseRuleCode[]];

export const houseRuleSchema = z.enum(CODES, { error: "Select the house rule it breaks" });

export function houseRule(code: string | null | undefined): HouseRule | null {
  return HOUSE_RULES.find((rule) => rule.code === code) ?? null;
}

/** The anchor of a rule on the house rules page, e.g. "rule-2". */
export function houseRuleAnchor(rule: HouseRule): string {
  return `rule-${rule.number}`;
}

/** Where a decision's reader finds the rule in full. */
export function houseRuleHref(rule: HouseRule): string {
  return `/house-rules#${houseRuleAnchor(rule)}`;
}

/** "Rule 2: Keep personal information private", as a decision cites it. */
export function houseRuleLabel(rule: HouseRule): string {
  return `Rule ${rule.number}: ${rule.title}`;
}
