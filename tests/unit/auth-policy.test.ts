import { describe, expect, it } from "vitest";
import {
  allow,
  assertAllowed,
  isAdmin,
  isAuthor,
  isModerator,
  LEADS_ONLY,
  membershipOf,
  moderationAccess,
  MODERATORS_ONLY,
  NOT_YOUR_ORGANISATION,
  NOT_YOUR_OWN_POST,
  organisationAccess,
  organisationLeadAccess,
  refuse,
  shareAnOrganisation,
  type PolicyActor,
} from "@/lib/auth/policy";
import { Conflict, Forbidden, NotFound } from "@/lib/errors";

const ORG_A = 1;
const ORG_B = 2;

function person(id: string, overrides: Partial<PolicyActor> = {}): PolicyActor {
  return { id, platformRole: "citizen", memberships: [], ...overrides };
}

const citizen = person("citizen");
const memberOfA = person("member-a", { memberships: [{ organisationId: ORG_A, role: "member" }] });
const leadOfA = person("lead-a", { memberships: [{ organisationId: ORG_A, role: "lead" }] });
const memberOfB = person("member-b", { memberships: [{ organisationId: ORG_B, role: "member" }] });
const moderator = person("moderator", { platformRole: "moderator" });
const admin = person("admin", { platformRole: "admin" });

describe("decisions", () => {
  it("allow() and refuse() build the two shapes, refusals forbidden unless said otherwise", () => {
    expect(allow()).toEqual({ allowed: true });
    expect(refuse("No.")).toEqual({ allowed: false, reason: "No.", kind: "forbidden" });
    expect(refuse("Gone.", "not_found")).toEqual({ allowed: false, reason: "Gone.", kind: "not_found" });
  });

  it("assertAllowed passes an allowed decision and throws the domain error of a refusal, with its reason", () => {
    expect(() => assertAllowed(allow())).not.toThrow();
    expect(() => assertAllowed(refuse("Not yours.", "not_found"))).toThrow(new NotFound("Not yours."));
    expect(() => assertAllowed(refuse("Too late.", "conflict"))).toThrow(Conflict);
    expect(() => assertAllowed(refuse("Too late.", "conflict"))).toThrow("Too late.");
    expect(() => assertAllowed(refuse("Not you.", "forbidden"))).toThrow(Forbidden);
    expect(() => assertAllowed(refuse("Not you.", "forbidden"))).toThrow("Not you.");
  });
});

describe("facts about a person", () => {
  it("isAuthor: the post's author only, never a visitor", () => {
    expect(isAuthor(citizen, { authorId: "citizen" })).toBe(true);
    expect(isAuthor(memberOfA, { authorId: "citizen" })).toBe(false);
    expect(isAuthor(null, { authorId: "citizen" })).toBe(false);
  });

  it("isAdmin and isModerator: every admin is a moderator too, nobody else is either", () => {
    expect([citizen, memberOfA, leadOfA, moderator, admin, null].map(isAdmin)).toEqual([
      false,
      false,
      false,
      false,
      true,
      false,
    ]);
    expect([citizen, memberOfA, leadOfA, moderator, admin, null].map(isModerator)).toEqual([
      false,
      false,
      false,
      true,
      true,
      false,
    ]);
  });

  it("membershipOf: the person's membership of that organisation, with its role, or null", () => {
    expect(membershipOf(leadOfA, ORG_A)).toEqual({ organisationId: ORG_A, role: "lead" });
    expect(membershipOf(memberOfA, ORG_A)).toEqual({ organisationId: ORG_A, role: "member" });
    expect(membershipOf(memberOfA, ORG_B)).toBeNull();
    expect(membershipOf(admin, ORG_A)).toBeNull();
    expect(membershipOf(null, ORG_A)).toBeNull();
  });

  it("shareAnOrganisation: true for members of the same organisation, false across organisations", () => {
    expect(shareAnOrganisation(memberOfA, leadOfA)).toBe(true);
    expect(shareAnOrganisation(memberOfA, memberOfB)).toBe(false);
    expect(shareAnOrganisation(citizen, citizen)).toBe(false);
  });
});

describe("organisationAccess (an organisation's inbox)", () => {
  it("allows its members, lead or member", () => {
    expect(organisationAccess(memberOfA, ORG_A)).toEqual({ allowed: true });
    expect(organisationAccess(leadOfA, ORG_A)).toEqual({ allowed: true });
  });

  it("allows an admin in any organisation's inbox", () => {
    expect(organisationAccess(admin, ORG_A)).toEqual({ allowed: true });
    expect(organisationAccess(admin, ORG_B)).toEqual({ allowed: true });
  });

  it.each([
    ["a partner of another organisation", memberOfB],
    ["a citizen", citizen],
    ["a moderator", moderator],
    ["a visitor", null],
  ])("refuses %s, saying who may", (_name, actor) => {
    expect(organisationAccess(actor, ORG_A)).toEqual({
      allowed: false,
      reason: NOT_YOUR_ORGANISATION,
      kind: "forbidden",
    });
  });
});

describe("organisationLeadAccess", () => {
  it("allows the organisation's leads and admins", () => {
    expect(organisationLeadAccess(leadOfA, ORG_A)).toEqual({ allowed: true });
    expect(organisationLeadAccess(admin, ORG_A)).toEqual({ allowed: true });
  });

  it("refuses a member who is not a lead, saying only leads may", () => {
    expect(organisationLeadAccess(memberOfA, ORG_A)).toEqual({ allowed: false, reason: LEADS_ONLY, kind: "forbidden" });
  });

  it("refuses a lead of another organisation and a citizen as outsiders", () => {
    expect(organisationLeadAccess(leadOfA, ORG_B)).toEqual({
      allowed: false,
      reason: NOT_YOUR_ORGANISATION,
      kind: "forbidden",
    });
    expect(organisationLeadAccess(citizen, ORG_A)).toEqual({
      allowed: false,
      reason: NOT_YOUR_ORGANISATION,
      kind: "forbidden",
    });
  });
});

describe("moderationAccess", () => {
  const citizensPost = { authorId: "citizen" };

  it("allows moderators and admins on other people's posts", () => {
    expect(moderationAccess(moderator, citizensPost)).toEqual({ allowed: true });
    expect(moderationAccess(admin, citizensPost)).toEqual({ allowed: true });
  });

  it("refuses a moderator and an admin on their own post: nobody moderates their own posts", () => {
    expect(moderationAccess(moderator, { authorId: "moderator" })).toEqual({
      allowed: false,
      reason: NOT_YOUR_OWN_POST,
      kind: "forbidden",
    });
    expect(moderationAccess(admin, { authorId: "admin" })).toEqual({
      allowed: false,
      reason: NOT_YOUR_OWN_POST,
      kind: "forbidden",
    });
  });

  it.each([
    ["a citizen", citizen],
    ["a partner lead", leadOfA],
    ["a visitor", null],
    ["the author, a citizen", person("citizen")],
  ])("refuses %s as not a moderator", (_name, actor) => {
    expect(moderationAccess(actor, citizensPost)).toEqual({
      allowed: false,
      reason: MODERATORS_ONLY,
      kind: "forbidden",
    });
  });
});
