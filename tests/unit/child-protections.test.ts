import { describe, expect, it } from "vitest";
import { needsChildProtections } from "@/lib/accounts/age";

describe("needsChildProtections", () => {
  it("covers under-18s and anyone who has not given an age band, not adults", () => {
    expect(needsChildProtections({ ageBand: "under_16" })).toBe(true);
    expect(needsChildProtections({ ageBand: "age_16_17" })).toBe(true);
    expect(needsChildProtections({ ageBand: null })).toBe(true);
    expect(needsChildProtections({ ageBand: "age_18_24" })).toBe(false);
    expect(needsChildProtections({ ageBand: "age_65_plus" })).toBe(false);
  });
});
