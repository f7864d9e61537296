import { describe, expect, it } from "vitest";
import { broadSupportScore, effectiveGroups } from "@/lib/priorities/broad-support";

describe("effectiveGroups (inverse Simpson index)", () => {
  it("is 1 for one group, n for n equal groups, in between for uneven ones, 0 for none", () => {
    expect(effectiveGroups([20])).toBe(1);
    expect(effectiveGroups([3, 3, 3, 3])).toBe(4);
    expect(effectiveGroups([18, 1, 1])).toBeCloseTo(400 / 326);
    expect(effectiveGroups([])).toBe(0);
  });
});

describe("broadSupportScore", () => {
  it("gives the page's worked examples: 20 from one place score 5, 12 spread over 4 districts and 3 ages 7.2", () => {
    expect(broadSupportScore({ byDistrict: [20], byAgeBand: [20] }).score).toBe(5);
    expect(broadSupportScore({ byDistrict: [3, 3, 3, 3], byAgeBand: [4, 4, 4] }).score).toBeCloseTo(7.2);
  });

  it("ranks spread support above more support from one place", () => {
    const onePlace = broadSupportScore({ byDistrict: [30], byAgeBand: [30] });
    const spread = broadSupportScore({ byDistrict: [4, 4, 4, 4, 4], byAgeBand: [5, 5, 5, 5] });
    expect(spread.supporters).toBeLessThan(onePlace.supporters);
    expect(spread.score).toBeGreaterThan(onePlace.score);
  });

  it("rewards age spread too, and is never above the supporters", () => {
    const oneAge = broadSupportScore({ byDistrict: [5, 5, 5], byAgeBand: [15] });
    const manyAges = broadSupportScore({ byDistrict: [5, 5, 5], byAgeBand: [5, 5, 5] });
    expect(manyAges.score).toBeGreaterThan(oneAge.score);
    expect(manyAges.score).toBeLessThan(15);
    expect(broadSupportScore({ byDistrict: [], byAgeBand: [] }).score).toBe(0);
  });
});
