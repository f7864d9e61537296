// Issue 15, point 3: removing a member (leads in their own organisation, admins anywhere; a lead does not leave
// an organisation without a lead) and making a member a lead or back (admins). Every refusal changes nothing.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { Conflict, Forbidden, NotFound, Unauthenticated } from "@/lib/errors";
import { changeMembershipRole, removeMembership } from "@/lib/admin/people/service";
import { LAST_LEAD_LEAVING, LEADS_ONLY_FOR_TEAM, NOT_YOUR_TEAM } from "@/lib/memberships/policy";
import { getTeam } from "@/lib/memberships/queries";
import { createOrganisation, partnerOf, personWithRole } from "../support/fixtures";
import { tableDigest } from "../support/table-digest";

let client: pg.Client;
const digest = () => tableDigest(client, ["organisation_membership", "audit_log", "user"]);

beforeAll(async () => {
  client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
});
afterAll(() => client.end());

async function refusedWithoutChange(call: () => Promise<unknown>, error: unknown, message?: string) {
  const before = await digest();
  const attempt = expect(call()).rejects;
  await (message ? attempt.toThrow(message) : attempt.toBeInstanceOf(error as never));
  await expect(call()).rejects.toBeInstanceOf(error as never);
  expect(await digest()).toBe(before);
}

const isMember = (userId: string, organisationId: number) =>
  db.organisationMembership.count({ where: { userId, organisationId } }).then((n) => n === 1);

describe("removing a member", () => {
  it("lets a lead remove a member of their own organisation, with one audit row", async () => {
    const organisation = await createOrganisation();
    const lead = await partnerOf(organisation.id, "lead");
    const member = await partnerOf(organisation.id, "member");
    await removeMembership(lead, { userId: member.id, organisationId: organisation.id });
    expect(await isMember(member.id, organisation.id)).toBe(false);
    expect(
      await db.auditLog.count({ where: { action: "membership.removed", targetId: member.id, actorId: lead.id } }),
    ).toBe(1);
  });

  it("refuses a lead of another organisation, a member who is not a lead, a citizen, a moderator and a visitor", async () => {
    const organisation = await createOrganisation();
    const other = await createOrganisation();
    const target = await partnerOf(organisation.id, "member");
    const otherLead = await partnerOf(other.id, "lead");
    const member = await partnerOf(organisation.id, "member");
    const citizen = await personWithRole("citizen");
    const moderator = await personWithRole("moderator");
    const input = { userId: target.id, organisationId: organisation.id };
    await refusedWithoutChange(() => removeMembership(otherLead, input), Forbidden, NOT_YOUR_TEAM);
    await refusedWithoutChange(() => removeMembership(member, input), Forbidden, LEADS_ONLY_FOR_TEAM);
    await refusedWithoutChange(() => removeMembership(citizen, input), Forbidden);
    await refusedWithoutChange(() => removeMembership(moderator, input), Forbidden);
    await refusedWithoutChange(() => removeMembership(null, input), Unauthenticated);
    expect(await isMember(target.id, organisation.id)).toBe(true);
  });

  it("stops the only lead removing themself, but lets them leave once there is another lead", async () => {
    const organisation = await createOrganisation();
    const lead = await partnerOf(organisation.id, "lead");
    const self = { userId: lead.id, organisationId: organisation.id };
    await refusedWithoutChange(() => removeMembership(lead, self), Conflict, LAST_LEAD_LEAVING);
    const secondLead = await partnerOf(organisation.id, "lead");
    await removeMembership(lead, self);
    expect(await isMember(lead.id, organisation.id)).toBe(false);
    expect(await isMember(secondLead.id, organisation.id)).toBe(true);
  });

  it("refuses a lead removed a moment ago, whose page still showed them as a lead", async () => {
    const organisation = await createOrganisation();
    const first = await partnerOf(organisation.id, "lead");
    const second = await partnerOf(organisation.id, "lead");
    await removeMembership(first, { userId: second.id, organisationId: organisation.id });
    // `second` holds the actor loaded before: the locked lead rows say they lead no more.
    await refusedWithoutChange(
      () => removeMembership(second, { userId: first.id, organisationId: organisation.id }),
      Forbidden,
    );
    expect(await isMember(first.id, organisation.id)).toBe(true);
  });

  it("lets an administrator remove anyone, the last lead included", async () => {
    const organisation = await createOrganisation();
    const lead = await partnerOf(organisation.id, "lead");
    const admin = await personWithRole("admin");
    await removeMembership(admin, { userId: lead.id, organisationId: organisation.id });
    expect(await isMember(lead.id, organisation.id)).toBe(false);
    await refusedWithoutChange(
      () => removeMembership(admin, { userId: lead.id, organisationId: organisation.id }),
      NotFound,
    );
  });
});

describe("making a member a lead or back", () => {
  it("lets an administrator change the role, with one audit row; the same role again writes nothing", async () => {
    const organisation = await createOrganisation();
    const member = await partnerOf(organisation.id, "member");
    const admin = await personWithRole("admin");
    const input = { userId: member.id, organisationId: organisation.id, role: "lead" as const };
    await changeMembershipRole(admin, input);
    expect(await db.organisationMembership.findFirst({ where: { userId: member.id } })).toMatchObject({
      role: "lead",
    });
    const rows = await db.auditLog.findMany({ where: { action: "membership.role_changed", targetId: member.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      before: { organisationId: organisation.id, role: "member" },
      after: { organisationId: organisation.id, role: "lead" },
    });
    await changeMembershipRole(admin, input);
    expect(await db.auditLog.count({ where: { action: "membership.role_changed", targetId: member.id } })).toBe(1);
  });

  it("refuses a lead (even of that organisation) and changes nothing", async () => {
    const organisation = await createOrganisation();
    const lead = await partnerOf(organisation.id, "lead");
    const member = await partnerOf(organisation.id, "member");
    await refusedWithoutChange(
      () => changeMembershipRole(lead, { userId: member.id, organisationId: organisation.id, role: "lead" }),
      Forbidden,
    );
  });
});

describe("reading a team", () => {
  it("shows a lead their own organisation's members and waiting invitations, and refuses them another's", async () => {
    const organisation = await createOrganisation();
    const other = await createOrganisation();
    const lead = await partnerOf(organisation.id, "lead");
    const member = await partnerOf(organisation.id, "member");
    const team = await getTeam(lead, organisation.id);
    expect(team.members.items.map((m) => m.userId).sort()).toEqual([lead.id, member.id].sort());
    expect(team.invitations.items).toEqual([]);
    await expect(getTeam(lead, other.id)).rejects.toThrow(NOT_YOUR_TEAM);
    await expect(getTeam(member, organisation.id)).rejects.toThrow(LEADS_ONLY_FOR_TEAM);
  });

  it("pages the members newest first without repeating anyone", async () => {
    const organisation = await createOrganisation();
    const admin = await personWithRole("admin");
    for (let i = 0; i < 52; i++) await partnerOf(organisation.id, "member");
    const firstPage = await getTeam(admin, organisation.id);
    expect(firstPage.members.items).toHaveLength(50);
    expect(firstPage.members.next).not.toBeNull();
    const secondPage = await getTeam(admin, organisation.id, { members: firstPage.members.next! });
    expect(secondPage.members.items).toHaveLength(2);
    const ids = [...firstPage.members.items, ...secondPage.members.items].map((m) => m.userId);
    expect(new Set(ids).size).toBe(52);
  });
});
