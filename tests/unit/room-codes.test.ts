// The room's input: join codes typed from a screen, follow-up codes read off paper, and what joining accepts.
import { describe, expect, it } from "vitest";
import { findEventSchema, joinEventSchema, normaliseFollowUpCode } from "@/lib/room/schemas";

describe("a typed join code", () => {
  it("is read in any case, with spaces or dashes, and stored upper case", () => {
    expect(findEventSchema.parse({ code: " ex4 cta " })).toEqual({ code: "EX4CTA" });
    expect(findEventSchema.parse({ code: "EX4-CTA" })).toEqual({ code: "EX4CTA" });
  });

  it("is refused, with what a code looks like, when it is not shaped like one", () => {
    for (const code of ["12345", "ESX4C!", "EX4CTA EX4CTA EX4CTA"]) {
      const parsed = findEventSchema.safeParse({ code });
      expect(parsed.success, code).toBe(false);
      expect(parsed.error!.issues[0]!.message).toMatch(/^A join code has 6 letters and numbers/);
    }
  });

  it("is refused as no event's code when it is shaped like one but has a letter or number codes leave out", () => {
    // Telling the person what a code looks like would describe what they typed.
    for (const code of ["ES0 4CT", "I1LO0S", "ABC234", "zzzzzz"]) {
      expect(findEventSchema.safeParse({ code }).error!.issues[0]!.message, code).toBe(
        "No event has that join code. Check it and try again.",
      );
    }
  });

  it("asks for the code when none is typed", () => {
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
