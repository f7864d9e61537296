import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  dissimilarityIndex,
  ratePer10000,
  representationRatio,
  similarityScore,
  wilsonInterval,
} from "@/lib/participation/statistics";

// Worked examples, computed by hand from the formulas (z = 1.96), and matching published tables of the Wilson
// interval (Newcombe 1998, Table I: 0/10 → 0 to 0.2775; 10/100 → 0.0552 to 0.1744).
describe("wilsonInterval", () => {
  it("10 of 100: 0.0552 to 0.1744", () => {
    const interval = wilsonInterval(10, 100)!;
    expect(interval.low).toBeCloseTo(0.0552, 4);
    expect(interval.high).toBeCloseTo(0.1744, 4);
  });

  it("5 of 20: 0.1119 to 0.4687", () => {
    // centre (0.25 + 3.8415/40) / (1 + 3.8415/20) = 0.2903; half-width 1.96·√(0.009375 + 0.0024009) / 1.1921 = 0.1784
    const interval = wilsonInterval(5, 20)!;
    expect(interval.low).toBeCloseTo(0.1119, 4);
    expect(interval.high).toBeCloseTo(0.4687, 4);
  });

  it("0 of 10: 0 to 0.2775, and 10 of 10: 0.7225 to 1", () => {
    expect(wilsonInterval(0, 10)!.low).toBe(0);
    expect(wilsonInterval(0, 10)!.high).toBeCloseTo(0.2775, 4);
    expect(wilsonInterval(10, 10)!.low).toBeCloseTo(0.7225, 4);
    expect(wilsonInterval(10, 10)!.high).toBe(1);
  });

  it("has no interval without trials or with an impossible count", () => {
    expect(wilsonInterval(0, 0)).toBeNull();
    expect(wilsonInterval(3, 2)).toBeNull();
    expect(wilsonInterval(-1, 5)).toBeNull();
  });

  it("always lies within 0–1 and holds the observed share", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), fc.double({ min: 0, max: 1, noNaN: true }), (n, fraction) => {
        const x = Math.floor(fraction * n);
        const { low, high } = wilsonInterval(x, n)!;
        expect(low).toBeGreaterThanOrEqual(0);
        expect(high).toBeLessThanOrEqual(1);
        expect(low).toBeLessThanOrEqual(x / n + 1e-12);
        expect(high).toBeGreaterThanOrEqual(x / n - 1e-12);
      }),
    );
  });

  it("narrows as the same share rests on more people", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 50 }), fc.integer({ min: 0, max: 10 }), (k, x) => {
        const small = wilsonInterval(x, 10)!;
        const large = wilsonInterval(x * (k + 1), 10 * (k + 1))!;
        expect(large.high - large.low).toBeLessThanOrEqual(small.high - small.low + 1e-12);
      }),
    );
  });
});

describe("representationRatio", () => {
  it("10 of 100 people taking part from a group of 20% of residents: ratio 0.5, interval 0.276 to 0.872", () => {
    const r = representationRatio(10, 100, 200, 1000)!;
    expect(r.participantShare).toBe(0.1);
    expect(r.populationShare).toBe(0.2);
    expect(r.ratio).toBeCloseTo(0.5, 10);
    expect(r.interval.low).toBeCloseTo(0.276, 3);
    expect(r.interval.high).toBeCloseTo(0.872, 3);
  });

  it("is 1 when a group takes part in proportion", () => {
    expect(representationRatio(30, 120, 25_000, 100_000)!.ratio).toBeCloseTo(1, 10);
  });

  it("has none without residents or without participants", () => {
    expect(representationRatio(3, 10, 0, 100)).toBeNull();
    expect(representationRatio(0, 0, 10, 100)).toBeNull();
  });
});

describe("ratePer10000", () => {
  it("25 people of 50,000 residents: 5 per 10,000", () => {
    expect(ratePer10000(25, 50_000)).toBe(5);
    expect(ratePer10000(3, 0)).toBeNull();
  });
});

describe("similarity score (1 − index of dissimilarity)", () => {
  it("shares 50/30/20 against 40/40/20: index 0.1, similarity 0.9", () => {
    expect(dissimilarityIndex([50, 30, 20], [400, 400, 200])).toBeCloseTo(0.1, 10);
    expect(similarityScore([50, 30, 20], [400, 400, 200])).toBeCloseTo(0.9, 10);
  });

  it("is 1 for the same spread and 0 for groups that do not overlap", () => {
    expect(similarityScore([1, 2, 3], [10, 20, 30])).toBeCloseTo(1, 10);
    expect(similarityScore([5, 0], [0, 7])).toBeCloseTo(0, 10);
  });

  it("has none for an empty distribution, and refuses mismatched groups", () => {
    expect(similarityScore([0, 0], [5, 5])).toBeNull();
    expect(() => similarityScore([1], [1, 2])).toThrow();
  });

  it("lies in 0–1, does not depend on the order of groups or the scale, and is symmetric", () => {
    const counts = fc.array(fc.tuple(fc.nat(1000), fc.nat(1000)), { minLength: 1, maxLength: 15 });
    fc.assert(
      fc.property(counts, fc.integer({ min: 1, max: 50 }), (pairs, scale) => {
        const a = pairs.map(([x]) => x);
        const b = pairs.map(([, y]) => y);
        const index = dissimilarityIndex(a, b);
        if (index === null) return;
        expect(index).toBeGreaterThanOrEqual(-1e-12);
        expect(index).toBeLessThanOrEqual(1 + 1e-12);
        expect(dissimilarityIndex(b, a)).toBeCloseTo(index, 10);
        expect(dissimilarityIndex([...a].reverse(), [...b].reverse())).toBeCloseTo(index, 10);
        expect(
          dissimilarityIndex(
            a.map((x) => x * scale),
            b,
          ),
        ).toBeCloseTo(index, 10);
      }),
    );
  });
});
