import { describe, expect, it } from "vitest";
import type { PolicyActor } from "@/lib/auth/policy";
import { NOT_YOUR_ORGANISATION } from "@/lib/auth/policy";
import {
  EDIT_CLOSED,
  EDIT_TAKEN_DOWN,
  isPublished,
  NOT_AMONG_YOURS,
  NOT_ASSIGNED,
  NOT_PUBLISHED,
  questionEditability,
  supportEligibility,
  supportOpen,
  SUPPORT_MERGED,
  SUPPORT_OWN,
  workspaceAccess,
  type QuestionPolicyRow,
} from "@/lib/questions/policy";
import type { ModerationState, QuestionStatus } from "@/lib/generated/prisma/enums";
import { QUESTION_STATUSES } from "@/lib/questions/status";

const author: PolicyActor = { id: "author", platformRole: "citizen", memberships: [] };
const someoneElse: PolicyActor = { id: "someone-else", platformRole: "citizen", memberships: [] };

function question(overrides: Partial<QuestionPolicyRow> = {}): QuestionPolicyRow {
  return { authorId: "author", status: "open", moderation: "approved", claimed: false, ...overrides };
}

const MODERATION_STATES: ModerationState[] = ["pending", "approved", "rejected", "hidden"];
const NOT_OPEN: QuestionStatus[] = QUESTION_STATUSES.filter((s) => s !== "open");

describe("isPublished", () => {
  it("is true for approved questions only", () => {
    expect(MODERATION_STATES.filter((moderation) => isPublished({ moderation }))).toEqual(["approved"]);
  });
});

describe("questionEditability", () => {
  it.each(["approved", "pending"] as const)(
    "allows the author to change their open, unclaimed, %s question",
    (moderation) => {
      expect(questionEditability(question({ moderation }), author)).toEqual({ allowed: true });
    },
  );

  it("refuses someone else, a visitor and a missing question as not found among theirs", () => {
    const notFound = { allowed: false, reason: NOT_AMONG_YOURS, kind: "not_found" };
    expect(questionEditability(question(), someoneElse)).toEqual(notFound);
    expect(questionEditability(question(), null)).toEqual(notFound);
    expect(questionEditability(null, author)).toEqual(notFound);
  });

  it("refuses the author once a partner organisation has claimed it", () => {
    expect(questionEditability(question({ claimed: true }), author)).toEqual({
      allowed: false,
      reason: EDIT_CLOSED,
      kind: "conflict",
    });
  });

  it.each(NOT_OPEN)("refuses the author once the question is %s", (status) => {
    expect(questionEditability(question({ status }), author)).toEqual({
      allowed: false,
      reason: EDIT_CLOSED,
      kind: "conflict",
    });
  });

  it.each(["rejected", "hidden"] as const)("refuses the author once a moderator has %s it", (moderation) => {
    expect(questionEditability(question({ moderation }), author)).toEqual({
      allowed: false,
      reason: EDIT_TAKEN_DOWN,
      kind: "conflict",
    });
  });
});

describe("supportOpen", () => {
  it.each(QUESTION_STATUSES.filter((s) => s !== "merged"))("is open for a published %s question", (status) => {
    expect(supportOpen(question({ status }))).toEqual({ allowed: true });
  });

  it.each(["pending", "rejected", "hidden"] as const)(
    "is closed for a %s question, as if it did not exist",
    (moderation) => {
      expect(supportOpen(question({ moderation }))).toEqual({
        allowed: false,
        reason: NOT_PUBLISHED,
        kind: "not_found",
      });
    },
  );

  it("is closed for a missing question, and for a merged one with a pointer to the other", () => {
    expect(supportOpen(null)).toEqual({ allowed: false, reason: NOT_PUBLISHED, kind: "not_found" });
    expect(supportOpen(question({ status: "merged" }))).toEqual({
      allowed: false,
      reason: SUPPORT_MERGED,
      kind: "conflict",
    });
  });
});

describe("supportEligibility", () => {
  it("allows someone else to support a published question", () => {
    expect(supportEligibility(question(), someoneElse)).toEqual({ allowed: true });
  });

  it("refuses the author their own question", () => {
    expect(supportEligibility(question(), author)).toEqual({ allowed: false, reason: SUPPORT_OWN, kind: "forbidden" });
  });

  it("refuses an unpublished or missing question as not found, before whose it is", () => {
    expect(supportEligibility(question({ moderation: "pending" }), someoneElse)).toEqual({
      allowed: false,
      reason: NOT_PUBLISHED,
      kind: "not_found",
    });
    expect(supportEligibility(question({ moderation: "hidden" }), author)).toEqual({
      allowed: false,
      reason: NOT_PUBLISHED,
      kind: "not_found",
    });
    expect(supportEligibility(null, someoneElse)).toEqual({ allowed: false, reason: NOT_PUBLISHED, kind: "not_found" });
  });

  it("refuses a merged question", () => {
    expect(supportEligibility(question({ status: "merged" }), someoneElse)).toEqual({
      allowed: false,
      reason: SUPPORT_MERGED,
      kind: "conflict",
    });
  });
});

describe("workspaceAccess", () => {
  const assignedToA = { organisationId: 1 };
  const member = (organisationId: number, role: "member" | "lead"): PolicyActor => ({
    id: `p-${organisationId}-${role}`,
    platformRole: "citizen",
    memberships: [{ organisationId, role }],
  });
  const admin: PolicyActor = { id: "admin", platformRole: "admin", memberships: [] };
  const moderator: PolicyActor = { id: "moderator", platformRole: "moderator", memberships: [] };

  it("allows members and leads of the leading organisation", () => {
    expect(workspaceAccess(assignedToA, member(1, "member"))).toEqual({ allowed: true });
    expect(workspaceAccess(assignedToA, member(1, "lead"))).toEqual({ allowed: true });
  });

  it("allows an admin on any question, assigned or not", () => {
    expect(workspaceAccess(assignedToA, admin)).toEqual({ allowed: true });
    expect(workspaceAccess(null, admin)).toEqual({ allowed: true });
  });

  it.each([
    ["a partner of another organisation", member(2, "lead")],
    ["a moderator", moderator],
    ["a citizen", author],
    ["a visitor", null],
  ])("refuses %s", (_name, actor) => {
    expect(workspaceAccess(assignedToA, actor)).toEqual({
      allowed: false,
      reason: NOT_YOUR_ORGANISATION,
      kind: "forbidden",
    });
  });

  it("refuses partners while the question waits in the pool", () => {
    expect(workspaceAccess(null, member(1, "lead"))).toEqual({
      allowed: false,
      reason: NOT_ASSIGNED,
      kind: "forbidden",
    });
  });
});

describe("refusal copy", () => {
  it("keeps the words people see today", () => {
    expect(NOT_AMONG_YOURS).toBe("We could not find that question among yours.");
    expect(EDIT_CLOSED).toBe(
      "A partner organisation has started work on this question, so it can no longer be changed. You can add a comment instead.",
    );
    expect(EDIT_TAKEN_DOWN).toBe("This question was taken down by a moderator and cannot be edited.");
    expect(NOT_PUBLISHED).toBe("That question does not exist or is not published.");
    expect(SUPPORT_MERGED).toBe("This question was merged into another. Support that one instead.");
    expect(SUPPORT_OWN).toBe("You cannot support your own question. Share it so others can support it.");
  });
});
