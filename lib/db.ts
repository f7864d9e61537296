import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

// One client per process; Next's dev server re-evaluates modules, so keep it on globalThis there.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

function createClient(): PrismaClient {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) throw new Error("DATABASE_URL is not set");
  // Timestamps are stored as UTC in columns without a time zone; pin the session so now() and defaults agree
  // whatever the server's TimeZone setting is.
  return new PrismaClient({
    adapter: new PrismaPg({
      connectionString,
      max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
      // No request waits on the database for ever. A new connection that does not open, or a free one that does
      // not come, within 15 s fails the query: pg counts the wait for a pooled connection against this too, so it
      // matches the transactions' maxWait below rather than cutting a busy pool's queue shorter. (A stopped
      // database refuses at once, and once its watcher has noticed, proxy.ts answers 503 before a request
      // starts: lib/database-availability.ts.) A statement still running after 30 s is cancelled by the server.
      // Keep-alive finds connections a network fault cut.
      connectionTimeoutMillis: Number(process.env.DATABASE_CONNECT_TIMEOUT_MS ?? 15_000),
      keepAlive: true,
      options: `-c TimeZone=UTC -c statement_timeout=${Number(process.env.DATABASE_STATEMENT_TIMEOUT_MS ?? 30_000)}`,
    }),
    // Prisma gives up on a transaction that waits 2 s for a free connection. When many people act on one row at
    // once (twenty partners claiming one question, a room supporting one question) the writes queue on that row's
    // lock while holding connections, and the rest wait for one: they should queue and get their answer ("someone
    // else has it"), not fail with an unexpected error.
    transactionOptions: { maxWait: 15_000, timeout: 15_000 },
  });
}

export const db: PrismaClient = globalForPrisma.prisma ?? createClient();
if (process.env.NODE_ENV !== "production") globalForPrisma.prisma = db;
