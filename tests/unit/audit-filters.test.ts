// The audit log's filters as they arrive in the address: valid ones become the query's conditions (dates as whole
// UK days), invalid ones a message per field, never an exception.
import { describe, expect, it } from "vitest";
import { changedFields } from "@/lib/audit/summary";
import { AUTOMATIC_ACTOR, auditFilterQuery, parseAuditFilters } from "@/lib/audit/schemas";
import { decodeSerialCursor, encodeSerialCursor } from "@/lib/keyset";

const person = "3f2b8c1e-5d4a-4b6c-9e8f-0a1b2c3d4e5f";

describe("parsing the audit log's filters", () => {
  it("keeps the valid filters, with the days as UK days (GMT in winter, BST in summer)", () => {
    const winter = parseAuditFilters({ actor: person, action: "question.claim", from: "2026-01-10", to: "2026-01-10" });
    expect(winter).toMatchObject({
      ok: true,
      filters: {
        actorId: person,
        action: "question.claim",
        since: new Date("2026-01-10T00:00:00Z"),
        until: new Date("2026-01-11T00:00:00Z"),
      },
    });
    const summer = parseAuditFilters({ from: "2026-07-01", to: "2026-07-31" });
    expect(summer).toMatchObject({
      ok: true,
      filters: { since: new Date("2026-06-30T23:00:00Z"), until: new Date("2026-07-31T23:00:00Z") },
    });
    // The clocks go forward on 29 March 2026: that day starts in GMT, the next in BST.
    expect(parseAuditFilters({ to: "2026-03-29" })).toMatchObject({
      ok: true,
      filters: { until: new Date("2026-03-29T23:00:00Z") },
    });
  });

  it("reads 'automatic' as the entries with no person, and ignores empty fields", () => {
    expect(parseAuditFilters({ actor: AUTOMATIC_ACTOR, action: "", targetId: "  " })).toEqual({
      ok: true,
      values: { actor: AUTOMATIC_ACTOR, targetId: "  " },
      filters: { actorId: null },
    });
    expect(parseAuditFilters({})).toEqual({ ok: true, values: {}, filters: {} });
  });

  it("answers each invalid value with a message for its field", () => {
    const parsed = parseAuditFilters({
      actor: "someone@example.com",
      action: "question.explode",
      targetType: "planet",
      from: "2026-02-30",
      to: "26/11/2026",
    });
    expect(parsed).toEqual({
      ok: false,
      values: {
        actor: "someone@example.com",
        action: "question.explode",
        targetType: "planet",
        from: "2026-02-30",
        to: "26/11/2026",
      },
      errors: {
        actor: "Select a person from the list",
        action: "Select an action from the list",
        targetType: "Select a target type from the list",
        from: "Date from must be a real date in the format yyyy-mm-dd, like 2026-11-26",
        to: "Date to must be a real date in the format yyyy-mm-dd, like 2026-11-26",
      },
    });
  });

  it("refuses a range that ends before it starts, and an id without its type", () => {
    expect(parseAuditFilters({ from: "2026-11-26", to: "2026-11-25", targetId: "42" })).toMatchObject({
      ok: false,
      errors: {
        to: "Date to must be the same as or after date from",
        targetType: "Select the type of target the id is for",
      },
    });
    expect(parseAuditFilters({ targetId: "x".repeat(65), targetType: "question" })).toMatchObject({
      ok: false,
      errors: { targetId: "Target id must be 64 characters or fewer" },
    });
  });

  it("takes the first of a repeated parameter, and writes the filters back as a query without empty ones", () => {
    expect(parseAuditFilters({ action: ["question.claim", "question.release"] })).toMatchObject({
      ok: true,
      filters: { action: "question.claim" },
    });
    expect(auditFilterQuery({ actor: person, from: "2026-11-01" }, "abc")).toBe(
      `?actor=${person}&from=2026-11-01&after=abc`,
    );
    expect(auditFilterQuery({})).toBe("");
  });
});

describe("a log's cursor (the audit log, security events)", () => {
  it("round-trips a time and a bigint id, and reads anything else as no cursor", () => {
    const cursor = { at: new Date("2026-11-26T10:00:00.123Z"), id: 9007199254740993n };
    expect(decodeSerialCursor(encodeSerialCursor(cursor))).toEqual(cursor);
    expect(decodeSerialCursor("not-a-cursor")).toBeNull();
    expect(
      decodeSerialCursor(Buffer.from('{"at":"2026-11-26T10:00:00Z","id":"1; DROP"}').toString("base64url")),
    ).toBeNull();
    expect(decodeSerialCursor(undefined)).toBeNull();
  });
});

describe("the before → after summary", () => {
  it("shows only what changed, each value cut short, with a count of what is left out", () => {
    expect(changedFields({ status: "open", note: null }, { status: "declined", note: "x".repeat(200) })).toEqual({
      fields: [
        { field: "status", before: "open", after: "declined" },
        { field: "note", before: "none", after: `${"x".repeat(79)}…` },
      ],
      more: 0,
    });
    expect(changedFields(null, { openFlagCount: 3, moderation: "hidden" }).fields).toEqual([
      { field: "open flag count", before: null, after: "3" },
      { field: "moderation", before: null, after: "hidden" },
    ]);
    const wide = Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`field${i}`, i]));
    expect(changedFields({}, wide)).toMatchObject({ more: 3 });
    expect(changedFields({ same: 1 }, { same: 1 })).toEqual({ fields: [], more: 0 });
  });
});
