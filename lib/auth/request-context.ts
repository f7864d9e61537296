import "server-only";
import { cookies, headers } from "next/headers";
import type { RequestContext } from "@/lib/accounts/service";
import { clientIp } from "./client-ip";
import { DEVICE_COOKIE, DEVICE_COOKIE_MAX_AGE, deviceIdOf, newDeviceId, trustedDeviceCookie } from "./device";

function cookieOptions() {
  return {
    httpOnly: true,
    sameSite: "lax" as const,
    path: "/",
    maxAge: DEVICE_COOKIE_MAX_AGE,
    secure: (process.env.APP_URL ?? "").startsWith("https://"),
  };
}

/**
 * Where a sign-in form's request comes from: the client IP behind a trusted proxy, and the device cookie,
 * which it gives the browser first when it has none (only server actions may set cookies, so every account
 * form that is rate limited calls this).
 */
export async function requestContext(): Promise<RequestContext> {
  const jar = await cookies();
  let device = jar.get(DEVICE_COOKIE)?.value ?? null;
  if (!deviceIdOf(device)) {
    device = newDeviceId();
    jar.set(DEVICE_COOKIE, device, cookieOptions());
  }
  return { ip: clientIp(await headers()), device };
}

/** After a successful sign-in to `email`, marks this browser as the owner's (see ./device.ts). */
export async function trustThisDevice(device: string | null, email: string): Promise<void> {
  const id = deviceIdOf(device) ?? newDeviceId();
  (await cookies()).set(DEVICE_COOKIE, trustedDeviceCookie(id, email), cookieOptions());
}

/** The client IP behind a trusted proxy (null without one), for a security event's record. */
export async function requestIp(): Promise<string | null> {
  return clientIp(await headers());
}
