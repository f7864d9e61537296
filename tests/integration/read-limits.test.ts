// The two reads that had no limit: "similar questions" (a query per keystroke, callable by anyone) and the
// data download (a large file from every table). Both answer 429 with Retry-After once spent.
import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { RATE_LIMITS } from "@/lib/rate-limit";
import { createUser, signedInActor } from "../support/fixtures";

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/actor", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/auth/actor")>()),
  getActor: async () => session.actor,
}));

const similar = await import("@/app/api/questions/similar/route");
const download = await import("@/app/account/data/route");

const similarRequest = (title: string, headers: Record<string, string> = {}) =>
  new Request(`http://localhost/api/questions/similar?title=${encodeURIComponent(title)}`, { headers });

async function signedIn(): Promise<Actor> {
  const person = await createUser();
  return (await signedInActor(person.id))!;
}

afterEach(() => {
  session.actor = null;
  delete process.env.TRUST_PROXY;
});

describe("similar questions", () => {
  it("answers a title with a NUL in it (stripped) instead of a database error", async () => {
    session.actor = await signedIn();
    const response = await similar.GET(similarRequest("street\u0000 lights"));
    expect(response.status).toBe(200);
  });

  it("limits a signed-in person per account, with Retry-After, leaving another person free", async () => {
    session.actor = await signedIn();
    for (let i = 0; i < RATE_LIMITS["similar:account"].points; i++)
      expect((await similar.GET(similarRequest("bins"))).status).toBe(200);
    const refused = await similar.GET(similarRequest("bins"));
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("Retry-After"))).toBeGreaterThan(0);
    session.actor = await signedIn();
    expect((await similar.GET(similarRequest("bins"))).status).toBe(200);
  });

  it("limits each source IP behind a trusted proxy", async () => {
    process.env.TRUST_PROXY = "true";
    const ip = `203.0.113.${Math.floor(Math.random() * 200) + 1}`;
    for (let i = 0; i < RATE_LIMITS["similar:ip"].points; i++)
      expect((await similar.GET(similarRequest("buses", { "x-forwarded-for": ip }))).status).toBe(200);
    expect((await similar.GET(similarRequest("buses", { "x-forwarded-for": ip }))).status).toBe(429);
    expect((await similar.GET(similarRequest("buses", { "x-forwarded-for": "198.51.100.7" }))).status).toBe(200);
  });

  it("counts visitors without a trusted proxy in one shared bucket, which never slows a signed-in person", async () => {
    for (let i = 0; i < RATE_LIMITS["similar:visitors"].points; i++)
      await similar.GET(similarRequest("x", { "x-forwarded-for": randomUUID() }));
    const refused = await similar.GET(similarRequest("x", { "x-forwarded-for": "forged-new-address" }));
    expect(refused.status).toBe(429);
    expect(refused.headers.get("Retry-After")).toMatch(/^\d+$/);
    session.actor = await signedIn();
    expect((await similar.GET(similarRequest("x"))).status).toBe(200);
  });
});

describe("download my data", () => {
  it("allows ten downloads an hour per account, then answers 429 with Retry-After", async () => {
    session.actor = await signedIn();
    for (let i = 0; i < RATE_LIMITS["data-download:account"].points; i++)
      expect((await download.GET()).status).toBe(200);
    const refused = await download.GET();
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("Retry-After"))).toBeGreaterThan(60);
    session.actor = await signedIn();
    expect((await download.GET()).status).toBe(200);
  });

  it("answers 401 to someone not signed in", async () => {
    expect((await download.GET()).status).toBe(401);
  });
});
