import { z } from "zod";
import { SecurityEventKind } from "@/lib/generated/prisma/enums";
import { decodeSerialCursor } from "@/lib/keyset";
import { startOfUkDay } from "@/lib/suspensions/schemas";
import { plainText } from "@/lib/text/plain-text";

/** Each kind of event as the filter names it, in the order the filter offers them. */
export const SECURITY_EVENT_KIND_LABELS: Record<SecurityEventKind, string> = {
  sign_in_succeeded: "Signed in",
  sign_in_failed: "Failed sign-in",
  sign_in_locked_out: "Locked out of signing in",
  password_reset_requested: "Password reset asked for",
  password_reset_completed: "Password reset done",
  signed_out_everywhere: "Signed out everywhere",
  action_refused: "Action refused",
  invitation_used: "Invitation used",
};

/** What happened, in a sentence about the person (the list's "What happened" column). */
export function describeSecurityEvent(kind: SecurityEventKind): string {
  switch (kind) {
    case "sign_in_succeeded":
      return "Signed in";
    case "sign_in_failed":
      return "Tried to sign in, but the password or link was wrong";
    case "sign_in_locked_out":
      return "Was stopped from signing in after too many tries";
    case "password_reset_requested":
      return "Asked for a link to reset the password";
    case "password_reset_completed":
      return "Set a new password from a reset link";
    case "signed_out_everywhere":
      return "Signed out on every device";
    case "action_refused":
      return "Tried something they are not allowed to do";
    case "invitation_used":
      return "Joined an organisation from an invitation";
  }
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A yyyy-mm-dd day that exists, as its parts; null otherwise. */
function dayOf(value: string): { year: number; month: number; day: number } | null {
  const match = DATE.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  const real = check.getUTCFullYear() === year && check.getUTCMonth() === month - 1 && check.getUTCDate() === day;
  return real ? { year, month, day } : null;
}

const DATE_ERROR = "must be a real date, for example 2026-11-26";

/** The list's position: the created time and id of the last event on the previous page. */
/**
 * The page's filters, from its address. A person is named by their opaque id (found by email through a POST,
 * or from a row's link), never by address. Dates are whole days in UK time, `to` included.
 */
export const securityEventsPageSchema = z
  .object({
    kind: z.enum(SecurityEventKind).optional().catch(undefined),
    user: z.uuid().optional().catch(undefined),
    from: z.string().trim().max(10).optional().catch(undefined),
    to: z.string().trim().max(10).optional().catch(undefined),
    after: z
      .string()
      .optional()
      .catch(undefined)
      .transform((raw) => decodeSerialCursor(raw) ?? undefined),
  })
  .transform((page) => {
    const errors: Record<string, string> = {};
    const from = page.from ? dayOf(page.from) : null;
    const to = page.to ? dayOf(page.to) : null;
    if (page.from && !from) errors.from = `The start date ${DATE_ERROR}`;
    if (page.to && !to) errors.to = `The end date ${DATE_ERROR}`;
    const since = from ? startOfUkDay(from.year, from.month, from.day) : undefined;
    // The end date is included: events before the start of the next day.
    const before = to ? startOfUkDay(to.year, to.month, to.day + 1) : undefined;
    if (since && before && since >= before) errors.to = "The end date must be the same as or after the start date";
    const valid = Object.keys(errors).length === 0;
    return {
      /** What the filter form shows back, as typed. */
      values: { kind: page.kind ?? "", from: page.from ?? "", to: page.to ?? "" },
      errors,
      filter: {
        kind: page.kind,
        userId: page.user,
        since: valid ? since : undefined,
        before: valid ? before : undefined,
      },
      after: page.after,
    };
  });

export type SecurityEventFilter = z.output<typeof securityEventsPageSchema>["filter"];

/** The list's address with these filters (and a page position), empty ones left out. */
export function securityEventsPath(
  params: { kind?: string; user?: string; from?: string; to?: string; after?: string } = {},
): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (value) query.set(name, value);
  const search = query.toString();
  return search ? `/admin/security?${search}` : "/admin/security";
}

/** Finding whose events to show, by exact email address, sent by POST so the address stays out of the URL. */
export const findSecurityEventPersonSchema = z.object({
  email: plainText({ error: "Enter an email address" })
    .trim()
    .toLowerCase()
    .min(1, "Enter an email address")
    .max(254, "Email address must be 254 characters or fewer"),
  // The other filters in force, kept when the person's filter is added.
  kind: z.enum(SecurityEventKind).optional().catch(undefined),
  from: z.string().trim().max(10).optional().catch(undefined),
  to: z.string().trim().max(10).optional().catch(undefined),
});
