// Issue 15, point 3: inviting someone to an organisation by email, and joining from the link. The link is
// single use (one conditional UPDATE), expires, can be withdrawn, and works only for the address it was sent
// to; leads invite to their own organisation only; every refusal changes nothing.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { Conflict, Forbidden, Invalid, Unauthenticated } from "@/lib/errors";
import { acceptInvitation, inviteToOrganisation, withdrawInvitation } from "@/lib/invitations/service";
import { INVITATION_NOT_VALID, INVITATION_STATE_MESSAGES, SENT_TO_ANOTHER_ADDRESS } from "@/lib/invitations/policy";
import { hashToken } from "@/lib/accounts/tokens";
import { LEADS_ONLY_FOR_TEAM, NOT_YOUR_TEAM } from "@/lib/memberships/policy";
import { runInRequestScope } from "@/lib/request-scope";
import { actorOf, createOrganisation, createUser, partnerOf, personWithRole } from "../support/fixtures";
import { latestMailTo, mailCount } from "../support/mail";
import { tableDigest } from "../support/table-digest";

let client: pg.Client;
const TABLES = [
  "user",
  "organisation_membership",
  "organisation_invitation",
  "audit_log",
  "security_event",
  "pgboss.job",
  "captured_mail",
];
const digest = () => tableDigest(client, TABLES);

beforeAll(async () => {
  client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
});
afterAll(() => client.end());

/** A row as text (bigint ids too), to check no token is in it. */
const asText = (value: unknown) => JSON.stringify(value, (_, v: unknown) => (typeof v === "bigint" ? String(v) : v));

let counter = 0;
const newAddress = () => `invitee-${Date.now()}-${counter++}@example.com`;

/** Invites the address and returns the invitation's id and the token from the link in the captured mail. */
async function invite(
  actor: Awaited<ReturnType<typeof actorOf>>,
  organisationId: number,
  email: string,
  role: "member" | "lead" = "member",
) {
  const { invitationId } = await inviteToOrganisation(actor, { organisationId, email, role });
  const mail = await latestMailTo(email);
  const link = mail!.link!;
  const token = new URL(link).pathname.split("/").pop()!;
  return { invitationId, token, mail: mail!, link };
}

/** Runs the call and expects it refused with the error, changing no row at all. */
async function refusedWithoutChange(call: () => Promise<unknown>, error: unknown, message?: string) {
  const before = await digest();
  const attempt = expect(call()).rejects;
  await (message ? attempt.toThrow(message) : attempt.toBeInstanceOf(error as never));
  await expect(call()).rejects.toBeInstanceOf(error as never);
  expect(await digest()).toBe(before);
}

