import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * The ids of the administrators (not deleted), their rows locked until the transaction ends: every change that
 * could take away an administrator (a role change, an account deletion) reads them this way first, so two
 * such changes at the same moment run one after the other and the second sees what the first did.
 */
export async function lockAdministrators(tx: Prisma.TransactionClient): Promise<string[]> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "user" WHERE platform_role = 'admin' AND status <> 'deleted' ORDER BY id FOR UPDATE`;
  return rows.map((row) => row.id);
}
