import { describe, expect, it } from "vitest";
import { hasChildProtections } from "@/lib/accounts/age";

describe("hasChildProtections", () => {
  it("covers under-18s and anyone who has not given an age band, not adults", () => {
    expect(hasChildProtections({ ageBand: "under_16" })).toBe(true);
    expect(hasChildProtections({ ageBand: "age_16_17" })).toBe(true);
    expect(hasChildProtections({ ageBand: null })).toBe(true);
    expect(hasChildProtections({ ageBand: "age_18_24" })).toBe(false);
    expect(hasChildProtections({ ageBand: "age_65_plus" })).toBe(false);
  });
});
