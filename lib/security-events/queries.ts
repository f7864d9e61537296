import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { NotFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SecurityEventKind } from "@/lib/generated/prisma/enums";
import { encodeSerialCursor, type SerialCursor } from "@/lib/keyset";
import type { SecurityEventFilter } from "./schemas";

export const SECURITY_EVENT_PAGE_SIZE = 25;

export interface SecurityEventRow {
  id: string;
  kind: SecurityEventKind;
  createdAt: Date;
  /** The address typed at the form, when the event has one. */
  email: string | null;
  action: string | null;
  ip: string | null;
  requestId: string | null;
  person: { id: string; displayName: string; email: string | null } | null;
}

/**
 * One page of security events, newest first, for administrators. Keyset pagination on (created_at, id),
 * served by the index on those alone or after kind or user_id (whichever filter is set); `after` is the last
 * row of the previous page.
 */
export async function listSecurityEvents(
  actor: Actor | null,
  filter: SecurityEventFilter,
  after?: SerialCursor,
): Promise<{ items: SecurityEventRow[]; nextCursor: string | null }> {
  requirePermission(actor, "securityEvent.read");
  const where: Prisma.SecurityEventWhereInput = {
    kind: filter.kind,
    userId: filter.userId,
    createdAt: filter.since || filter.before ? { gte: filter.since, lt: filter.before } : undefined,
    AND: after ? [{ OR: [{ createdAt: { lt: after.at } }, { createdAt: after.at, id: { lt: after.id } }] }] : undefined,
  };
  const rows = await db.securityEvent.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: SECURITY_EVENT_PAGE_SIZE + 1,
    select: {
      id: true,
      kind: true,
      createdAt: true,
      email: true,
      action: true,
      ip: true,
      requestId: true,
      user: { select: { id: true, displayName: true, email: true } },
    },
  });
  const items = rows.slice(0, SECURITY_EVENT_PAGE_SIZE).map(({ id, user, ...row }) => ({
    ...row,
    id: id.toString(),
    person: user,
  }));
  const last = items.at(-1);
  return {
    items,
    nextCursor:
      rows.length > SECURITY_EVENT_PAGE_SIZE && last
        ? encodeSerialCursor({ at: last.createdAt, id: BigInt(last.id) })
        : null,
  };
}

export const NO_ACCOUNT_WITH_EMAIL =
  "No account uses that email address. Check the spelling, or enter the person's full email address";

/**
 * The id of the person with this exact email address, whose events the list is then filtered to. The
 * address arrives by POST and leaves as an opaque id, so no URL, log or Referer holds it.
 */
export async function findSecurityEventPersonId(actor: Actor | null, email: string): Promise<string> {
  requirePermission(actor, "securityEvent.read");
  const person = await db.user.findUnique({ where: { email }, select: { id: true } });
  if (!person) throw new NotFound(NO_ACCOUNT_WITH_EMAIL);
  return person.id;
}

/** The person the list is filtered to, named above it. */
export async function securityEventPerson(
  actor: Actor | null,
  userId: string,
): Promise<{ id: string; displayName: string; email: string | null } | null> {
  requirePermission(actor, "securityEvent.read");
  return db.user.findUnique({ where: { id: userId }, select: { id: true, displayName: true, email: true } });
}
