// Issue 15, point 8: security events, written once by the flow that causes each, without a password or a token
// in any column; the admin list (filters, keyset pages, admins only); the retention job; account deletion.
import { randomBytes, randomUUID } from "node:crypto";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import {
  requestPasswordReset,
  requestSignInLink,
  resetPassword,
  signInWithPassword,
  signInWithToken,
  signOutEverywhere,
} from "@/lib/accounts/service";
import { hashPassword } from "@/lib/accounts/password";
import { deleteAccount } from "@/lib/accounts/your-data/service";
import { newDeviceId } from "@/lib/auth/device";
import { Forbidden, Invalid, RateLimited, Unauthenticated } from "@/lib/errors";
import { initialFormState } from "@/lib/form-state";
import type { SecurityEventKind } from "@/lib/generated/prisma/enums";
import { handlers } from "@/lib/jobs/handlers";
import { runInRequestScope } from "@/lib/request-scope";
import { deleteExpiredSecurityEvents } from "@/lib/security-events/retention";
import {
  listSecurityEvents,
  NO_ACCOUNT_WITH_EMAIL,
  SECURITY_EVENT_PAGE_SIZE,
  findSecurityEventPersonId,
} from "@/lib/security-events/queries";
import { securityEventsPageSchema } from "@/lib/security-events/schemas";
import { SECURITY_EVENT_RETENTION_KEY } from "@/lib/settings/security";
import { latestMailTo } from "../support/mail";
import { createOrganisation, createUser, partnerOf, personWithRole, signedInActor } from "../support/fixtures";

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/actor", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/auth/actor")>()),
  getActor: async () => session.actor,
}));
const redirects = vi.hoisted(() => ({ to: [] as string[] }));
vi.mock("next/navigation", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/navigation")>()),
  redirect: (to: string) => {
    redirects.to.push(to);
    throw new Error("NEXT_REDIRECT");
  },
}));

const { findSecurityEventPersonAction } = await import("@/app/admin/security/actions");

afterEach(() => {
  session.actor = null;
  redirects.to = [];
});

const password = "correct horse battery staple";
const ip = "203.0.113.7";

/** A person who can sign in with `password`. */
async function personWithPassword() {
  const user = await createUser();
  await db.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(password) } });
  return { id: user.id, email: user.email! };
}

