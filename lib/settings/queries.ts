import "server-only";
import { db } from "@/lib/db";
import {
  COUNCIL_CONTACTS_KEY,
  councilContactsSchema,
  DEFAULT_COUNCIL_CONTACTS,
  routesForDistrict,
  type CouncilContacts,
  type WhereToGoInstead,
} from "./contact-routes";

/** The councils' addresses from the settings table; the looked-up defaults when unset or not valid. */
export async function getCouncilContacts(): Promise<CouncilContacts> {
  const setting = await db.setting.findUnique({ where: { key: COUNCIL_CONTACTS_KEY } });
  const parsed = councilContactsSchema.safeParse(setting?.value);
  return parsed.success ? parsed.data : DEFAULT_COUNCIL_CONTACTS;
}

/**
 * Where to go instead of the portal, for the district a person chose on the page (`districtSlug`, from the
 * picker's GET form), else the district on their profile (`userId`), else the general two-tier explanation.
 * A slug that is not a district is ignored.
 */
export async function getWhereToGoInstead(options: {
  userId: string | null;
  districtSlug?: string | null;
}): Promise<WhereToGoInstead> {
  const select = { slug: true, name: true } as const;
  const [contacts, chosen, own] = await Promise.all([
    getCouncilContacts(),
    options.districtSlug ? db.district.findUnique({ where: { slug: options.districtSlug }, select }) : null,
    options.userId ? db.user.findUnique({ where: { id: options.userId }, select: { district: { select } } }) : null,
  ]);
  return routesForDistrict(contacts, chosen ?? own?.district ?? null);
}
