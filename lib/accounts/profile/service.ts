import "server-only";
import { db } from "@/lib/db";
import { resolveDistrictId } from "@/lib/reference/queries";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/service";
import { ageBandChange } from "../age";
import type { ProfileInput } from "./schemas";

/**
 * What saving the profile did with the age group: applied it (or it was unchanged), asked a moderator to
 * approve it, or found a request already waiting (which stays as it was).
 */
export type AgeBandOutcome = "applied" | "requested" | "already_pending";

/**
 * Changes the signed-in person's own profile; there is no way to name someone else's. Leaving the protected
 * age groups (under 18, or not said) for an adult one is not applied: it becomes a request a moderator decides
 * (ICO children's code: a child must not be able to lift their own protections), at most one pending per
 * person, enforced by a partial unique index. Every other change of age group applies at once, with an audit
 * entry, since it decides how the person's posts are screened.
 */
export async function updateProfile(actor: Actor | null, input: ProfileInput): Promise<AgeBandOutcome> {
  requirePermission(actor, "account.updateProfile");
  const districtId = await resolveDistrictId(db, input.district, "Select your district from the list");
  return db.$transaction(async (tx) => {
    // The band as it is now, locked, so two saves at once cannot both decide from a stale value.
    const [current] = await tx.$queryRaw<{ age_band: ProfileInput["ageBand"] }[]>`
      SELECT age_band FROM "user" WHERE id = ${actor.id}::uuid AND status = 'active' FOR UPDATE`;
    if (!current) return "applied"; // suspended or deleted since the request began: getActor refuses next time
    const change = ageBandChange(current.age_band, input.ageBand);
    await tx.user.update({
      where: { id: actor.id },
      data: {
        displayName: input.displayName,
        districtId,
        participantType: input.participantType,
        ...(change === "direct" ? { ageBand: input.ageBand } : {}),
      },
    });
    if (change === "unchanged") return "applied";
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
      return "applied";
    }
    // The partial unique index keeps one pending request per person; a second is simply not inserted.
    const inserted = await tx.$executeRaw`
      INSERT INTO age_band_change_request (id, user_id, from_band, to_band)
      VALUES (gen_random_uuid(), ${actor.id}::uuid, ${current.age_band}::"AgeBand", ${input.ageBand}::"AgeBand")
      ON CONFLICT (user_id) WHERE state = 'pending' DO NOTHING`;
    if (inserted === 0) return "already_pending";
    await auditAgeBand("account.requestAgeBandChange");
    return "requested";
  });
}
