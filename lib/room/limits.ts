import "server-only";
import { describeWait, RateLimited } from "@/lib/errors";
import { consumeRateLimits, LimitRefused, rateLimitWait, refundRateLimit, type RateLimitName } from "@/lib/rate-limit";
import { ALL_VISITORS } from "@/lib/read-limits";

// Who a wrong code is counted against. Behind a trusted proxy, the address it came from: a whole class shares a
// school's address, which is why only WRONG codes count, so thirty students joining at once cost nothing and a
// handful of typos leave room to spare. Without a trusted proxy the address cannot be told (X-Forwarded-For is
// whatever the client says), so every visitor shares one bucket: generous for people, and it bounds what all
// guessers together can try.

type CodeKind = "join-code" | "follow-up-code";

function codeLimits(kind: CodeKind, ip: string | null) {
  const source = ip ? ({ who: "ip", subject: ip } as const) : ({ who: "visitors", subject: ALL_VISITORS } as const);
  return {
    wrong: { name: `${kind}:${source.who}` as RateLimitName, subject: source.subject },
    inFlight: { name: `${kind}:${source.who}-in-flight` as RateLimitName, subject: source.subject },
  };
}

/**
 * Looks a code up under its limits. Refused at once when the source's wrong codes are spent, so a guesser who
 * has used them learns nothing more, right code or wrong. A wrong code is counted after the lookup (atomically,
 * in Postgres), and the tries being checked at the same instant are capped by the in-flight limit, so a burst
 * of a thousand tries at once cannot all slip past the first check: at most the wrong codes' allowance plus the
 * in-flight cap per window. Throws CodeTriesPaused; returns null for a wrong code.
 */
export async function lookUpCodeWithinLimit<Found>(
  kind: CodeKind,
  ip: string | null,
  lookUp: () => Promise<Found | null>,
): Promise<Found | null> {
  const limits = codeLimits(kind, ip);
  const wait = await rateLimitWait(limits.wrong.name, limits.wrong.subject);
  if (wait > 0) throw new CodeTriesPaused(kind, Math.ceil(wait / 1000));
  await pausedWhenRefused(kind, () => consumeRateLimits([limits.inFlight]));
  let found: Found | null;
  try {
    found = await lookUp();
  } finally {
    await refundRateLimit(limits.inFlight.name, limits.inFlight.subject);
  }
  if (found === null) await pausedWhenRefused(kind, () => consumeRateLimits([limits.wrong]));
  return found;
}

async function pausedWhenRefused(kind: CodeKind, consume: () => Promise<unknown>): Promise<void> {
  try {
    await consume();
  } catch (error) {
    if (error instanceof LimitRefused) throw new CodeTriesPaused(kind, error.retryAfterSeconds);
    throw error;
  }
}

type ParticipantLimit = "room-ask:participant" | "room-support:participant" | "room-follow-up:participant";

/** What a participant is told when a limit refuses them, said for what they tried to do. */
const PARTICIPANT_LIMIT_WORDS: Record<ParticipantLimit, string> = {
  "room-ask:participant": "You have sent a lot of questions in a short time",
  "room-support:participant": "You have supported a lot of questions in a short time",
  "room-follow-up:participant": "You have taken a lot of follow-up codes",
};

/** Counts a participant's ask, support or follow-up code against their own limit (never their address's). */
export async function consumeParticipantLimit(name: ParticipantLimit, participantId: string): Promise<void> {
  try {
    await consumeRateLimits([{ name, subject: participantId }]);
  } catch (error) {
    if (!(error instanceof LimitRefused)) throw error;
    const refusal = new RateLimited(error.retryAfterSeconds);
    refusal.message = `${PARTICIPANT_LIMIT_WORDS[name]}. Try again in ${describeWait(error.retryAfterSeconds)}.`;
    throw refusal;
  }
}

/** Refused: too many wrong codes from this connection. Says so plainly (a class may share the connection). */
export class CodeTriesPaused extends RateLimited {
  constructor(kind: CodeKind, retryAfterSeconds: number) {
    super(retryAfterSeconds);
    const what = kind === "join-code" ? "join codes" : "follow-up codes";
    this.message = `Too many wrong ${what} have been tried from your connection. Try again in ${describeWait(retryAfterSeconds)}.`;
    this.name = "CodeTriesPaused";
  }
}
