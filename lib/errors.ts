// Typed domain errors. Services throw them; actions turn them into form state the page shows.

export class DomainError extends Error {}

export class NotFound extends DomainError {
  constructor(message = "We could not find that.") {
    super(message);
    this.name = "NotFound";
  }
}

/** Nobody is signed in (or their session has ended): they may not do this until they sign in. */
export class Unauthenticated extends DomainError {
  constructor(message = "Sign in first.") {
    super(message);
    this.name = "Unauthenticated";
  }
}

/** Signed in, but not allowed to do this. */
export class Forbidden extends DomainError {
  constructor(message = "You are not allowed to do that.") {
    super(message);
    this.name = "Forbidden";
  }
}

/**
 * Signed in, allowed, but the session's last proof of identity is too old for this change (deleting the
 * account, an admin change): the person confirms their password, or signs in again by an emailed link, first.
 */
export class ProofNeeded extends Forbidden {
  constructor(message = "For your security, confirm it's you before making this change.") {
    super(message);
    this.name = "ProofNeeded";
  }
}

export class Conflict extends DomainError {
  constructor(message = "That has changed since you loaded the page. Try again.") {
    super(message);
    this.name = "Conflict";
  }
}

/** Input that passed the schema but breaks a rule only the service can check (e.g. a used token). */
export class Invalid extends DomainError {
  constructor(
    message: string,
    readonly fieldErrors: Record<string, string> = {},
  ) {
    super(message);
    this.name = "Invalid";
  }
}

export class RateLimited extends DomainError {
  /** `attempt` names what was tried, as in "to sign in", when the person should hear it. */
  constructor(
    readonly retryAfterSeconds: number,
    attempt?: string,
  ) {
    super(
      `You have tried ${attempt ? `${attempt} ` : ""}too many times. Try again in ${describeWait(retryAfterSeconds)}.`,
    );
    this.name = "RateLimited";
  }
}

/** Password sign-in is paused everywhere for a moment after many failures across accounts (credential stuffing). */
export class SignInPaused extends RateLimited {
  constructor(retryAfterSeconds: number) {
    super(retryAfterSeconds);
    this.message = `Sign-in by password is paused after many failed attempts on the site. Try again in ${describeWait(retryAfterSeconds)}, or sign in with an emailed link.`;
    this.name = "SignInPaused";
  }
}

export function describeWait(seconds: number): string {
  if (seconds < 60) return `${Math.max(1, Math.ceil(seconds))} seconds`;
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 60) return minutes === 1 ? "1 minute" : `${minutes} minutes`;
  const hours = Math.ceil(minutes / 60);
  return hours === 1 ? "1 hour" : `${hours} hours`;
}

/**
 * Logs an error nobody planned for under a short reference, and returns the message to show instead of its
 * text (which may hold a stack or SQL).
 */
export function reportUnexpected(error: unknown): string {
  const reference = crypto.randomUUID().slice(0, 8);
  console.error(`[request ${reference}]`, error);
  return `Sorry, something went wrong on our side. Try again later. If it keeps happening, quote reference ${reference}.`;
}
