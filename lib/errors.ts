// Typed domain errors. Services throw them; actions turn them into form state the page shows.

export class DomainError extends Error {}

export class NotFound extends DomainError {
  constructor(message = "We could not find that.") {
    super(message);
    this.name = "NotFound";
  }
}

export class Forbidden extends DomainError {
  constructor(message = "You are not allowed to do that.") {
    super(message);
    this.name = "Forbidden";
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
  constructor(readonly retryAfterSeconds: number) {
    super(`You have tried too many times. Try again in ${describeWait(retryAfterSeconds)}.`);
    this.name = "RateLimited";
  }
}

export function describeWait(seconds: number): string {
  if (seconds < 60) return `${Math.max(1, Math.ceil(seconds))} seconds`;
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 60) return minutes === 1 ? "1 minute" : `${minutes} minutes`;
  const hours = Math.ceil(minutes / 60);
  return hours === 1 ? "1 hour" : `${hours} hours`;
}

/** Prisma's unique-violation code, mapped rather than matched on message text. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: string }).code === "P2002";
}
