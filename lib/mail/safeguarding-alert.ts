import type { Mail } from "./mailer";
import { escapeHtml } from "./templates";

/**
 * The alert an admin gets when a moderator raises a safeguarding concern. It says only that there is one and
 * where to read it: no name, no text of the post (mail leaves our hands; the concern stays behind the admins'
 * sign-in). Not an activity email, so it carries no unsubscribe link: every admin gets it, whatever they chose.
 */
export function safeguardingAlertMail(to: string, concernUrl: string, raisedAt: string): Mail {
  const subject = "Safeguarding concern raised on My Smarter Essex";
  const paragraphs = [
    `A moderator marked a post as a safeguarding concern on ${raisedAt}. The post is hidden. Please read the concern and follow the steps on its page today.`,
    "For everyone's safety this email holds no details: sign in to read them.",
  ];
  const label = "Read the safeguarding concern";
  const text = [paragraphs[0], `${label}:\n${concernUrl}`, paragraphs[1], "My Smarter Essex"].join("\n\n");
  const html = [
    `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>`,
    `<body style="font-family: Arial, sans-serif; font-size: 19px; line-height: 1.5; color: #0b0c0c;">`,
    `<p>${escapeHtml(paragraphs[0]!)}</p>`,
    `<p><a href="${escapeHtml(concernUrl)}" style="color: #1d4e89;">${label}</a></p>`,
    `<p>Or copy this address into your browser: ${escapeHtml(concernUrl)}</p>`,
    `<p>${escapeHtml(paragraphs[1]!)}</p>`,
    `<p>My Smarter Essex</p></body></html>`,
  ].join("");
  return { to, subject, text, html };
}
