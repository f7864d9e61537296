import "server-only";
import { db } from "@/lib/db";

export function listActiveThemes() {
  return db.theme.findMany({ where: { archivedAt: null }, orderBy: [{ position: "asc" }, { id: "asc" }], select: { slug: true, name: true, description: true } });
}
