import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

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
  const rows = await tx.$queryRaw<{ id: number; name: string }[]>`
    SELECT id, name FROM organisation WHERE id = ${organisationId} AND deactivated_at IS NULL FOR SHARE`;
  return rows[0] ?? null;
}

/** What a person hears when they choose an organisation that is missing or deactivated. */
export const NOT_AN_ACTIVE_ORGANISATION = "That organisation is not active. Choose another organisation.";
