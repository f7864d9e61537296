import { randomUUID } from "node:crypto";
import { encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { readSessionToken } from "@/lib/auth/session-cookie";

const NAME = "authjs.session-token";
const SECRET = "a test secret that seals sessions";
const claims = { userId: randomUUID(), sessionVersion: 3, sessionId: randomUUID() };

/** A cookie value as next-auth writes it at sign-in (lib/auth/auth.ts keeps sub, sv and sid). */
function seal(token: Record<string, unknown>, options: { secret?: string; salt?: string; maxAge?: number } = {}) {
  return encode({ token, secret: options.secret ?? SECRET, salt: options.salt ?? NAME, maxAge: options.maxAge });
}
const signedIn = () => seal({ sub: claims.userId, sv: claims.sessionVersion, sid: claims.sessionId });
const read = (cookies: { name: string; value: string }[]) => readSessionToken(cookies, NAME, SECRET);

describe("reading the session cookie", () => {
  it("gives the user, session version and session row the sign-in sealed", async () => {
    expect(await read([{ name: NAME, value: await signedIn() }])).toEqual(claims);
  });

  it("joins a cookie next-auth split into chunks, in their order", async () => {
    const value = await signedIn();
    const cut = Math.floor(value.length / 3);
    const parts = [value.slice(0, cut), value.slice(cut, 2 * cut), value.slice(2 * cut)];
    const cookies = [
      { name: `${NAME}.2`, value: parts[2]! },
      { name: "theme", value: "dark" },
      { name: `${NAME}.0`, value: parts[0]! },
      { name: `${NAME}.1`, value: parts[1]! },
    ];
    expect(await read(cookies)).toEqual(claims);
  });

  it("gives no one for no cookie, another site's cookie name, or an empty value", async () => {
    expect(await read([])).toBeNull();
    expect(await read([{ name: "__Secure-authjs.session-token", value: await signedIn() }])).toBeNull();
    expect(await read([{ name: NAME, value: "" }])).toBeNull();
  });

  it("refuses a cookie sealed with another key or for another cookie name, altered, or garbage", async () => {
    expect(
      await read([
        {
          name: NAME,
          value: await seal({ sub: claims.userId, sv: 3, sid: claims.sessionId }, { secret: "another key" }),
        },
      ]),
    ).toBeNull();
    expect(
      await read([
        {
          name: NAME,
          value: await seal({ sub: claims.userId, sv: 3, sid: claims.sessionId }, { salt: "authjs.csrf-token" }),
        },
      ]),
    ).toBeNull();
    const value = await signedIn();
    const parts = value.split(".");
    parts[3] = `${parts[3]!.slice(0, -2)}${parts[3]!.at(-2) === "A" ? "B" : "A"}${parts[3]!.at(-1)}`;
    expect(await read([{ name: NAME, value: parts.join(".") }])).toBeNull();
    expect(await read([{ name: NAME, value: "not.a.token" }])).toBeNull();
    expect(await read([{ name: NAME, value: "x".repeat(5_000) }])).toBeNull();
  });

  it("refuses an expired cookie", async () => {
    const value = await seal({ sub: claims.userId, sv: 3, sid: claims.sessionId }, { maxAge: -60 });
    expect(await read([{ name: NAME, value }])).toBeNull();
  });

  it("refuses a token without every claim, or with claims of the wrong type", async () => {
    expect(await read([{ name: NAME, value: await seal({ sub: claims.userId, sv: 3 }) }])).toBeNull();
    expect(await read([{ name: NAME, value: await seal({ sv: 3, sid: claims.sessionId }) }])).toBeNull();
    expect(
      await read([{ name: NAME, value: await seal({ sub: claims.userId, sv: "3", sid: claims.sessionId }) }]),
    ).toBeNull();
    expect(await read([{ name: NAME, value: await seal({ sub: "", sv: 3, sid: claims.sessionId }) }])).toBeNull();
  });
});