describe("sending an invitation and joining", () => {
  it("mails a working link, stores only the token's hash, and joining makes a membership with one audit row and one security event", async () => {
    const organisation = await createOrganisation();
    const admin = await personWithRole("admin");
    const email = newAddress();
    const requestId = "0b4f6a2e-5f1c-4b7e-9d2a-3c1e8f7a6b5d";
    const { invitationId, token, mail, link } = await runInRequestScope(requestId, () =>
      invite(admin, organisation.id, email, "lead"),
    );

    expect(link).toMatch(new RegExp(`/invitations/${token}$`));
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(mail.subject).toBe(`You are invited to join ${organisation.name} on My Smarter Essex`);
    expect(mail.text).toContain(admin.displayName);
    expect(mail.text).toContain("as a lead");
    expect(mail.text).toMatch(/expires on \d{1,2} \w+ \d{4}/);
    const stored = await db.organisationInvitation.findUniqueOrThrow({ where: { id: invitationId } });
    expect(stored).toMatchObject({ email, role: "lead", tokenHash: hashToken(token), invitedById: admin.id });
    expect(stored.expiresAt.getTime() - stored.createdAt.getTime()).toBe(7 * 24 * 60 * 60 * 1000);
    const sent = await db.auditLog.findMany({ where: { targetId: invitationId } });
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ action: "invitation.sent", actorId: admin.id, requestId });
    expect(asText(sent[0])).not.toContain(token);

    // The invited person signs up with that address (not yet confirmed) and joins.
    const invitee = await db.user.create({
      data: { email, displayName: "Invited Person", ageBand: "age_25_44" },
    });
    const inviteeActor = await actorOf(invitee.id);
    const joined = await acceptInvitation(inviteeActor, { token });
    expect(joined).toEqual({ organisationId: organisation.id, organisationName: organisation.name, role: "lead" });
    expect(
      await db.organisationMembership.findUnique({
        where: { userId_organisationId: { userId: invitee.id, organisationId: organisation.id } },
      }),
    ).toMatchObject({ role: "lead" });
    // The token came to that inbox: the address counts as confirmed.
    expect((await db.user.findUniqueOrThrow({ where: { id: invitee.id } })).emailVerifiedAt).not.toBeNull();
    expect(await db.organisationInvitation.findUniqueOrThrow({ where: { id: invitationId } })).toMatchObject({
      acceptedById: invitee.id,
    });
    const accepted = await db.auditLog.findMany({ where: { targetId: invitationId, action: "invitation.accepted" } });
    expect(accepted).toHaveLength(1);
    expect(accepted[0]!.actorId).toBe(invitee.id);
    const events = await db.securityEvent.findMany({ where: { userId: invitee.id } });
    expect(events).toEqual([expect.objectContaining({ kind: "invitation_used", email })]);
    expect(asText(events)).not.toContain(token);

    // Single use: the second try is refused with a clear message, and changes nothing.
    await refusedWithoutChange(
      () => acceptInvitation(inviteeActor, { token }),
      Invalid,
      INVITATION_STATE_MESSAGES.used,
    );
    expect(await db.securityEvent.count({ where: { kind: "invitation_used", userId: invitee.id } })).toBe(1);
  });

  it("lets exactly one of two joins at the same moment use the link", async () => {
    const organisation = await createOrganisation();
    const admin = await personWithRole("admin");
    const email = newAddress();
    const { token, invitationId } = await invite(admin, organisation.id, email);
    const invitee = await createUser({ email });
    const [tabOne, tabTwo] = [await actorOf(invitee.id), await actorOf(invitee.id)];
    const results = await Promise.allSettled([
      acceptInvitation(tabOne, { token }),
      acceptInvitation(tabTwo, { token }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toBeInstanceOf(Invalid);
    expect(await db.auditLog.count({ where: { targetId: invitationId, action: "invitation.accepted" } })).toBe(1);
    expect(await db.securityEvent.count({ where: { kind: "invitation_used", userId: invitee.id } })).toBe(1);
    expect(await db.organisationMembership.count({ where: { userId: invitee.id } })).toBe(1);
  });

  it("refuses an expired link, a withdrawn one, one sent to another address and an unknown one, changing nothing", async () => {
    const organisation = await createOrganisation();
    const admin = await personWithRole("admin");
    const email = newAddress();
    const invitee = await actorOf((await createUser({ email })).id);

    const expired = await invite(admin, organisation.id, email);
    await db.organisationInvitation.update({
      where: { id: expired.invitationId },
      data: { createdAt: new Date(Date.now() - 8 * 86_400_000), expiresAt: new Date(Date.now() - 86_400_000) },
    });
    await refusedWithoutChange(
      () => acceptInvitation(invitee, { token: expired.token }),
      Invalid,
      INVITATION_STATE_MESSAGES.expired,
    );

    const withdrawn = await invite(admin, organisation.id, email);
    await withdrawInvitation(admin, { invitationId: withdrawn.invitationId });
    expect(
      await db.auditLog.count({ where: { targetId: withdrawn.invitationId, action: "invitation.withdrawn" } }),
    ).toBe(1);
    await refusedWithoutChange(
      () => acceptInvitation(invitee, { token: withdrawn.token }),
      Invalid,
      INVITATION_STATE_MESSAGES.withdrawn,
    );
    // Withdrawing twice is refused too.
    await refusedWithoutChange(() => withdrawInvitation(admin, { invitationId: withdrawn.invitationId }), Conflict);

    const forSomeoneElse = await invite(admin, organisation.id, newAddress());
    await refusedWithoutChange(
      () => acceptInvitation(invitee, { token: forSomeoneElse.token }),
      Forbidden,
      SENT_TO_ANOTHER_ADDRESS,
    );
    expect(SENT_TO_ANOTHER_ADDRESS).not.toContain("@");

    await refusedWithoutChange(
      () => acceptInvitation(invitee, { token: "A".repeat(43) }),
      Invalid,
      INVITATION_NOT_VALID,
    );
    await refusedWithoutChange(() => acceptInvitation(null, { token: forSomeoneElse.token }), Unauthenticated);
    expect(await db.organisationMembership.count({ where: { userId: invitee.id } })).toBe(0);
  });

  it("withdraws the earlier waiting invitation when the same address is invited again", async () => {
    const organisation = await createOrganisation();
    const admin = await personWithRole("admin");
    const email = newAddress();
    const first = await invite(admin, organisation.id, email);
    const second = await invite(admin, organisation.id, email, "lead");
    expect(await db.organisationInvitation.findUniqueOrThrow({ where: { id: first.invitationId } })).toMatchObject({
      revokedById: admin.id,
    });
    // One audit row for the second call, naming what it withdrew.
    const rows = await db.auditLog.findMany({ where: { targetId: second.invitationId } });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.after).toMatchObject({ withdrewEarlier: [first.invitationId] });
    const invitee = await actorOf((await createUser({ email })).id);
    await expect(acceptInvitation(invitee, { token: first.token })).rejects.toThrow(
      INVITATION_STATE_MESSAGES.withdrawn,
    );
    await acceptInvitation(invitee, { token: second.token });
    expect(await db.organisationMembership.findFirst({ where: { userId: invitee.id } })).toMatchObject({
      role: "lead",
    });
  });
});

