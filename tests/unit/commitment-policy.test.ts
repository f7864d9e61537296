import { describe, expect, it } from "vitest";
import {
  commitmentAccess,
  commitmentStateMove,
  committableQuestion,
  followThrough,
  overdueWords,
  statusFromCommitments,
  targetDateAccepted,
} from "@/lib/commitments/policy";
import { changeStateFormSchema, createCommitmentFormSchema, setProgressSchema } from "@/lib/commitments/schemas";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const member = (organisationId: number) => ({
  id: "p",
  platformRole: "citizen" as const,
  memberships: [{ organisationId, role: "member" as const }],
});

describe("overdueWords", () => {
  it.each([
    ["2026-11-26", null],
    ["2026-11-25", "1 day overdue"],
    ["2026-11-20", "6 days overdue"],
    ["2026-11-05", "3 weeks overdue"],
    ["2026-08-01", "3 months overdue"],
    ["2023-11-01", "3 years overdue"],
  ])("target %s, today 2026-11-26: %s", (target, words) => {
    expect(overdueWords({ targetDate: day(target), state: "in_progress" }, day("2026-11-26"))).toBe(words);
  });

  it("is never said of a delivered or dropped commitment", () => {
    for (const state of ["delivered", "dropped"] as const)
      expect(overdueWords({ targetDate: day("2020-01-01"), state }, day("2026-11-26"))).toBeNull();
  });
});

describe("the linked questions' status", () => {
  it("follows the furthest live commitment, then delivered, then declined", () => {
    expect(statusFromCommitments(["planned", "in_progress", "dropped"])).toBe("in_progress");
    expect(statusFromCommitments(["planned", "delivered"])).toBe("planned");
    expect(statusFromCommitments(["dropped", "delivered"])).toBe("delivered");
    expect(statusFromCommitments(["dropped"])).toBe("declined");
    expect(statusFromCommitments([])).toBeNull();
  });

  it("moves only along legal transitions", () => {
    expect(followThrough("answered", "planned")).toEqual({ move: "planned" });
    expect(followThrough("planned", "planned")).toEqual({ same: true });
    expect(followThrough("in_progress", "planned")).toHaveProperty("leave");
    expect(followThrough("delivered", "declined")).toHaveProperty("leave");
    expect(followThrough("declined", "delivered")).toHaveProperty("leave");
  });
});

describe("who may and what", () => {
  it("lets only the organisation's members and admins change a commitment", () => {
    expect(commitmentAccess(member(1), { organisationId: 1 }).allowed).toBe(true);
    expect(commitmentAccess(member(2), { organisationId: 1 }).allowed).toBe(false);
    expect(commitmentAccess({ id: "a", platformRole: "admin", memberships: [] }, { organisationId: 1 }).allowed).toBe(
      true,
    );
    expect(commitmentAccess(null, { organisationId: 1 }).allowed).toBe(false);
  });

  it("takes questions held or answered by the organisation, answered or further but not closed", () => {
    const question = {
      title: "Q",
      moderation: "approved" as const,
      status: "answered" as const,
      heldBy: 1,
      answeredBy: [],
    };
    expect(committableQuestion(question, 1).allowed).toBe(true);
    expect(committableQuestion({ ...question, heldBy: 2 }, 1).allowed).toBe(false);
    expect(committableQuestion({ ...question, heldBy: 2, answeredBy: [1] }, 1).allowed).toBe(true);
    expect(committableQuestion({ ...question, status: "open" }, 1).allowed).toBe(false);
    expect(committableQuestion({ ...question, status: "merged" }, 1).allowed).toBe(false);
    expect(committableQuestion({ ...question, moderation: "hidden" }, 1).allowed).toBe(false);
  });

  it("moves a commitment forward only, and never out of delivered or dropped", () => {
    expect(commitmentStateMove("planned", "delivered").allowed).toBe(true);
    expect(commitmentStateMove("in_progress", "planned").allowed).toBe(false);
    expect(commitmentStateMove("delivered", "dropped").allowed).toBe(false);
    expect(commitmentStateMove("dropped", "in_progress").allowed).toBe(false);
  });
});

describe("the forms", () => {
  it("reads the target date and refuses an impossible one next to its field", () => {
    const base = {
      organisationId: "3",
      questionIds: "0b6f3c0e-7d52-4a4e-9d36-1f0f3f1d2c3b",
      title: "Stands",
      description: "Forty.",
    };
    const ok = createCommitmentFormSchema.parse({ ...base, targetDay: "31", targetMonth: "3", targetYear: "2027" });
    expect(ok.targetDate).toEqual(day("2027-03-31"));
    expect(ok.questionIds).toHaveLength(1);
    const bad = createCommitmentFormSchema.safeParse({
      ...base,
      targetDay: "31",
      targetMonth: "2",
      targetYear: "2027",
    });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.path).toEqual(["target"]);
    // Every mistake at once, for the error summary: the title and the date together.
    const both = createCommitmentFormSchema.safeParse({
      ...base,
      title: " ",
      targetDay: "",
      targetMonth: "",
      targetYear: "",
    });
    expect(both.error?.issues.map((i) => i.path[0]).sort()).toEqual(["target", "title"]);
  });

  it("reads evidence links one a line and refuses anything but http and https", () => {
    const links = "https://example.org/a\n\n  http://example.org/b  ";
    const ok = changeStateFormSchema.parse({
      commitmentId: "0b6f3c0e-7d52-4a4e-9d36-1f0f3f1d2c3b",
      to: "delivered",
      evidence: "Done",
      evidenceLinks: links,
    });
    expect(ok.evidenceLinks).toEqual(["https://example.org/a", "http://example.org/b"]);
    for (const link of ["javascript:alert(1)", "data:text/html,hi", "example.org"]) {
      const refused = changeStateFormSchema.safeParse({
        commitmentId: "0b6f3c0e-7d52-4a4e-9d36-1f0f3f1d2c3b",
        to: "delivered",
        evidence: "Done",
        evidenceLinks: link,
      });
      expect(refused.error?.issues[0]?.path).toEqual(["evidenceLinks"]);
    }
  });

  it("asks for a choice when none is made, in words, and reads a blank progress as none", () => {
    const commitmentId = "0b6f3c0e-7d52-4a4e-9d36-1f0f3f1d2c3b";
    const unchosen = changeStateFormSchema.safeParse({ commitmentId, evidence: "", evidenceLinks: "", reason: "" });
    expect(unchosen.error?.issues.map((i) => [i.path[0], i.message])).toEqual([["to", "Select what has happened"]]);
    for (const progress of ["", "  "]) {
      const blank = setProgressSchema.safeParse({ commitmentId, progress });
      expect(blank.error?.issues.map((i) => i.message)).toEqual(["Enter the progress as a whole number from 0 to 100"]);
    }
    expect(setProgressSchema.parse({ commitmentId, progress: "0" }).progress).toBe(0);
    expect(setProgressSchema.parse({ commitmentId, progress: " 45 " }).progress).toBe(45);
  });
});

describe("target dates", () => {
  it("takes today or later, and a passed target only when it is kept as it was", () => {
    const today = day("2026-11-27");
    expect(targetDateAccepted(day("2026-11-27"), today)).toBe(true);
    expect(targetDateAccepted(day("2027-01-01"), today)).toBe(true);
    expect(targetDateAccepted(day("2026-11-26"), today)).toBe(false);
    expect(targetDateAccepted(day("2024-01-31"), today, day("2024-01-31"))).toBe(true);
    expect(targetDateAccepted(day("2024-02-01"), today, day("2024-01-31"))).toBe(false);
  });
});
