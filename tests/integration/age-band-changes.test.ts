// The age-group rule (ICO children's code): leaving the protected groups (under 18, or not said) for an adult one
// is a request a moderator decides; every other change applies at once; one pending request per person, held by
// the database; only moderators and admins decide, never on their own request.
import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ageBandChange, hasChildProtections } from "@/lib/accounts/age";
import { updateProfile } from "@/lib/accounts/profile/service";
import { deleteAccount } from "@/lib/accounts/your-data/service";
import { decideAgeBandRequest } from "@/lib/accounts/age-band-requests/service";
import { listPendingAgeBandRequests } from "@/lib/accounts/age-band-requests/queries";
import { ageBandDecisionSchema } from "@/lib/accounts/age-band-requests/schemas";
import type { AgeBand } from "@/lib/generated/prisma/enums";
import { Conflict, Forbidden, NotFound, Unauthenticated } from "@/lib/errors";
import { isUniqueViolation } from "@/lib/db-errors";
import { createOrganisation, createUser, signedInActor } from "../support/fixtures";
import { latestMailTo, mailCount } from "../support/mail";

// No public name: people under 18 cannot choose one (tests/integration/screening.test.ts), and the form does not send it.
const PROFILE = { district: null, participantType: "student" as const };

async function personAged(ageBand: AgeBand | null) {
  const person = await createUser({ ageBand });
  return { person, actor: (await signedInActor(person.id, 0))! };
}

const bandOf = async (id: string) => (await db.user.findUniqueOrThrow({ where: { id } })).ageBand;
const pendingOf = (userId: string) => db.ageBandChangeRequest.count({ where: { userId, state: "pending" } });

afterEach(async () => {
  // Requests point at people; each test makes its own, so clearing them keeps the pending list to this test's.
  await db.ageBandChangeRequest.deleteMany();
});

describe("who gets a child's protections", () => {
  it("protects under-18s and everyone who has not said, and nobody else", () => {
    expect(hasChildProtections({ ageBand: "under_16" })).toBe(true);
    expect(hasChildProtections({ ageBand: "age_16_17" })).toBe(true);
    expect(hasChildProtections({ ageBand: null })).toBe(true);
    for (const band of ["age_18_24", "age_25_44", "age_45_64", "age_65_plus"] as const) {
      expect(hasChildProtections({ ageBand: band })).toBe(false);
    }
  });

  it("needs a moderator exactly for a move from a protected group into an adult one", () => {
    expect(ageBandChange("under_16", "age_18_24")).toBe("needs_moderator");
    expect(ageBandChange("age_16_17", "age_65_plus")).toBe("needs_moderator");
    expect(ageBandChange(null, "age_25_44")).toBe("needs_moderator");
    expect(ageBandChange("age_25_44", "under_16")).toBe("direct");
    expect(ageBandChange("age_25_44", null)).toBe("direct");
    expect(ageBandChange("age_18_24", "age_45_64")).toBe("direct");
    expect(ageBandChange("under_16", "age_16_17")).toBe("direct");
    expect(ageBandChange("under_16", null)).toBe("direct");
    expect(ageBandChange(null, "under_16")).toBe("direct");
    expect(ageBandChange("age_16_17", "age_16_17")).toBe("unchanged");
  });
});

