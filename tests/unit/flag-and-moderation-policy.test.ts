import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { MODERATORS_ONLY, NOT_YOUR_OWN_POST } from "@/lib/auth/policy";
import { REPORT_OWN_COMMENT, REPORT_OWN_QUESTION, reportEligibility } from "@/lib/flags/policy";
import { NOT_REPORTABLE } from "@/lib/flags/schemas";
import { ALREADY_DECIDED, QUESTION_NOT_FOUND, questionDecisionPolicy } from "@/lib/moderation/policy";

const person = (id: string, platformRole: Actor["platformRole"] = "citizen") => ({ id, platformRole, memberships: [] });

describe("who may report a post", () => {
  it("anyone but its author, and nobody when there is no published post", () => {
    expect(reportEligibility(null, person("a"))).toEqual({ allowed: false, reason: NOT_REPORTABLE, kind: "not_found" });
    expect(reportEligibility({ kind: "question", authorId: "a" }, person("a"))).toEqual({
      allowed: false,
      reason: REPORT_OWN_QUESTION,
      kind: "forbidden",
    });
    expect(reportEligibility({ kind: "comment", authorId: "a" }, person("a"))).toMatchObject({
      reason: REPORT_OWN_COMMENT,
    });
    expect(reportEligibility({ kind: "comment", authorId: "a" }, person("b"))).toEqual({ allowed: true });
  });
});

describe("who may decide a held question", () => {
  const pending = { authorId: "author", moderation: "pending" as const };

  it("a moderator or admin who did not write it, while it is pending", () => {
    expect(questionDecisionPolicy(person("m", "moderator"), pending)).toEqual({ allowed: true });
    expect(questionDecisionPolicy(person("x", "admin"), pending)).toEqual({ allowed: true });
    expect(questionDecisionPolicy(person("author", "moderator"), pending)).toMatchObject({ reason: NOT_YOUR_OWN_POST });
    expect(questionDecisionPolicy(person("c"), pending)).toMatchObject({ reason: MODERATORS_ONLY });
    expect(questionDecisionPolicy(person("m", "moderator"), { ...pending, moderation: "approved" })).toEqual({
      allowed: false,
      reason: ALREADY_DECIDED,
      kind: "conflict",
    });
    expect(questionDecisionPolicy(person("m", "moderator"), null)).toMatchObject({
      reason: QUESTION_NOT_FOUND,
      kind: "not_found",
    });
  });
});
