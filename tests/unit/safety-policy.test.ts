// The pure rules of suspensions, cool-downs and safeguarding concerns.
import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { ACTIONS, ALLOWED_WHILE_SUSPENDED, can, requirePermission } from "@/lib/auth/permissions";
import { suspensionInForce } from "@/lib/auth/suspension";
import { suspendedRefusal } from "@/lib/accounts/copy";
import { Forbidden } from "@/lib/errors";
import {
  MODERATORS_BY_ADMINS,
  NOT_AN_ADMIN,
  NOT_YOURSELF,
  ONLY_MODERATORS,
  PERSON_NOT_FOUND,
  accountActionAccess,
} from "@/lib/suspensions/policy";
import { coolDownSchema, dateFromParts, startOfUkDay, suspendSchema } from "@/lib/suspensions/schemas";
import { CONCERN_NOT_FOUND, POST_NOT_FOUND, concernReviewAccess, markConcernAccess } from "@/lib/safeguarding/policy";

function actor(id: string, platformRole: Actor["platformRole"], overrides: Partial<Actor> = {}): Actor {
  return {
    id,
    displayName: "Someone",
    email: `${id}@example.com`,
    platformRole,
    verified: true,
    ageBand: "age_25_44",
    memberships: [],
    unreadNotifications: 0,
    sessionId: "00000000-0000-4000-8000-000000000000",
    authenticatedAt: new Date(),
    suspension: null,
    ...overrides,
  };
}

const moderator = actor("m", "moderator");
const admin = actor("a", "admin");
const citizen = actor("c", "citizen");
const partner = actor("p", "citizen", { memberships: [{ organisationId: 1, role: "member" }] });
const target = (id: string, platformRole: Actor["platformRole"], deleted = false) => ({ id, platformRole, deleted });

describe("who may suspend whom", () => {
  it("lets moderators act on citizens and partner members", () => {
    expect(accountActionAccess(moderator, target("c", "citizen")).allowed).toBe(true);
    expect(accountActionAccess(admin, target("c", "citizen")).allowed).toBe(true);
  });

  it("refuses acting on yourself, on an admin, and a moderator on a moderator; lets an admin act on a moderator", () => {
    expect(accountActionAccess(moderator, target("m", "moderator"))).toMatchObject({ reason: NOT_YOURSELF });
    expect(accountActionAccess(admin, target("a", "admin"))).toMatchObject({ reason: NOT_YOURSELF });
    expect(accountActionAccess(moderator, target("a2", "admin"))).toMatchObject({ reason: NOT_AN_ADMIN });
    expect(accountActionAccess(admin, target("a2", "admin"))).toMatchObject({ reason: NOT_AN_ADMIN });
    expect(accountActionAccess(moderator, target("m2", "moderator"))).toMatchObject({ reason: MODERATORS_BY_ADMINS });
    expect(accountActionAccess(admin, target("m2", "moderator")).allowed).toBe(true);
  });

  it("refuses citizens, partners and visitors, and does not find a deleted or unknown person", () => {
    for (const who of [citizen, partner, null]) {
      expect(accountActionAccess(who, target("x", "citizen"))).toMatchObject({ reason: ONLY_MODERATORS });
    }
    expect(accountActionAccess(moderator, target("x", "citizen", true))).toMatchObject({
      reason: PERSON_NOT_FOUND,
      kind: "not_found",
    });
    expect(accountActionAccess(moderator, null)).toMatchObject({ kind: "not_found" });
  });
});

describe("a suspension in force", () => {
  const now = new Date("2026-11-26T12:00:00Z");
  it("is in force while suspended and before its end, if any", () => {
    const base = { status: "suspended", suspendedReason: "Spam." };
    expect(suspensionInForce({ ...base, suspendedUntil: null }, now)).toEqual({ reason: "Spam.", until: null });
    const later = new Date("2026-11-27T00:00:00Z");
    expect(suspensionInForce({ ...base, suspendedUntil: later }, now)).toEqual({ reason: "Spam.", until: later });
    expect(suspensionInForce({ ...base, suspendedUntil: now }, now)).toBeNull();
    expect(suspensionInForce({ status: "active", suspendedReason: null, suspendedUntil: null }, now)).toBeNull();
  });

  it("refuses every action but the four, whatever the role, saying why, until when and whom to contact", () => {
    const suspension = { reason: "Spam.", until: new Date("2026-12-03T00:00:00Z") };
    for (const role of ["citizen", "moderator", "admin"] as const) {
      const suspended = actor("s", role, { suspension });
      for (const action of ACTIONS) expect(can(suspended, action)).toBe(ALLOWED_WHILE_SUSPENDED.includes(action));
    }
    const suspended = actor("s", "admin", { suspension });
    expect(() => requirePermission(suspended, "question.ask")).toThrow(Forbidden);
    expect(() => requirePermission(suspended, "question.ask")).toThrow(suspendedRefusal(suspension));
    expect(suspendedRefusal(suspension)).toMatch(
      /until the start of 3 December 2026\. The reason a moderator gave: Spam\./,
    );
    expect(suspendedRefusal(suspension)).toMatch(/download your data.*contact the CSES team/);
  });
});

