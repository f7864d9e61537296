import "server-only";
import { db } from "@/lib/db";
import { resolveDistrictId } from "@/lib/reference/queries";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/service";
import { Invalid } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AgeBand } from "@/lib/generated/prisma/enums";
import { reservedNameClaim } from "@/lib/moderation/screening/name-claims";
import { prepareScreening, screenRequestedName, type PreparedScreening } from "@/lib/moderation/screening/context";
import type { ScreeningRule } from "@/lib/moderation/screening-rules";
import { ageBandChange, isUnderEighteenBand } from "../age";
import type { ProfileInput } from "./schemas";

/**
 * What saving the profile did with the age group: applied it (or it was unchanged), asked a moderator to
 * approve it, or found a request already waiting (which stays as it was).
 */
export type AgeBandOutcome = "applied" | "requested" | "already_pending";

/**
 * What saving the profile did with the public name: nothing (unchanged, or not sent), changed it at once, or
 * held it for a moderator (the current name stays until they decide), with the screening rules that held it.
 */
export type NameOutcome = { name: "unchanged" } | { name: "changed" } | { name: "held"; rules: ScreeningRule[] };

export type ProfileOutcome = { ageBand: AgeBandOutcome } & NameOutcome;

export const UNDER_EIGHTEEN_NAME =
  "People under 18 keep the public name we made for them, so nothing about them can identify them";

export function reservedNameMessage(claim: string): string {
  return `Public name must not suggest you speak for ${claim.includes(" ") || claim.length > 4 ? `"${claim}"` : claim.toUpperCase()} or for the portal's staff`;
}

/**
 * Refuses a name that claims to be a partner organisation or staff, whole words after undoing look-alikes
 * (lib/moderation/screening/name-claims.ts), against the reserved words and every organisation's name.
 */
async function refuseReservedName(tx: Prisma.TransactionClient, name: string): Promise<void> {
  const organisations = await tx.organisation.findMany({ select: { name: true } });
  const claim = reservedNameClaim(
    name,
    organisations.map((o) => o.name),
  );
  if (claim) {
    const message = reservedNameMessage(claim);
    throw new Invalid(message, { displayName: message });
  }
}

/**
 * A new public name, screened like a post (screenPublicName: personal information, blocked words, a
 * cool-down). Passed: it becomes the name, and any name still waiting is withdrawn (the latest choice wins).
 * Held: it waits in user.pending_display_name with its rules, queued from now, and the current name stays.
 */
async function requestDisplayName(
  tx: Prisma.TransactionClient,
  current: { displayName: string; pendingDisplayName: string | null },
  requested: string,
  prepared: PreparedScreening,
): Promise<{ data: NameColumns; outcome: NameOutcome }> {
  if (requested === current.displayName) {
    // Choosing the current name again withdraws a name still waiting.
    return current.pendingDisplayName
      ? { data: withdrawnName(), outcome: { name: "unchanged" } }
      : { data: {}, outcome: { name: "unchanged" } };
  }
  // Asking again for the name already waiting keeps its place in the queue.
  if (requested === current.pendingDisplayName) return { data: {}, outcome: { name: "unchanged" } };
  await refuseReservedName(tx, requested);
  const screening = screenRequestedName(requested, prepared);
  if (screening.moderation === "approved") {
    return { data: { displayName: requested, ...withdrawnName() }, outcome: { name: "changed" } };
  }
  return {
    data: { pendingDisplayName: requested, pendingNameRules: screening.rules, nameQueuedAt: new Date() },
    outcome: { name: "held", rules: screening.rules },
  };
}

type NameColumns = Pick<
  Prisma.UserUncheckedUpdateInput,
  "displayName" | "pendingDisplayName" | "pendingNameRules" | "nameQueuedAt"
>;

function withdrawnName(): NameColumns {
  return { pendingDisplayName: null, pendingNameRules: [], nameQueuedAt: null };
}

/**
 * Changes the signed-in person's own profile; there is no way to name someone else's. Leaving the protected
 * age groups (under 18, or not said) for an adult one is not applied: it becomes a request a moderator decides
 * (ICO children's code: a child must not be able to lift their own protections), at most one pending per
 * person, enforced by a partial unique index. Every other change of age group applies at once, with an audit
 * entry, since it decides how the person's posts are screened. A new public name is refused when it claims to
 * be a partner or staff, or when the person is (or is becoming) under 18, and otherwise screened
 * (requestDisplayName); a refusal changes nothing at all.
 */
export async function updateProfile(actor: Actor | null, input: ProfileInput): Promise<ProfileOutcome> {
  requirePermission(actor, "account.updateProfile");
  const districtId = await resolveDistrictId(db, input.district, "Select your district from the list");
  const prepared = await prepareScreening(actor.id);
  return db.$transaction(async (tx) => {
    // The band as it is now, locked, so two saves at once cannot both decide from a stale value.
    // The name too: two saves at once must not both decide from the name before either.
    const [current] = await tx.$queryRaw<
      { age_band: AgeBand | null; display_name: string; pending_display_name: string | null }[]
    >`
      SELECT age_band, display_name, pending_display_name
      FROM "user" WHERE id = ${actor.id}::uuid AND status = 'active' FOR UPDATE`;
    // Suspended or deleted since the request began: getActor refuses next time.
    if (!current) return { ageBand: "applied", name: "unchanged" };
    const change = ageBandChange(current.age_band, input.ageBand);

    let name: { data: NameColumns; outcome: NameOutcome } = { data: {}, outcome: { name: "unchanged" } };
    if (input.displayName !== undefined && input.displayName !== current.display_name) {
      // Under 18 now, or becoming so with this save: no free-text name (ICO children's code: nothing public
      // that could identify them).
      if (isUnderEighteenBand(current.age_band) || (change === "direct" && isUnderEighteenBand(input.ageBand))) {
        throw new Invalid(UNDER_EIGHTEEN_NAME, { displayName: UNDER_EIGHTEEN_NAME });
      }
    }
    if (input.displayName !== undefined) {
      name = await requestDisplayName(
        tx,
        { displayName: current.display_name, pendingDisplayName: current.pending_display_name },
        input.displayName,
        prepared,
      );
    }
    await tx.user.update({
      where: { id: actor.id },
      data: {
        ...name.data,
        districtId,
        participantType: input.participantType,
        ...(change === "direct" ? { ageBand: input.ageBand } : {}),
      },
    });
    const done = (ageBand: AgeBandOutcome): ProfileOutcome => ({ ageBand, ...name.outcome });
    if (change === "unchanged") return done("applied");
    // Both the change applied and the change asked for are audited, from the band before to the band chosen.
    const auditAgeBand = (action: "account.changeAgeBand" | "account.requestAgeBandChange") =>
      recordAudit(tx, {
        actorId: actor.id,
        action,
        targetType: "user",
        targetId: actor.id,
        before: { ageBand: current.age_band },
        after: { ageBand: input.ageBand },
      });
    if (change === "direct") {
      await auditAgeBand("account.changeAgeBand");
      return done("applied");
    }
    // The partial unique index keeps one pending request per person; a second is simply not inserted.
    const inserted = await tx.$executeRaw`
      INSERT INTO age_band_change_request (id, user_id, from_band, to_band)
      VALUES (gen_random_uuid(), ${actor.id}::uuid, ${current.age_band}::"AgeBand", ${input.ageBand}::"AgeBand")
      ON CONFLICT (user_id) WHERE state = 'pending' DO NOTHING`;
    if (inserted === 0) return done("already_pending");
    await auditAgeBand("account.requestAgeBandChange");
    return done("requested");
  });
}
