import "server-only";
import { db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db-errors";
import { Invalid, NotFound } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/permissions";
import { requireFreshProof } from "@/lib/accounts/sessions";
import { recordAudit } from "@/lib/audit/service";
import type { Prisma } from "@/lib/generated/prisma/client";
import { formatDate } from "@/lib/format";
import { isoDate } from "@/lib/triage/working-days";
import { SETTINGS, type SettingDefinition, type SettingName, type SettingUpdate } from "./definitions";
import type { AddBankHolidayInput, RemoveBankHolidayInput } from "./form-input";
import { readSettingValue } from "./queries";

// Administrators' changes to the settings and the bank holidays. Each is an admin change (a recent proof of
// identity) that writes exactly one audit row in its own transaction, or none when nothing changed.

/** The audit row's before and after: the values, except a long word list, summarised by what was added and removed. */
function auditSummary(name: SettingName, before: unknown, after: unknown): { before: unknown; after: unknown } {
  if (name !== "blockedWords" || !Array.isArray(before) || !Array.isArray(after)) {
    return { before: { value: before }, after: { value: after } };
  }
  const [was, now] = [new Set(before.map(String)), new Set(after.map(String))];
  const LISTED = 50;
  return {
    before: { count: was.size },
    after: {
      count: now.size,
      added: [...now].filter((word) => !was.has(word)).slice(0, LISTED),
      removed: [...was].filter((word) => !now.has(word)).slice(0, LISTED),
    },
  };
}

/**
 * Saves one setting (named in the registry, lib/settings/definitions.ts). The value is checked again by the
 * setting's schema (a service trusts no caller). Saves of the same setting queue behind one another, so each
 * audit row's "before" is the value the save replaced. Saving the value already in force changes nothing and
 * writes no audit row: `changed` says which happened.
 */
export async function updateSetting(actor: Actor | null, input: SettingUpdate): Promise<{ changed: boolean }> {
  requirePermission(actor, "settings.manage");
  requireFreshProof(actor);
  const definition: SettingDefinition = SETTINGS[input.name];
  const checked = definition.schema.safeParse(input.value);
  if (!checked.success) throw new Invalid(`${definition.label} is not valid.`);
  const value = checked.data as Prisma.InputJsonValue;
  return db.$transaction(async (tx) => {
    // A lock on the key, not on the row: the first save of a setting has no row to lock yet.
    await tx.$queryRaw`SELECT 1 AS locked FROM (SELECT pg_advisory_xact_lock(hashtext(${`setting:${definition.key}`}))) AS taken`;
    const before = await readSettingValue(tx, input.name);
    if (JSON.stringify(before) === JSON.stringify(value)) return { changed: false };
    await tx.setting.upsert({
      where: { key: definition.key },
      create: { key: definition.key, value },
      update: { value },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "setting.changed",
      targetType: "setting",
      targetId: definition.key,
      ...auditSummary(input.name, before, value),
    });
    return { changed: true };
  });
}

/**
 * Adds a bank holiday, which every due date worked out from then on skips (lib/assignments/due-date-of-claim.ts
 * reads the table in each claim's transaction). The date is the table's key: a date already listed is refused
 * by the database, not by a read first, and the refusal names the holiday already there.
 */
export async function addBankHoliday(actor: Actor | null, input: AddBankHolidayInput): Promise<void> {
  requirePermission(actor, "settings.manage");
  requireFreshProof(actor);
  const date = isoDate(input.date);
  try {
    await db.$transaction(async (tx) => {
      await tx.bankHoliday.create({ data: { date: input.date, name: input.name } });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "bankHoliday.added",
        targetType: "bank_holiday",
        targetId: date,
        after: { date, name: input.name },
      });
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const listed = await db.bankHoliday.findUnique({ where: { date: input.date }, select: { name: true } });
    const message = `${formatDate(input.date)} is already listed as a bank holiday${listed ? ` (${listed.name})` : ""}`;
    throw new Invalid(message, { holidayDate: message });
  }
}

/** Removes a bank holiday; due dates already set stay as they are, later ones count the day as a working day. */
export async function removeBankHoliday(actor: Actor | null, input: RemoveBankHolidayInput): Promise<{ name: string }> {
  requirePermission(actor, "settings.manage");
  requireFreshProof(actor);
  const date = isoDate(input.date);
  return db.$transaction(async (tx) => {
    // One statement: two administrators removing it at once cannot both write an audit row for it.
    const removed = await tx.$queryRaw<{ name: string }[]>`
      DELETE FROM bank_holiday WHERE date = ${date}::date RETURNING name`;
    if (!removed.length)
      throw new NotFound("That bank holiday is not listed any more. It may have been removed already.");
    await recordAudit(tx, {
      actorId: actor.id,
      action: "bankHoliday.removed",
      targetType: "bank_holiday",
      targetId: date,
      before: { date, name: removed[0]!.name },
    });
    return { name: removed[0]!.name };
  });
}
