import type { Prisma } from "@/lib/generated/prisma/client";
import { currentRequestId } from "@/lib/request-scope";

/**
 * Appends to the audit log inside the caller's transaction, so the entry exists exactly when the change does,
 * with the id of the request that made it (lib/request-scope.ts).
 */
export async function recordAudit(
  tx: Prisma.TransactionClient,
  entry: {
    actorId: string | null;
    action: string;
    targetType: string;
    targetId: string | number;
    before?: unknown;
    after?: unknown;
  },
): Promise<void> {
  await tx.auditLog.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      targetType: entry.targetType,
      targetId: String(entry.targetId),
      before: entry.before === undefined ? undefined : (entry.before as Prisma.InputJsonValue),
      after: entry.after === undefined ? undefined : (entry.after as Prisma.InputJsonValue),
      requestId: currentRequestId(),
    },
  });
}
