import "server-only";
import { randomInt } from "node:crypto";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/permissions";
import { isUniqueViolation } from "@/lib/db-errors";
import { isTrustedDevice, deviceIdOf } from "@/lib/auth/device";
import { Invalid, SignInPaused } from "@/lib/errors";
import { enqueue } from "@/lib/jobs/enqueue";
import {
  alreadyRegisteredMail,
  appUrl,
  passwordResetMail,
  signInLinkMail,
  verificationMail,
} from "@/lib/mail/templates";
import {
  consumeRateLimits,
  countAgainstRateLimit,
  LimitRefused,
  rateLimitWait,
  resetRateLimit,
} from "@/lib/rate-limit";
import { recordSecurityEvent } from "@/lib/security-events/service";
import { LINK_NOT_VALID, REPEATED_FAILURES, REPEATED_FAILURES_FIELD, WRONG_CREDENTIALS } from "./copy";
import { generateDisplayName } from "./display-name";
import { hashPassword, spendHashTime, verifyPassword } from "./password";
import { TOKEN_PATTERN } from "./token-rules";
import { consumeToken, hashToken, issueToken } from "./tokens";
import { endAllSessions } from "./sessions";
import type { SignInInput, SignUpInput } from "./schemas";

/** The sign-in page, keeping the page to come back to (for "you already have an account"). */
function signInUrl(returnTo?: string): string {
  return appUrl(returnTo ? `/sign-in?${new URLSearchParams({ returnTo }).toString()}` : "/sign-in");
}

/** An emailed link's address, with the page to come back to afterwards (a safe path, see return-path.ts). */
function linkUrl(path: string, token: string, returnTo?: string): string {
  const query = new URLSearchParams({ token });
  if (returnTo) query.set("returnTo", returnTo);
  return appUrl(`${path}?${query.toString()}`);
}

/**
 * Where a request came from, as far as it can be trusted: the client IP behind a trusted proxy (see
 * lib/auth/client-ip.ts), and the browser's device cookie (lib/auth/device.ts), null when it has none.
 */
export interface RequestContext {
  ip: string | null;
  device?: string | null;
}

/** What a session token holds: the user and the session version it was issued under. */
export interface SessionUser {
  id: string;
  sessionVersion: number;
}

// Requests whose answer must not reveal whether an email is registered take at least this long, so the
// slower branch (hashing, queueing mail) is hidden inside the floor. Both branches also do the same work:
// a password hash and one mail, or neither. Mail is queued, never sent, during the request (lib/jobs), so
// a slow mail server cannot make one branch outlast the floor.
export const ACCOUNT_RESPONSE_FLOOR_MS = 400;

// Wrong passwords from one source slow down before they block: each attempt after the third waits this much
// longer (at most 2 s), which costs the server a timer, not CPU.
const SLOW_DOWN_AFTER = 3;
// From this many wrong passwords from one source, the refusal offers the emailed link and the reset.
const OFFER_OTHER_WAYS_AFTER = 3;
const SLOW_DOWN_STEP_MS = 250;

async function withResponseFloor<T>(work: (slowDown: (ms: number) => void) => Promise<T>): Promise<T> {
  const started = performance.now();
  let floor = ACCOUNT_RESPONSE_FLOOR_MS;
  const slowDown = (ms: number) => (floor = ACCOUNT_RESPONSE_FLOOR_MS + Math.min(ms, 2000));
  const wait = () => new Promise((resolve) => setTimeout(resolve, Math.max(0, floor - (performance.now() - started))));
  try {
    const result = await work(slowDown);
    await wait();
    return result;
  } catch (error) {
    await wait();
    throw error;
  }
}

/**
 * Creates an unverified account and emails a confirmation link; for a registered email, emails that instead.
 * The age group (null: not said) is stored at once, so the protections apply from the first page.
 * `browser` is the random value of the signing-up browser's cookie (lib/auth/confirmation-browser.ts): the
 * link remembers its hash, so the password chosen here survives confirmation only from that browser.
 */
