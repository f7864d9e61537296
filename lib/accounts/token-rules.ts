import type { TokenPurpose } from "@/lib/generated/prisma/enums";

// What an emailed link's token looks like and how long it lasts: used to issue and check tokens, to validate
// the link's parameter, and to tell people in emails and pages how long they have.

/** 32 random bytes in base64url are 43 characters; the bounds leave room without accepting junk. */
export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{20,100}$/;

const MINUTE = 60 * 1000;
export const TOKEN_LIFETIME_MS: Record<TokenPurpose, number> = {
  email_verification: 24 * 60 * MINUTE,
  password_reset: 60 * MINUTE,
  sign_in: 15 * MINUTE,
};

/** "24 hours", "1 hour", "15 minutes": a lifetime as the copy says it. */
export function describeLifetime(purpose: TokenPurpose): string {
  const minutes = Math.round(TOKEN_LIFETIME_MS[purpose] / MINUTE);
  if (minutes % 60 !== 0) return minutes === 1 ? "1 minute" : `${minutes} minutes`;
  const hours = minutes / 60;
  return hours === 1 ? "1 hour" : `${hours} hours`;
}
