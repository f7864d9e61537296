// A resource's records as the two files people download, made a batch of records at a time so that a file of tens
// of megabytes is never one string. Pure, so the same records always give the same bytes.
import { csvText } from "@/lib/csv";
import { ATTRIBUTION, OPEN_DATA_LICENCE } from "../licence";
import type { FieldValue, OpenDataRecord, ResourceDefinition } from "./resource";

/** A spreadsheet opening the file reads it as UTF-8 (names with accents, "£") only when it starts with this mark. */
const BYTE_ORDER_MARK = "\uFEFF";

function csvCell(value: FieldValue): string | number {
  if (value === null) return "";
  if (Array.isArray(value)) return value.join("; ");
  if (typeof value === "boolean") return value ? "true" : "false";
  return value as string | number;
}

/** The CSV's start: the byte order mark and a header row of the field names. */
export function csvHead(definition: ResourceDefinition): string {
  return BYTE_ORDER_MARK + csvText([definition.fields.map((f) => f.name)]);
}

/** A batch of records as RFC 4180 CSV rows; cells that a spreadsheet would run as formulas are escaped. */
export function csvRows(definition: ResourceDefinition, records: readonly OpenDataRecord[]): string {
  const names = definition.fields.map((f) => f.name);
  return csvText(records.map((record) => names.map((name) => csvCell(record[name]!))));
}

/** The JSON's end, after the last item. */
export const JSON_END = "]}";

/**
 * The JSON's start, up to the opening of `items`: what the records are, how many, when they were made and the
 * licence they come under. jsonHead, then jsonItems of each batch, then JSON_END are exactly JSON.stringify of the
 * whole document.
 */
export function jsonHead(
  definition: ResourceDefinition,
  count: number,
  context: { generatedAt: Date; site: string },
): string {
  const head = JSON.stringify({
    resource: definition.resource,
    title: definition.title,
    description: definition.description,
    generated_at: context.generatedAt.toISOString(),
    source: context.site,
    licence: OPEN_DATA_LICENCE,
    attribution: ATTRIBUTION,
    fields: definition.fields,
    count,
    items: [],
  });
  return head.slice(0, -JSON_END.length);
}

/** A batch of records as items of the JSON, in the fields' order; `first` when no item has come before. */
export function jsonItems(definition: ResourceDefinition, records: readonly OpenDataRecord[], first: boolean): string {
  if (records.length === 0) return "";
  const names = definition.fields.map((f) => f.name);
  // In the fields' order, whatever order the read built each record in.
  const items = records.map((record) => JSON.stringify(Object.fromEntries(names.map((n) => [n, record[n] ?? null]))));
  return (first ? "" : ",") + items.join(",");
}
