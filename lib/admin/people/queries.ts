import "server-only";
import { db } from "@/lib/db";

/** A person as an administrator sees them, found by exact email address. */
export function findPersonByEmail(email: string) {
  return db.user.findUnique({
    where: { email: email.trim().toLowerCase() },
    select: {
      id: true,
      email: true,
      displayName: true,
      platformRole: true,
      status: true,
      emailVerifiedAt: true,
      memberships: {
        select: { role: true, organisation: { select: { id: true, name: true } } },
        orderBy: { organisation: { name: "asc" } },
      },
    },
  });
}
