import "server-only";
import { db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db-errors";
import { Conflict, Invalid, NotFound } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/permissions";
import { requireFreshProof } from "@/lib/accounts/sessions";
import { recordAudit } from "@/lib/audit/service";
import type { OrganisationInput, UpdateOrganisationInput } from "./schemas";

const NAME_TAKEN = "An organisation with this name already exists. Enter a different name";
const SLUG_TAKEN = "An organisation already uses this short name for web addresses. Enter a different one";

/**
 * The unique keys on name and slug decide whether either is taken (two administrators creating the same
 * organisation at once: one wins). After a refusal this reads which one clashed, to say so next to its field.
 */
async function takenFieldErrors(input: OrganisationInput, exceptId?: number): Promise<never> {
  const clashes = await db.organisation.findMany({
    where: { OR: [{ name: input.name }, { slug: input.slug }], ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { name: true, slug: true },
  });
  const errors: Record<string, string> = {};
  if (clashes.some((o) => o.name === input.name)) errors.name = NAME_TAKEN;
  if (clashes.some((o) => o.slug === input.slug)) errors.slug = SLUG_TAKEN;
  if (!Object.keys(errors).length) throw new Conflict();
  throw new Invalid(Object.values(errors)[0]!, errors);
}

/** The fields an audit entry records for an organisation. */
function summary(o: OrganisationInput) {
  return { name: o.name, slug: o.slug, kind: o.kind, description: o.description };
}

/** Creates a partner organisation, active at once (with no members yet): admins, with a fresh proof of identity. */
export async function createOrganisation(actor: Actor | null, input: OrganisationInput): Promise<{ id: number }> {
  requirePermission(actor, "organisation.manage");
  requireFreshProof(actor);
  try {
    return await db.$transaction(async (tx) => {
      const created = await tx.organisation.create({ data: summary(input), select: { id: true } });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "organisation.created",
        targetType: "organisation",
        targetId: created.id,
        after: summary(input),
      });
      return created;
    });
  } catch (error) {
    if (isUniqueViolation(error)) return takenFieldErrors(input);
    throw error;
  }
}

/** Changes an organisation's name, short name, kind or description. Nothing changed: no write, no audit entry. */
export async function updateOrganisation(actor: Actor | null, input: UpdateOrganisationInput): Promise<void> {
  requirePermission(actor, "organisation.manage");
  requireFreshProof(actor);
  const { organisationId, ...fields } = input;
  try {
    await db.$transaction(async (tx) => {
      // Locked, so two administrators editing at once apply one after the other and each "before" is true.
      const [before] = await tx.$queryRaw<OrganisationInput[]>`
        SELECT name, slug, kind::text AS kind, description FROM organisation WHERE id = ${organisationId} FOR UPDATE`;
      if (!before) throw new NotFound("We could not find that organisation.");
      const after = summary(fields);
      const changed = (Object.keys(after) as (keyof typeof after)[]).filter((key) => before[key] !== after[key]);
      if (!changed.length) return;
      await tx.organisation.update({ where: { id: organisationId }, data: after });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "organisation.updated",
        targetType: "organisation",
        targetId: organisationId,
        before: Object.fromEntries(changed.map((key) => [key, before[key]])),
        after: Object.fromEntries(changed.map((key) => [key, after[key]])),
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) return takenFieldErrors(fields, organisationId);
    throw error;
  }
}

/**
 * Sets whether an organisation is active, with one conditional UPDATE (so two administrators at once change it
 * once). Already so: nothing written. Its memberships, responses and hand-over history stay either way.
 */
async function setDeactivated(actor: Actor, organisationId: number, deactivate: boolean): Promise<void> {
  await db.$transaction(async (tx) => {
    // The time is read once the row is ours: a claim holding it commits first and is then the earlier of the two.
    await tx.$queryRaw`SELECT id FROM organisation WHERE id = ${organisationId} FOR UPDATE`;
    const now = new Date();
    const changed = await tx.organisation.updateMany({
      where: { id: organisationId, deactivatedAt: deactivate ? null : { not: null } },
      data: { deactivatedAt: deactivate ? now : null },
    });
    if (changed.count === 0) {
      const exists = await tx.organisation.findUnique({ where: { id: organisationId }, select: { id: true } });
      if (!exists) throw new NotFound("We could not find that organisation.");
      return;
    }
    const members = await tx.organisationMembership.count({ where: { organisationId } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: deactivate ? "organisation.deactivated" : "organisation.reactivated",
      targetType: "organisation",
      targetId: organisationId,
      before: { active: deactivate },
      after: { active: !deactivate, members },
    });
  });
}

/**
 * Deactivates an organisation: its members lose its inbox and every partner right through it on their next
 * request (lib/auth/actor.ts reads only active organisations' memberships), and nothing new may be claimed by,
 * transferred to, answered for or added to it (lib/organisations/active.ts). Its history stays.
 */
export async function deactivateOrganisation(actor: Actor | null, input: { organisationId: number }): Promise<void> {
  requirePermission(actor, "organisation.manage");
  requireFreshProof(actor);
  await setDeactivated(actor, input.organisationId, true);
}

/** Makes a deactivated organisation active again: its members get their rights back on their next request. */
export async function reactivateOrganisation(actor: Actor | null, input: { organisationId: number }): Promise<void> {
  requirePermission(actor, "organisation.manage");
  requireFreshProof(actor);
  await setDeactivated(actor, input.organisationId, false);
}
