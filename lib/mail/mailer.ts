import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { db } from "@/lib/db";
import { smtpTransportOptions } from "./transport";

export interface Mail {
  to: string;
  subject: string;
  text: string;
  html: string;
}

const globalForMail = globalThis as unknown as { mailTransport?: Transporter };

export function mailFrom(): string {
  return process.env.MAIL_FROM ?? "My Smarter Essex <no-reply@localhost>";
}

/**
 * Sends through the SMTP server in SMTP_URL. With none set (development and tests) the mail is captured
 * in the captured_mail table instead, where tests and the development mail page read it.
 */
export async function sendMail(mail: Mail): Promise<void> {
  const smtpUrl = process.env.SMTP_URL;
  if (smtpUrl) {
    globalForMail.mailTransport ??= nodemailer.createTransport(smtpTransportOptions(smtpUrl));
    await globalForMail.mailTransport.sendMail({
      from: mailFrom(),
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
    });
    return;
  }
  await db.capturedMail.create({
    data: { toAddress: mail.to, subject: mail.subject, text: mail.text, html: mail.html },
  });
}

/** The development mail page is absent in production unless the end-to-end suite switches it on. */
export function isMailCapturePageEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.SMTP_URL) return false;
  return env.NODE_ENV !== "production" || env.MAIL_CAPTURE_PAGE === "on";
}
