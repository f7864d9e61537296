import "server-only";
import { db } from "@/lib/db";
import { Invalid } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/permissions";
import type { ProfileInput } from "./profile-schemas";

/** Changes the signed-in person's own profile; there is no way to name someone else's. */
export async function updateProfile(actor: Actor | null, input: ProfileInput): Promise<void> {
  requirePermission(actor, "account.updateProfile");
  let districtId: number | null = null;
  if (input.district) {
    const district = await db.district.findUnique({ where: { slug: input.district }, select: { id: true } });
    if (!district) throw new Invalid("Select your district from the list", { district: "Select your district from the list" });
    districtId = district.id;
  }
  await db.user.update({
    where: { id: actor.id, status: "active" },
    data: {
      displayName: input.displayName,
      districtId,
      ageBand: input.ageBand,
      participantType: input.participantType,
      emailNotifications: input.emailNotifications,
    },
  });
}
