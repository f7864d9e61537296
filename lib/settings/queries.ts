import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { DEFAULT_RESPONSE_WORKING_DAYS } from "@/lib/triage/working-days";
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

/** The settings key of the response target: how many working days an organisation has to answer what it claims. */
export const RESPONSE_TARGET_KEY = "response_target_working_days";

// A whole number of working days, at most about six months: a larger value is a typing mistake, not a target.
const responseTargetSchema = z.number().int().min(1).max(130);

/**
 * The response target in working days from the settings table, or DEFAULT_RESPONSE_WORKING_DAYS when unset or
 * not valid. Takes the caller's transaction, so a claim reads it with the write it dates.
 */
export async function getResponseTargetWorkingDays(client: Prisma.TransactionClient = db): Promise<number> {
  const setting = await client.setting.findUnique({ where: { key: RESPONSE_TARGET_KEY }, select: { value: true } });
  const parsed = responseTargetSchema.safeParse(setting?.value);
  return parsed.success ? parsed.data : DEFAULT_RESPONSE_WORKING_DAYS;
}
