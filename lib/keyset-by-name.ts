// Keyset pages of short lists in alphabetical order by a unique name (organisations, themes for administrators),
// read over the name's unique index: one query per page, never an OFFSET. The cursor is the last name, opaque.

/** The cursor for the page after this name. */
export function encodeNameCursor(name: string): string {
  return Buffer.from(name, "utf8").toString("base64url");
}

/** The name a cursor holds, or null (the first page) when it is missing or not one of ours. */
export function decodeNameCursor(raw: string | undefined): string | null {
  if (!raw || raw.length > 400) return null;
  const name = Buffer.from(raw, "base64url").toString("utf8");
  return name.length > 0 && encodeNameCursor(name) === raw ? name : null;
}

/** A page from `size + 1` rows read: the first `size`, and a cursor after the last when there were more. */
export function alphabeticalPage<T extends { name: string }>(
  rows: T[],
  size: number,
): { items: T[]; next: string | null } {
  const items = rows.slice(0, size);
  const last = items[items.length - 1];
  return { items, next: rows.length > size && last ? encodeNameCursor(last.name) : null };
}