/** Every event about this person or typed address, oldest first. */
function eventsOf(where: { userId?: string; email?: string }) {
  return db.securityEvent.findMany({ where, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
}

const kinds = (rows: { kind: SecurityEventKind }[]) => rows.map((row) => row.kind);

/** No column of any event holds one of these (passwords, tokens, and the tokens' stored hashes). */
async function expectNoSecretStored(secrets: string[]) {
  const rows = await db.$queryRaw<{ row: string }[]>`SELECT row_to_json(e)::text AS row FROM security_event e`;
  expect(rows.length).toBeGreaterThan(0);
  for (const { row } of rows) for (const secret of secrets) expect(row).not.toContain(secret);
}

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
}

describe("signing in with a password", () => {
  it("records a success once, with the typed address, the IP and the request's id", async () => {
    const person = await personWithPassword();
    const requestId = randomUUID();
    await runInRequestScope(requestId, () =>
      signInWithPassword({ email: person.email, password }, { ip, device: null }),
    );
    const events = await eventsOf({ userId: person.id });
    expect(events).toMatchObject([
      { kind: "sign_in_succeeded", userId: person.id, email: person.email, ip, requestId, action: null },
    ]);
  });

  it("records a failure once for a known address, naming its account", async () => {
    const person = await personWithPassword();
    await expect(
      signInWithPassword({ email: person.email, password: "not the password" }, { ip, device: null }),
    ).rejects.toBeInstanceOf(Invalid);
    expect(await eventsOf({ userId: person.id })).toMatchObject([
      { kind: "sign_in_failed", userId: person.id, email: person.email, ip },
    ]);
  });

  it("records a failure once for an unknown address, lower-cased, naming no one", async () => {
    const typed = `Nobody-${randomUUID()}@Example.COM`;
    await expect(
      signInWithPassword({ email: typed, password: "a guess at something" }, { ip: null, device: null }),
    ).rejects.toBeInstanceOf(Invalid);
    expect(await eventsOf({ email: typed.toLowerCase() })).toMatchObject([
      { kind: "sign_in_failed", userId: null, email: typed.toLowerCase(), ip: null },
    ]);
  });

  it("records one lock-out per window however many tries the limit refuses", async () => {
    const person = await personWithPassword();
    // 15 wrong tries at once from fresh browsers: the account's untrusted limit allows 10, refuses 5.
    const outcomes = await Promise.all(
      Array.from({ length: 15 }, (_, i) =>
        signInWithPassword({ email: person.email, password: `guess ${i}` }, { ip: null, device: newDeviceId() }).then(
          () => "signed in",
          (error) => (error instanceof RateLimited ? "refused" : error instanceof Invalid ? "wrong" : String(error)),
        ),
      ),
    );
    expect(outcomes.filter((o) => o === "refused")).toHaveLength(5);
    // And again later in the same window.
    await expect(
      signInWithPassword({ email: person.email, password }, { ip: null, device: newDeviceId() }),
    ).rejects.toBeInstanceOf(RateLimited);

    const events = await eventsOf({ userId: person.id });
    expect(events.filter((e) => e.kind === "sign_in_failed")).toHaveLength(10);
    expect(events.filter((e) => e.kind === "sign_in_locked_out")).toMatchObject([
      { userId: person.id, email: person.email },
    ]);
    expect(events).toHaveLength(11);
    await expectNoSecretStored([password, "guess 1"]);
  });
});

describe("signing in with an emailed link", () => {
  it("records a success once; the same link again is a failure naming its owner; an unknown link nothing", async () => {
    const person = await personWithPassword();
    await requestSignInLink(person.email, { ip, device: null });
    const { token } = (await latestMailTo(person.email))!;
    expect(await signInWithToken(token!, null, ip)).toMatchObject({ id: person.id });
    expect(kinds(await eventsOf({ userId: person.id }))).toEqual(["sign_in_succeeded"]);

    expect(await signInWithToken(token!, null, ip)).toBeNull();
    expect(await eventsOf({ userId: person.id })).toMatchObject([
      { kind: "sign_in_succeeded", ip },
      { kind: "sign_in_failed", userId: person.id, email: null, ip },
    ]);

    const before = await db.securityEvent.count();
    expect(await signInWithToken(randomBytes(32).toString("base64url"), null, ip)).toBeNull();
    expect(await db.securityEvent.count()).toBe(before);
    await expectNoSecretStored([token!]);
  });
});

describe("resetting a password", () => {
  it("records the request (for an unknown address too, saying nothing different) and the completion", async () => {
    const person = await personWithPassword();
    await requestPasswordReset(person.email, { ip, device: null });
    const unknown = `nobody-${randomUUID()}@example.com`;
    await expect(requestPasswordReset(unknown, { ip, device: null })).resolves.toBeUndefined();
    expect(await eventsOf({ email: unknown })).toMatchObject([{ kind: "password_reset_requested", userId: null, ip }]);

    const { token } = (await latestMailTo(person.email))!;
    const newPassword = "a brand new passphrase";
    const requestId = randomUUID();
    await runInRequestScope(requestId, () => resetPassword({ token: token!, password: newPassword }, ip));
    expect(await eventsOf({ userId: person.id })).toMatchObject([
      { kind: "password_reset_requested", email: person.email, ip },
      { kind: "password_reset_completed", email: null, ip, requestId },
    ]);
    const stored = await db.oneTimeToken.findMany({ where: { userId: person.id }, select: { tokenHash: true } });
    await expectNoSecretStored([token!, newPassword, password, ...stored.map((t) => t.tokenHash)]);
  });

  it("records nothing when the link is not valid", async () => {
    const person = await personWithPassword();
    await expect(
      resetPassword({ token: randomBytes(32).toString("base64url"), password: "another new passphrase" }, ip),
    ).rejects.toBeInstanceOf(Invalid);
    expect(await eventsOf({ userId: person.id })).toEqual([]);
  });
});

describe("signing out everywhere", () => {
  it("records it once, in the same transaction as the sign-out", async () => {
    const person = await personWithPassword();
    await signOutEverywhere(await signedInActor(person.id), ip);
    expect(await eventsOf({ userId: person.id })).toMatchObject([{ kind: "signed_out_everywhere", ip }]);
    // A visitor's try is refused before anything is written.
    await expect(signOutEverywhere(null, ip)).rejects.toBeInstanceOf(Unauthenticated);
    expect(await eventsOf({ userId: person.id })).toHaveLength(1);
  });
});

describe("a refused action, through the action pipeline", () => {
  it("is recorded once for each signed-in person refused, naming the action; nothing else changes", async () => {
    const target = await createUser();
    const organisation = await createOrganisation();
    const refused = [
      await personWithRole("citizen"),
      await partnerOf(organisation.id, "lead"),
      await personWithRole("moderator"),
    ];
    for (const actor of refused) {
      session.actor = actor;
      const state = await findSecurityEventPersonAction(initialFormState, form({ email: target.email! }));
      expect(state.status).toBe("error");
      expect(redirects.to).toEqual([]);
      expect(await eventsOf({ userId: actor.id })).toMatchObject([
        { kind: "action_refused", action: "securityEvent.read", email: null },
      ]);
    }
    // A visitor is asked to sign in: no one to record.
    session.actor = null;
    const before = await db.securityEvent.count();
    const state = await findSecurityEventPersonAction(initialFormState, form({ email: target.email! }));
    expect(state.status).toBe("error");
    expect(await db.securityEvent.count()).toBe(before);
  });
});

describe("the security events list", () => {
  it("is refused to everyone but admins", async () => {
    const organisation = await createOrganisation();
    const others = [
      await personWithRole("citizen"),
      await partnerOf(organisation.id, "member"),
      await partnerOf(organisation.id, "lead"),
      await personWithRole("moderator"),
    ];
    const filter = securityEventsPageSchema.parse({}).filter;
    for (const actor of others) {
      await expect(listSecurityEvents(actor, filter)).rejects.toBeInstanceOf(Forbidden);
      await expect(findSecurityEventPersonId(actor, "someone@example.com")).rejects.toBeInstanceOf(Forbidden);
    }
    await expect(listSecurityEvents(null, filter)).rejects.toBeInstanceOf(Unauthenticated);
    const admin = await personWithRole("admin");
    await expect(listSecurityEvents(admin, filter)).resolves.toMatchObject({ items: expect.any(Array) });
  });

  it("filters by kind, person and UK dates, newest first, in keyset pages", async () => {
    const admin = await personWithRole("admin");
    const person = await createUser({ displayName: "Quiet Heron 12" });
    const someoneElse = await createUser();
    // 30 events for the person, two at each instant (ties broken by id), on 15 days ending 1 July 2026.
    const day = (n: number) => new Date(Date.UTC(2026, 5, 17 + n, 12));
    await db.securityEvent.createMany({
      data: Array.from({ length: 30 }, (_, i) => ({
        kind: i % 2 ? ("sign_in_failed" as const) : ("sign_in_succeeded" as const),
        userId: person.id,
        email: person.email,
        createdAt: day(Math.floor(i / 2)),
      })),
    });
    // 00:30 on 1 July in UK time (BST) is still 30 June in UTC.
    await db.securityEvent.create({
      data: { kind: "signed_out_everywhere", userId: person.id, createdAt: new Date("2026-06-30T23:30:00Z") },
    });
    await db.securityEvent.create({ data: { kind: "sign_in_failed", userId: someoneElse.id } });

    const page = (params: Record<string, string>) => {
      const parsed = securityEventsPageSchema.parse(params);
      return listSecurityEvents(admin, parsed.filter, parsed.after);
    };
    const first = await page({ user: person.id });
    expect(first.items).toHaveLength(SECURITY_EVENT_PAGE_SIZE);
    expect(first.items[0]).toMatchObject({
      kind: "sign_in_failed",
      person: { id: person.id, displayName: "Quiet Heron 12", email: person.email },
    });
    const second = await page({ user: person.id, after: first.nextCursor! });
    expect(second.nextCursor).toBeNull();
    const all = [...first.items, ...second.items];
    expect(all).toHaveLength(31);
    expect(new Set(all.map((e) => e.id)).size).toBe(31);
    const keys = all.map((e) => [e.createdAt.getTime(), BigInt(e.id)] as const);
    for (let i = 1; i < keys.length; i += 1) {
      const [[at, id], [prevAt, prevId]] = [keys[i]!, keys[i - 1]!];
      expect(at < prevAt || (at === prevAt && id < prevId)).toBe(true);
    }

    const failed = await page({ user: person.id, kind: "sign_in_failed" });
    expect(failed.items).toHaveLength(15);
    expect(failed.items.every((e) => e.kind === "sign_in_failed")).toBe(true);

    const firstOfJuly = await page({ user: person.id, from: "2026-07-01", to: "2026-07-01" });
    expect(firstOfJuly.items.map((e) => e.kind).sort()).toEqual([
      "sign_in_failed",
      "sign_in_succeeded",
      "signed_out_everywhere",
    ]);
    const thirtiethOfJune = await page({ user: person.id, from: "2026-06-30", to: "2026-06-30" });
    expect(thirtiethOfJune.items.map((e) => e.kind)).not.toContain("signed_out_everywhere");

    // A date that does not exist, or an end before the start, is an error on the form and filters nothing.
    const wrong = securityEventsPageSchema.parse({ from: "2026-02-30", to: "2026-01-01" });
    expect(wrong.errors.from).toMatch(/real date/);
    expect(wrong.filter).toMatchObject({ since: undefined, before: undefined });
    expect(securityEventsPageSchema.parse({ from: "2026-03-02", to: "2026-03-01" }).errors.to).toMatch(/after/);
  });

  it("finds a person by email through a POST that answers with their id, keeping the other filters", async () => {
    const admin = await personWithRole("admin");
    const person = await createUser();
    session.actor = admin;
    await expect(
      findSecurityEventPersonAction(
        initialFormState,
        form({ email: ` ${person.email!.toUpperCase()} `, kind: "sign_in_failed", from: "2026-07-01" }),
      ),
    ).rejects.toThrow("NEXT_REDIRECT");
    expect(redirects.to).toEqual([`/admin/security?kind=sign_in_failed&user=${person.id}&from=2026-07-01`]);
    expect(redirects.to[0]).not.toContain("@");

    const missing = await findSecurityEventPersonAction(initialFormState, form({ email: "no-one@example.com" }));
    expect(missing.errors.email).toBe(NO_ACCOUNT_WITH_EMAIL);
    expect(await eventsOf({ userId: admin.id })).toEqual([]);
  });
});

describe("retention", () => {
  it("the scheduled job deletes events older than the setting, in batches, and keeps newer ones", async () => {
    const person = await createUser();
    const daysAgo = (days: number) => new Date(Date.now() - days * 24 * 60 * 60 * 1000);
    await db.securityEvent.createMany({
      data: [
        ...Array.from({ length: 7 }, () => ({
          kind: "sign_in_failed" as const,
          userId: person.id,
          createdAt: daysAgo(181),
        })),
        { kind: "sign_in_succeeded" as const, userId: person.id, createdAt: daysAgo(179) },
        { kind: "sign_in_succeeded" as const, userId: person.id, createdAt: daysAgo(40) },
      ],
    });
    // The default, 180 days, through the job's handler.
    await handlers["security-event-retention"]({});
    const kept = await eventsOf({ userId: person.id });
    expect(kept.map((e) => e.kind)).toEqual(["sign_in_succeeded", "sign_in_succeeded"]);
    expect(kept.every((e) => e.createdAt > daysAgo(180))).toBe(true);

    // A shorter period set by an admin is honoured; small batches delete everything due.
    await db.securityEvent.createMany({
      data: Array.from({ length: 5 }, () => ({
        kind: "sign_in_failed" as const,
        userId: person.id,
        createdAt: daysAgo(31),
      })),
    });
    await db.securityEvent.create({
      data: { kind: "signed_out_everywhere", userId: person.id, createdAt: daysAgo(29) },
    });
    await db.setting.upsert({
      where: { key: SECURITY_EVENT_RETENTION_KEY },
      create: { key: SECURITY_EVENT_RETENTION_KEY, value: 30 },
      update: { value: 30 },
    });
    try {
      // This person's 7 and any older ones other tests wrote.
      expect(await deleteExpiredSecurityEvents({ batchSize: 2 })).toBeGreaterThanOrEqual(7);
      expect(kinds(await eventsOf({ userId: person.id }))).toEqual(["signed_out_everywhere"]);
      expect(await db.securityEvent.count({ where: { createdAt: { lt: daysAgo(30) } } })).toBe(0);
    } finally {
      await db.setting.delete({ where: { key: SECURITY_EVENT_RETENTION_KEY } });
    }
  });
});

describe("deleting an account", () => {
  it("blanks the address on the person's events and keeps the rows", async () => {
    const person = await personWithPassword();
    await expect(
      signInWithPassword({ email: person.email, password: "not the password" }, { ip, device: null }),
    ).rejects.toBeInstanceOf(Invalid);
    await signInWithPassword({ email: person.email, password }, { ip, device: null });
    await deleteAccount(await signedInActor(person.id));
    expect(await eventsOf({ userId: person.id })).toMatchObject([
      { kind: "sign_in_failed", email: null, ip },
      { kind: "sign_in_succeeded", email: null, ip },
    ]);
  });
});
