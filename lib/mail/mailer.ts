import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { db } from "@/lib/db";
import { smtpTransportOptions } from "./transport";

export interface Mail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Extra headers (List-Unsubscribe and List-Unsubscribe-Post on activity email). */
  headers?: Record<string, string>;
}

const globalForMail = globalThis as unknown as { mailTransport?: Transporter };

export function mailFrom(): string {
  return process.env.MAIL_FROM ?? "My Smarter Essex <no-reply@localhost>";
}

/**
 * Sends through the SMTP server in SMTP_URL. With none set (development and tests) the mail is captured
 * in the captured_mail table instead, where tests and the development mail page read it. Production never
 * captures unless the tests' MAIL_CAPTURE=on says so: the mail holds live sign-in links.
 */
export async function sendMail(mail: Mail): Promise<void> {
  const smtpUrl = process.env.SMTP_URL;
  if (!smtpUrl && process.env.NODE_ENV === "production" && process.env.MAIL_CAPTURE !== "on") {
    throw new Error("SMTP_URL is not set: mail cannot be sent");
  }
  if (smtpUrl) {
    globalForMail.mailTransport ??= nodemailer.createTransport(smtpTransportOptions(smtpUrl));
    await globalForMail.mailTransport.sendMail({
      from: mailFrom(),
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      headers: mail.headers,
    });
    return;
  }
  await db.capturedMail.create({
    data: { toAddress: mail.to, subject: mail.subject, text: mail.text, html: mail.html, headers: mail.headers },
  });
}

/**
 * The development mail page exists in development and tests. In production it exists only in a bundle built
 * with MAIL_CAPTURE=on (`built`, inlined by next.config.ts at build time; only the end-to-end suite builds so)
 * and then only while the server also runs with MAIL_CAPTURE=on.
 */
export function isMailCapturePageEnabled(
  env: Record<string, string | undefined> = process.env,
  built: string | undefined = process.env.MAIL_CAPTURE_PAGE_BUILT,
): boolean {
  if (env.SMTP_URL) return false;
  if (env.NODE_ENV !== "production") return true;
  return built === "on" && env.MAIL_CAPTURE === "on";
}