export function registerAccount(
  input: SignUpInput,
  context: RequestContext,
  browser: string | null = null,
): Promise<void> {
  return withResponseFloor(async () => {
    await consumeRateLimits([
      { name: "sign-up:account", subject: input.email },
      { name: "sign-up:ip", subject: context.ip },
    ]);
    const existing = await db.user.findUnique({ where: { email: input.email }, select: { id: true } });
    if (existing) {
      await spendHashTime(input.password);
      await enqueue(
        db,
        "send-mail",
        alreadyRegisteredMail(input.email, signInUrl(input.returnTo), appUrl("/reset-password")),
      );
      return;
    }
    const passwordHash = await hashPassword(input.password);
    try {
      await db.$transaction(async (tx) => {
        const user = await tx.user.create({
          data: {
            email: input.email,
            passwordHash,
            displayName: generateDisplayName(randomInt),
            ageBand: input.ageBand,
          },
          select: { id: true },
        });
        const token = await issueToken(tx, user.id, "email_verification", new Date(), browserHashOf(browser));
        await enqueue(tx, "send-mail", verificationMail(input.email, linkUrl("/verify-email", token, input.returnTo)));
      });
    } catch (error) {
      // Someone registered the same email a moment ago: answer exactly as for a registered email.
      if (!isUniqueViolation(error)) throw error;
      await enqueue(
        db,
        "send-mail",
        alreadyRegisteredMail(input.email, signInUrl(input.returnTo), appUrl("/reset-password")),
      );
    }
  });
}

/**
 * "Send it again" on the sign-up check-your-email page: a new confirmation link for an account still waiting
 * to be confirmed, or the "you already have an account" mail for a confirmed one, limited and timed as sign-up
 * is, so the answer says no more than sign-up did. The password is not asked again: it was set at sign-up.
 */
export function resendSignUpConfirmation(
  email: string,
  context: RequestContext,
  browser: string | null = null,
  returnTo?: string,
): Promise<void> {
  return withResponseFloor(async () => {
    await consumeRateLimits([
      { name: "sign-up:account", subject: email },
      { name: "sign-up:ip", subject: context.ip },
    ]);
    const user = await db.user.findUnique({
      where: { email },
      select: { id: true, emailVerifiedAt: true, status: true },
    });
    if (!user || user.status !== "active") return;
    if (user.emailVerifiedAt) {
      await enqueue(db, "send-mail", alreadyRegisteredMail(email, signInUrl(returnTo), appUrl("/reset-password")));
      return;
    }
    await db.$transaction(async (tx) => {
      const token = await issueToken(tx, user.id, "email_verification", new Date(), browserHashOf(browser));
      await enqueue(tx, "send-mail", verificationMail(email, linkUrl("/verify-email", token, returnTo)));
    });
  });
}

function browserHashOf(browser: string | null): string | null {
  return browser ? hashToken(browser) : null;
}

/**
 * Sends a fresh confirmation link to a signed-in person who has not confirmed their email yet, bound like the
 * first one to the browser that asked (whoever is signed in to an unconfirmed account knows its password,
 * which proves nothing about the inbox).
 */
export async function resendVerification(actor: Actor | null, browser: string | null = null): Promise<void> {
  requirePermission(actor, "account.resendVerification");
  const userId = actor.id;
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { email: true, emailVerifiedAt: true, status: true },
  });
  if (!user?.email || user.emailVerifiedAt || user.status !== "active") return;
  await consumeRateLimits([{ name: "email-link:source", subject: `${user.email}|${userId}` }]);
  const email = user.email;
  await db.$transaction(async (tx) => {
    const token = await issueToken(tx, userId, "email_verification", new Date(), browserHashOf(browser));
    await enqueue(tx, "send-mail", verificationMail(email, appUrl(`/verify-email?token=${token}`)));
  });
}

const GLOBAL = "all";

/**
 * Checks a password. Limits come first and cost no hashing, per source: a browser the owner has signed in from
 * before counts its own attempts; behind a trusted proxy every other source is its IP (per account, and per
 * IP across accounts); without one, every other source shares the account's untrusted count, as a stranger
 * can always shed cookies. Untrusted sources also wait while the site-wide budget of failed checks is spent.
 */
