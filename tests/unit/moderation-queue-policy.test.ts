// The pure parts of the moderation queue: which decisions an item allows and for whom, the queue's filters,
// counts, cursor and return address, and the words a decision sends its author.
import { describe, expect, it } from "vitest";
import { MODERATORS_ONLY, NOT_YOUR_OWN_POST } from "@/lib/auth/policy";
import { moderationNoticeMessage } from "@/lib/notifications/messages";
import {
  ALREADY_DECIDED,
  APPEAL_NEEDS_ANOTHER_MODERATOR,
  decisionsFor,
  decisionsOpenTo,
  itemDecisionPolicy,
  type ModeratedItem,
} from "@/lib/moderation/policy";
import {
  decodeQueueCursor,
  encodeQueueCursor,
  queueCounts,
  readDecisionOutcome,
  withDecisionOutcome,
} from "@/lib/moderation/queue-filters";
import {
  REJECT_NEEDS_RULE,
  itemDecisionSchema,
  queueFilterSchema,
  queueHref,
  safeQueuePath,
  selectionDecisionSchema,
} from "@/lib/moderation/schemas";

const person = (id: string, platformRole: "citizen" | "moderator" | "admin" = "moderator") => ({
  id,
  platformRole,
  memberships: [],
});
const item = (overrides: Partial<ModeratedItem> = {}): ModeratedItem => ({
  authorId: "author",
  moderation: "pending",
  queued: true,
  appeal: null,
  ...overrides,
});
const ID = "0b6f3c0e-7d52-4a4e-9d36-1f0f3f1d2c3b";

describe("the decisions an item allows", () => {
  it("follows its state: held, published, hidden or rejected, and waiting again", () => {
    expect(decisionsFor(item())).toEqual(["approve", "reject"]);
    expect(decisionsFor(item({ moderation: "approved", queued: false }))).toEqual(["hide"]);
    expect(decisionsFor(item({ moderation: "approved", queued: true }))).toEqual(["hide"]);
    expect(decisionsFor(item({ moderation: "hidden", queued: true }))).toEqual(["restore", "keep"]);
    expect(decisionsFor(item({ moderation: "hidden", queued: false }))).toEqual(["restore"]);
    expect(decisionsFor(item({ moderation: "rejected", queued: true }))).toEqual(["restore", "keep"]);
  });

  it("refuses citizens, a moderator's own post, an appeal against their own decision, and what the state no longer allows", () => {
    expect(itemDecisionPolicy(person("c", "citizen"), item(), "approve")).toMatchObject({ reason: MODERATORS_ONLY });
    expect(itemDecisionPolicy(null, item(), "approve")).toMatchObject({ reason: MODERATORS_ONLY });
    expect(itemDecisionPolicy(person("author"), item(), "approve")).toMatchObject({ reason: NOT_YOUR_OWN_POST });
    const appealed = item({ moderation: "rejected", appeal: { originalModeratorId: "m1" } });
    expect(itemDecisionPolicy(person("m1"), appealed, "restore")).toEqual({
      allowed: false,
      reason: APPEAL_NEEDS_ANOTHER_MODERATOR,
      kind: "forbidden",
    });
    expect(itemDecisionPolicy(person("m2"), appealed, "restore")).toEqual({ allowed: true });
    expect(itemDecisionPolicy(person("m2", "admin"), item(), "hide")).toEqual({
      allowed: false,
      reason: ALREADY_DECIDED,
      kind: "conflict",
    });
    expect(itemDecisionPolicy(person("m2"), null, "approve")).toMatchObject({ kind: "not_found" });
    expect(decisionsOpenTo(person("m1"), appealed)).toEqual([]);
    expect(decisionsOpenTo(person("m2"), appealed)).toEqual(["restore", "keep"]);
  });
});

describe("decision forms", () => {
  it("need a house rule to reject, hide or keep, and take the rest as optional", () => {
    for (const decision of ["reject", "hide", "keep"]) {
      const parsed = itemDecisionSchema.safeParse({ item: `question:${ID}`, decision, reason: "Rude" });
      expect(parsed.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["rule", REJECT_NEEDS_RULE]]);
    }
    const restore = itemDecisionSchema.parse({ item: `comment:${ID}`, decision: "restore", rule: "", seen: "" });
    expect(restore).toMatchObject({ item: { kind: "comment", id: ID }, rule: undefined, reason: null, seen: null });
    expect(restore.returnTo).toBe("/moderation");
    expect(itemDecisionSchema.safeParse({ item: `post:${ID}`, decision: "approve" }).success).toBe(false);
  });

  it("take one ticked item or many, up to a page, and need at least one", () => {
    expect(selectionDecisionSchema.parse({ items: `name:${ID}`, decision: "approve" }).items).toEqual([
      { kind: "name", id: ID },
    ]);
    expect(selectionDecisionSchema.safeParse({ decision: "approve" }).error?.issues.map((i) => i.message)).toEqual([
      "Select at least one item",
    ]);
    expect(
      selectionDecisionSchema.safeParse({ items: Array(51).fill(`question:${ID}`), decision: "approve" }).success,
    ).toBe(false);
  });

  it("return only to a queue page of this site", () => {
    expect(safeQueuePath("/moderation?kind=comments&reason=reported")).toBe(
      "/moderation?kind=comments&reason=reported",
    );
    expect(safeQueuePath("/moderation")).toBe("/moderation");
    for (const elsewhere of [
      "https://evil.example/moderation",
      "//evil.example/moderation",
      "/moderationx",
      "/questions",
      "/\\evil.example",
      undefined,
      42,
    ]) {
      expect(safeQueuePath(elsewhere)).toBe("/moderation");
    }
  });
});

