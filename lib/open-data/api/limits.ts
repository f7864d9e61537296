import "server-only";
import { clientIp } from "@/lib/auth/client-ip";
import { consumeRateLimit, type RateLimitName, type RateLimitStanding } from "@/lib/rate-limit";
import { ALL_VISITORS } from "@/lib/read-limits";

/**
 * Who a request to the open-data API is counted against. Behind a trusted proxy (TRUST_PROXY=true) each source
 * IP has its own allowance. Without one the IP cannot be told (X-Forwarded-For is whatever the client says), so
 * every caller shares one larger bucket: it bounds what scripts together can cost the database. There are no API
 * keys: the data is public and needs none.
 */
export function openDataLimit(headers: Headers): { name: RateLimitName; policy: string; subject: string } {
  const ip = clientIp(headers);
  return ip
    ? { name: "open-data:ip", policy: "per-ip", subject: ip }
    : { name: "open-data:visitors", policy: "shared", subject: ALL_VISITORS };
}

/** Counts the request; throws LimitRefused (a RateLimited) once the allowance is spent. */
export async function countOpenDataRequest(headers: Headers): Promise<RateLimitStanding & { policy: string }> {
  const { name, policy, subject } = openDataLimit(headers);
  return { ...(await consumeRateLimit(name, subject)), policy };
}