export function signInWithPassword(input: SignInInput, context: RequestContext): Promise<SessionUser> {
  return withResponseFloor(async (slowDown) => {
    const trusted = isTrustedDevice(context.device, input.email);
    const sourceLimit = trusted
      ? ({ name: "sign-in:device", subject: `${input.email}|${deviceIdOf(context.device)}` } as const)
      : context.ip
        ? ({ name: "sign-in:account-ip", subject: `${input.email}|${context.ip}` } as const)
        : ({ name: "sign-in:untrusted", subject: input.email } as const);
    let used: number;
    try {
      used = await consumeRateLimits([sourceLimit]);
      await consumeRateLimits([{ name: "sign-in:ip", subject: trusted ? null : context.ip }]);
    } catch (error) {
      // One lock-out event per limit and window (the try that spent it), however many tries are refused after.
      if (error instanceof LimitRefused && error.firstInWindow) {
        const account = await db.user.findUnique({ where: { email: input.email }, select: { id: true } });
        await recordSecurityEvent({
          kind: "sign_in_locked_out",
          userId: account?.id,
          email: input.email,
          ip: context.ip,
        });
      }
      throw error;
    }
    slowDown(Math.max(0, used - SLOW_DOWN_AFTER) * SLOW_DOWN_STEP_MS);
    if (!trusted) {
      const paused = await rateLimitWait("sign-in:failures", GLOBAL);
      if (paused > 0) throw new SignInPaused(Math.ceil(paused / 1000));
    }
    const user = await db.user.findUnique({
      where: { email: input.email },
      select: { id: true, passwordHash: true, sessionVersion: true },
    });
    // verifyPassword checks against a fixed hash when there is no account, so both cases cost one verify.
    const correct = await verifyPassword(user?.passwordHash, input.password);
    if (!user || !correct) {
      await countAgainstRateLimit("sign-in:failures", GLOBAL);
      // Each failure is one row, bounded by the limits above (per source, per IP, and the site-wide pause).
      await recordSecurityEvent({ kind: "sign_in_failed", userId: user?.id, email: input.email, ip: context.ip });
      // The source's own count (kept in Postgres, shared by every instance) says when to offer the other ways in.
      throw new Invalid(WRONG_CREDENTIALS, {
        email: WRONG_CREDENTIALS,
        ...(used >= OFFER_OTHER_WAYS_AFTER ? { [REPEATED_FAILURES_FIELD]: REPEATED_FAILURES } : {}),
      });
    }
    // A suspended person signs in too: they may still read, download and delete their data, and the
    // permissions table refuses them the rest (lib/auth/permissions.ts).
    // Only the count this source spent: a stranger's count for the account stays where it is.
    if (trusted) await resetRateLimit(sourceLimit.name, sourceLimit.subject);
    await recordSecurityEvent({ kind: "sign_in_succeeded", userId: user.id, email: input.email, ip: context.ip });
    return { id: user.id, sessionVersion: user.sessionVersion };
  });
}

const EMAILED_LINKS = {
  sign_in: { limit: "email-link", path: "/sign-in/link", mail: signInLinkMail },
  password_reset: { limit: "password-reset", path: "/reset-password/new", mail: passwordResetMail },
} as const;

/** Emails a single-use link when the email belongs to an active account; says and spends the same either way. */
function emailLink(
  purpose: keyof typeof EMAILED_LINKS,
  email: string,
  context: RequestContext,
  returnTo?: string,
): Promise<void> {
  const link = EMAILED_LINKS[purpose];
  return withResponseFloor(async () => {
    // Per source (the IP behind a trusted proxy, else the device cookie), and per account only for sources the
    // owner has not signed in from: a stranger cannot stop the owner's own browser getting a link.
    const source = context.ip ?? deviceIdOf(context.device);
    await consumeRateLimits([
      { name: `${link.limit}:source`, subject: source && `${email}|${source}` },
      { name: `${link.limit}:untrusted`, subject: isTrustedDevice(context.device, email) ? null : email },
      { name: `${link.limit}:ip`, subject: context.ip },
    ]);
    // Suspended people get their links too: they may still sign in to read, download or delete their data.
    const found = await db.user.findUnique({ where: { email }, select: { id: true, status: true } });
    const user = found && found.status !== "deleted" ? found : null;
    // A reset request is recorded for an unknown address too (someone probing for accounts); the person asking
    // is told the same either way.
    const requested =
      purpose === "password_reset"
        ? ({ kind: "password_reset_requested", userId: user?.id, email, ip: context.ip } as const)
        : null;
    if (!user) {
      if (requested) await recordSecurityEvent(requested);
      return;
    }
    await db.$transaction(async (tx) => {
      const token = await issueToken(tx, user.id, purpose);
      await enqueue(tx, "send-mail", link.mail(email, linkUrl(link.path, token, returnTo)));
      if (requested) await recordSecurityEvent(requested, tx);
    });
  });
}

/** Emails a sign-in link; `returnTo` (a safe path) rides in the link, to land on that page once signed in. */
export function requestSignInLink(email: string, context: RequestContext, returnTo?: string): Promise<void> {
  return emailLink("sign_in", email, context, returnTo);
}

/**
 * Signs in with an emailed link: a sign-in link, or the confirmation link sent at sign-up. Either proves the
 * person reads that inbox, so the email counts as confirmed. Returns null for a used, expired or unknown link.
 * `browser` is the value of this browser's confirmation cookie, if any; `ip` the client's, for the record.
 */
