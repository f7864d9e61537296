import { describe, expect, it } from "vitest";
import { describeRanking, describeTrend, joinAnd } from "@/lib/charts/summary";

describe("describeRanking", () => {
  it("names the leader and the runner-up with their figures, whatever order they come in", () => {
    expect(
      describeRanking(
        [
          { label: "Energy and environment", value: 301 },
          { label: "Transport and mobility", value: 412 },
          { label: "Libraries", value: 99 },
        ],
        "support",
      ),
    ).toBe("Transport and mobility had the most support (412), then Energy and environment (301).");
  });

  it("writes figures in en-GB, names a tie for first together, and copes with one item", () => {
    expect(
      describeRanking(
        [
          { label: "Basildon", value: 1200 },
          { label: "Colchester", value: 1200 },
          { label: "Harlow", value: 7 },
        ],
        "supporters",
      ),
    ).toBe("Basildon and Colchester had the most supporters (1,200 each), then Harlow (7).");
    expect(describeRanking([{ label: "Rochford", value: 5 }], "support")).toBe("Rochford had the most support (5).");
  });

  it("never ranks a suppressed group, and says when there is nothing to rank", () => {
    expect(
      describeRanking(
        [
          { label: "Maldon", value: null },
          { label: "Tendring", value: 8 },
        ],
        "support",
      ),
    ).toBe("Tendring had the most support (8).");
    expect(describeRanking([{ label: "Maldon", value: null }], "support")).toBe(
      "Every group had fewer than 5, so no figure is shown.",
    );
    expect(describeRanking([], "support")).toBe("No support in this period.");
    expect(describeRanking([{ label: "Maldon", value: 0 }], "support")).toBe("No support in this period.");
  });
});

function weeks(values: number[]) {
  return values.map((y, i) => ({ x: new Date(Date.UTC(2026, 8, 7 + 7 * i)), y }));
}

describe("describeTrend", () => {
  it("says whether a series rose or fell between the first and last week", () => {
    expect(describeTrend({ name: "New supports", points: weeks([40, 60, 30, 95]) })).toBe(
      "New supports rose from 40 to 95 a week over the period.",
    );
    expect(describeTrend({ name: "Answers", points: weeks([1200, 900]) })).toBe(
      "Answers fell from 1,200 to 900 a week over the period.",
    );
    expect(describeTrend({ name: "Answers", points: weeks([3, 9, 3]) })).toBe(
      "Answers began and ended at 3 a week over the period.",
    );
  });

  it("puts several series in one sentence, lower-casing names after the first but not initialisms", () => {
    expect(
      describeTrend([
        { name: "New supports", points: weeks([40, 95]) },
        { name: "New questions", points: weeks([12, 8]) },
        { name: "GP questions", points: weeks([2, 2]) },
      ]),
    ).toBe(
      "New supports rose from 40 to 95 a week, new questions fell from 12 to 8 a week and GP questions began and ended at 2 a week over the period.",
    );
  });

  it("says there was nothing when every week is empty", () => {
    expect(
      describeTrend([
        { name: "New supports", points: weeks([0, 0]) },
        { name: "Answers", points: [] },
      ]),
    ).toBe("No new supports and answers in this period.");
  });
});

describe("joinAnd", () => {
  it("joins without an Oxford comma", () => {
    expect(joinAnd([])).toBe("");
    expect(joinAnd(["A"])).toBe("A");
    expect(joinAnd(["A", "B", "C"])).toBe("A, B and C");
  });
});
