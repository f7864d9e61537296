import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parsePopulationCsv, populationProblemsMessage } from "@/lib/participation/population-csv";

const DISTRICTS = new Set([
  "basildon",
  "braintree",
  "brentwood",
  "castle-point",
  "chelmsford",
  "colchester",
  "epping-forest",
  "harlow",
  "maldon",
  "rochford",
  "tendring",
  "uttlesford",
  "southend-on-sea",
  "thurrock",
]);

const problemsOf = (text: string) => {
  const result = parsePopulationCsv(text, DISTRICTS);
  return result.ok ? [] : result.problems;
};

describe("parsePopulationCsv", () => {
  it("reads the shipped file: the 14 districts and the 6 age bands", () => {
    const text = readFileSync(path.join(process.cwd(), "prisma", "data", "census-2021-population.csv"), "utf8");
    const result = parsePopulationCsv(text, DISTRICTS);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(
      result.rows
        .filter((r) => r.group === "district")
        .map((r) => r.code)
        .sort(),
    ).toEqual([...DISTRICTS].sort());
    expect(result.rows.filter((r) => r.group === "age_band")).toHaveLength(6);
    expect(result.rows.find((r) => r.code === "chelmsford")!.usualResidents).toBe(181_500);
    // The age bands are the five-year bands regrouped, so they add up to the same people as the districts, within
    // the rounding of 20 figures each rounded to 100 (1,861,100 against 1,859,800).
    const total = (group: string) =>
      result.rows.filter((r) => r.group === group).reduce((sum, r) => sum + r.usualResidents, 0);
    expect(total("district")).toBe(1_859_800);
    expect(total("age_band")).toBe(1_861_100);
  });

  it("accepts notes, a byte-order mark, thousands separators in quotes and a partial set", () => {
    const result = parsePopulationCsv(
      '\uFEFF# a note\ngroup,code,usual_residents\ndistrict,harlow,"93,300"\nage_band,age_65_plus,12\n',
      DISTRICTS,
    );
    expect(result).toEqual({
      ok: true,
      rows: [
        { group: "district", code: "harlow", usualResidents: 93_300 },
        { group: "age_band", code: "age_65_plus", usualResidents: 12 },
      ],
    });
  });

  it("names the row of each problem, counting lines as a spreadsheet does", () => {
    const problems = problemsOf(
      [
        "# note",
        "group,code,usual_residents",
        "district,basildn,100",
        "district,harlow,-5",
        "age_band,age_12_13,100",
        "ward,harlow,100",
        "district,harlow,100",
        "district,harlow,200",
        "district,maldon",
      ].join("\n"),
    );
    expect(problems).toEqual([
      expect.stringMatching(/^Row 3: code “basildn” is not one of the portal's districts/),
      "Row 4: usual_residents must be a whole number, like 181523",
      expect.stringMatching(/^Row 5: code “age_12_13” is not one of the age bands/),
      "Row 6: group must be district or age_band",
      "Row 8: harlow is already given on row 7",
      "Row 9: must have 3 values (group, code, usual_residents), not 2",
    ]);
  });

  it("refuses a file without the header, an empty one, a zero and an unreadable one", () => {
    expect(problemsOf("district,harlow,100\n")).toEqual([
      "Row 1: the first row must be the header group,code,usual_residents",
    ]);
    expect(problemsOf("")).toEqual(["The file is empty: it needs the header group,code,usual_residents"]);
    expect(problemsOf("group,code,usual_residents\n")).toEqual(["The file has a header but no figures"]);
    expect(problemsOf("group,code,usual_residents\ndistrict,harlow,0\n")).toEqual([
      "Row 2: usual_residents must be a whole number above 0",
    ]);
    expect(problemsOf('group,code,usual_residents\ndistrict,"harlow,100\n')[0]).toMatch(/not a CSV file we can read/);
  });

  it("sums up a long list of problems", () => {
    const problems = Array.from({ length: 8 }, (_, i) => `Row ${i + 2}: bad`);
    expect(populationProblemsMessage(problems)).toBe(
      "Row 2: bad. Row 3: bad. Row 4: bad. Row 5: bad. Row 6: bad. And 3 more problems",
    );
  });
});
