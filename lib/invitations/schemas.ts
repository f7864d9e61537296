import { z } from "zod";
import { MAX_SERIAL_ID } from "@/lib/validation";
import { TOKEN_PATTERN } from "@/lib/accounts/token-rules";
import { MembershipRole } from "@/lib/generated/prisma/enums";

/** An invitation's link lasts a week: long enough for someone away for a few days, short enough to go stale. */
export const INVITATION_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;

const organisationId = z.coerce
  .number({ error: "Choose an organisation" })
  .int()
  .positive("Choose an organisation")
  .max(MAX_SERIAL_ID, "Choose an organisation");

export const inviteSchema = z.object({
  organisationId,
  email: z
    .string({ error: "Enter the email address to send the invitation to" })
    .trim()
    .min(1, "Enter the email address to send the invitation to")
    .max(254, "Email address must be 254 characters or fewer")
    .pipe(z.email("Enter an email address in the correct format, like name@example.com"))
    .transform((email) => email.toLowerCase()),
  role: z.enum(MembershipRole, { error: "Select member or lead" }),
});

export const withdrawInvitationSchema = z.object({ invitationId: z.uuid({ error: "Choose an invitation" }) });

/** The link's token, bound to the join button on the invitation's page. */
export const acceptInvitationSchema = z.object({
  token: z.string().regex(TOKEN_PATTERN, "This invitation link is not valid."),
});

export function invitationPath(token: string): string {
  return `/invitations/${token}`;
}