describe("the queue's filters, counts and cursor", () => {
  it("read unknown filters as everything, and write the defaults out of the address", () => {
    expect(queueFilterSchema.parse({ kind: "cats", reason: ["held"] })).toEqual({ kind: "all", reason: "all" });
    expect(queueHref({ kind: "all", reason: "all" })).toBe("/moderation");
    expect(queueHref({ kind: "names", reason: "held", after: "x" })).toBe("/moderation?kind=names&reason=held&after=x");
  });

  it("count each filter with the other kept", () => {
    const groups = [
      { kind: "question" as const, held: true, reported: false, appealed: false, count: 3 },
      { kind: "question" as const, held: false, reported: true, appealed: true, count: 1 },
      { kind: "comment" as const, held: false, reported: true, appealed: false, count: 2 },
      { kind: "name" as const, held: true, reported: false, appealed: false, count: 4 },
    ];
    expect(queueCounts(groups, { kind: "all", reason: "all" })).toEqual({
      kinds: { all: 10, questions: 4, comments: 2, names: 4 },
      reasons: { all: 10, held: 7, reported: 3, appealed: 1 },
    });
    expect(queueCounts(groups, { kind: "questions", reason: "reported" })).toEqual({
      kinds: { all: 3, questions: 1, comments: 2, names: 0 },
      reasons: { all: 4, held: 3, reported: 1, appealed: 1 },
    });
  });

  it("round-trips its cursor and ignores a forged one", () => {
    const at = new Date("2026-03-02T09:00:00.123Z");
    expect(decodeQueueCursor(encodeQueueCursor({ at, kind: "comment", id: ID }))).toEqual({
      at: at.toISOString(),
      kind: "comment",
      id: ID,
    });
    expect(decodeQueueCursor("garbage")).toBeNull();
    expect(decodeQueueCursor(Buffer.from('{"at":"x","kind":"comment","id":"1"}').toString("base64url"))).toBeNull();
  });

  it("carries a decision's outcome in the same filtered address, dropping the page cursor", () => {
    const href = withDecisionOutcome("/moderation?kind=questions&after=abc&done=9", {
      decision: "reject",
      done: 2,
      skipped: [{ kind: "question", id: ID, code: "own" }],
    });
    expect(href).toBe(`/moderation?kind=questions&decided=reject&done=2&skipped=question%3A${ID}%3Aown`);
    const params = Object.fromEntries(new URL(href, "https://x.invalid").searchParams);
    expect(readDecisionOutcome(params)).toEqual({
      decision: "reject",
      done: 2,
      skipped: [{ kind: "question", id: ID, code: "own" }],
    });
    expect(readDecisionOutcome({ decided: "explode", done: "1" })).toBeNull();
    expect(readDecisionOutcome({ decided: "approve", done: "1", skipped: "nonsense" })?.skipped).toEqual([]);
  });
});

describe("what a decision tells its author", () => {
  it("names the post, the rule, a repeat's original and the moderator's words", () => {
    expect(
      moderationNoticeMessage({
        post: "question",
        title: "Buses in Braintree",
        decision: "reject",
        rule: "Rule 5: Stay on topic",
        reason: "Ask it there.",
        appeal: false,
        duplicateOf: { title: "Braintree buses", href: "/questions/1" },
      }),
    ).toBe(
      "A moderator did not publish your question “Buses in Braintree”. It breaks house rule 5: Stay on topic. It repeats “Braintree buses”: /questions/1 The moderator's words: Ask it there.",
    );
    expect(
      moderationNoticeMessage({
        post: "comment",
        title: "Bins",
        decision: "restore",
        rule: null,
        reason: null,
        appeal: true,
      }),
    ).toBe("A moderator agreed with your appeal: your comment on “Bins” can be seen by everyone again.");
    const long = moderationNoticeMessage({
      post: "question",
      title: "t".repeat(200),
      decision: "hide",
      rule: "Rule 3: No hate",
      reason: "w".repeat(400),
      appeal: false,
    });
    expect(long.length).toBeLessThanOrEqual(500);
  });
});
