import { describe, expect, it } from "vitest";
import { checkStatusTransition, needsPublicNote, QUESTION_STATUSES } from "@/lib/questions/status";

// The table in DESIGN.md, written out independently of the code under test.
const LEGAL: Record<string, string[]> = {
  open: ["under_review", "answered", "declined", "merged"],
  under_review: ["open", "answered", "declined", "merged"],
  answered: ["planned", "in_progress", "delivered", "declined"],
  planned: ["in_progress", "delivered", "declined"],
  in_progress: ["delivered", "declined"],
  declined: ["open"],
  delivered: ["open"],
  merged: ["open"],
};
const ADMIN_ONLY_FROM = ["declined", "delivered", "merged"];

describe("checkStatusTransition", () => {
  const cells = QUESTION_STATUSES.flatMap((from) =>
    QUESTION_STATUSES.flatMap((to) => [true, false].map((isAdmin) => ({ from, to, isAdmin }))),
  );

  it("covers every pair of statuses for admins and non-admins", () => {
    expect(QUESTION_STATUSES).toHaveLength(8);
    expect(cells).toHaveLength(8 * 8 * 2);
  });

  it.each(cells)("$from → $to (admin: $isAdmin)", ({ from, to, isAdmin }) => {
    const legal = LEGAL[from]!.includes(to) && (isAdmin || !ADMIN_ONLY_FROM.includes(from));
    const verdict = checkStatusTransition(from, to, { isAdmin });
    expect(verdict.allowed).toBe(legal);
    if (!verdict.allowed) expect(verdict.reason).toMatch(/cannot move|Only an administrator/);
  });

  it("requires a public note to decline, merge, deliver or reopen", () => {
    expect(checkStatusTransition("open", "declined", { isAdmin: false })).toEqual({ allowed: true, needsNote: true });
    expect(checkStatusTransition("open", "merged", { isAdmin: false })).toEqual({ allowed: true, needsNote: true });
    expect(checkStatusTransition("in_progress", "delivered", { isAdmin: false })).toEqual({
      allowed: true,
      needsNote: true,
    });
    expect(checkStatusTransition("delivered", "open", { isAdmin: true })).toEqual({ allowed: true, needsNote: true });
    expect(checkStatusTransition("open", "under_review", { isAdmin: false })).toEqual({
      allowed: true,
      needsNote: false,
    });
    expect(QUESTION_STATUSES.filter(needsPublicNote)).toEqual(["delivered", "declined", "merged"]);
  });
});