describe("safeguarding concerns", () => {
  it("are marked by moderators and admins, never on their own post", () => {
    expect(markConcernAccess(moderator, { authorId: "c" }).allowed).toBe(true);
    expect(markConcernAccess(admin, { authorId: "c" }).allowed).toBe(true);
    expect(markConcernAccess(moderator, { authorId: "m" }).allowed).toBe(false);
    expect(markConcernAccess(citizen, { authorId: "x" }).allowed).toBe(false);
    expect(markConcernAccess(partner, { authorId: "x" }).allowed).toBe(false);
    expect(markConcernAccess(moderator, null)).toMatchObject({ reason: POST_NOT_FOUND, kind: "not_found" });
  });

  it("are read only by admins (not a suspended one); anyone else is told there is nothing", () => {
    expect(concernReviewAccess(admin).allowed).toBe(true);
    for (const who of [
      moderator,
      citizen,
      partner,
      null,
      actor("a", "admin", { suspension: { reason: "x", until: null } }),
    ]) {
      expect(concernReviewAccess(who)).toMatchObject({ reason: CONCERN_NOT_FOUND, kind: "not_found" });
    }
  });
});

describe("dates on the suspension forms", () => {
  it("reads a GOV.UK date input as the start of that day in UK time", () => {
    expect(startOfUkDay(2027, 1, 15).toISOString()).toBe("2027-01-15T00:00:00.000Z");
    expect(startOfUkDay(2027, 7, 15).toISOString()).toBe("2027-07-14T23:00:00.000Z");
    expect(dateFromParts({ day: "31", month: "2", year: "2027" }, "The date")).toEqual({
      error: "The date must be a real date, for example 27 3 2027",
    });
    expect(dateFromParts({ day: "3", month: "", year: "2027" }, "The date")).toEqual({
      error: "The date must include a day, month and year",
    });
  });

  it("suspends until lifted when the date is empty, and refuses a date in the past", () => {
    const id = "5d1c3b9e-2f4a-4c6b-8e7d-9a0b1c2d3e4f";
    expect(suspendSchema.parse({ userId: id, reason: "Spam." })).toEqual({ userId: id, reason: "Spam.", until: null });
    const past = suspendSchema.safeParse({
      userId: id,
      reason: "Spam.",
      untilDay: "1",
      untilMonth: "1",
      untilYear: "2020",
    });
    expect(past.success).toBe(false);
    expect(past.error?.issues[0]).toMatchObject({ path: ["until"], message: "The date must be in the future" });
    const blank = suspendSchema.safeParse({ userId: id, reason: " " });
    expect(blank.error?.issues[0]).toMatchObject({ path: ["reason"], message: "Enter the reason for the suspension" });
  });

  it("holds posts for 7 or 30 days, or until a date", () => {
    const id = "5d1c3b9e-2f4a-4c6b-8e7d-9a0b1c2d3e4f";
    const week = coolDownSchema.parse({ userId: id, period: "week" });
    expect(Math.round((week.until.getTime() - Date.now()) / 86_400_000)).toBe(7);
    const month = coolDownSchema.parse({ userId: id, period: "month" });
    expect(Math.round((month.until.getTime() - Date.now()) / 86_400_000)).toBe(30);
    expect(coolDownSchema.safeParse({ userId: id, period: "date" }).error?.issues[0]?.path).toEqual(["held"]);
    expect(coolDownSchema.safeParse({ userId: id }).error?.issues[0]?.message).toBe(
      "Choose how long to hold their posts",
    );
  });
});
