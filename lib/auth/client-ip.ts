// Next passes on an X-Forwarded-For that the client itself sent, so it is trusted only behind a proxy that
// overwrites it (TRUST_PROXY=true). Without that, limits apply per account alone.
export function clientIp(headers: Headers, env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.TRUST_PROXY !== "true") return null;
  // The last address is the one our own proxy appended; earlier ones may be forged.
  const forwarded = headers.get("x-forwarded-for");
  const last = forwarded
    ?.split(",")
    .map((part) => part.trim())
    .filter(Boolean)
    .pop();
  return last || headers.get("x-real-ip") || null;
}
