import "server-only";
import { createHmac } from "node:crypto";
import pg from "pg";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { RateLimited } from "@/lib/errors";

// Limits live in Postgres (table rate_limit, from the migrations), so several app instances share them.
// rate-limiter-flexible can swap this store for Redis or memory without changing the callers.

// Password sign-in is limited per source (see signInWithPassword): a browser that has signed in to the account
// before (lib/auth/device.ts) has its own count, which nobody else can spend; behind a trusted proxy any other
// source is its IP; without one, every other source shares the account's "untrusted" count (a stranger can
// always shed cookies). So a stranger's guesses block the stranger, never the owner's own browser, and the owner
// on a new device can still ask for an emailed link, which makes that browser trusted.
// Link and reset requests: 5 an hour per source, and per account at most 10 every 15 minutes from untrusted
// sources (so nobody's inbox can be flooded, and the owner on a new browser waits 15 minutes at worst).
const OPEN_DATA_PER_MINUTE = Number(process.env.OPEN_DATA_REQUESTS_PER_MINUTE) || 120;

export const RATE_LIMITS = {
  "sign-in:device": { points: 10, duration: 15 * 60 },
  "sign-in:untrusted": { points: 10, duration: 15 * 60 },
  "sign-in:account-ip": { points: 10, duration: 15 * 60 },
  "sign-in:ip": { points: 100, duration: 15 * 60 },
  // Failed password checks across every account (credential stuffing); set by SIGN_IN_FAILURES_PER_MINUTE.
  "sign-in:failures": { points: Number(process.env.SIGN_IN_FAILURES_PER_MINUTE) || 100, duration: 60 },
  "sign-up:account": { points: 3, duration: 60 * 60 },
  "sign-up:ip": { points: 20, duration: 60 * 60 },
  "email-link:source": { points: 5, duration: 60 * 60 },
  "email-link:untrusted": { points: 10, duration: 15 * 60 },
  "email-link:ip": { points: 50, duration: 60 * 60 },
  "password-reset:source": { points: 5, duration: 60 * 60 },
  "password-reset:untrusted": { points: 10, duration: 15 * 60 },
  "password-reset:ip": { points: 50, duration: 60 * 60 },
  // Confirming identity on a signed-in session: a stolen cookie must not become a password oracle.
  "confirm-identity:account": { points: 5, duration: 15 * 60 },
  "ask:account": { points: 10, duration: 60 * 60 },
  "support:account": { points: 120, duration: 60 },
  // Conversation: a person may write 10 comments (new, replies and edits) in 10 minutes and report 20 posts an hour.
  "comment:account": { points: 10, duration: 10 * 60 },
  "flag:account": { points: 20, duration: 60 * 60 },
  // Messages through the contact page (lib/feedback/service.ts says who is counted where).
  "feedback:ip": { points: 5, duration: 60 * 60 },
  "feedback:account": { points: 5, duration: 60 * 60 },
  "feedback:visitors": { points: 30, duration: 60 * 60 },

  // Reads that cost a query each and are easy to script (see lib/read-limits.ts for who is counted where).
  "similar:ip": { points: 60, duration: 60 },
  "similar:account": { points: 60, duration: 60 },
  "similar:visitors": { points: 300, duration: 60 },
  "data-download:account": { points: 10, duration: 60 * 60 },
  // "Who is taking part" for dates someone chose, counted over every support in them (the presets are stored).
  "custom-period:ip": { points: 30, duration: 10 * 60 },
  "custom-period:account": { points: 30, duration: 10 * 60 },
  "custom-period:visitors": { points: 120, duration: 10 * 60 },

  // The open-data API (/api/v1): per source IP behind a trusted proxy; without one every caller shares one
  // bucket ten times as large (lib/open-data/api/limits.ts). OPEN_DATA_REQUESTS_PER_MINUTE sets the allowance.
  "open-data:ip": { points: OPEN_DATA_PER_MINUTE, duration: 60 },
  "open-data:visitors": { points: 10 * OPEN_DATA_PER_MINUTE, duration: 60 },

  // Events (lib/room/limits.ts): wrong join and follow-up codes per source, so codes cannot be guessed, while a
  // class on one school address joining at once is never slowed (a right code is not counted); the "in-flight"
  // limits bound how many tries from one source can be checked at the same instant. Asking and supporting are
  // limited per participant, not per address, for the same reason.
  "join-code:ip": { points: 60, duration: 15 * 60 },
  "join-code:ip-in-flight": { points: 300, duration: 15 * 60 },
  "join-code:visitors": { points: 300, duration: 15 * 60 },
  "join-code:visitors-in-flight": { points: 1000, duration: 15 * 60 },
  "follow-up-code:ip": { points: 30, duration: 15 * 60 },
  "follow-up-code:ip-in-flight": { points: 100, duration: 15 * 60 },
  "follow-up-code:visitors": { points: 150, duration: 15 * 60 },
  "follow-up-code:visitors-in-flight": { points: 300, duration: 15 * 60 },
  "room-ask:participant": { points: 10, duration: 10 * 60 },
  "room-support:participant": { points: 120, duration: 60 },
  "room-follow-up:participant": { points: 5, duration: 60 * 60 },
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

/**
 * Keys what identifies a person (an email, an IP, a device) with an HMAC under a server secret, so the limits
 * table holds none of them: a plain SHA-256 of an email or an IPv4 address is reversed by trying them all.
 */
export function subjectKey(subject: string): string {
  const secret = process.env.RATE_LIMIT_SECRET || process.env.AUTH_SECRET;
  if (!secret) throw new Error("Rate limits need RATE_LIMIT_SECRET or AUTH_SECRET to key their counters.");
  return createHmac("sha256", secret).update(subject.trim().toLowerCase()).digest("hex").slice(0, 40);
}

/**
 * A refusal by one of the limits. `firstInWindow` is true for exactly one try per limit, subject and window:
 * the one that found the limit just spent (its count one past the allowance; the store counts atomically, so
 * two tries at once cannot both see it). A caller records a lock-out on that one alone, so a flood of refused
 * tries writes one record per window, not one per try.
 */
export class LimitRefused extends RateLimited {
  constructor(
    retryAfterSeconds: number,
    readonly firstInWindow: boolean,
  ) {
    super(retryAfterSeconds);
  }
}

/**
 * Counts one attempt against each named limit; throws LimitRefused (with when to retry) once any is spent.
 * Returns the largest count so far among them, for callers that slow down before they block.
 */
export async function consumeRateLimits(
  checks: { name: RateLimitName; subject: string | null | undefined }[],
): Promise<number> {
  let retryAfterMs = 0;
  let mostUsed = 0;
  let firstInWindow = false;
  for (const check of checks) {
    if (!check.subject) continue;
    try {
      const result = await limiter(check.name).consume(subjectKey(check.subject));
      mostUsed = Math.max(mostUsed, result.consumedPoints);
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      retryAfterMs = Math.max(retryAfterMs, rejection.msBeforeNext);
      if (rejection.consumedPoints === RATE_LIMITS[check.name].points + 1) firstInWindow = true;
    }
  }
  if (retryAfterMs > 0) throw new LimitRefused(Math.ceil(retryAfterMs / 1000), firstInWindow);
  return mostUsed;
}

/** Where one subject stands against one limit after a request counted: for RateLimit response headers. */
export interface RateLimitStanding {
  limit: number;
  windowSeconds: number;
  remaining: number;
  resetSeconds: number;
}

/** Counts one request against one limit and says where the subject stands; throws LimitRefused once spent. */
export async function consumeRateLimit(name: RateLimitName, subject: string): Promise<RateLimitStanding> {
  const { points, duration } = RATE_LIMITS[name];
  try {
    const result = await limiter(name).consume(subjectKey(subject));
    return {
      limit: points,
      windowSeconds: duration,
      remaining: result.remainingPoints,
      resetSeconds: Math.max(1, Math.ceil(result.msBeforeNext / 1000)),
    };
  } catch (rejection) {
    if (!(rejection instanceof RateLimiterRes)) throw rejection;
    throw new LimitRefused(
      Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)),
      rejection.consumedPoints === points + 1,
    );
  }
}

/** Milliseconds until a limit has room again, without counting anything (0 when it has room now). */
export async function rateLimitWait(name: RateLimitName, subject: string): Promise<number> {
  const state = await limiter(name).get(subjectKey(subject));
  return state && state.consumedPoints >= RATE_LIMITS[name].points ? Math.max(1, state.msBeforeNext) : 0;
}

/** Counts one event (a failure) against a limit without refusing this request: later ones are refused. */
export async function countAgainstRateLimit(name: RateLimitName, subject: string): Promise<void> {
  await limiter(name).penalty(subjectKey(subject), 1);
}

/** Gives back one attempt counted by consumeRateLimits (for limits that count tries in flight). */
export async function refundRateLimit(name: RateLimitName, subject: string): Promise<void> {
  await limiter(name).reward(subjectKey(subject), 1);
}

/** Clears the per-account count after a success (a correct password), so a person is not locked out later. */
export async function resetRateLimit(name: RateLimitName, subject: string): Promise<void> {
  await limiter(name).delete(subjectKey(subject));
}
