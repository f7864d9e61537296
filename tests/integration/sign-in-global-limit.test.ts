// The site-wide budget of failed password checks (credential stuffing across accounts). A small budget for
// this file: lib/rate-limit.ts reads it when first imported, which the dynamic imports below make happen after.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";

process.env.SIGN_IN_FAILURES_PER_MINUTE = "20";
const { registerAccount, signInWithPassword, signInWithToken } = await import("@/lib/accounts/service");
const { newDeviceId, trustedDeviceCookie } = await import("@/lib/auth/device");
const { Invalid, SignInPaused } = await import("@/lib/errors");
const { latestMailTo } = await import("../support/mail");

const password = "correct horse battery staple";
const newEmail = () => `person-${randomUUID()}@example.com`;

describe("the global limit on failed sign-ins", () => {
  it("pauses password sign-in from untrusted sources after N failures across many accounts", async () => {
    const email = newEmail();
    // Confirmed from the browser that signed up, so the password chosen at sign-up is kept.
    const browser = `sign-up-browser-${randomUUID()}`;
    await registerAccount({ email, password, ageBand: "age_25_44" }, { ip: null }, browser);
    const user = await signInWithToken((await latestMailTo(email))!.token!, browser);
    const ownersBrowser = trustedDeviceCookie(newDeviceId(), email);

    // 20 failures, each on a different account from a different address: no per-account or per-IP limit trips.
    const failures = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        signInWithPassword({ email: newEmail(), password }, { ip: `192.0.2.${i + 1}`, device: null }).catch(
          (error) => error,
        ),
      ),
    );
    expect(failures.every((error) => error instanceof Invalid)).toBe(true);

    const paused = await signInWithPassword({ email, password }, { ip: "198.51.100.1", device: null }).catch(
      (error) => error,
    );
    expect(paused).toBeInstanceOf(SignInPaused);
    expect(paused.message).toMatch(/emailed link/);
    // A browser the owner has signed in from before is not held up by strangers' failures.
    await expect(signInWithPassword({ email, password }, { ip: null, device: ownersBrowser })).resolves.toMatchObject({
      id: user!.id,
    });
  });
});
