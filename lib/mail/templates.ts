import { describeLifetime } from "@/lib/accounts/token-rules";
import type { Mail } from "./mailer";

// Plain, accessible emails: one purpose, the link written out in full, and what to do if it was not you.

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

function compose(to: string, subject: string, paragraphs: string[], link?: { url: string; label: string }): Mail {
  const text = [
    ...paragraphs.slice(0, 1),
    ...(link ? [`${link.label}:\n${link.url}`] : []),
    ...paragraphs.slice(1),
    "My Smarter Essex",
  ].join("\n\n");
  const html = [
    `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>`,
    `<body style="font-family: Arial, sans-serif; font-size: 19px; line-height: 1.5; color: #0b0c0c;">`,
    `<p>${escapeHtml(paragraphs[0] ?? "")}</p>`,
    link
      ? `<p><a href="${escapeHtml(link.url)}" style="color: #1d4e89;">${escapeHtml(link.label)}</a></p><p>Or copy this address into your browser: ${escapeHtml(link.url)}</p>`
      : "",
    ...paragraphs.slice(1).map((p) => `<p>${escapeHtml(p)}</p>`),
    `<p>My Smarter Essex</p></body></html>`,
  ].join("");
  return { to, subject, text, html };
}

export function verificationMail(to: string, url: string): Mail {
  return compose(
    to,
    "Confirm your email address for My Smarter Essex",
    [
      "Thank you for joining My Smarter Essex. Confirm your email address to start asking and supporting questions.",
      `The link works once and expires in ${describeLifetime("email_verification")}.`,
      "If you did not create an account, you can ignore this email.",
    ],
    { url, label: "Confirm your email address" },
  );
}

export function alreadyRegisteredMail(to: string, signInUrl: string, resetUrl: string): Mail {
  return compose(
    to,
    "You already have a My Smarter Essex account",
    [
      "Someone (probably you) tried to create an account with this email address, but you already have one.",
      `If you have forgotten your password, reset it here: ${resetUrl}`,
      "If this was not you, you can ignore this email. Your account has not changed.",
    ],
    { url: signInUrl, label: "Sign in" },
  );
}

export function signInLinkMail(to: string, url: string): Mail {
  return compose(
    to,
    "Your sign-in link for My Smarter Essex",
    [
      "Use this link to sign in to My Smarter Essex.",
      `The link works once and expires in ${describeLifetime("sign_in")}.`,
      "If you did not ask for it, you can ignore this email.",
    ],
    { url, label: "Sign in to My Smarter Essex" },
  );
}

export function passwordResetMail(to: string, url: string): Mail {
  return compose(
    to,
    "Reset your My Smarter Essex password",
    [
      "You asked to reset your password for My Smarter Essex.",
      `The link works once and expires in ${describeLifetime("password_reset")}. Resetting your password signs you out on every other device.`,
      "If you did not ask for this, you can ignore this email. Your password has not changed.",
    ],
    { url, label: "Choose a new password" },
  );
}

export function appUrl(path: string): string {
  const base = process.env.APP_URL ?? `http://localhost:${process.env.PORT ?? "3000"}`;
  return new URL(path, base).toString();
}

/** A message sent through the contact page, to the operator's address (FEEDBACK_TO). */
export function feedbackMail(
  to: string,
  feedback: { topic: string; name: string | null; email: string | null; message: string; signedIn: boolean },
): Mail {
  return compose(
    to,
    `New message through My Smarter Essex: ${feedback.topic}`,
    [
      `Someone sent a message through the contact page (${feedback.topic}).`,
      `From: ${feedback.name ?? "no name given"}${feedback.signedIn ? " (signed in)" : ""}. Reply to: ${feedback.email ?? "no email address given"}.`,
      `Their message:\n${feedback.message}`,
      "Mark it as dealt with on the feedback page once it has been answered or acted on.",
    ],
    { url: appUrl("/admin/feedback"), label: "See every message on the feedback page" },
  );
}

export function ageBandDecisionMail(
  to: string,
  decision: { approved: boolean; toBand: string; reason: string | null; profileUrl: string },
): Mail {
  return decision.approved
    ? compose(
        to,
        "Your age group on My Smarter Essex has been changed",
        [
          `A moderator has approved your request. Your age group is now "${decision.toBand}".`,
          ...(decision.reason ? [`The moderator added: ${decision.reason}`] : []),
          "If you did not ask for this, contact the CSES team.",
        ],
        { url: decision.profileUrl, label: "See your profile" },
      )
    : compose(
        to,
        "Your request to change your age group on My Smarter Essex",
        [
          `A moderator has not changed your age group to "${decision.toBand}". Your age group stays as it was.`,
          `The reason they gave: ${decision.reason ?? ""}`,
          "You can ask again from your profile page.",
        ],
        { url: decision.profileUrl, label: "See your profile" },
      );
}

/**
 * An invitation to join a partner organisation's team. It names who invited the person, so they can tell a real
 * invitation from a stranger's, and says the link is for this address only.
 */
export function invitationMail(
  to: string,
  invitation: { organisationName: string; role: "member" | "lead"; invitedBy: string; expiresOn: string; url: string },
): Mail {
  const role = invitation.role === "lead" ? "a lead" : "a member";
  return compose(
    to,
    `You are invited to join ${invitation.organisationName} on My Smarter Essex`,
    [
      `${invitation.invitedBy} has invited you to join ${invitation.organisationName} on My Smarter Essex as ${role}. Members answer residents' questions for their organisation; leads also look after its team.`,
      `Sign in, or create an account, with this email address (${to}), then join. The link works once and expires on ${invitation.expiresOn}.`,
      "If you were not expecting this, you can ignore this email: nothing happens unless you join.",
    ],
    { url: invitation.url, label: `Join ${invitation.organisationName}` },
  );
}
