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

/** The data download builds a large file from every table: a few an hour per account is plenty for a person. */
export function dataDownloadLimits(accountId: string): Check[] {
  return [{ name: "data-download:account", subject: accountId }];
}