describe("changing your own age group", () => {
  it.each([
    ["age_25_44", "age_65_plus"],
    ["age_25_44", "under_16"],
    ["age_45_64", null],
    ["under_16", "age_16_17"],
    [null, "age_16_17"],
  ] as const)("applies %s → %s at once, with an audit entry and no request", async (from, to) => {
    const { person, actor } = await personAged(from);
    expect((await updateProfile(actor, { ...PROFILE, ageBand: to })).ageBand).toBe("applied");
    expect(await bandOf(person.id)).toBe(to);
    expect(await pendingOf(person.id)).toBe(0);
    expect(await db.auditLog.count({ where: { action: "account.changeAgeBand", targetId: person.id } })).toBe(1);
  });

  it.each([
    ["under_16", "age_18_24"],
    ["age_16_17", "age_65_plus"],
    [null, "age_25_44"],
  ] as const)(
    "records %s → %s as a request for a moderator, keeping the band and saving the rest",
    async (from, to) => {
      const { person, actor } = await personAged(from);
      expect((await updateProfile(actor, { ...PROFILE, ageBand: to })).ageBand).toBe("requested");
      expect(await bandOf(person.id)).toBe(from);
      expect((await db.user.findUniqueOrThrow({ where: { id: person.id } })).participantType).toBe(
        PROFILE.participantType,
      );
      const request = await db.ageBandChangeRequest.findFirstOrThrow({ where: { userId: person.id } });
      expect(request).toMatchObject({ state: "pending", fromBand: from, toBand: to, decidedById: null });
      expect(await db.auditLog.count({ where: { action: "account.requestAgeBandChange", targetId: person.id } })).toBe(
        1,
      );
    },
  );

  it("keeps one pending request per person: asking again, or twice at once, adds none", async () => {
    const { person, actor } = await personAged("age_16_17");
    const results = await Promise.allSettled([
      updateProfile(actor, { ...PROFILE, ageBand: "age_18_24" }),
      updateProfile(actor, { ...PROFILE, ageBand: "age_25_44" }),
    ]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "fulfilled"]);
    expect(results.map((r) => (r.status === "fulfilled" ? r.value.ageBand : null)).sort()).toEqual([
      "already_pending",
      "requested",
    ]);
    expect((await updateProfile(actor, { ...PROFILE, ageBand: "age_65_plus" })).ageBand).toBe("already_pending");
    expect(await pendingOf(person.id)).toBe(1);
    expect(await bandOf(person.id)).toBe("age_16_17");
    // The database holds the rule whatever the code does.
    const second = await db.ageBandChangeRequest
      .create({ data: { userId: person.id, fromBand: "age_16_17", toBand: "age_45_64" } })
      .then(
        () => null,
        (error: unknown) => error,
      );
    expect(isUniqueViolation(second)).toBe(true);
  });

  it("forgets the person's requests when they delete their account", async () => {
    const { person, actor } = await personAged("under_16");
    await updateProfile(actor, { ...PROFILE, ageBand: "age_18_24" });
    await deleteAccount(actor);
    expect(await db.ageBandChangeRequest.count({ where: { userId: person.id } })).toBe(0);
  });

  it("refuses, in the database, a request to move into an under-18 group", async () => {
    const { person } = await personAged(null);
    await expect(
      db.ageBandChangeRequest.create({ data: { userId: person.id, fromBand: null, toBand: "under_16" } }),
    ).rejects.toThrow();
  });
});