export async function signInWithToken(
  token: string,
  browser: string | null = null,
  ip: string | null = null,
): Promise<SessionUser | null> {
  const consumed = await consumeToken(token, ["sign_in", "email_verification"]);
  if (!consumed) {
    await recordFailedLinkSignIn(token, ip);
    return null;
  }
  // Account pre-hijacking: someone may sign up with another person's address and a password of their own, then
  // wait for the owner to confirm. So the password chosen at sign-up survives the first confirmation only when
  // the confirmation link is opened in the browser that asked for it; otherwise it is cleared and the person
  // sets their own. The first confirmation also ends every session opened before it and voids every other
  // link still outstanding (older confirmation links included), all in one statement.
  const keepPassword =
    consumed.purpose === "email_verification" &&
    consumed.browserHash !== null &&
    browserHashOf(browser) === consumed.browserHash;
  const rows = await db.$queryRaw<{ id: string; session_version: number }[]>`
    WITH before AS (
      SELECT id, email_verified_at IS NULL AS first_confirmation FROM "user"
      WHERE id = ${consumed.userId}::uuid AND status <> 'deleted' FOR UPDATE
    ), confirmed AS (
      UPDATE "user" u SET
        email_verified_at = coalesce(u.email_verified_at, now()),
        session_version = u.session_version + CASE WHEN b.first_confirmation THEN 1 ELSE 0 END,
        password_hash = CASE WHEN b.first_confirmation AND NOT ${keepPassword} THEN NULL ELSE u.password_hash END,
        updated_at = now()
      FROM before b WHERE u.id = b.id
      RETURNING u.id, u.session_version, b.first_confirmation
    ), voided AS (
      UPDATE one_time_token t SET used_at = now()
      FROM confirmed c WHERE c.first_confirmation AND t.user_id = c.id AND t.used_at IS NULL
    )
    SELECT id, session_version FROM confirmed`;
  const user = rows[0];
  if (!user) return null;
  await recordSecurityEvent({ kind: "sign_in_succeeded", userId: user.id, ip });
  return { id: user.id, sessionVersion: user.session_version };
}

/**
 * A refused link that was once issued (used, expired, or for another purpose) is recorded against its owner.
 * A token that was never issued names nobody and is not recorded: guessing one is hopeless, and recording
 * each guess would let anyone fill the table, as this path has no rate limit.
 */
async function recordFailedLinkSignIn(token: string, ip: string | null): Promise<void> {
  if (!TOKEN_PATTERN.test(token)) return;
  const issued = await db.oneTimeToken.findUnique({ where: { tokenHash: hashToken(token) }, select: { userId: true } });
  if (issued) await recordSecurityEvent({ kind: "sign_in_failed", userId: issued.userId, ip });
}

export function requestPasswordReset(email: string, context: RequestContext): Promise<void> {
  return emailLink("password_reset", email, context);
}

/** Sets a new password from a reset link, and signs the person out on every device. */
export async function resetPassword(
  input: { token: string; password: string },
  ip: string | null = null,
): Promise<void> {
  // The token first: an invalid one costs a lookup, never a hash (hashing is what a flood would aim at).
  const consumed = await consumeToken(input.token, ["password_reset"]);
  if (!consumed) throw new Invalid(LINK_NOT_VALID, { password: LINK_NOT_VALID });
  const passwordHash = await hashPassword(input.password);
  await db.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: consumed.userId },
      data: { passwordHash, sessionVersion: { increment: 1 }, emailVerifiedAt: new Date() },
    });
    await voidUnusedLinks(tx, consumed.userId);
    await recordSecurityEvent({ kind: "password_reset_completed", userId: consumed.userId, ip }, tx);
  });
}

/** Any other link already emailed to the person stops working (after a reset or "sign out everywhere"). */
function voidUnusedLinks(tx: Prisma.TransactionClient, userId: string) {
  return tx.oneTimeToken.updateMany({ where: { userId, usedAt: null }, data: { usedAt: new Date() } });
}

/** Ends every session of this person, this one included, on their next request. `ip` is for the record. */
export async function signOutEverywhere(actor: Actor | null, ip: string | null = null): Promise<void> {
  requirePermission(actor, "account.signOutEverywhere");
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.id }, data: { sessionVersion: { increment: 1 } } });
    await endAllSessions(tx, actor.id);
    await voidUnusedLinks(tx, actor.id);
    await recordSecurityEvent({ kind: "signed_out_everywhere", userId: actor.id, ip }, tx);
  });
}
