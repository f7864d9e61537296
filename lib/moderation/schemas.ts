import { z } from "zod";
import { safeReturnPath } from "@/lib/accounts/return-path";
import { plainText } from "@/lib/text/plain-text";
import { houseRuleSchema, type HouseRuleCode } from "./house-rules";

export const REJECT_NEEDS_RULE = "Select the house rule it breaks";
/** Short enough to fit, with the question's title and the rule, in the author's notification (500 characters). */
export const DECISION_REASON_LIMIT = 300;
/** The most items one bulk decision takes: a page of the queue. */
export const SELECTION_LIMIT = 50;

/** What waits in the moderation queue: a question, a comment, or a requested public name (by the person's id). */
export const QUEUE_ITEM_KINDS = ["question", "comment", "name"] as const;
export type QueueItemKind = (typeof QUEUE_ITEM_KINDS)[number];
export interface QueueItemRef {
  kind: QueueItemKind;
  id: string;
}

/** A moderator's decision on one item; which ones an item allows now is decisionsOpenTo (policy.ts). */
export const DECISIONS = ["approve", "reject", "hide", "restore", "keep"] as const;
export type Decision = (typeof DECISIONS)[number];
/** The decisions that cite a house rule: the item ends up (or stays) turned down or hidden. */
export const DECISIONS_CITING_A_RULE: readonly Decision[] = ["reject", "hide", "keep"];

const reasonSchema = plainText()
  .trim()
  .max(DECISION_REASON_LIMIT, `Your words must be ${DECISION_REASON_LIMIT} characters or fewer`)
  .nullish()
  .transform((reason) => (reason ? reason : null));

const ruleSchema = z.preprocess((value) => (value === "" ? undefined : value), houseRuleSchema.optional());

const ITEM_REF = /^(question|comment|name):([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

/** "question:<uuid>", as a queue checkbox or a review form sends it. */
export const queueItemRefSchema = z
  .string({ error: "This item is no longer waiting. Reload the page." })
  .regex(ITEM_REF, "This item is no longer waiting. Reload the page.")
  .transform((value): QueueItemRef => {
    const [, kind, id] = ITEM_REF.exec(value)!;
    return { kind: kind as QueueItemKind, id: id!.toLowerCase() };
  });

export function queueItemRefValue(ref: QueueItemRef): string {
  return `${ref.kind}:${ref.id}`;
}

/**
 * Where a moderation form sends the moderator back: a queue page of this site (its filters kept), else the
 * queue itself. Anything else, another site above all, is dropped.
 */
export function safeQueuePath(value: unknown): string {
  const path = typeof value === "string" ? safeReturnPath(value) : undefined;
  return path && /^\/moderation(?=[?#]|$)/.test(path) ? path : "/moderation";
}

const returnToSchema = z.string().optional().catch(undefined).transform(safeQueuePath);

/**
 * When the last decision on the item was made, as the review page showed it ("" for none): a decision made
 * since (another moderator's) refuses this one, so nobody overrules a decision they never saw.
 */
const seenSchema = z
  .string()
  .optional()
  .transform((value, context) => {
    if (value === undefined) return undefined;
    if (value === "") return null;
    const at = new Date(value);
    if (Number.isNaN(at.getTime())) {
      context.addIssue({ code: "custom", message: "This item has changed. Reload the page." });
      return z.NEVER;
    }
    return at;
  });

/** A moderator's decision on a question waiting for moderation: publish it, or not (citing a rule, maybe as a repeat). */
export const questionDecisionSchema = z
  .object({
    questionId: z.uuid({ error: "This question is no longer waiting. Reload the page." }),
    decision: z.enum(["approve", "reject"], { error: "Select whether to publish the question" }),
    rule: ruleSchema,
    reason: reasonSchema,
    duplicateOfId: z.preprocess((value) => (value === "" ? undefined : value), z.uuid().optional()),
  })
  .refine((input) => input.decision === "approve" || input.rule !== undefined, {
    path: ["rule"],
    message: REJECT_NEEDS_RULE,
  });

/** What decideQuestion takes: the schema's output; rule and duplicate are left out when publishing. */
export interface QuestionDecisionInput {
  questionId: string;
  decision: "approve" | "reject";
  rule?: HouseRuleCode | null;
  reason: string | null;
  /** Rejected as a repeat of this published question (the author is pointed to it). */
  duplicateOfId?: string | null;
}

/** A decision on one item from its review page. */
export const itemDecisionSchema = z
  .object({
    item: queueItemRefSchema,
    decision: z.enum(DECISIONS, { error: "Select your decision" }),
    rule: ruleSchema,
    reason: reasonSchema,
    duplicateOfId: z.preprocess((value) => (value === "" ? undefined : value), z.uuid().optional()),
    seen: seenSchema,
    returnTo: returnToSchema,
  })
  .refine((input) => !DECISIONS_CITING_A_RULE.includes(input.decision) || input.rule !== undefined, {
    path: ["rule"],
    message: REJECT_NEEDS_RULE,
  });
export type ItemDecisionInput = z.output<typeof itemDecisionSchema>;

/** Approve or reject the items ticked on a queue page. */
export const selectionDecisionSchema = z
  .object({
    items: z.preprocess(
      (value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]),
      z
        .array(queueItemRefSchema)
        .min(1, "Select at least one item")
        .max(SELECTION_LIMIT, `Select ${SELECTION_LIMIT} items or fewer`),
    ),
    decision: z.enum(["approve", "reject"], { error: "Select approve or reject" }),
    rule: ruleSchema,
    reason: reasonSchema,
    returnTo: returnToSchema,
  })
  .refine((input) => input.decision === "approve" || input.rule !== undefined, {
    path: ["rule"],
    message: REJECT_NEEDS_RULE,
  });
export type SelectionDecisionInput = z.output<typeof selectionDecisionSchema>;

/** The queue's filters, from the address: anything unknown shows everything. */
export const QUEUE_KIND_FILTERS = ["all", "questions", "comments", "names"] as const;
export const QUEUE_REASON_FILTERS = ["all", "held", "reported", "appealed"] as const;
export type QueueKindFilter = (typeof QUEUE_KIND_FILTERS)[number];
export type QueueReasonFilter = (typeof QUEUE_REASON_FILTERS)[number];

export const queueFilterSchema = z.object({
  kind: z.enum(QUEUE_KIND_FILTERS).catch("all"),
  reason: z.enum(QUEUE_REASON_FILTERS).catch("all"),
  after: z.string().max(300).optional().catch(undefined),
});
export type QueueFilter = z.output<typeof queueFilterSchema>;

/** The queue's address for these filters (and page), the defaults left out. */
export function queueHref(filter: { kind: QueueKindFilter; reason: QueueReasonFilter; after?: string | null }): string {
  const params = new URLSearchParams();
  if (filter.kind !== "all") params.set("kind", filter.kind);
  if (filter.reason !== "all") params.set("reason", filter.reason);
  if (filter.after) params.set("after", filter.after);
  const query = params.toString();
  return query ? `/moderation?${query}` : "/moderation";
}
