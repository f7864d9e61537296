import type { RateLimitName } from "@/lib/rate-limit";

type Check = { name: RateLimitName; subject: string | null | undefined };

/** The one key the visitors' shared bucket is counted under. */
export const ALL_VISITORS = "all-visitors";

/**
 * Who "similar questions while you type" is counted against. Behind a trusted proxy the IP is known, so each
 * source has its own limit. Otherwise the IP cannot be told (X-Forwarded-For is whatever the client says):
 * a signed-in person is counted per account, and visitors share one modest bucket. Only the ask form, which
 * needs an account, calls this, so a visitor here is a script; the shared bucket bounds what all of them can
 * cost the database together without ever slowing a signed-in person.
 */
export function similarQuestionLimits(ip: string | null, accountId: string | null): Check[] {
  if (ip) return [{ name: "similar:ip", subject: ip }];
  if (accountId) return [{ name: "similar:account", subject: accountId }];
  return [{ name: "similar:visitors", subject: ALL_VISITORS }];
}

/**
 * Who "Who is taking part" for dates of one's own is counted against: each such period is counted over every support,
 * question and comment in it, where the preset periods are read from a stored snapshot. Counted as the similar
 * questions are (by IP behind a trusted proxy, else by account, else in one bucket for all visitors), with room for
 * a person trying dates and none for a script walking through them.
 */
export function customPeriodLimits(ip: string | null, accountId: string | null): Check[] {
  if (ip) return [{ name: "custom-period:ip", subject: ip }];
  if (accountId) return [{ name: "custom-period:account", subject: accountId }];
  return [{ name: "custom-period:visitors", subject: ALL_VISITORS }];
}

/** The data download builds a large file from every table: a few an hour per account is plenty for a person. */
export function dataDownloadLimits(accountId: string): Check[] {
  return [{ name: "data-download:account", subject: accountId }];
}
