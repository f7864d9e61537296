import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

/** The Postgres channel that carries "this event changed" to every app instance (LISTEN/NOTIFY). */
export const EVENT_CHANGED_CHANNEL = "event_changed";

/**
 * Says, inside the writing transaction, that something an event's pages show has changed. Postgres delivers a
 * NOTIFY only when the transaction commits, so no page refetches before the change is visible, and every
 * instance listening (the server-sent-events streams) hears it, whichever instance wrote.
 */
export async function signalEventChanged(tx: Prisma.TransactionClient, eventId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_notify(${EVENT_CHANGED_CHANNEL}, ${eventId})`;
}
