import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import type { AgeBand } from "@/lib/generated/prisma/enums";

export const AGE_BAND_REQUEST_PAGE_SIZE = 25;

export interface PendingAgeBandRequest {
  id: string;
  displayName: string;
  fromBand: AgeBand | null;
  toBand: AgeBand;
  createdAt: Date;
  accountCreatedAt: Date;
}

// What a moderator sees of a pending request: never the email address.
const pendingSelect = {
  id: true,
  fromBand: true,
  toBand: true,
  createdAt: true,
  user: { select: { displayName: true, createdAt: true } },
} as const;

function toPending(row: {
  id: string;
  fromBand: AgeBand | null;
  toBand: AgeBand;
  createdAt: Date;
  user: { displayName: string; createdAt: Date };
}): PendingAgeBandRequest {
  return {
    id: row.id,
    displayName: row.user.displayName,
    fromBand: row.fromBand,
    toBand: row.toBand,
    createdAt: row.createdAt,
    accountCreatedAt: row.user.createdAt,
  };
}

/** The cursor after a row: its time and id, so rows asked in the same millisecond are neither skipped nor repeated. */
export function cursorOf(row: { createdAt: Date; id: string }): string {
  return `${row.createdAt.getTime()}~${row.id}`;
}

/**
 * Pending requests, oldest first (they have waited longest), a page at a time by keyset over the
 * (state, created_at, id) index. Only what a moderator needs to decide: the public name, the change, and how
 * long the account has existed; never the email address. Requests of deleted or suspended accounts are left out.
 */
export async function listPendingAgeBandRequests(
  after?: string,
): Promise<{ requests: PendingAgeBandRequest[]; next: string | null }> {
  const [time, id] = after ? after.split("~") : [];
  const rows = await db.ageBandChangeRequest.findMany({
    where: {
      state: "pending",
      user: { status: "active" },
      ...(time && id
        ? {
            OR: [{ createdAt: { gt: new Date(Number(time)) } }, { createdAt: new Date(Number(time)), id: { gt: id } }],
          }
        : {}),
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: AGE_BAND_REQUEST_PAGE_SIZE + 1,
    select: pendingSelect,
  });
  const page = rows.slice(0, AGE_BAND_REQUEST_PAGE_SIZE);
  return {
    requests: page.map(toPending),
    next: rows.length > AGE_BAND_REQUEST_PAGE_SIZE ? cursorOf(page[page.length - 1]!) : null,
  };
}

/** The person's own latest request, for their profile page: pending ("waiting for a moderator") or decided. */
export function latestAgeBandRequestOf(userId: string) {
  return db.ageBandChangeRequest.findFirst({
    where: { userId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { state: true, toBand: true, reason: true, createdAt: true, decidedAt: true },
  });
}

/** One pending request, for the decision page; null when decided, unknown or of an inactive account. */
export const findPendingAgeBandRequest = cache(async function findPendingAgeBandRequest(
  id: string,
): Promise<PendingAgeBandRequest | null> {
  const row = await db.ageBandChangeRequest.findFirst({
    where: { id, state: "pending", user: { status: "active" } },
    select: pendingSelect,
  });
  return row ? toPending(row) : null;
});
