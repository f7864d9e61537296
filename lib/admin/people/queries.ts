import "server-only";
import { db } from "@/lib/db";

/** A person as an administrator sees them, found by id (the search action turned an email into it). */
export function findPersonById(id: string) {
  return db.user.findUnique({
    where: { id },
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

/** How many administrators there are (deleted accounts aside): the page warns the last one before they step down. */
export function countAdministrators() {
  return db.user.count({ where: { platformRole: "admin", status: { not: "deleted" } } });
}
