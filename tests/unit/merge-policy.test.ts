import { describe, expect, it } from "vitest";
import type { PolicyActor } from "@/lib/auth/policy";
import { ALREADY_MERGED, keptQuestionCheck, mergeAccess, MERGE_NOT_YOURS, type MergeRow } from "@/lib/merges/policy";
import { GIVE_OTHER, KEEP_ANOTHER, mergeFormSchema, questionIdIn } from "@/lib/merges/schemas";

const member = (organisationId: number): PolicyActor => ({
  id: "p",
  platformRole: "citizen",
  memberships: [{ organisationId, role: "member" } as PolicyActor["memberships"][number]],
});
const admin: PolicyActor = { id: "a", platformRole: "admin", memberships: [] };
const citizen: PolicyActor = { id: "c", platformRole: "citizen", memberships: [] };
const row = (over: Partial<MergeRow> = {}): MergeRow => ({
  moderation: "approved",
  status: "open",
  assignment: null,
  ...over,
});

describe("mergeAccess", () => {
  it("lets partners merge a question in the pool or held by their organisation, and admins any", () => {
    expect(mergeAccess(row(), member(1)).allowed).toBe(true);
    expect(mergeAccess(row({ status: "under_review", assignment: { organisationId: 1 } }), member(1)).allowed).toBe(
      true,
    );
    expect(mergeAccess(row({ assignment: { organisationId: 2 } }), member(1))).toEqual({
      allowed: false,
      reason: MERGE_NOT_YOURS,
      kind: "forbidden",
    });
    expect(mergeAccess(row({ assignment: { organisationId: 2 } }), admin).allowed).toBe(true);
    expect(mergeAccess(row(), citizen)).toMatchObject({ allowed: false, kind: "forbidden" });
    expect(mergeAccess(row(), null)).toMatchObject({ allowed: false, kind: "forbidden" });
  });

  it("refuses unpublished, merged, and answered or closed questions", () => {
    for (const moderation of ["pending", "rejected", "hidden"] as const)
      expect(mergeAccess(row({ moderation }), admin)).toMatchObject({ allowed: false, kind: "not_found" });
    expect(mergeAccess(null, admin)).toMatchObject({ allowed: false, kind: "not_found" });
    expect(mergeAccess(row({ status: "merged" }), admin)).toEqual({
      allowed: false,
      reason: ALREADY_MERGED,
      kind: "conflict",
    });
    for (const status of ["answered", "planned", "in_progress", "delivered", "declined"] as const)
      expect(mergeAccess(row({ status }), admin)).toMatchObject({ allowed: false, kind: "conflict" });
  });

  it("keeps only a published question that is not merged itself", () => {
    expect(keptQuestionCheck(row({ status: "answered" })).allowed).toBe(true);
    expect(keptQuestionCheck(row({ status: "merged" }))).toMatchObject({ allowed: false, kind: "conflict" });
    expect(keptQuestionCheck(row({ moderation: "hidden" }))).toMatchObject({ allowed: false, kind: "not_found" });
    expect(keptQuestionCheck(null)).toMatchObject({ allowed: false, kind: "not_found" });
  });
});

describe("the merge form", () => {
  const duplicateId = "11111111-1111-4111-8111-111111111111";
  const keepId = "22222222-2222-4222-8222-222222222222";

  it("finds the question id in an address or a bare id", () => {
    expect(questionIdIn(`https://example.org/questions/${keepId}`)).toBe(keepId);
    expect(questionIdIn(`/partner/questions/${keepId.toUpperCase()}/merge`)).toBe(keepId);
    expect(questionIdIn("the one about bins")).toBeNull();
  });

  it("takes a suggested question or a typed one, and names the field at fault", () => {
    expect(mergeFormSchema.parse({ duplicateId, keep: keepId, note: " Same. " })).toEqual({
      duplicateId,
      keepId,
      note: "Same.",
      field: "keep",
    });
    expect(
      mergeFormSchema.parse({ duplicateId, keep: "other", otherQuestion: `/questions/${keepId}`, note: "Same." }),
    ).toMatchObject({ keepId, field: "otherQuestion" });
    const typedBadly = mergeFormSchema.safeParse({ duplicateId, keep: "other", otherQuestion: "bins", note: "x" });
    expect(typedBadly.error?.issues[0]).toMatchObject({ path: ["otherQuestion"], message: GIVE_OTHER });
    const itself = mergeFormSchema.safeParse({ duplicateId, keep: duplicateId, note: "x" });
    expect(itself.error?.issues[0]).toMatchObject({ path: ["keep"], message: KEEP_ANOTHER });
    const missing = mergeFormSchema.safeParse({ duplicateId, note: "" });
    expect(missing.error?.issues.map((i) => i.path[0]).sort()).toEqual(["keep", "note"]);
  });
});