describe("a moderator decides", () => {
  async function pendingRequest(from: AgeBand | null = "under_16", to: AgeBand = "age_18_24") {
    const { person, actor } = await personAged(from);
    await updateProfile(actor, { ...PROFILE, ageBand: to });
    const request = await db.ageBandChangeRequest.findFirstOrThrow({ where: { userId: person.id, state: "pending" } });
    return { person, actor, request };
  }
  const moderator = async (role: "moderator" | "admin" = "moderator") =>
    (await signedInActor((await createUser({ platformRole: role })).id, 0))!;

  it("lists pending requests oldest first, a page at a time, without email addresses", async () => {
    const first = await pendingRequest();
    const second = await pendingRequest(null, "age_45_64");
    const { requests, next } = await listPendingAgeBandRequests();
    expect(requests.map((r) => r.id)).toEqual([first.request.id, second.request.id]);
    expect(next).toBeNull();
    expect(JSON.stringify(requests)).not.toContain("@");
  });

  it("approves: the band changes, the request records who and when, an audit entry is written and the person is emailed", async () => {
    const { person, request } = await pendingRequest();
    const mod = await moderator();
    await decideAgeBandRequest(mod, { requestId: request.id, decision: "approve", reason: null });
    expect(await bandOf(person.id)).toBe("age_18_24");
    expect(await db.ageBandChangeRequest.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({
      state: "approved",
      decidedById: mod.id,
    });
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "moderation.approveAgeBandChange", targetId: person.id },
    });
    expect(audit).toMatchObject({ actorId: mod.id, before: { ageBand: "under_16" } });
    const mail = await latestMailTo(person.email!);
    expect(mail?.subject).toBe("Your age group on My Smarter Essex has been changed");
    expect(mail?.text).toContain("18 to 24");
    expect((await listPendingAgeBandRequests()).requests).toEqual([]);
  });

  it("declines with a reason the person is emailed; the band stays and they may ask again", async () => {
    const { person, actor, request } = await pendingRequest(null, "age_25_44");
    const admin = await moderator("admin");
    await decideAgeBandRequest(admin, {
      requestId: request.id,
      decision: "decline",
      reason: "Please ask your teacher to confirm this at the next event.",
    });
    expect(await bandOf(person.id)).toBeNull();
    expect((await db.ageBandChangeRequest.findUniqueOrThrow({ where: { id: request.id } })).state).toBe("declined");
    const mail = await latestMailTo(person.email!);
    expect(mail?.text).toContain("Please ask your teacher to confirm this at the next event.");
    expect(await db.auditLog.count({ where: { action: "moderation.declineAgeBandChange", targetId: person.id } })).toBe(
      1,
    );
    expect((await updateProfile(actor, { ...PROFILE, ageBand: "age_25_44" })).ageBand).toBe("requested");
  });

  it("needs a reason to decline", () => {
    const parsed = ageBandDecisionSchema.safeParse({
      requestId: "00000000-0000-4000-8000-000000000000",
      decision: "decline",
      reason: "  ",
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(["reason"]);
  });

  it("refuses everyone but moderators and admins, their own request, a decided one and a stale one, changing nothing", async () => {
    const { person, actor: requester, request } = await pendingRequest();
    const org = await createOrganisation();
    const partner = await createUser({ ageBand: "age_45_64" });
    await db.organisationMembership.create({ data: { userId: partner.id, organisationId: org.id, role: "lead" } });
    const unverifiedModerator = await createUser({ platformRole: "moderator" });
    await db.user.update({ where: { id: unverifiedModerator.id }, data: { emailVerifiedAt: null } });
    const decide = { requestId: request.id, decision: "approve" as const, reason: null };

    await expect(decideAgeBandRequest(null, decide)).rejects.toBeInstanceOf(Unauthenticated);
    await expect(decideAgeBandRequest(requester, decide)).rejects.toBeInstanceOf(Forbidden);
    const citizen = (await signedInActor((await createUser()).id, 0))!;
    await expect(decideAgeBandRequest(citizen, decide)).rejects.toBeInstanceOf(Forbidden);
    await expect(decideAgeBandRequest((await signedInActor(partner.id, 0))!, decide)).rejects.toBeInstanceOf(Forbidden);
    await expect(
      decideAgeBandRequest((await signedInActor(unverifiedModerator.id, 0))!, decide),
    ).rejects.toBeInstanceOf(Forbidden);
    expect(await bandOf(person.id)).toBe("under_16");
    expect(await pendingOf(person.id)).toBe(1);

    // A moderator's own request goes to another moderator.
    const own = await createUser({ platformRole: "moderator", ageBand: null });
    const ownActor = (await signedInActor(own.id, 0))!;
    await updateProfile(ownActor, { ...PROFILE, ageBand: "age_25_44" });
    const ownRequest = await db.ageBandChangeRequest.findFirstOrThrow({ where: { userId: own.id } });
    await expect(
      decideAgeBandRequest(ownActor, { requestId: ownRequest.id, decision: "approve", reason: null }),
    ).rejects.toBeInstanceOf(Forbidden);
    expect(await bandOf(own.id)).toBeNull();

    // Decided already: the second moderator finds nothing to decide.
    const mod = await moderator();
    await decideAgeBandRequest(mod, { ...decide, decision: "decline", reason: "Not enough to go on." });
    await expect(decideAgeBandRequest(await moderator(), decide)).rejects.toBeInstanceOf(NotFound);
    expect(await bandOf(person.id)).toBe("under_16");

    // Stale: the person moved to another protected group after asking; approving would apply the old request.
    const stale = await pendingRequest("age_16_17", "age_18_24");
    await updateProfile(stale.actor, { ...PROFILE, ageBand: "under_16" });
    const mailsBefore = await mailCount(stale.person.email!);
    await expect(
      decideAgeBandRequest(mod, { requestId: stale.request.id, decision: "approve", reason: null }),
    ).rejects.toBeInstanceOf(Conflict);
    expect(await bandOf(stale.person.id)).toBe("under_16");
    expect(await pendingOf(stale.person.id)).toBe(1);
    expect(await mailCount(stale.person.email!)).toBe(mailsBefore);
  });
});
