// No lock-out by a stranger (issue 10, point 3), hashing only after the cheap checks (point 4), and rate-limit
// keys as HMACs. The device cookies here are what the sign-in forms would give each browser.
import { createHash, createHmac, randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import {
  registerAccount,
  requestSignInLink,
  resetPassword,
  signInWithPassword,
  signInWithToken,
} from "@/lib/accounts/service";
import { HASH_CONCURRENCY, hashingStats } from "@/lib/accounts/password";
import { newDeviceId, trustedDeviceCookie } from "@/lib/auth/device";
import { Invalid, RateLimited } from "@/lib/errors";
import { latestMailTo, mailCount } from "../support/mail";

const password = "correct horse battery staple";
const newEmail = () => `person-${randomUUID()}@example.com`;

/** An account whose owner has confirmed it, and the browser they did that from (now trusted). */
async function owner() {
  const email = newEmail();
  // Confirmed from the browser that signed up, so the password chosen at sign-up is kept.
  const browser = `sign-up-browser-${randomUUID()}`;
  await registerAccount({ email, password, ageBand: "age_25_44" }, { ip: null }, browser);
  const user = await signInWithToken((await latestMailTo(email))!.token!, browser);
  return { email, userId: user!.id, device: trustedDeviceCookie(newDeviceId(), email) };
}

const outcome = (work: Promise<unknown>) =>
  work.then(
    () => "signed in",
    (error) => (error instanceof RateLimited ? "blocked" : error instanceof Invalid ? "wrong" : String(error)),
  );

describe("a stranger's wrong passwords", () => {
  it("block the stranger, shedding cookies or not, and never the owner's own browser", async () => {
    const { email, userId, device } = await owner();
    // 50 guesses, each from a fresh browser (cleared cookies), all at once.
    const guesses = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        outcome(signInWithPassword({ email, password: `guess ${i}` }, { ip: null, device: newDeviceId() })),
      ),
    );
    expect(guesses.filter((o) => o === "wrong")).toHaveLength(10);
    expect(guesses.filter((o) => o === "blocked")).toHaveLength(40);

    // The stranger's source is blocked even with the right password…
    await expect(outcome(signInWithPassword({ email, password }, { ip: null, device: newDeviceId() }))).resolves.toBe(
      "blocked",
    );
    // …while the owner signs in from their own browser.
    await expect(signInWithPassword({ email, password }, { ip: null, device })).resolves.toMatchObject({ id: userId });
  });

  it("behind a trusted proxy block the stranger's IP for that account, not the owner's", async () => {
    const { email, userId } = await owner();
    const stranger = { ip: "203.0.113.9", device: null };
    for (let i = 0; i < 50; i += 1) {
      const result = await outcome(signInWithPassword({ email, password: `guess ${i}` }, stranger));
      expect(result).toBe(i < 10 ? "wrong" : "blocked");
    }
    await expect(outcome(signInWithPassword({ email, password }, stranger))).resolves.toBe("blocked");
    // The owner, from another address and a browser that has never signed in, still gets in.
    await expect(
      signInWithPassword({ email, password }, { ip: "198.51.100.7", device: newDeviceId() }),
    ).resolves.toMatchObject({ id: userId });
  }, 120_000);

  it("never stop the owner getting an emailed link, which signs them in", async () => {
    const { email, userId, device } = await owner();
    await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        outcome(signInWithPassword({ email, password: `guess ${i}` }, { ip: null, device: newDeviceId() })),
      ),
    );
    // The stranger asks for links too, from fresh browsers, until refused: the owner's inbox gets a few at most.
    const before = await mailCount(email);
    const requests = await Promise.all(
      Array.from({ length: 30 }, () => outcome(requestSignInLink(email, { ip: null, device: newDeviceId() }))),
    );
    expect(requests.filter((o) => o === "blocked").length).toBeGreaterThanOrEqual(20);
    expect((await mailCount(email)) - before).toBeLessThanOrEqual(10);

    await requestSignInLink(email, { ip: null, device });
    const link = (await latestMailTo(email))!.token!;
    await expect(signInWithToken(link)).resolves.toMatchObject({ id: userId });
  });
});

describe("hashing cost", () => {
  it("a reset with an invalid link never hashes the new password", async () => {
    const before = hashingStats.operations;
    await expect(
      resetPassword({ token: "not-a-real-token-at-all", password: "a brand new passphrase" }),
    ).rejects.toThrow(Invalid);
    expect(hashingStats.operations).toBe(before);
  });

  it("a blocked sign-in never hashes", async () => {
    const { email } = await owner();
    for (let i = 0; i < 10; i += 1) await outcome(signInWithPassword({ email, password: `guess ${i}` }, { ip: null }));
    const before = hashingStats.operations;
    await expect(signInWithPassword({ email, password }, { ip: null })).rejects.toThrow(RateLimited);
    expect(hashingStats.operations).toBe(before);
  });

  it("runs at most a few argon2 operations at once, however many requests arrive", async () => {
    hashingStats.peak = 0;
    await Promise.all(
      Array.from({ length: 12 }, () =>
        outcome(signInWithPassword({ email: newEmail(), password }, { ip: null, device: newDeviceId() })),
      ),
    );
    expect(hashingStats.peak).toBeGreaterThan(0);
    expect(hashingStats.peak).toBeLessThanOrEqual(HASH_CONCURRENCY);
  });
});

describe("rate-limit keys", () => {
  it("are HMACs under the server secret, not a plain SHA-256 of the email", async () => {
    const email = newEmail();
    await outcome(signInWithPassword({ email, password }, { ip: null }));
    const keys = (await db.$queryRaw<{ key: string }[]>`SELECT key FROM rate_limit`).map((row) => row.key);
    const sha = createHash("sha256").update(email).digest("hex").slice(0, 40);
    const hmac = createHmac("sha256", process.env.AUTH_SECRET!).update(email).digest("hex").slice(0, 40);
    expect(keys.some((key) => key.includes(sha))).toBe(false);
    expect(keys).toContain(`sign-in:untrusted:${hmac}`);
  });
});