describe("who may invite", () => {
  it("lets a lead invite to their own organisation and refuses them another, changing nothing", async () => {
    const own = await createOrganisation();
    const other = await createOrganisation();
    const lead = await partnerOf(own.id, "lead");
    const email = newAddress();
    await invite(lead, own.id, email);
    expect(await mailCount(email)).toBe(1);
    await refusedWithoutChange(
      () => inviteToOrganisation(lead, { organisationId: other.id, email: newAddress(), role: "member" }),
      Forbidden,
      NOT_YOUR_TEAM,
    );
  });

  it("refuses a member who is not a lead, a citizen, a moderator and a visitor, changing nothing", async () => {
    const organisation = await createOrganisation();
    const member = await partnerOf(organisation.id, "member");
    const input = { organisationId: organisation.id, email: newAddress(), role: "member" as const };
    await refusedWithoutChange(() => inviteToOrganisation(member, input), Forbidden, LEADS_ONLY_FOR_TEAM);
    const citizen = await personWithRole("citizen");
    const moderator = await personWithRole("moderator");
    await refusedWithoutChange(() => inviteToOrganisation(citizen, input), Forbidden);
    await refusedWithoutChange(() => inviteToOrganisation(moderator, input), Forbidden);
    await refusedWithoutChange(() => inviteToOrganisation(null, input), Unauthenticated);
  });

  it("refuses to invite into a deactivated organisation, or someone already a member", async () => {
    const organisation = await createOrganisation();
    const admin = await personWithRole("admin");
    const member = await partnerOf(organisation.id, "member");
    await refusedWithoutChange(
      () => inviteToOrganisation(admin, { organisationId: organisation.id, email: member.email, role: "lead" }),
      Invalid,
      "is already a member of",
    );
    // An invitation sent before the organisation closed cannot be used after.
    const email = newAddress();
    const waiting = await invite(admin, organisation.id, email);
    await db.organisation.update({ where: { id: organisation.id }, data: { deactivatedAt: new Date() } });
    await refusedWithoutChange(
      () => inviteToOrganisation(admin, { organisationId: organisation.id, email: newAddress(), role: "member" }),
      Conflict,
      "no longer active",
    );
    const invitee = await actorOf((await createUser({ email })).id);
    await refusedWithoutChange(() => acceptInvitation(invitee, { token: waiting.token }), Conflict, "no longer active");
  });

  it("lets a lead withdraw their organisation's invitation but not another organisation's", async () => {
    const own = await createOrganisation();
    const other = await createOrganisation();
    const lead = await partnerOf(own.id, "lead");
    const admin = await personWithRole("admin");
    const theirs = await invite(admin, other.id, newAddress());
    await refusedWithoutChange(
      () => withdrawInvitation(lead, { invitationId: theirs.invitationId }),
      Forbidden,
      NOT_YOUR_TEAM,
    );
    const ours = await invite(admin, own.id, newAddress());
    await withdrawInvitation(lead, { invitationId: ours.invitationId });
    expect(await db.auditLog.count({ where: { targetId: ours.invitationId, action: "invitation.withdrawn" } })).toBe(1);
  });
});
