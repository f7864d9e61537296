import { describe, expect, it } from "vitest";
import {
  LAST_LEAD_LEAVING,
  LEADS_ONLY_FOR_TEAM,
  memberRemovalAccess,
  NOT_YOUR_TEAM,
  teamManagementAccess,
} from "@/lib/memberships/policy";
import { invitationAddressAccess, invitationState } from "@/lib/invitations/policy";
import type { PolicyActor } from "@/lib/auth/policy";

const person = (
  id: string,
  memberships: PolicyActor["memberships"] = [],
  platformRole: PolicyActor["platformRole"] = "citizen",
) => ({
  id,
  platformRole,
  memberships,
});

describe("who may look after an organisation's team", () => {
  it("allows admins anywhere and leads in their own organisation only", () => {
    expect(teamManagementAccess(person("a", [], "admin"), 1)).toEqual({ allowed: true });
    expect(teamManagementAccess(person("l", [{ organisationId: 1, role: "lead" }]), 1)).toEqual({ allowed: true });
    expect(teamManagementAccess(person("l", [{ organisationId: 1, role: "lead" }]), 2)).toMatchObject({
      allowed: false,
      reason: NOT_YOUR_TEAM,
    });
    expect(teamManagementAccess(person("m", [{ organisationId: 1, role: "member" }]), 1)).toMatchObject({
      allowed: false,
      reason: LEADS_ONLY_FOR_TEAM,
    });
    expect(teamManagementAccess(person("mod", [], "moderator"), 1)).toMatchObject({ allowed: false });
    expect(teamManagementAccess(null, 1)).toMatchObject({ allowed: false });
  });

  it("lets a lead leave only while another lead remains; an admin may remove the last lead", () => {
    const lead = person("l", [{ organisationId: 1, role: "lead" }]);
    expect(memberRemovalAccess(lead, { organisationId: 1, userId: "l", leadIds: ["l"] })).toMatchObject({
      allowed: false,
      kind: "conflict",
      reason: LAST_LEAD_LEAVING,
    });
    expect(memberRemovalAccess(lead, { organisationId: 1, userId: "l", leadIds: ["l", "k"] })).toEqual({
      allowed: true,
    });
    expect(memberRemovalAccess(lead, { organisationId: 1, userId: "k", leadIds: ["l", "k"] })).toEqual({
      allowed: true,
    });
    // No longer among the leads when the rows were locked: refused, whatever the loaded actor said.
    expect(memberRemovalAccess(lead, { organisationId: 1, userId: "k", leadIds: ["k"] })).toMatchObject({
      allowed: false,
    });
    expect(memberRemovalAccess(person("a", [], "admin"), { organisationId: 1, userId: "l", leadIds: ["l"] })).toEqual({
      allowed: true,
    });
  });
});

describe("an invitation", () => {
  const now = new Date("2026-11-26T12:00:00Z");
  const base = {
    email: "a@example.com",
    expiresAt: new Date("2026-11-27T12:00:00Z"),
    acceptedAt: null,
    revokedAt: null,
  };

  it("is waiting, used, withdrawn or expired", () => {
    expect(invitationState(base, now)).toBe("waiting");
    expect(invitationState({ ...base, acceptedAt: now }, now)).toBe("used");
    expect(invitationState({ ...base, revokedAt: now }, now)).toBe("withdrawn");
    expect(invitationState({ ...base, expiresAt: now }, now)).toBe("expired");
  });

  it("is for the address it was sent to only, whatever the case of the account's address", () => {
    expect(invitationAddressAccess({ email: "A@Example.com" }, base)).toEqual({ allowed: true });
    expect(invitationAddressAccess({ email: "b@example.com" }, base)).toMatchObject({ allowed: false });
  });
});
