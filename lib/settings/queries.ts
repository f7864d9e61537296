import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/permissions";
import { londonCalendarDay } from "@/lib/assignments/due-date";
import { DEFAULT_RESPONSE_WORKING_DAYS, isoDate } from "@/lib/triage/working-days";
import {
  responseTargetSchema,
  SETTING_NAMES,
  SETTINGS,
  settingValueOf,
  type SettingName,
  type SettingValue,
} from "./definitions";
import type { SignpostingLink } from "./signposting";
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
export const RESPONSE_TARGET_KEY = SETTINGS.responseTarget.key;
export { responseTargetSchema };

/**
 * The response target in working days from the settings table, or DEFAULT_RESPONSE_WORKING_DAYS when unset or
 * not valid. Takes the caller's transaction, so a claim reads it with the write it dates.
 */
export async function getResponseTargetWorkingDays(client: Prisma.TransactionClient = db): Promise<number> {
  const setting = await client.setting.findUnique({ where: { key: RESPONSE_TARGET_KEY }, select: { value: true } });
  const parsed = responseTargetSchema.safeParse(setting?.value);
  return parsed.success ? parsed.data : DEFAULT_RESPONSE_WORKING_DAYS;
}

/**
 * Every bank holiday (ISO dates, substitute days as their own dates): what due dates, the inbox's and triage
 * page's wording and the scorecards count working days around. The table holds a few years, some tens of rows.
 */
export async function readBankHolidayDates(): Promise<Set<string>> {
  const holidays = await db.bankHoliday.findMany({ select: { date: true } });
  return new Set(holidays.map((holiday) => isoDate(holiday.date)));
}

/** The help lines shown to a worried person (the house rules, the ask page, a post hidden for safeguarding). */
export async function getSignpostingLinks(client: Prisma.TransactionClient = db): Promise<SignpostingLink[]> {
  return readSettingValue(client, "signpostingLinks");
}

/** One setting's value as the getters see it: the stored one when it passes the registry's check, else the default. */
export async function readSettingValue<Name extends SettingName>(
  client: Prisma.TransactionClient,
  name: Name,
): Promise<SettingValue<Name>> {
  const setting = await client.setting.findUnique({ where: { key: SETTINGS[name].key }, select: { value: true } });
  return settingValueOf(name, setting?.value);
}

export type SettingsOverview = { [Name in SettingName]: SettingValue<Name> };

/** Every setting on the settings page, in one read; for administrators only. */
export async function getSettingsOverview(actor: Actor | null): Promise<SettingsOverview> {
  requirePermission(actor, "settings.manage");
  const rows = await db.setting.findMany({
    where: { key: { in: SETTING_NAMES.map((name) => SETTINGS[name].key) } },
    select: { key: true, value: true },
  });
  const stored = new Map(rows.map((row) => [row.key, row.value]));
  return Object.fromEntries(
    SETTING_NAMES.map((name) => [name, settingValueOf(name, stored.get(SETTINGS[name].key))]),
  ) as SettingsOverview;
}

/** How far back the settings page lists bank holidays: last year's are still "recent" to someone checking a date. */
const BANK_HOLIDAYS_LISTED_FROM_YEARS_AGO = 1;
/** England and Wales have eight a year: this is years of them, not a page of a long list. */
const BANK_HOLIDAYS_LISTED = 100;

export interface ListedBankHoliday {
  /** yyyy-mm-dd */
  date: string;
  name: string;
}

/**
 * The bank holidays from 1 January of last year on, in date order (at most BANK_HOLIDAYS_LISTED: the table holds
 * a few years of them, read by the primary key's order). For administrators only.
 */
export async function listBankHolidays(
  actor: Actor | null,
  today = new Date(),
): Promise<{ from: string; holidays: ListedBankHoliday[] }> {
  requirePermission(actor, "settings.manage");
  const from = new Date(
    Date.UTC(londonCalendarDay(today).getUTCFullYear() - BANK_HOLIDAYS_LISTED_FROM_YEARS_AGO, 0, 1),
  );
  const holidays = await db.bankHoliday.findMany({
    where: { date: { gte: from } },
    orderBy: { date: "asc" },
    take: BANK_HOLIDAYS_LISTED,
    select: { date: true, name: true },
  });
  return {
    from: isoDate(from),
    holidays: holidays.map((holiday) => ({ date: isoDate(holiday.date), name: holiday.name })),
  };
}
