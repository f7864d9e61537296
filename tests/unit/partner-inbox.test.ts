import { describe, expect, it } from "vitest";
import {
  decodeInboxCursor,
  encodeInboxCursor,
  hasInboxFilters,
  inboxHref,
  NO_INBOX_FILTERS,
  parseInboxParams,
} from "@/lib/triage/inbox-params";
import { describeDue, describeWaiting, ukDate, workingDaysAfter } from "@/lib/triage/inbox-wording";

// 2026-11-26 is a Thursday. Christmas 2026: Friday 25 and the substitute Monday 28 December are bank holidays.
const holidays = new Set(["2026-12-25", "2026-12-28", "2027-01-01"]);
const due = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("describeDue", () => {
  it("says a date still to come in working days", () => {
    expect(describeDue(due("2026-11-26"), "2026-11-26", holidays)).toEqual({ overdue: false, text: "Due today" });
    expect(describeDue(due("2026-11-27"), "2026-11-26", holidays)).toEqual({
      overdue: false,
      text: "Due in 1 working day",
    });
    // Friday and Monday: the weekend does not count.
    expect(describeDue(due("2026-11-30"), "2026-11-26", holidays).text).toBe("Due in 2 working days");
    // Christmas Eve to Tuesday 29th: Christmas Day, the weekend and the substitute day do not count.
    expect(describeDue(due("2026-12-29"), "2026-12-24", holidays).text).toBe("Due in 1 working day");
  });

  it("says how late an overdue answer is, in working days", () => {
    expect(describeDue(due("2026-11-23"), "2026-11-26", holidays)).toEqual({
      overdue: true,
      text: "Overdue by 3 working days",
    });
    expect(describeDue(due("2026-11-27"), "2026-11-30", holidays).text).toBe("Overdue by 1 working day");
    expect(describeDue(due("2026-12-24"), "2026-12-29", holidays).text).toBe("Overdue by 1 working day");
  });

  it("says since when, on a weekend straight after the due date", () => {
    expect(describeDue(due("2026-11-27"), "2026-11-28", holidays)).toEqual({
      overdue: true,
      text: "Overdue since 27 November 2026",
    });
  });

  it("counts working days after one date up to another", () => {
    expect(workingDaysAfter("2026-11-26", "2026-11-26", holidays)).toBe(0);
    expect(workingDaysAfter("2026-11-26", "2026-11-20", holidays)).toBe(0);
    // Friday 18 December to Monday 4 January: 21–24 and 29–31 December and 4 January.
    expect(workingDaysAfter("2026-12-18", "2027-01-04", holidays)).toBe(8);
  });
});

describe("describeWaiting", () => {
  const today = "2026-11-26";
  it("counts whole days since the question was published, in the UK", () => {
    expect(describeWaiting(new Date("2026-11-14T10:00:00Z"), today, true)).toBe("Waiting 12 days");
    expect(describeWaiting(new Date("2026-11-25T23:59:00Z"), today, true)).toBe("Waiting 1 day");
    expect(describeWaiting(new Date("2026-11-26T00:01:00Z"), today, true)).toBe("Waiting since today");
    // 23:30 UTC on 1 July is 00:30 on 2 July in British Summer Time.
    expect(describeWaiting(new Date("2026-07-01T23:30:00Z"), "2026-07-03", true)).toBe("Waiting 1 day");
  });

  it("speaks of publishing, not waiting, once the question has its answer or is closed", () => {
    expect(describeWaiting(new Date("2026-11-14T10:00:00Z"), today, false)).toBe("Published 12 days ago");
    expect(describeWaiting(new Date("2026-11-26T09:00:00Z"), today, false)).toBe("Published today");
  });

  it("knows the UK date of a moment", () => {
    expect(ukDate(new Date("2026-06-30T23:30:00Z"))).toBe("2026-07-01");
    expect(ukDate(new Date("2026-12-31T23:30:00Z"))).toBe("2026-12-31");
  });
});

describe("the inbox's address", () => {
  it("leaves defaults out and starts again at the first page when anything changes", () => {
    const params = parseInboxParams({ view: "overdue", theme: "transport-and-mobility", after: "abc" });
    expect(inboxHref(parseInboxParams({}))).toBe("/partner");
    expect(inboxHref(params)).toBe("/partner?view=overdue&theme=transport-and-mobility");
    expect(inboxHref(params, { view: "pool" })).toBe("/partner?theme=transport-and-mobility");
    expect(inboxHref(params, { after: "next" })).toBe("/partner?view=overdue&theme=transport-and-mobility&after=next");
    expect(
      inboxHref(
        parseInboxParams({ organisation: "anglia-ruskin-university", sort: "support", support: "10", age: "30" }),
      ),
    ).toBe("/partner?organisation=anglia-ruskin-university&age=30&support=10&sort=support");
  });

  it("knows when filters are in use", () => {
    expect(hasInboxFilters(parseInboxParams({ view: "mine", sort: "trending", organisation: "x" }))).toBe(false);
    expect(hasInboxFilters(parseInboxParams({ support: "3" }))).toBe(true);
    expect(hasInboxFilters(parseInboxParams({ q: "bus lane" }))).toBe(true);
    expect(hasInboxFilters(parseInboxParams({ q: "   " }))).toBe(false);
  });

  it("keeps the words searched for, trimmed, through pages, and drops them with the filters", () => {
    const params = parseInboxParams({ q: '  "bus lane" Colchester ', view: "organisation", status: "open" });
    expect(params.q).toBe('"bus lane" Colchester');
    const href = inboxHref(params);
    expect(href).toBe("/partner?view=organisation&q=%22bus+lane%22+Colchester&status=open");
    expect(parseInboxParams(Object.fromEntries(new URL(href, "http://x").searchParams)).q).toBe(params.q);
    expect(inboxHref(params, { after: "next" })).toContain("q=%22bus+lane%22+Colchester");
    expect(inboxHref(params, NO_INBOX_FILTERS)).toBe("/partner?view=organisation");
    // As the public search reads them: control characters dropped, too long is no search rather than a failure.
    expect(parseInboxParams({ q: "bus\u0000lane" }).q).toBe("buslane");
    expect(parseInboxParams({ q: "a".repeat(201) }).q).toBeUndefined();
  });

  it("reads back its own cursors, and only for their sort", () => {
    const id = "0b6f3c0e-7d52-4a4e-9d36-1f0f3f1d2c3b";
    const waiting = encodeInboxCursor({ sort: "waiting", value: "2026-11-26T10:00:00.000Z", id });
    expect(decodeInboxCursor(waiting, "waiting")).toEqual({ sort: "waiting", value: "2026-11-26T10:00:00.000Z", id });
    expect(decodeInboxCursor(waiting, "support")).toBeNull();
    const trending = encodeInboxCursor({ sort: "trending", value: 0.1 + 0.2, id });
    expect(decodeInboxCursor(trending, "trending")?.value).toBe(0.1 + 0.2);
    // Tampered: a value of the wrong kind, an id that is not one, not base64 JSON at all.
    const bad = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
    expect(decodeInboxCursor(bad({ sort: "support", value: "1; DROP TABLE", id }), "support")).toBeNull();
    expect(decodeInboxCursor(bad({ sort: "support", value: 3, id: "x" }), "support")).toBeNull();
    expect(decodeInboxCursor("%%%", "support")).toBeNull();
  });
});
