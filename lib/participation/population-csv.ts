// The census population file: the one shipped in the repository (prisma/data/census-2021-population.csv) and the
// replacement an admin uploads are read by this one parser, so they have the same shape:
//
//   group,code,usual_residents        (the header, exactly)
//   district,basildon,187558          (a district, by the slug the portal gives it)
//   age_band,under_16,…               (an age band, by the portal's AgeBand value)
//
// Lines starting with # are notes (the source). Each district and each age band appears at most once; a
// district with no row shows no rate. Every problem names its row (the line number in the file, as a
// spreadsheet counts it), so the admin can fix the file.
import { parse } from "csv-parse/sync";
import { z } from "zod";
import type { AgeBand } from "@/lib/generated/prisma/enums";

export const POPULATION_CSV_HEADER = ["group", "code", "usual_residents"] as const;
export const AGE_BAND_CODES = [
  "under_16",
  "age_16_17",
  "age_18_24",
  "age_25_44",
  "age_45_64",
  "age_65_plus",
] as const satisfies readonly AgeBand[];
/** Larger than any file of 14 districts and 6 bands with notes could need. */
export const MAX_POPULATION_CSV_BYTES = 64 * 1024;
/** Shown with a file's problems: more than this and the rest are summed up in a count. */
const LISTED_PROBLEMS = 5;

export type PopulationRow =
  | { group: "district"; code: string; usualResidents: number }
  | { group: "age_band"; code: AgeBand; usualResidents: number };

export type PopulationParse = { ok: true; rows: PopulationRow[] } | { ok: false; problems: string[] };

const residents = z
  .string()
  .trim()
  .regex(/^\d[\d,]*$/, "usual_residents must be a whole number, like 181523")
  .transform((value) => Number(value.replaceAll(",", "")))
  .refine((value) => Number.isSafeInteger(value) && value > 0 && value <= 100_000_000, {
    message: "usual_residents must be a whole number above 0",
  });

function rowSchema(districtSlugs: ReadonlySet<string>) {
  return z.discriminatedUnion(
    "group",
    [
      z.object({
        group: z.literal("district"),
        code: z
          .string()
          .trim()
          .refine((slug) => districtSlugs.has(slug), {
            error: (issue) =>
              `code “${String(issue.input)}” is not one of the portal's districts: ${[...districtSlugs].join(", ")}`,
          }),
        usual_residents: residents,
      }),
      z.object({
        group: z.literal("age_band"),
        code: z.enum(AGE_BAND_CODES, {
          error: (issue) => `code “${String(issue.input)}” is not one of the age bands: ${AGE_BAND_CODES.join(", ")}`,
        }),
        usual_residents: residents,
      }),
    ],
    { error: () => "group must be district or age_band" },
  );
}

/**
 * Reads a population file. `districtSlugs`: the districts that may have a figure (the portal's districts
 * and unitary authorities, not "Essex-wide").
 */
export function parsePopulationCsv(text: string, districtSlugs: ReadonlySet<string>): PopulationParse {
  if (new TextEncoder().encode(text).length > MAX_POPULATION_CSV_BYTES) {
    return { ok: false, problems: ["The file must be smaller than 64 KB"] };
  }
  let records: { line: number; cells: string[] }[];
  try {
    const raw = parse(text.replace(/^\uFEFF/, ""), {
      comment: "#",
      skip_empty_lines: true,
      relax_column_count: true,
      info: true,
      trim: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
    records = raw.map(({ record, info }) => ({ line: info.lines, cells: record }));
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    return { ok: false, problems: [`The file is not a CSV file we can read${line ? ` (row ${line})` : ""}`] };
  }
  const [header, ...body] = records;
  if (!header) return { ok: false, problems: ["The file is empty: it needs the header group,code,usual_residents"] };
  if (header.cells.join(",").toLowerCase() !== POPULATION_CSV_HEADER.join(",")) {
    return {
      ok: false,
      problems: [`Row ${header.line}: the first row must be the header group,code,usual_residents`],
    };
  }
  if (body.length === 0) return { ok: false, problems: ["The file has a header but no figures"] };

  const schema = rowSchema(districtSlugs);
  const problems: string[] = [];
  const rows: PopulationRow[] = [];
  const seen = new Map<string, number>();
  for (const { line, cells } of body) {
    if (cells.length !== 3) {
      problems.push(`Row ${line}: must have 3 values (group, code, usual_residents), not ${cells.length}`);
      continue;
    }
    const [group, code, usualResidents] = cells as [string, string, string];
    const parsed = schema.safeParse({ group, code, usual_residents: usualResidents });
    if (!parsed.success) {
      problems.push(`Row ${line}: ${parsed.error.issues[0]!.message}`);
      continue;
    }
    const key = `${parsed.data.group}:${parsed.data.code}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      problems.push(`Row ${line}: ${parsed.data.code} is already given on row ${earlier}`);
      continue;
    }
    seen.set(key, line);
    rows.push({
      group: parsed.data.group,
      code: parsed.data.code,
      usualResidents: parsed.data.usual_residents,
    } as PopulationRow);
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, rows };
}

/** A file's problems as one message for the field: the first few, then how many more. */
export function populationProblemsMessage(problems: readonly string[]): string {
  const listed = problems.slice(0, LISTED_PROBLEMS).join(". ");
  const more = problems.length - LISTED_PROBLEMS;
  return more > 0 ? `${listed}. And ${more} more ${more === 1 ? "problem" : "problems"}` : listed;
}
