import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/permissions";
import { encodeSerialCursor, type SerialCursor } from "@/lib/keyset";
import type { AuditFilters } from "./schemas";

// Reads of the audit log, for administrators only: a page of entries for /admin/audit and the same entries in
// batches for the CSV download. Newest first, keyset-paginated on (created_at, id): each filter has an index
// that leads with it and ends in (created_at DESC, id DESC), so every page is one index range scan.

export const AUDIT_PAGE_SIZE = 25;
/** Rows read per query by the CSV download: enough to be quick, few enough that memory stays flat. */
export const AUDIT_EXPORT_BATCH = 500;

const entrySelect = {
  id: true,
  createdAt: true,
  actorId: true,
  action: true,
  targetType: true,
  targetId: true,
  before: true,
  after: true,
  requestId: true,
  actor: { select: { displayName: true, email: true } },
} satisfies Prisma.AuditLogSelect;

export type AuditEntry = Prisma.AuditLogGetPayload<{ select: typeof entrySelect }>;

function whereOf(filters: AuditFilters, after: SerialCursor | null): Prisma.AuditLogWhereInput {
  const createdAt =
    filters.since || filters.until
      ? { ...(filters.since ? { gte: filters.since } : {}), ...(filters.until ? { lt: filters.until } : {}) }
      : undefined;
  return {
    ...(filters.actorId !== undefined ? { actorId: filters.actorId } : {}),
    ...(filters.action ? { action: filters.action } : {}),
    ...(filters.targetType ? { targetType: filters.targetType } : {}),
    ...(filters.targetId ? { targetId: filters.targetId } : {}),
    ...(createdAt ? { createdAt } : {}),
    ...(after
      ? { AND: [{ OR: [{ createdAt: { lt: after.at } }, { createdAt: after.at, id: { lt: after.id } }] }] }
      : {}),
  };
}

async function readEntries(filters: AuditFilters, after: SerialCursor | null, take: number): Promise<AuditEntry[]> {
  return db.auditLog.findMany({
    where: whereOf(filters, after),
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
    select: entrySelect,
  });
}

/** One page of entries matching the filters, newest first, and the cursor for the next page (null on the last). */
export async function listAuditEntries(
  reader: Actor | null,
  filters: AuditFilters,
  after: SerialCursor | null = null,
): Promise<{ items: AuditEntry[]; nextCursor: string | null }> {
  requirePermission(reader, "audit.read");
  const rows = await readEntries(filters, after, AUDIT_PAGE_SIZE + 1);
  const items = rows.slice(0, AUDIT_PAGE_SIZE);
  const last = items.at(-1);
  return {
    items,
    nextCursor: rows.length > AUDIT_PAGE_SIZE && last ? encodeSerialCursor({ at: last.createdAt, id: last.id }) : null,
  };
}

/**
 * Every entry matching the filters, newest first, a batch at a time (one keyset query each), for the CSV download.
 * The permission is checked before the first batch is read.
 */
export function auditEntryBatches(reader: Actor | null, filters: AuditFilters): AsyncGenerator<AuditEntry[]> {
  requirePermission(reader, "audit.read");
  return (async function* () {
    let after: SerialCursor | null = null;
    for (;;) {
      const batch = await readEntries(filters, after, AUDIT_EXPORT_BATCH);
      if (batch.length) yield batch;
      if (batch.length < AUDIT_EXPORT_BATCH) return;
      const last = batch[batch.length - 1]!;
      after = { at: last.createdAt, id: last.id };
    }
  })();
}

export interface AuditActorOption {
  id: string;
  displayName: string;
  email: string | null;
}

/**
 * The people offered by the log's person filter: the staff (moderators, administrators and partner members), who
 * write nearly every entry, by name; and the person already chosen, when someone else (a citizen's own change).
 */
export async function auditActorOptions(reader: Actor | null, chosenId?: string | null): Promise<AuditActorOption[]> {
  requirePermission(reader, "audit.read");
  return db.user.findMany({
    where: {
      OR: [
        { platformRole: { in: ["moderator", "admin"] } },
        { memberships: { some: {} } },
        ...(chosenId ? [{ id: chosenId }] : []),
      ],
    },
    orderBy: [{ displayName: "asc" }, { id: "asc" }],
    select: { id: true, displayName: true, email: true },
  });
}
