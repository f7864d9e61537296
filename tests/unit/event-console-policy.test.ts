import { describe, expect, it } from "vitest";
import { approvalCheck, mergeCheck, onScreenCheck, rejectionCheck } from "@/lib/event-console/policy";

const waiting = { moderation: "pending", mergedIntoId: null } as const;
const approved = { moderation: "approved", mergedIntoId: null } as const;
const rejected = { moderation: "rejected", mergedIntoId: null } as const;
const merged = { moderation: "approved", mergedIntoId: "0b6f5a3e-8f55-4c2b-9d6e-2f1d1c0f7a11" } as const;

describe("the console's rules about a room question", () => {
  it("approves only a question still waiting", () => {
    expect(approvalCheck(waiting).allowed).toBe(true);
    expect(approvalCheck(approved)).toMatchObject({ allowed: false, kind: "conflict" });
    expect(approvalCheck(merged)).toMatchObject({ allowed: false, kind: "conflict" });
    expect(approvalCheck(null)).toMatchObject({ allowed: false, kind: "not_found" });
  });

  it("rejects a waiting question or takes an approved one off the screen, but not twice", () => {
    expect(rejectionCheck(waiting).allowed).toBe(true);
    expect(rejectionCheck(approved).allowed).toBe(true);
    expect(rejectionCheck(rejected)).toMatchObject({ allowed: false, kind: "conflict" });
    expect(rejectionCheck(merged)).toMatchObject({ allowed: false, kind: "conflict" });
  });

  it("merges a live repeat into an approved question only", () => {
    expect(mergeCheck(waiting, approved).allowed).toBe(true);
    expect(mergeCheck(approved, approved).allowed).toBe(true);
    expect(mergeCheck(approved, waiting)).toMatchObject({ allowed: false, kind: "conflict" });
    expect(mergeCheck(approved, merged)).toMatchObject({ allowed: false, kind: "conflict" });
    expect(mergeCheck(merged, approved)).toMatchObject({ allowed: false, kind: "conflict" });
    expect(mergeCheck(rejected, approved)).toMatchObject({ allowed: false, kind: "conflict" });
    expect(mergeCheck(approved, null)).toMatchObject({ allowed: false, kind: "not_found" });
  });

  it("puts only approved, unmerged questions on the screen", () => {
    expect(onScreenCheck(approved).allowed).toBe(true);
    expect(onScreenCheck(waiting)).toMatchObject({ allowed: false, kind: "conflict" });
    expect(onScreenCheck(merged)).toMatchObject({ allowed: false, kind: "conflict" });
    expect(onScreenCheck(null)).toMatchObject({ allowed: false, kind: "not_found" });
  });
});
