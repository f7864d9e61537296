// What accounts say when they refuse: one place to read and reword it. Validation messages live beside
// their fields in the schemas.
import { formatDate, formatDateTime } from "@/lib/format";

const ukClock = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", timeZone: "Europe/London" });

/**
 * When a suspension or cool-down ends: "the start of 3 December 2026" for an end date chosen on a form (midnight
 * in the UK), otherwise the date and time ("3 December 2026 at 4:30pm").
 */
export function describeEnd(end: Date): string {
  return ukClock.format(end) === "00:00" ? `the start of ${formatDate(end)}` : formatDateTime(end);
}

export const WRONG_CREDENTIALS = "Enter a correct email address and password";

/** What a suspended person is told when they try anything but the few things still open to them. */
export function suspendedRefusal(suspension: { reason: string; until: Date | null }): string {
  return `${suspensionSummary(suspension)} ${WHILE_SUSPENDED} ${CONTACT_ABOUT_SUSPENSION}`;
}

/** "Your account is suspended until 3 December 2026 at 5:00pm. The reason a moderator gave: …" */
export function suspensionSummary(suspension: { reason: string; until: Date | null }): string {
  const until = suspension.until ? ` until ${describeEnd(suspension.until)}` : " until a moderator lifts it";
  return `Your account is suspended${until}. The reason a moderator gave: ${suspension.reason}`;
}

export const WHILE_SUSPENDED =
  "While it is suspended you can still read the site, read your notifications, download your data and delete your account, but you cannot ask, support, comment, report or change anything else.";
export const CONTACT_ABOUT_SUSPENSION =
  "If you think this is a mistake, contact the CSES team through the contact page.";
export const LINK_NOT_VALID = "This link has expired or has already been used. Ask for a new one.";
export const AGE_BAND_REQUEST_PENDING =
  "You have already asked to change your age group. Wait for a moderator to decide before asking again.";

// After several wrong passwords from one source the sign-in form offers the other ways in. The service marks
// the refusal with this field, which the form shows as a panel of links rather than as an error of its own.
export const REPEATED_FAILURES_FIELD = "otherWaysIn";
export const REPEATED_FAILURES =
  "You have entered a wrong password several times. You can sign in with a link we email to you, or reset your password.";
