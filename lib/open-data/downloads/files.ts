// A resource's records as the two files people download. Pure, so the same records always give the same bytes.
import { createHash } from "node:crypto";
import { csvText } from "@/lib/csv";
import { ATTRIBUTION, OPEN_DATA_LICENCE } from "../licence";
import type { FieldValue, OpenDataFormat, OpenDataRecord, ResourceDefinition } from "./resource";

/** A spreadsheet opening the file reads it as UTF-8 (names with accents, "£") only when it starts with this mark. */
const BYTE_ORDER_MARK = "\uFEFF";

export interface RenderedFile {
  format: OpenDataFormat;
  body: string;
  records: number;
  bytes: number;
  sha256: string;
}

function csvCell(value: FieldValue): string | number {
  if (value === null) return "";
  if (Array.isArray(value)) return value.join("; ");
  if (typeof value === "boolean") return value ? "true" : "false";
  return value as string | number;
}

/** RFC 4180 CSV with a header row of the field names; cells that a spreadsheet would run as formulas are escaped. */
export function renderCsv(definition: ResourceDefinition, records: readonly OpenDataRecord[]): string {
  const names = definition.fields.map((f) => f.name);
  return BYTE_ORDER_MARK + csvText([names, ...records.map((record) => names.map((name) => csvCell(record[name]!)))]);
}

/** JSON: the records under `items`, with what they are, when they were made and the licence they come under. */
export function renderJson(
  definition: ResourceDefinition,
  records: readonly OpenDataRecord[],
  context: { generatedAt: Date; site: string },
): string {
  const names = definition.fields.map((f) => f.name);
  return JSON.stringify({
    resource: definition.resource,
    title: definition.title,
    description: definition.description,
    generated_at: context.generatedAt.toISOString(),
    source: context.site,
    licence: OPEN_DATA_LICENCE,
    attribution: ATTRIBUTION,
    fields: definition.fields,
    count: records.length,
    // In the fields' order, whatever order the read built each record in.
    items: records.map((record) => Object.fromEntries(names.map((name) => [name, record[name] ?? null]))),
  });
}

export function describeFile(format: OpenDataFormat, body: string, records: number): RenderedFile {
  return {
    format,
    body,
    records,
    bytes: Buffer.byteLength(body, "utf8"),
    sha256: createHash("sha256").update(body, "utf8").digest("hex"),
  };
}
