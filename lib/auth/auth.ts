import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { signInWithPassword, signInWithToken } from "@/lib/accounts/service";
import { signInSchema, tokenSchema } from "@/lib/accounts/schemas";
import { Forbidden, Invalid, RateLimited } from "@/lib/errors";
import { servedOverHttps } from "@/lib/config";
import { clientIp } from "./client-ip";

/** Why a sign-in was refused, carried to the action as the error's code (never shown raw). */
export class SignInRefused extends CredentialsSignin {
  constructor(code: "invalid" | "suspended" | "link_invalid" | `rate_limited:${number}`) {
    super();
    this.code = code;
  }
}

declare module "next-auth" {
  interface User {
    sessionVersion?: number;
  }
  interface Session {
    sessionVersion?: number;
  }
}

// The token holds only the user id and the session version: role, status and memberships are read from
// Postgres on every request (getActor), so a suspension or demotion applies at once.
// Over HTTPS (APP_URL), every cookie is Secure and the session and callback cookies take the __Host- prefix
// (Secure, path /, no Domain: no subdomain or plain-http page can set or overwrite them), decided from the
// configured address rather than from a proxy's X-Forwarded-Proto. Over plain http (development, tests) the
// names stay unprefixed, since browsers refuse prefixed cookies there.
const secure = servedOverHttps();

export const { auth, signIn, signOut } = NextAuth({
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  useSecureCookies: secure,
  cookies: secure
    ? {
        sessionToken: { name: "__Host-authjs.session-token" },
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
      credentials: { email: {}, password: {} },
      async authorize(raw, request) {
        const parsed = signInSchema.safeParse(raw);
        if (!parsed.success) throw new SignInRefused("invalid");
        try {
          return toAuthUser(await signInWithPassword(parsed.data, { ip: clientIp(request.headers) }));
        } catch (error) {
          if (error instanceof RateLimited) throw new SignInRefused(`rate_limited:${error.retryAfterSeconds}`);
          if (error instanceof Forbidden) throw new SignInRefused("suspended");
          if (error instanceof Invalid) throw new SignInRefused("invalid");
          throw error;
        }
      },
    }),
    Credentials({
      id: "email-token",
      // `browser` is set by the confirm action from this browser's cookie (lib/auth/confirmation-browser.ts).
      credentials: { token: {}, browser: {} },
      async authorize(raw) {
        const parsed = tokenSchema.safeParse(raw);
        const browser = typeof raw.browser === "string" && raw.browser ? raw.browser : null;
        const user = parsed.success ? await signInWithToken(parsed.data.token, browser) : null;
        if (!user) throw new SignInRefused("link_invalid");
        return toAuthUser(user);
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.sv = user.sessionVersion;
        delete token.name;
        delete token.email;
        delete token.picture;
      }
      return token;
    },
    session({ session, token }) {
      session.user = { id: token.sub ?? "" } as typeof session.user;
      session.sessionVersion = typeof token.sv === "number" ? token.sv : undefined;
      return session;
    },
  },
});

function toAuthUser(user: { id: string; sessionVersion: number }) {
  return { id: user.id, sessionVersion: user.sessionVersion };
}
