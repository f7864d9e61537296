import "server-only";
import { db } from "@/lib/db";
import { Invalid } from "@/lib/errors";
import { cachedReference } from "./cache";

/**
 * The districts in their set order. Cached in each process until a district changes (lib/reference/cache.ts);
 * the hour's bound is only a backstop, since every write to the table notifies.
 */
export function listDistricts(): Promise<{ id: number; slug: string; name: string }[]> {
  return cachedReference("districts", 60 * 60_000, () =>
    db.district.findMany({
      orderBy: [{ position: "asc" }, { id: "asc" }],
      select: { id: true, slug: true, name: true },
    }),
  );
}

/** The active organisations, by name: the ones a person may be added to (a deactivated one takes no one new). */
export function listOrganisations() {
  return db.organisation.findMany({
    where: { deactivatedAt: null },
    orderBy: { name: "asc" },
    select: { id: true, slug: true, name: true },
  });
}

type Reader = Pick<typeof db, "district">;

/**
 * The id of the district a form named by slug; null when none was chosen. Throws Invalid, against the form's
 * field, for a slug that is not on the list.
 */
export async function resolveDistrictId(
  reader: Reader,
  slug: string | null,
  message: string,
  field = "district",
): Promise<number | null> {
  if (!slug) return null;
  const district = await reader.district.findUnique({ where: { slug }, select: { id: true } });
  if (!district) throw new Invalid(message, { [field]: message });
  return district.id;
}
