import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * The organisation, active or not, locked to the end of the caller's transaction: FOR SHARE to give it something
 * new while a deactivation waits; FOR NO KEY UPDATE where two writes for the same organisation must also take
 * turns (two invitations to one address). Null when there is no such organisation.
 */
export async function lockOrganisation(
  tx: Prisma.TransactionClient,
  organisationId: number,
  strength: "SHARE" | "NO KEY UPDATE" = "SHARE",
): Promise<{ id: number; name: string; active: boolean } | null> {
  const rows = await tx.$queryRaw<{ id: number; name: string; active: boolean }[]>`
    SELECT id, name, deactivated_at IS NULL AS active FROM organisation WHERE id = ${organisationId}
    FOR ${Prisma.raw(strength)}`;
  return rows[0] ?? null;
}

/**
 * The organisation, if it exists and is active, with a share lock held to the end of the caller's transaction.
 * Everything that gives an organisation something new (a claim, a transfer in, a response, a member) asks
 * this inside its write: a deactivation waits for that transaction to end, and a write that comes after a
 * deactivation reads the deactivated row and is refused. Null for a missing or deactivated organisation.
 */
export async function lockActiveOrganisation(
  tx: Prisma.TransactionClient,
  organisationId: number,
): Promise<{ id: number; name: string } | null> {
  const organisation = await lockOrganisation(tx, organisationId);
  return organisation?.active ? { id: organisation.id, name: organisation.name } : null;
}

/** What a person hears when they choose an organisation that is missing or deactivated. */
export const NOT_AN_ACTIVE_ORGANISATION = "That organisation is not active. Choose another organisation.";
