import "server-only";
import { db } from "@/lib/db";

export function listDistricts() {
  return db.district.findMany({ orderBy: [{ position: "asc" }, { id: "asc" }], select: { id: true, slug: true, name: true } });
}

export function listOrganisations() {
  return db.organisation.findMany({ orderBy: { name: "asc" }, select: { id: true, slug: true, name: true } });
}
