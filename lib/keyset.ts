// Keyset pages of lists shown newest first, ordered by (created_at DESC, <id> DESC) over an index in that order:
// one query per page, never an OFFSET. The cursor is the last row's time and id, opaque in the address.
import { z } from "zod";

const cursorSchema = z.object({ at: z.iso.datetime(), id: z.uuid() });
export type NewestFirstCursor = z.infer<typeof cursorSchema>;

export interface KeysetPage<T> {
  items: T[];
  /** Cursor for the next page, or null on the last page. */
  next: string | null;
}

function encodeCursor(fields: Record<string, string>): string {
  return Buffer.from(JSON.stringify(fields)).toString("base64url");
}

export function encodeNewestFirstCursor(cursor: NewestFirstCursor): string {
  return encodeCursor(cursor);
}

/** A cursor's fields when it is well formed for the schema; otherwise null, and the first page is shown. */
function decodeCursor<T>(raw: string | string[] | undefined, schema: z.ZodType<T>): T | null {
  const text = Array.isArray(raw) ? raw[0] : raw;
  if (!text || text.length > 200) return null;
  try {
    const parsed = schema.safeParse(JSON.parse(Buffer.from(text, "base64url").toString("utf8")));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The cursor if it is well formed; otherwise null, and the first page is shown. */
export function decodeNewestFirstCursor(raw: string | undefined): NewestFirstCursor | null {
  return decodeCursor(raw, cursorSchema);
}

// The same for logs keyed by a bigserial (the audit log, security events): the id travels as text.
const serialCursorSchema = z.object({ at: z.iso.datetime(), id: z.string().regex(/^\d{1,19}$/) });

/** The last row of a page of a log, newest first: its time and its bigserial id. */
export interface SerialCursor {
  at: Date;
  id: bigint;
}

export function encodeSerialCursor(cursor: SerialCursor): string {
  return encodeCursor({ at: cursor.at.toISOString(), id: cursor.id.toString() });
}

/** The cursor when well formed; otherwise null (the first page is shown). */
export function decodeSerialCursor(raw: string | string[] | undefined): SerialCursor | null {
  const cursor = decodeCursor(raw, serialCursorSchema);
  return cursor ? { at: new Date(cursor.at), id: BigInt(cursor.id) } : null;
}

/** The condition for the rows after the cursor's row (created_at, then the id field named, both descending). */
export function olderThan<K extends string>(
  raw: string | undefined,
  idField: K,
): { OR?: ({ createdAt: { lt: Date } } | ({ createdAt: Date } & { [P in K]: { lt: string } }))[] } {
  const cursor = decodeNewestFirstCursor(raw);
  if (!cursor) return {};
  const at = new Date(cursor.at);
  const sameTime = { createdAt: at, [idField]: { lt: cursor.id } } as { createdAt: Date } & {
    [P in K]: { lt: string };
  };
  return { OR: [{ createdAt: { lt: at } }, sameTime] };
}

/** A page from `size + 1` rows read: the first `size`, and a cursor after the last when there were more. */
export function newestFirstPage<T>(
  rows: T[],
  size: number,
  keyOf: (row: T) => { at: Date; id: string },
): KeysetPage<T> {
  const items = rows.slice(0, size);
  const last = items[items.length - 1];
  if (rows.length <= size || !last) return { items, next: null };
  const key = keyOf(last);
  return { items, next: encodeNewestFirstCursor({ at: key.at.toISOString(), id: key.id }) };
}
