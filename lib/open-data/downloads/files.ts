// A resource's records as the two files people download, made a slice of records at a time so that a file of tens
// of megabytes is never one string. Pure, so the same records always give the same bytes.
import { csvText } from "@/lib/csv";
import { ATTRIBUTION, OPEN_DATA_LICENCE } from "../licence";
import type { FieldValue, OpenDataRecord, ResourceDefinition } from "./resource";

/** A spreadsheet opening the file reads it as UTF-8 (names with accents, "£") only when it starts with this mark. */
const BYTE_ORDER_MARK = "\uFEFF";

/** Records rendered together: a slice's text is a few hundred kilobytes at most. */
const RECORDS_PER_SLICE = 500;

function* slices<T>(items: readonly T[]): Generator<readonly T[]> {
  for (let start = 0; start < items.length; start += RECORDS_PER_SLICE)
    yield items.slice(start, start + RECORDS_PER_SLICE);
}

function csvCell(value: FieldValue): string | number {
  if (value === null) return "";
  if (Array.isArray(value)) return value.join("; ");
  if (typeof value === "boolean") return value ? "true" : "false";
  return value as string | number;
}

/**
 * RFC 4180 CSV with a header row of the field names; cells that a spreadsheet would run as formulas are escaped.
 * In order, the pieces are the file.
 */
export function* csvPieces(definition: ResourceDefinition, records: readonly OpenDataRecord[]): Generator<string> {
  const names = definition.fields.map((f) => f.name);
  yield BYTE_ORDER_MARK + csvText([names]);
  for (const slice of slices(records))
    yield csvText(slice.map((record) => names.map((name) => csvCell(record[name]!))));
}

/**
 * JSON: the records under `items`, with what they are, when they were made and the licence they come under. In
 * order, the pieces are exactly JSON.stringify of the whole document.
 */
export function* jsonPieces(
  definition: ResourceDefinition,
  records: readonly OpenDataRecord[],
  context: { generatedAt: Date; site: string },
): Generator<string> {
  const names = definition.fields.map((f) => f.name);
  const head = JSON.stringify({
    resource: definition.resource,
    title: definition.title,
    description: definition.description,
    generated_at: context.generatedAt.toISOString(),
    source: context.site,
    licence: OPEN_DATA_LICENCE,
    attribution: ATTRIBUTION,
    fields: definition.fields,
    count: records.length,
    items: [],
  });
  const ITEMS_END = "]}";
  yield head.slice(0, -ITEMS_END.length);
  let first = true;
  for (const slice of slices(records)) {
    // In the fields' order, whatever order the read built each record in.
    const items = slice.map((record) => JSON.stringify(Object.fromEntries(names.map((n) => [n, record[n] ?? null]))));
    yield (first ? "" : ",") + items.join(",");
    first = false;
  }
  yield ITEMS_END;
}
