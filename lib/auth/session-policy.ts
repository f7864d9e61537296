// How long a session lasts and how recent the last proof of identity must be before a sensitive change.
// These are deployment settings (environment variables, with the defaults below), not rows in the `setting`
// table: they are read on every request inside loadActor, where an extra query would double its cost, and a
// security limit should not be loosened from the admin screens by the accounts it constrains.
//
// Defaults (OWASP ASVS 3.3, NCSC guidance for public services):
// - citizens: 7 days idle, 30 days absolute: a resident who takes part every week stays signed in on their own
//   device, and nobody stays signed in for ever.
// - staff (moderators, administrators, partner members): 30 minutes idle, 12 hours absolute: they can see other
//   people's details and act on them, often on shared office computers; one working day per sign-in.
// - fresh proof: 15 minutes, long enough to finish one task after confirming, short enough that an unattended
//   signed-in browser cannot be used to delete the account or change someone's rights.

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

function seconds(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value <= 0) throw new Error(`${name} must be a whole number of seconds above 0.`);
  return value;
}

export const SESSION_POLICY = {
  citizen: {
    idleSeconds: seconds("SESSION_IDLE_SECONDS", 7 * DAY),
    absoluteSeconds: seconds("SESSION_ABSOLUTE_SECONDS", 30 * DAY),
  },
  staff: {
    idleSeconds: seconds("STAFF_SESSION_IDLE_SECONDS", 30 * MINUTE),
    absoluteSeconds: seconds("STAFF_SESSION_ABSOLUTE_SECONDS", 12 * HOUR),
  },
  freshProofSeconds: seconds("FRESH_PROOF_SECONDS", 15 * MINUTE),
  /** last_seen_at is written at most this often per session, so a busy page costs no write. */
  touchEverySeconds: 60,
} as const;

/** The longest any session can live: the token's own lifetime never exceeds it. */
export const LONGEST_SESSION_SECONDS = Math.max(
  SESSION_POLICY.citizen.absoluteSeconds,
  SESSION_POLICY.staff.absoluteSeconds,
);
