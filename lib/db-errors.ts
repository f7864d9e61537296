// Prisma's error codes, read here and nowhere else: a service asks what kind of failure it was, never
// matches an error's text. Codes: https://www.prisma.io/docs/orm/reference/error-reference
import { Prisma } from "@/lib/generated/prisma/client";

const UNIQUE_VIOLATION = "P2002";
const FOREIGN_KEY_VIOLATION = "P2003";
/** An interactive transaction outlived its timeout, or could not get a connection in time (pool exhausted). */
const TRANSACTION_TIMEOUT = "P2028";
/** PostgreSQL's serialization failure (40001) or deadlock (40P01): running the transaction again may succeed. */
const WRITE_CONFLICT = "P2034";

/** The database could not be reached, or closed the connection (Prisma's connection errors). */
const DATABASE_UNREACHABLE = new Set(["P1001", "P1002", "P1017"]);
/** The same failures as the pg adapter reports them under a raw query's P2010. */
const UNREACHABLE_ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout"]);

function codeOf(error: unknown): string | undefined {
  return error instanceof Prisma.PrismaClientKnownRequestError ? error.code : undefined;
}

export function isUniqueViolation(error: unknown): boolean {
  return codeOf(error) === UNIQUE_VIOLATION;
}

/** A row referred to another that does not exist (or no longer does). */
export function isForeignKeyViolation(error: unknown): boolean {
  return codeOf(error) === FOREIGN_KEY_VIOLATION;
}

/**
 * The database is away (stopped, restarting, unreachable): the request cannot be served now, but nothing is
 * wrong with it, so it is answered "service unavailable" (503) rather than as an unexpected error.
 */
export function isDatabaseUnreachable(error: unknown): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return false;
  if (DATABASE_UNREACHABLE.has(error.code)) return true;
  const adapterError = error.meta?.driverAdapterError;
  const kind =
    typeof adapterError === "object" && adapterError !== null && "cause" in adapterError
      ? (adapterError.cause as { kind?: unknown } | null)?.kind
      : undefined;
  return typeof kind === "string" && UNREACHABLE_ADAPTER_KINDS.has(kind);
}

export function isTransactionTimeout(error: unknown): boolean {
  return codeOf(error) === TRANSACTION_TIMEOUT;
}

export function isWriteConflict(error: unknown): boolean {
  return codeOf(error) === WRITE_CONFLICT;
}

/** Runs a transaction again (up to `attempts` times in all) while PostgreSQL refuses it as a write conflict. */
export async function retryOnWriteConflict<T>(transaction: () => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await transaction();
    } catch (error) {
      if (attempt >= attempts || !isWriteConflict(error)) throw error;
    }
  }
}
