import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { signInWithPassword, signInWithToken } from "@/lib/accounts/service";
import { signInSchema, tokenSchema } from "@/lib/accounts/schemas";
import { db } from "@/lib/db";
import { Invalid, RateLimited, SignInPaused } from "@/lib/errors";
import { startSession } from "@/lib/accounts/sessions";
import { servedOverHttps } from "@/lib/config";
import { REPEATED_FAILURES_FIELD } from "@/lib/accounts/copy";
import { currentRequestId, REQUEST_ID_HEADER, requestIdFrom, runInRequestScope } from "@/lib/request-scope";
import { clientIp } from "./client-ip";
import { trustThisDevice } from "./request-context";
import { sessionCookieName } from "./session-cookie";
import { LONGEST_SESSION_SECONDS } from "./session-policy";

/** Why a sign-in was refused, carried to the action as the error's code (never shown raw). */
export class SignInRefused extends CredentialsSignin {
  constructor(code: "invalid" | "invalid_repeated" | "link_invalid" | `rate_limited:${number}` | `paused:${number}`) {
    super();
    this.code = code;
  }
}

declare module "next-auth" {
  interface User {
    sessionVersion?: number;
    sessionId?: string;
  }
  interface Session {
    sessionVersion?: number;
    sessionId?: string;
  }
}

// The token holds only the user id, the session version and the session row's id: role, status, memberships
// and whether the session is still open and unexpired are read from Postgres on every request (getActor), so
// a suspension, demotion or sign-out applies at once. The token itself never outlives the longest session.
// Over HTTPS (APP_URL), every cookie is Secure and the session and callback cookies take the __Host- prefix
// (Secure, path /, no Domain: no subdomain or plain-http page can set or overwrite them), decided from the
// configured address rather than from a proxy's X-Forwarded-Proto. Over plain http (development, tests) the
// names stay unprefixed, since browsers refuse prefixed cookies there.
const secure = servedOverHttps();

export const { auth, signIn, signOut } = NextAuth({
  session: { strategy: "jwt", maxAge: LONGEST_SESSION_SECONDS },
  useSecureCookies: secure,
  cookies: secure
    ? {
        sessionToken: { name: sessionCookieName() },
        callbackUrl: { name: "__Host-authjs.callback-url" },
      }
    : undefined,
  trustHost: process.env.AUTH_TRUST_HOST === "true" || process.env.NODE_ENV !== "production",
  pages: { signIn: "/sign-in", error: "/sign-in" },
  logger: {
    // A refused sign-in (wrong password, used link) is an expected answer, not a server fault: don't log a stack.
    error(error) {
      if (error instanceof CredentialsSignin) return;
      console.error("[auth]", error);
    },
  },
  providers: [
    Credentials({
      id: "password",
      // `device` is the device cookie, passed on by the sign-in action (which sets it when missing).
      credentials: { email: {}, password: {}, device: {} },
      authorize: (raw, request) =>
        inRequestScope(request, async () => {
          const parsed = signInSchema.safeParse(raw);
          if (!parsed.success) throw new SignInRefused("invalid");
          const device = typeof raw.device === "string" ? raw.device : null;
          try {
            const user = await signInWithPassword(parsed.data, { ip: clientIp(request.headers), device });
            await trustThisDevice(device, parsed.data.email);
            return await toAuthUser(user);
          } catch (error) {
            if (error instanceof SignInPaused) throw new SignInRefused(`paused:${error.retryAfterSeconds}`);
            if (error instanceof RateLimited) throw new SignInRefused(`rate_limited:${error.retryAfterSeconds}`);
            if (error instanceof Invalid) {
              throw new SignInRefused(REPEATED_FAILURES_FIELD in error.fieldErrors ? "invalid_repeated" : "invalid");
            }
            throw error;
          }
        }),
    }),
    Credentials({
      id: "email-token",
      // `browser` is set by the confirm action from this browser's cookie (lib/auth/confirmation-browser.ts);
      // `device` is the sign-in device cookie (lib/auth/request-context.ts).
      credentials: { token: {}, device: {}, browser: {} },
      authorize: (raw, request) =>
        inRequestScope(request, async () => {
          const parsed = tokenSchema.safeParse(raw);
          const browser = typeof raw.browser === "string" && raw.browser ? raw.browser : null;
          const ip = clientIp(request.headers);
          const user = parsed.success ? await signInWithToken(parsed.data.token, browser, ip) : null;
          if (!user) throw new SignInRefused("link_invalid");
          // The emailed link proves the inbox: this browser becomes the owner's, outside a stranger's reach.
          const { email } = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { email: true } });
          if (email) await trustThisDevice(typeof raw.device === "string" ? raw.device : null, email);
          return toAuthUser(user);
        }),
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.sv = user.sessionVersion;
        token.sid = user.sessionId;
        delete token.name;
        delete token.email;
        delete token.picture;
      }
      return token;
    },
    session({ session, token }) {
      session.user = { id: token.sub ?? "" } as typeof session.user;
      session.sessionVersion = typeof token.sv === "number" ? token.sv : undefined;
      session.sessionId = typeof token.sid === "string" ? token.sid : undefined;
      return session;
    },
  },
});

/**
 * Runs a sign-in decision in the request's scope, so the security events it writes carry the request id. The
 * sign-in actions call next-auth in-process from inside the action pipeline's scope, which is kept; a sign-in
 * reaching this callback any other way takes the id proxy.ts put on the request's headers (which next-auth's
 * signIn also copies onto the request it builds).
 */
function inRequestScope<T>(request: Request, work: () => Promise<T>): Promise<T> {
  if (currentRequestId()) return work();
  return runInRequestScope(requestIdFrom(request.headers.get(REQUEST_ID_HEADER)), work);
}

/** Each sign-in, by password or by emailed link, opens a new session row: a fresh proof of identity. */
async function toAuthUser(user: { id: string; sessionVersion: number }) {
  return { id: user.id, sessionVersion: user.sessionVersion, sessionId: await startSession(user.id) };
}
