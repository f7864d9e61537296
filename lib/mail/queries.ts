import "server-only";
import { db } from "@/lib/db";

/** The newest captured mail, optionally for one address. Used by the development mail page. */
export function listCapturedMail(options: { to?: string; limit?: number } = {}) {
  return db.capturedMail.findMany({
    where: options.to ? { toAddress: options.to.trim().toLowerCase() } : undefined,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: Math.min(options.limit ?? 50, 200),
    select: { id: true, toAddress: true, subject: true, text: true, createdAt: true },
  });
}
