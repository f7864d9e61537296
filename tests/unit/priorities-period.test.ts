import { describe, expect, it } from "vitest";
import { parsePeriod, periodParts, periodSearchParams } from "@/lib/priorities/schemas";
import { weekStart } from "@/lib/priorities/dashboard";

// 26 November 2026, 23:30 UTC is still the 26th in London (GMT); 31 March 2026 23:30 UTC is 1 April (BST).
const NOW = new Date("2026-11-26T23:30:00Z");

describe("parsePeriod", () => {
  it("defaults to the last 90 days, today included, in Essex time", () => {
    expect(parsePeriod({}, NOW)).toMatchObject({
      period: { kind: "90d", from: "2026-08-29", to: "2026-11-26" },
      errors: {},
    });
    expect(parsePeriod({}, new Date("2026-03-31T23:30:00Z")).period.to).toBe("2026-04-01");
  });

  it("reads the presets, and falls back to the default for an unknown one", () => {
    expect(parsePeriod({ period: "30d" }, NOW).period).toEqual({ kind: "30d", from: "2026-10-28", to: "2026-11-26" });
    expect(parsePeriod({ period: "12m" }, NOW).period).toEqual({ kind: "12m", from: "2025-11-27", to: "2026-11-26" });
    expect(parsePeriod({ period: "week" }, NOW).period.kind).toBe("90d");
  });

  const custom = (from: [string, string, string], to: [string, string, string]) => ({
    period: "custom",
    fromDay: from[0],
    fromMonth: from[1],
    fromYear: from[2],
    toDay: to[0],
    toMonth: to[1],
    toYear: to[2],
  });

  it("reads a custom range, both days included", () => {
    const result = parsePeriod(custom(["1", "3", "2026"], ["31", "3", "2026"]), NOW);
    expect(result).toMatchObject({ period: { kind: "custom", from: "2026-03-01", to: "2026-03-31" }, errors: {} });
    expect(Object.fromEntries(periodSearchParams(result.period))).toMatchObject({ fromDay: "1", toMonth: "3" });
  });

  it("explains each problem, keeps what was typed and shows the default period meanwhile", () => {
    const missing = parsePeriod({ period: "custom" }, NOW);
    expect(missing.errors).toEqual({ from: "Enter the start date", to: "Enter the end date" });
    expect(missing.period.kind).toBe("90d");
    expect(parsePeriod(custom(["31", "2", "2026"], ["1", "3", "2026"]), NOW).errors.from).toMatch(/real date/);
    expect(parsePeriod(custom(["1", "3", "2026"], ["27", "11", "2026"]), NOW).errors.to).toMatch(
      /today or in the past/,
    );
    const backwards = parsePeriod(custom(["2", "3", "2026"], ["1", "3", "2026"]), NOW);
    expect(backwards.errors.to).toMatch(/same as or after/);
    expect(backwards.values.fromDay).toBe("2");
    expect(parsePeriod(custom(["1", "1", "2023"], ["26", "11", "2026"]), NOW).errors.to).toMatch(/at most 3 years/);
  });
});

describe("periodParts", () => {
  it("splits a period into whole months and the days around them", () => {
    expect(periodParts({ from: "2026-01-15", to: "2026-04-10" })).toEqual({
      from: "2026-01-15",
      until: "2026-04-11",
      monthsFrom: "2026-02-01",
      monthsUntil: "2026-04-01",
    });
    expect(periodParts({ from: "2026-02-01", to: "2026-02-28" })).toMatchObject({
      monthsFrom: "2026-02-01",
      monthsUntil: "2026-03-01",
    });
  });

  it("uses days only when no whole month is inside", () => {
    expect(periodParts({ from: "2026-01-15", to: "2026-02-10" })).toEqual({
      from: "2026-01-15",
      until: "2026-02-11",
      monthsFrom: "2026-02-11",
      monthsUntil: "2026-02-11",
    });
  });
});

describe("weekStart", () => {
  it("is the Monday of the week", () => {
    expect(weekStart("2026-11-26")).toBe("2026-11-23");
    expect(weekStart("2026-11-23")).toBe("2026-11-23");
    expect(weekStart("2026-11-29")).toBe("2026-11-23");
  });
});
