import "server-only";
import { cookies } from "next/headers";
import { servedOverHttps } from "@/lib/config";
import { safeReturnPath } from "./return-path";
import { CHECK_EMAIL_FLOWS, type CheckEmailFlow } from "./schemas";

// What a check-your-email page shows and sends again: the address the person typed and the page they came
// from. It travels in a short-lived HttpOnly cookie, not in the URL: a URL is kept in browser history, server
// and proxy logs and Referer headers, and an email address is personal data. Nor can it live on a database
// row: for an address with no account there is no row, and the page must look the same either way (no answer
// says whether an email is registered). The cookie holds only what this browser typed itself, so reading it
// back reveals nothing new; "send it again" treats it exactly as a new request from the form, limits and all.

const LIFETIME_SECONDS = 60 * 60;

export interface CheckEmail {
  flow: CheckEmailFlow;
  email: string;
  returnTo?: string;
}

function cookieName(flow: CheckEmailFlow): string {
  const name = `check-email-${flow.replace("_", "-")}`;
  return servedOverHttps() ? `__Host-${name}` : name;
}

/** Remembers, for this browser, the address a flow's email was sent to (and where to come back to). */
export async function rememberCheckEmail(entry: CheckEmail): Promise<void> {
  const value = Buffer.from(JSON.stringify({ email: entry.email, returnTo: entry.returnTo })).toString("base64url");
  (await cookies()).set(cookieName(entry.flow), value, {
    httpOnly: true,
    sameSite: "lax",
    secure: servedOverHttps(),
    path: "/",
    maxAge: LIFETIME_SECONDS,
  });
}

/** The address this browser last asked a flow's email for, or null (expired, never set, or not ours). */
export async function checkEmailOf(flow: CheckEmailFlow): Promise<CheckEmail | null> {
  if (!CHECK_EMAIL_FLOWS.includes(flow)) return null;
  const raw = (await cookies()).get(cookieName(flow))?.value;
  if (!raw) return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(raw, "base64url").toString("utf8"));
    if (typeof parsed !== "object" || parsed === null || !("email" in parsed)) return null;
    const { email } = parsed;
    if (typeof email !== "string" || !email || email.length > 254) return null;
    const returnTo = "returnTo" in parsed && typeof parsed.returnTo === "string" ? parsed.returnTo : undefined;
    return { flow, email, returnTo: safeReturnPath(returnTo) };
  } catch {
    return null;
  }
}
