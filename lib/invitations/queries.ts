import "server-only";
import { db } from "@/lib/db";
import { hashToken } from "@/lib/accounts/tokens";
import { TOKEN_PATTERN } from "@/lib/accounts/token-rules";
import { invitationState, type InvitationState } from "./policy";

export interface InvitationForPage {
  email: string;
  role: "member" | "lead";
  expiresAt: Date;
  invitedBy: string;
  organisation: { id: number; name: string; active: boolean };
  state: InvitationState;
}

/**
 * The invitation a link's token names, for its page; null for a token that matches none (malformed or not),
 * which the page answers with "this link is not valid" and nothing more. Looked up by the token's hash only.
 */
export async function findInvitationByToken(token: string, now = new Date()): Promise<InvitationForPage | null> {
  if (!TOKEN_PATTERN.test(token)) return null;
  const row = await db.organisationInvitation.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      email: true,
      role: true,
      expiresAt: true,
      acceptedAt: true,
      revokedAt: true,
      invitedBy: { select: { displayName: true } },
      organisation: { select: { id: true, name: true, deactivatedAt: true } },
    },
  });
  if (!row) return null;
  return {
    email: row.email,
    role: row.role,
    expiresAt: row.expiresAt,
    invitedBy: row.invitedBy.displayName,
    organisation: { id: row.organisation.id, name: row.organisation.name, active: !row.organisation.deactivatedAt },
    state: invitationState(row, now),
  };
}
