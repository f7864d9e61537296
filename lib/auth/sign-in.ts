import "server-only";
import { AuthError } from "next-auth";
import { LINK_NOT_VALID, REPEATED_FAILURES, REPEATED_FAILURES_FIELD, WRONG_CREDENTIALS } from "@/lib/accounts/copy";
import { Invalid, RateLimited, SignInPaused } from "@/lib/errors";
import { signIn } from "./auth";

/**
 * Signs in through next-auth from a server action, which answers success by throwing its redirect: that
 * passes through untouched, while a refused sign-in (see SignInRefused in ./auth) becomes the domain error
 * the form shows.
 */
export async function signInOrRefuse(
  provider: "password" | "email-token",
  options: Record<string, string>,
): Promise<void> {
  try {
    await signIn(provider, options);
  } catch (error) {
    throw refusalOf(error);
  }
}

function refusalOf(error: unknown): unknown {
  if (!(error instanceof AuthError)) return error;
  const code = "code" in error && typeof error.code === "string" ? error.code : "";
  if (code === "invalid") return new Invalid(WRONG_CREDENTIALS, { email: WRONG_CREDENTIALS });
  if (code === "invalid_repeated") {
    return new Invalid(WRONG_CREDENTIALS, { email: WRONG_CREDENTIALS, [REPEATED_FAILURES_FIELD]: REPEATED_FAILURES });
  }
  if (code === "link_invalid") return new Invalid(LINK_NOT_VALID);
  const paused = /^paused:(\d+)$/.exec(code);
  if (paused) return new SignInPaused(Number(paused[1]));
  const wait = /^rate_limited:(\d+)$/.exec(code);
  if (wait) return new RateLimited(Number(wait[1]), "to sign in");
  return error;
}
