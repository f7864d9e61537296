// A snapshot of the priorities dashboard is stored as JSON: what comes back must be exactly what was worked out,
// Dates as Dates, and a figure JSON cannot hold refused rather than stored as null.
import { describe, expect, it } from "vitest";
import type { PrioritiesDashboard } from "@/lib/priorities/dashboard";
import { dashboardFromJson, dashboardToJson } from "@/lib/priorities/snapshots";

function dashboard(): PrioritiesDashboard {
  return {
    period: { kind: "90d", from: "2026-08-29", to: "2026-11-26" },
    participation: {
      period: { kind: "90d", from: "2026-08-29", to: "2026-11-26" },
      participants: 140,
      district: {
        groups: [
          {
            key: "basildon",
            label: "Basildon",
            participants: 40,
            suppressed: null,
            residents: 187_600,
            per10000: (40 / 187_600) * 10_000,
            representation: {
              participantShare: 40 / 130,
              populationShare: 187_600 / 1_503_500,
              ratio: 40 / 130 / (187_600 / 1_503_500),
              interval: { low: 1.9, high: 3.1 },
            },
          },
          {
            key: "castle-point",
            label: "Castle Point",
            participants: null,
            suppressed: "small",
            residents: 89_600,
            per10000: null,
            representation: null,
          },
        ],
        totalParticipants: 140,
        comparedParticipants: 130,
        similarity: 0.71,
      },
      ageBand: { groups: [], totalParticipants: null, comparedParticipants: 0, similarity: null },
      hasPopulation: true,
    },
    topBySupport: [{ id: "a", title: 'Bins "on" Tuesdays', status: "open", supports: 12 }],
    topByTrending: [{ id: "a", title: "Bins", status: "open", trending: 0.1 + 0.2 }],
    themes: [{ id: 1, name: "Waste", supports: 12, unansweredSupports: 7, trending: 1 / 3 }],
    broadSupport: [
      {
        id: "a",
        title: "Bins",
        status: "open",
        supports: 12,
        effectiveDistricts: 12 ** 2 / 50,
        effectiveAgeBands: Math.PI,
        score: 7.2000000000000002,
      },
    ],
    breakdowns: {
      district: {
        cells: [
          { key: "1", label: "Basildon", people: 12, suppressed: null },
          { key: "not-given", label: "Not given", people: null, suppressed: "small" },
        ],
        total: null,
      },
      ageBand: { cells: [], total: 0 },
      participantType: { cells: [], total: 0 },
    },
    weekly: [{ weekStart: "2026-08-29", newQuestions: 3, supports: 40, answers: 0 }],
    organisations: [
      { id: 4, name: "Essex County Council", takenOn: 3, answered: 1, medianDaysToFirstResponse: null, overdueNow: 2 },
    ],
  };
}

describe("a priorities snapshot's JSON", () => {
  it("gives back exactly the dashboard, floats and nulls included", () => {
    const original = dashboard();
    expect(dashboardFromJson(dashboardToJson(original))).toStrictEqual(original);
  });

  it("revives Dates as Dates at the same millisecond, wherever they are", () => {
    const original = dashboard();
    const at = new Date("2026-11-26T15:05:07.123Z");
    const withDates = { ...original, weekly: [{ ...original.weekly[0]!, at }], extra: { nested: [at] } };
    const revived = dashboardFromJson(dashboardToJson(withDates)) as unknown as typeof withDates;
    expect(revived.weekly[0]!.at).toBeInstanceOf(Date);
    expect(revived.weekly[0]!.at.getTime()).toBe(at.getTime());
    expect(revived.extra.nested[0]).toStrictEqual(at);
    expect(revived).toStrictEqual(withDates);
  });

  it("refuses a figure JSON cannot hold instead of storing it as null", () => {
    const broken = dashboard();
    broken.broadSupport[0]!.score = Number.NaN;
    expect(() => dashboardToJson(broken)).toThrow(/score/);
    broken.broadSupport[0]!.score = Number.POSITIVE_INFINITY;
    expect(() => dashboardToJson(broken)).toThrow(/score/);
  });
});
