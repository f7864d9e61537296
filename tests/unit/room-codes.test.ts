// The room's input: join codes typed from a screen, follow-up codes read off paper, and what joining accepts.
import { describe, expect, it } from "vitest";
import { findEventSchema, joinEventSchema, normaliseFollowUpCode } from "@/lib/room/schemas";

describe("a typed join code", () => {
  it("is read in any case, with spaces or dashes, and stored upper case", () => {
    expect(findEventSchema.parse({ code: " ex4 cta " })).toEqual({ code: "EX4CTA" });
    expect(findEventSchema.parse({ code: "EX4-CTA" })).toEqual({ code: "EX4CTA" });
  });

  it("is refused, with what a code looks like, when it cannot be one", () => {
    for (const code of ["ES0 4CT", "12345", "ESX4C!", "I1LO0S"]) {
      const parsed = findEventSchema.safeParse({ code });
      expect(parsed.success, code).toBe(false);
      expect(parsed.error!.issues[0]!.message).toMatch(/^A join code has 6 letters and numbers/);
    }
    expect(findEventSchema.safeParse({ code: "   " }).error!.issues[0]!.message).toBe(
      "Enter the join code, as shown on the screen or the printed sheet",
    );
  });
});

describe("joining", () => {
  it("needs an age group and takes an empty nickname as none", () => {
    expect(joinEventSchema.safeParse({ code: "EX4CTA", nickname: "" }).error!.issues[0]!.message).toBe(
      "Select your age group",
    );
    expect(joinEventSchema.parse({ code: "EX4CTA", nickname: "  ", ageBand: "under_16" })).toEqual({
      code: "EX4CTA",
      nickname: null,
      ageBand: "under_16",
    });
  });
});

describe("a follow-up code", () => {
  it("is ten characters of the join codes' alphabet, read in any case and spacing", () => {
    expect(normaliseFollowUpCode("acdef ghjkm")).toBe("ACDEFGHJKM");
    expect(normaliseFollowUpCode("ACDEFGHJK")).toBeNull();
    expect(normaliseFollowUpCode("ACDEFGHJKO")).toBeNull();
  });
});
