// The real SMTP path: nodemailer delivering to an SMTP server listening on this machine.
import { once } from "node:events";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { isMailCapturePageEnabled, sendMail } from "@/lib/mail/mailer";
import { signInLinkMail } from "@/lib/mail/templates";

const received: { to: string[]; raw: string }[] = [];
let server: SMTPServer;

beforeAll(async () => {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onData(stream, session, callback) {
      let raw = "";
      stream.on("data", (chunk: Buffer) => (raw += chunk.toString("utf8")));
      stream.on("end", () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
        callback();
      });
    },
  });
  server.listen(0, "127.0.0.1");
  await once(server.server, "listening");
});

afterAll(async () => {
  delete process.env.SMTP_URL;
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe("sendMail", () => {
  it("delivers through the SMTP server in SMTP_URL, and captures nothing", async () => {
    const { port } = server.server.address() as AddressInfo;
    process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
    const before = await db.capturedMail.count();
    await sendMail(signInLinkMail("reader@example.com", "http://localhost:3000/sign-in/link?token=abc"));
    expect(received).toHaveLength(1);
    expect(received[0]!.to).toEqual(["reader@example.com"]);
    expect(received[0]!.raw).toContain("Subject: Your sign-in link for My Smarter Essex");
    expect(await db.capturedMail.count()).toBe(before);
  });

  it("captures mail in the captured-mail table when no SMTP server is set", async () => {
    process.env.SMTP_URL = "";
    await sendMail(signInLinkMail("captured@example.com", "http://localhost:3000/sign-in/link?token=xyz"));
    const mail = await db.capturedMail.findFirstOrThrow({ where: { toAddress: "captured@example.com" } });
    expect(mail.text).toContain("http://localhost:3000/sign-in/link?token=xyz");
    expect(mail.html).toContain('<html lang="en-GB">');
  });
});

describe("sendMail in production", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it("refuses to store mail (it holds live links) when no SMTP server is set", async () => {
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("SMTP_URL", "");
    vi.stubEnv("MAIL_CAPTURE", "");
    const mail = signInLinkMail("production@example.com", "https://portal.example/sign-in/link?token=live");
    await expect(sendMail(mail)).rejects.toThrow("SMTP_URL is not set");
    expect(await db.capturedMail.count({ where: { toAddress: "production@example.com" } })).toBe(0);
  });

  it("captures it only under the tests' MAIL_CAPTURE=on", async () => {
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("SMTP_URL", "");
    vi.stubEnv("MAIL_CAPTURE", "on");
    await sendMail(signInLinkMail("e2e-capture@example.com", "http://127.0.0.1/sign-in/link?token=test"));
    expect(await db.capturedMail.count({ where: { toAddress: "e2e-capture@example.com" } })).toBe(1);
  });
});

describe("the development mail page", () => {
  it("exists in development and tests, and in production only when the end-to-end suite asks", () => {
    expect(isMailCapturePageEnabled({ NODE_ENV: "development" })).toBe(true);
    expect(isMailCapturePageEnabled({ NODE_ENV: "test" })).toBe(true);
    expect(isMailCapturePageEnabled({ NODE_ENV: "production" }, "off")).toBe(false);
    // A normal production build has no page, whatever the server's environment says.
    expect(isMailCapturePageEnabled({ NODE_ENV: "production", MAIL_CAPTURE: "on" }, "off")).toBe(false);
    expect(isMailCapturePageEnabled({ NODE_ENV: "production", MAIL_CAPTURE: "on" }, undefined)).toBe(false);
    // The end-to-end suite's build, served with capture on.
    expect(isMailCapturePageEnabled({ NODE_ENV: "production", MAIL_CAPTURE: "on" }, "on")).toBe(true);
    expect(isMailCapturePageEnabled({ NODE_ENV: "production" }, "on")).toBe(false);
    expect(isMailCapturePageEnabled({ NODE_ENV: "development", SMTP_URL: "smtp://mail.example:25" })).toBe(false);
  });
});
