import { describe, expect, it } from "vitest";
import { characterCountMessage } from "@/components/forms/character-count-message";

describe("characterCountMessage (GOV.UK character count wording)", () => {
  it("says how many are left, including none", () => {
    expect(characterCountMessage(0, 140)).toBe("You have 140 characters remaining");
    expect(characterCountMessage(139, 140)).toBe("You have 1 character remaining");
    expect(characterCountMessage(140, 140)).toBe("You have 0 characters remaining");
  });

  it("says how many too many once over, never '0 left'", () => {
    expect(characterCountMessage(280, 140)).toBe("You have 140 characters too many");
    expect(characterCountMessage(141, 140)).toBe("You have 1 character too many");
  });

  it("groups thousands as the limit on the details is written", () => {
    expect(characterCountMessage(0, 5000)).toBe("You have 5,000 characters remaining");
  });
});
