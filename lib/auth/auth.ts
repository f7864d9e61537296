import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { signInWithPassword, signInWithToken } from "@/lib/accounts/service";
import { signInSchema, tokenSchema } from "@/lib/accounts/schemas";
import { Forbidden, Invalid, RateLimited } from "@/lib/errors";
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
export const { auth, signIn, signOut } = NextAuth({
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
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
      credentials: { token: {} },
      async authorize(raw) {
        const parsed = tokenSchema.safeParse(raw);
        const user = parsed.success ? await signInWithToken(parsed.data.token) : null;
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
