import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { PlatformRole, UserStatus } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/permissions";
import { assertAllowed } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/audit/service";
import { Conflict, Invalid } from "@/lib/errors";
import { parseOrInvalid } from "@/lib/validation";
import { accountActionAccess } from "./policy";
import { DATE_IN_FUTURE, REASON_REQUIRED, SUSPENSION_REASON_LIMIT, personSchema } from "./schemas";

// A moderator's hold on a person's account: a suspension (every write refused but the few that look after their
// own data; lib/auth/permissions.ts) and a cool-down (every post held for a moderator; the screening reads
// posts_held_until). Each locks the person's row, so two moderators acting at once apply one after the other,
// and writes one audit entry in the same transaction. The person stays signed in: the next request refuses.

export const NOT_SUSPENDED = "This person is not suspended. Reload the page to see their account as it is now.";
export const NO_COOL_DOWN =
  "This person's posts are not being held. Reload the page to see their account as it is now.";

type Tx = Prisma.TransactionClient;

interface LockedPerson {
  id: string;
  platform_role: PlatformRole;
  status: UserStatus;
  suspended_reason: string | null;
  suspended_until: Date | null;
  posts_held_until: Date | null;
}

/** Locks the person's row and checks that this moderator may act on them. */
async function lockPerson(tx: Tx, actor: Actor, userId: string): Promise<LockedPerson> {
  const [person] = await tx.$queryRaw<LockedPerson[]>`
    SELECT id, platform_role, status, suspended_reason, suspended_until, posts_held_until
    FROM "user" WHERE id = ${userId}::uuid FOR UPDATE`;
  assertAllowed(
    accountActionAccess(
      actor,
      person ? { id: person.id, platformRole: person.platform_role, deleted: person.status === "deleted" } : null,
    ),
  );
  return person!;
}

function inForce(person: LockedPerson, now: Date): boolean {
  return person.status === "suspended" && (!person.suspended_until || person.suspended_until > now);
}

/**
 * Suspends the person (or changes a suspension in force: its reason and end date). `until` null: until a
 * moderator lifts it. The reason is shown to them on every page.
 */
export async function suspendAccount(
  actor: Actor | null,
  input: { userId: string; reason: string; until: Date | null },
): Promise<void> {
  requirePermission(actor, "moderation.suspend");
  const { userId } = parseOrInvalid(personSchema, input);
  const reason = input.reason.trim();
  if (!reason) throw new Invalid(REASON_REQUIRED, { reason: REASON_REQUIRED });
  if (reason.length > SUSPENSION_REASON_LIMIT) {
    const message = `The reason must be ${SUSPENSION_REASON_LIMIT} characters or fewer`;
    throw new Invalid(message, { reason: message });
  }
  const now = new Date();
  if (input.until && input.until <= now) throw new Invalid(DATE_IN_FUTURE, { until: DATE_IN_FUTURE });
  await db.$transaction(async (tx) => {
    const person = await lockPerson(tx, actor, userId);
    await tx.user.update({
      where: { id: person.id },
      data: { status: "suspended", suspendedReason: reason, suspendedUntil: input.until },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "account.suspended",
      targetType: "user",
      targetId: person.id,
      before: inForce(person, now)
        ? { status: "suspended", reason: person.suspended_reason, until: person.suspended_until }
        : { status: "active" },
      after: { status: "suspended", reason, until: input.until },
    });
  });
}

/** Ends a suspension in force at once. */
export async function liftSuspension(actor: Actor | null, input: { userId: string }): Promise<void> {
  requirePermission(actor, "moderation.suspend");
  const { userId } = parseOrInvalid(personSchema, input);
  await db.$transaction(async (tx) => {
    const person = await lockPerson(tx, actor, userId);
    if (!inForce(person, new Date())) throw new Conflict(NOT_SUSPENDED);
    await tx.user.update({
      where: { id: person.id },
      data: { status: "active", suspendedReason: null, suspendedUntil: null },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "account.suspensionLifted",
      targetType: "user",
      targetId: person.id,
      before: { status: "suspended", reason: person.suspended_reason, until: person.suspended_until },
      after: { status: "active" },
    });
  });
}

/** Holds every post the person writes for a moderator until `until` (a cool-down), or changes when it ends. */
export async function setCoolDown(actor: Actor | null, input: { userId: string; until: Date }): Promise<void> {
  requirePermission(actor, "moderation.suspend");
  const { userId } = parseOrInvalid(personSchema, input);
  const now = new Date();
  if (!(input.until > now)) throw new Invalid(DATE_IN_FUTURE, { held: DATE_IN_FUTURE });
  await db.$transaction(async (tx) => {
    const person = await lockPerson(tx, actor, userId);
    await tx.user.update({ where: { id: person.id }, data: { postsHeldUntil: input.until } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "account.coolDownSet",
      targetType: "user",
      targetId: person.id,
      before: {
        postsHeldUntil: person.posts_held_until && person.posts_held_until > now ? person.posts_held_until : null,
      },
      after: { postsHeldUntil: input.until },
    });
  });
}

/** Ends a cool-down at once: the person's next posts are screened as anyone's are. */
export async function endCoolDown(actor: Actor | null, input: { userId: string }): Promise<void> {
  requirePermission(actor, "moderation.suspend");
  const { userId } = parseOrInvalid(personSchema, input);
  await db.$transaction(async (tx) => {
    const person = await lockPerson(tx, actor, userId);
    if (!person.posts_held_until || person.posts_held_until <= new Date()) throw new Conflict(NO_COOL_DOWN);
    await tx.user.update({ where: { id: person.id }, data: { postsHeldUntil: null } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "account.coolDownEnded",
      targetType: "user",
      targetId: person.id,
      before: { postsHeldUntil: person.posts_held_until },
      after: { postsHeldUntil: null },
    });
  });
}

export const NO_ONE_WITH_THAT_EMAIL = "We could not find anyone with that email address.";

/**
 * Finds a person by their exact email address (lower-cased), for a moderator: the address is posted, never put
 * in a URL, and the answer is only the person's opaque id.
 */
export async function findPersonIdByEmail(actor: Actor | null, input: { email: string }): Promise<string> {
  requirePermission(actor, "moderation.suspend");
  const person = await db.user.findUnique({
    where: { email: input.email.trim().toLowerCase() },
    select: { id: true, status: true },
  });
  if (!person || person.status === "deleted")
    throw new Invalid(NO_ONE_WITH_THAT_EMAIL, { email: NO_ONE_WITH_THAT_EMAIL });
  return person.id;
}
