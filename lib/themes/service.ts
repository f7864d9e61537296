import "server-only";
import { db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db-errors";
import { Conflict, Invalid, NotFound } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/permissions";
import { requireFreshProof } from "@/lib/accounts/sessions";
import { recordAudit } from "@/lib/audit/service";
import { dropReferenceCache } from "@/lib/reference/cache";
import type { ThemeInput, UpdateThemeInput } from "./schemas";

const NAME_TAKEN = "A theme with this name already exists. Enter a different name";
const SLUG_TAKEN = "A theme already uses this short name for web addresses. Enter a different one";

/** After the unique keys refused a write: which of name and slug another theme has, next to its field. */
async function takenFieldErrors(input: ThemeInput, exceptId?: number): Promise<never> {
  const clashes = await db.theme.findMany({
    where: { OR: [{ name: input.name }, { slug: input.slug }], ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { name: true, slug: true },
  });
  const errors: Record<string, string> = {};
  if (clashes.some((t) => t.name === input.name)) errors.name = NAME_TAKEN;
  if (clashes.some((t) => t.slug === input.slug)) errors.slug = SLUG_TAKEN;
  if (!Object.keys(errors).length) throw new Conflict();
  throw new Invalid(Object.values(errors)[0]!, errors);
}

/**
 * After a write to themes (done or not): the trigger on `theme` tells every instance once it commits, and this
 * process drops its copy at once as well, so the administrator's next page already reads the change
 * (lib/reference/cache.ts).
 */
function themesChanged(): void {
  dropReferenceCache();
}

function summary(t: ThemeInput) {
  return { name: t.name, slug: t.slug, description: t.description };
}

/** Adds a theme, offered at once when asking, editing and tagging, after the others: admins, freshly proven. */
export async function createTheme(actor: Actor | null, input: ThemeInput): Promise<{ id: number }> {
  requirePermission(actor, "theme.manage");
  requireFreshProof(actor);
  try {
    return await db.$transaction(async (tx) => {
      const last = await tx.theme.aggregate({ _max: { position: true } });
      const created = await tx.theme.create({
        data: { ...summary(input), position: (last._max.position ?? 0) + 1 },
        select: { id: true },
      });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "theme.created",
        targetType: "theme",
        targetId: created.id,
        after: summary(input),
      });
      return created;
    });
  } catch (error) {
    if (isUniqueViolation(error)) return takenFieldErrors(input);
    throw error;
  } finally {
    themesChanged();
  }
}

/**
 * Renames a theme or changes its description (or short name). Questions carry the theme by id, so they show
 * the new name at once. Nothing changed: no write, no audit entry.
 */
export async function updateTheme(actor: Actor | null, input: UpdateThemeInput): Promise<void> {
  requirePermission(actor, "theme.manage");
  requireFreshProof(actor);
  const { themeId, ...fields } = input;
  try {
    await db.$transaction(async (tx) => {
      // Locked, so two administrators editing at once apply one after the other and each "before" is true.
      const [before] = await tx.$queryRaw<ThemeInput[]>`
        SELECT name, slug, description FROM theme WHERE id = ${themeId} FOR UPDATE`;
      if (!before) throw new NotFound("We could not find that theme.");
      const after = summary(fields);
      const changed = (Object.keys(after) as (keyof typeof after)[]).filter((key) => before[key] !== after[key]);
      if (!changed.length) return;
      await tx.theme.update({ where: { id: themeId }, data: after });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "theme.updated",
        targetType: "theme",
        targetId: themeId,
        before: Object.fromEntries(changed.map((key) => [key, before[key]])),
        after: Object.fromEntries(changed.map((key) => [key, after[key]])),
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) return takenFieldErrors(fields, themeId);
    throw error;
  } finally {
    themesChanged();
  }
}

/** Retires or brings back a theme with one conditional UPDATE; already so: nothing written. */
async function setRetired(actor: Actor, themeId: number, retire: boolean): Promise<void> {
  try {
    await writeRetired(actor, themeId, retire);
  } finally {
    themesChanged();
  }
}

async function writeRetired(actor: Actor, themeId: number, retire: boolean): Promise<void> {
  await db.$transaction(async (tx) => {
    const changed = await tx.theme.updateMany({
      where: { id: themeId, archivedAt: retire ? null : { not: null } },
      data: { archivedAt: retire ? new Date() : null },
    });
    if (changed.count === 0) {
      const exists = await tx.theme.findUnique({ where: { id: themeId }, select: { id: true } });
      if (!exists) throw new NotFound("We could not find that theme.");
      return;
    }
    await recordAudit(tx, {
      actorId: actor.id,
      action: retire ? "theme.retired" : "theme.restored",
      targetType: "theme",
      targetId: themeId,
      before: { retired: !retire },
      after: { retired: retire },
    });
  });
}

/**
 * Retires a theme: it stays on the questions that have it (and on their pages and in the browse filter), but is
 * no longer offered when asking, editing or tagging, and the services refuse to add it to a question anew.
 */
export async function retireTheme(actor: Actor | null, input: { themeId: number }): Promise<void> {
  requirePermission(actor, "theme.manage");
  requireFreshProof(actor);
  await setRetired(actor, input.themeId, true);
}

/** Brings a retired theme back: offered again for new questions. */
export async function restoreTheme(actor: Actor | null, input: { themeId: number }): Promise<void> {
  requirePermission(actor, "theme.manage");
  requireFreshProof(actor);
  await setRetired(actor, input.themeId, false);
}
