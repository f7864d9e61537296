import "server-only";
import { createHash } from "node:crypto";
import pg from "pg";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { RateLimited } from "@/lib/errors";

// Limits live in Postgres (table rate_limit, from the migrations), so several app instances share them.
// rate-limiter-flexible can swap this store for Redis or memory without changing the callers.

export const RATE_LIMITS = {
  "sign-in:account": { points: 10, duration: 15 * 60 },
  "sign-in:ip": { points: 100, duration: 15 * 60 },
  "sign-up:account": { points: 3, duration: 60 * 60 },
  "sign-up:ip": { points: 20, duration: 60 * 60 },
  "email-link:account": { points: 5, duration: 60 * 60 },
  "email-link:ip": { points: 50, duration: 60 * 60 },
  "password-reset:account": { points: 5, duration: 60 * 60 },
  "password-reset:ip": { points: 50, duration: 60 * 60 },
  // Confirming identity on a signed-in session: a stolen cookie must not become a password oracle.
  "confirm-identity:account": { points: 5, duration: 15 * 60 },
  "ask:account": { points: 10, duration: 60 * 60 },
  "support:account": { points: 120, duration: 60 },

  // Reads that cost a query each and are easy to script (see lib/read-limits.ts for who is counted where).
  "similar:ip": { points: 60, duration: 60 },
  "similar:account": { points: 60, duration: 60 },
  "similar:visitors": { points: 300, duration: 60 },
  "data-download:account": { points: 10, duration: 60 * 60 },
} as const;

export type RateLimitName = keyof typeof RATE_LIMITS;

const globalForLimits = globalThis as unknown as {
  rateLimitPool?: pg.Pool;
  rateLimiters?: Map<string, RateLimiterPostgres>;
};

function limiter(name: RateLimitName): RateLimiterPostgres {
  globalForLimits.rateLimiters ??= new Map();
  let existing = globalForLimits.rateLimiters.get(name);
  if (!existing) {
    if (!globalForLimits.rateLimitPool) {
      globalForLimits.rateLimitPool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 3 });
      // An idle connection dropped by the server must not crash the process; the next query reconnects.
      globalForLimits.rateLimitPool.on("error", (error) => console.error("rate-limit pool:", error.message));
    }
    existing = new RateLimiterPostgres({
      storeClient: globalForLimits.rateLimitPool,
      storeType: "pool",
      tableName: "rate_limit",
      tableCreated: true,
      keyPrefix: name,
      ...RATE_LIMITS[name],
    });
    globalForLimits.rateLimiters.set(name, existing);
  }
  return existing;
}

/** Hashes what identifies a person (an email, an IP) so the limits table holds none. */
function subjectKey(subject: string): string {
  return createHash("sha256").update(subject.trim().toLowerCase()).digest("hex").slice(0, 40);
}

/** Counts one attempt against each named limit; throws RateLimited (with when to retry) once any is spent. */
export async function consumeRateLimits(
  checks: { name: RateLimitName; subject: string | null | undefined }[],
): Promise<void> {
  let retryAfterMs = 0;
  for (const check of checks) {
    if (!check.subject) continue;
    try {
      await limiter(check.name).consume(subjectKey(check.subject));
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) retryAfterMs = Math.max(retryAfterMs, rejection.msBeforeNext);
      else throw rejection;
    }
  }
  if (retryAfterMs > 0) throw new RateLimited(Math.ceil(retryAfterMs / 1000));
}

/** Clears the per-account count after a success (a correct password), so a person is not locked out later. */
export async function resetRateLimit(name: RateLimitName, subject: string): Promise<void> {
  await limiter(name).delete(subjectKey(subject));
}
