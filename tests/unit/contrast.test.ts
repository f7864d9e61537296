import { describe, expect, it } from "vitest";
import { contrastRatio, parseCssColour, parseCssColours } from "@/tests/e2e/support/contrast";

const white = parseCssColour("rgb(255, 255, 255)");
const black = parseCssColour("rgb(0, 0, 0)");

describe("contrastRatio (WCAG 2.x)", () => {
  it("is 21 for black on white and 1 for a colour on itself, in either order", () => {
    expect(contrastRatio(black, white)).toBeCloseTo(21, 5);
    expect(contrastRatio(white, black)).toBeCloseTo(21, 5);
    expect(contrastRatio(white, white)).toBe(1);
  });

  it("matches published figures for the portal's colours", () => {
    // White on GOV.UK yellow, the defect in the issue ("about 1.4:1"): 1.35:1.
    expect(contrastRatio(white, parseCssColour("rgb(255, 221, 0)"))).toBeCloseTo(1.35, 2);
    // Near-black #0b0c0c on that yellow: GOV.UK's focused link, well over 4.5:1.
    expect(contrastRatio(parseCssColour("rgb(11, 12, 12)"), parseCssColour("rgb(255, 221, 0)"))).toBeGreaterThan(14);
    // #767676 on white is the classic just-passing grey (4.54:1).
    expect(contrastRatio(parseCssColour("rgb(118, 118, 118)"), white)).toBeCloseTo(4.54, 2);
  });
});

describe("parseCssColours", () => {
  it("reads rgb() and rgba() in either syntax, and every colour in a box-shadow", () => {
    expect(parseCssColour("rgba(1, 2, 3, 0.5)")).toEqual({ r: 1, g: 2, b: 3, alpha: 0.5 });
    expect(parseCssColour("rgb(1 2 3 / 0)")).toEqual({ r: 1, g: 2, b: 3, alpha: 0 });
    expect(parseCssColours("rgb(11, 12, 12) 0px 0px 0px 6px, rgb(255, 221, 0) 0px 2px 0px 0px")).toHaveLength(2);
    expect(parseCssColours("none")).toEqual([]);
  });

  it("refuses a colour it cannot read rather than guessing", () => {
    expect(() => parseCssColour("oklch(0.5 0.1 200)")).toThrow(/Not an rgb/);
  });
});
