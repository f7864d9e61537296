// The short "before → after" shown for an audit entry: only the fields that changed (or were recorded on one side
// only), each value cut to a line, a handful at most. The stored JSON stays whole in the CSV download.

export interface ChangedField {
  field: string;
  before: string | null;
  after: string | null;
}

const MAX_FIELDS = 6;
const MAX_VALUE = 80;

function asRecord(value: unknown): Record<string, unknown> {
  if (value === null || value === undefined) return {};
  if (typeof value === "object" && !Array.isArray(value)) return value as Record<string, unknown>;
  return { value };
}

function shortValue(value: unknown): string | null {
  if (value === undefined) return null;
  if (value === null) return "none";
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE - 1)}…` : text;
}

/** "openFlagCount" → "open flag count"; "duplicate_of_id" → "duplicate of id". */
function fieldLabel(key: string): string {
  return key
    .replace(/_/g, " ")
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .toLowerCase();
}

/** The fields that differ between before and after, and how many more there were beyond those shown. */
export function changedFields(before: unknown, after: unknown): { fields: ChangedField[]; more: number } {
  const was = asRecord(before);
  const now = asRecord(after);
  const keys = [...new Set([...Object.keys(was), ...Object.keys(now)])];
  const changed = keys.filter((key) => JSON.stringify(was[key]) !== JSON.stringify(now[key]));
  return {
    fields: changed.slice(0, MAX_FIELDS).map((key) => ({
      field: fieldLabel(key),
      before: shortValue(was[key]),
      after: shortValue(now[key]),
    })),
    more: Math.max(0, changed.length - MAX_FIELDS),
  };
}
