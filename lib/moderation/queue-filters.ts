// The moderation queue's filters and its keyset cursor: pure, so the counts on each filter and the page
// order are unit-tested without a database (lib/moderation/queue-queries.ts reads the rows).
import { z } from "zod";
import type { QueueItemKind, QueueKindFilter, QueueReasonFilter } from "./schemas";

/** Why an item waits: held by screening (pending), reported (open reports), appealed (an appeal undecided). */
export interface WaitingReasons {
  held: boolean;
  reported: boolean;
  appealed: boolean;
}

/** How many items wait with each combination of kind and reasons (the count query's groups). */
export interface QueueGroup extends WaitingReasons {
  kind: QueueItemKind;
  count: number;
}

export const KIND_OF_FILTER: Record<Exclude<QueueKindFilter, "all">, QueueItemKind> = {
  questions: "question",
  comments: "comment",
  names: "name",
};

export function matchesKind(kind: QueueItemKind, filter: QueueKindFilter): boolean {
  return filter === "all" || KIND_OF_FILTER[filter] === kind;
}

export function matchesReason(reasons: WaitingReasons, filter: QueueReasonFilter): boolean {
  return filter === "all" || reasons[filter];
}

export interface QueueCounts {
  /** Items of each kind waiting for the current reason filter. */
  kinds: Record<QueueKindFilter, number>;
  /** Items waiting for each reason, of the current kind filter. */
  reasons: Record<QueueReasonFilter, number>;
}

/** The count beside each filter: what choosing it would show, the other filter kept. */
export function queueCounts(groups: QueueGroup[], filter: { kind: QueueKindFilter; reason: QueueReasonFilter }) {
  const sum = (keep: (group: QueueGroup) => boolean) =>
    groups.filter(keep).reduce((total, group) => total + group.count, 0);
  const ofReason = (group: QueueGroup) => matchesReason(group, filter.reason);
  const ofKind = (group: QueueGroup) => matchesKind(group.kind, filter.kind);
  return {
    kinds: {
      all: sum(ofReason),
      questions: sum((g) => ofReason(g) && g.kind === "question"),
      comments: sum((g) => ofReason(g) && g.kind === "comment"),
      names: sum((g) => ofReason(g) && g.kind === "name"),
    },
    reasons: {
      all: sum(ofKind),
      held: sum((g) => ofKind(g) && g.held),
      reported: sum((g) => ofKind(g) && g.reported),
      appealed: sum((g) => ofKind(g) && g.appealed),
    },
  } satisfies QueueCounts;
}

/** The queue's order is (queued_at, kind, id): the cursor is the last item shown, opaque in the address. */
const cursorSchema = z.object({ at: z.iso.datetime(), kind: z.enum(["question", "comment", "name"]), id: z.uuid() });
export type QueueCursor = z.infer<typeof cursorSchema>;

export function encodeQueueCursor(cursor: { at: Date; kind: QueueItemKind; id: string }): string {
  return Buffer.from(JSON.stringify({ at: cursor.at.toISOString(), kind: cursor.kind, id: cursor.id })).toString(
    "base64url",
  );
}

/** The cursor if it is well formed; otherwise null, and the first page is shown. */
export function decodeQueueCursor(raw: string | undefined | null): QueueCursor | null {
  if (!raw || raw.length > 300) return null;
  try {
    const parsed = cursorSchema.safeParse(JSON.parse(Buffer.from(raw, "base64url").toString("utf8")));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Why a bulk decision left an item as it was, in the queue address after the decision. */
export const SKIP_CODES = ["own", "appeal", "decided"] as const;
export type SkipCode = (typeof SKIP_CODES)[number];

export const SKIP_EXPLANATIONS: Record<SkipCode, string> = {
  own: "you wrote it, so another moderator must decide it",
  appeal: "it appeals against your own decision, so another moderator must decide it",
  decided: "it had already been decided, or is no longer waiting for that decision",
};

const DECISION_DONE = ["approve", "reject", "hide", "restore", "keep"] as const;
export type DoneDecision = (typeof DECISION_DONE)[number];

export interface DecisionOutcome {
  decision: DoneDecision;
  done: number;
  skipped: { kind: QueueItemKind; id: string; code: SkipCode }[];
}

const OUTCOME_PARAMS = ["decided", "done", "skipped"];

/**
 * The queue address to return to after a decision, with what happened: the filters kept, the page cursor
 * dropped (the items decided have left, so the page starts again).
 */
export function withDecisionOutcome(queuePath: string, outcome: DecisionOutcome): string {
  const url = new URL(queuePath, "https://portal.invalid");
  for (const name of [...OUTCOME_PARAMS, "after"]) url.searchParams.delete(name);
  url.searchParams.set("decided", outcome.decision);
  url.searchParams.set("done", String(outcome.done));
  if (outcome.skipped.length) {
    url.searchParams.set("skipped", outcome.skipped.map((s) => `${s.kind}:${s.id}:${s.code}`).join(","));
  }
  return `${url.pathname}${url.search}`;
}

const SKIPPED = /^(question|comment|name):([0-9a-f-]{36}):(own|appeal|decided)$/;

/** The outcome in the queue's address, if it holds one (anything malformed is ignored). */
export function readDecisionOutcome(params: Record<string, string | string[] | undefined>): DecisionOutcome | null {
  const decision = DECISION_DONE.find((d) => d === params.decided);
  const done = Number(params.done);
  if (!decision || !Number.isSafeInteger(done) || done < 0) return null;
  const skipped = typeof params.skipped === "string" ? params.skipped.split(",").slice(0, 50) : [];
  return {
    decision,
    done,
    skipped: skipped.flatMap((entry) => {
      const match = SKIPPED.exec(entry);
      return match ? [{ kind: match[1] as QueueItemKind, id: match[2]!, code: match[3] as SkipCode }] : [];
    }),
  };
}
