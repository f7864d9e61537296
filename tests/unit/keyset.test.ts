import { describe, expect, it } from "vitest";
import { decodeNewestFirstCursor, encodeNewestFirstCursor, newestFirstPage, olderThan } from "@/lib/keyset";

const ID = "0b7f6f7e-52a4-4b8c-9a43-1f1d8f0c2a11";
const AT = "2026-11-20T09:30:00.000Z";

describe("keyset pages, newest first", () => {
  it("round-trips a cursor and ignores anything malformed, so a tampered address shows the first page", () => {
    const cursor = encodeNewestFirstCursor({ at: AT, id: ID });
    expect(decodeNewestFirstCursor(cursor)).toEqual({ at: AT, id: ID });
    for (const bad of [undefined, "", "not-base64!", Buffer.from("{}").toString("base64url"), "x".repeat(201)]) {
      expect(decodeNewestFirstCursor(bad)).toBeNull();
    }
    expect(olderThan("garbage", "id")).toEqual({});
  });

  it("reads the rows after the cursor's row: older, or as old with a smaller id in the named field", () => {
    const where = olderThan(encodeNewestFirstCursor({ at: AT, id: ID }), "questionId");
    expect(where).toEqual({
      OR: [{ createdAt: { lt: new Date(AT) } }, { createdAt: new Date(AT), questionId: { lt: ID } }],
    });
  });

  it("gives a next cursor only when more rows were read than the page holds, keyed by the page's last row", () => {
    const rows = [3, 2, 1].map((n) => ({ n, at: new Date(Date.UTC(2026, 10, n)), id: ID }));
    const key = (row: (typeof rows)[number]) => ({ at: row.at, id: row.id });
    const full = newestFirstPage(rows, 2, key);
    expect(full.items.map((r) => r.n)).toEqual([3, 2]);
    expect(decodeNewestFirstCursor(full.next!)).toEqual({ at: rows[1]!.at.toISOString(), id: ID });
    expect(newestFirstPage(rows, 3, key)).toEqual({ items: rows, next: null });
  });
});
