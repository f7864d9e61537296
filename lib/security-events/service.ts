import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SecurityEventKind } from "@/lib/generated/prisma/enums";
import { currentRequestId } from "@/lib/request-scope";

export interface SecurityEventEntry {
  kind: SecurityEventKind;
  /** The person it concerns, when known. */
  userId?: string | null;
  /** The address typed at a sign-in or reset form; stored lower-case. Never a password or a token. */
  email?: string | null;
  /** The refused action's name (kind action_refused only). */
  action?: string | null;
  /** The client address behind the trusted proxy (lib/auth/client-ip.ts), when known. */
  ip?: string | null;
}

/**
 * Appends a security event, with the request's id. Pass the write's transaction where the event belongs to
 * one (an invitation used, a password changed); a failed sign-in has none, so it is written on its own.
 */
export async function recordSecurityEvent(
  entry: SecurityEventEntry,
  client: Prisma.TransactionClient = db,
): Promise<void> {
  await client.securityEvent.create({
    data: {
      kind: entry.kind,
      userId: entry.userId ?? null,
      email: entry.email ? entry.email.trim().toLowerCase().slice(0, 254) : null,
      action: entry.action ?? null,
      ip: entry.ip ?? null,
      requestId: currentRequestId(),
    },
  });
}
