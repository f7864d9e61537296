import "server-only";
import { db } from "@/lib/db";
import { resolveDistrictId } from "@/lib/reference/queries";
import { Invalid } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/permissions";
import { isUnderEighteen, isUnderEighteenBand } from "../age";
import { UNDER_18_STICKY } from "../copy";

import type { ProfileInput } from "./schemas";

/** Changes the signed-in person's own profile; there is no way to name someone else's. */
export async function updateProfile(actor: Actor | null, input: ProfileInput): Promise<void> {
  requirePermission(actor, "account.updateProfile");
  const districtId = await resolveDistrictId(db, input.district, "Select your district from the list");
  // Once someone has said they are under 18 their posts are pre-moderated (ICO children's code), so they
  // cannot lift that themselves: moving to an adult age group, or to "prefer not to say", needs the CSES team.
  if (isUnderEighteen(actor) && !isUnderEighteenBand(input.ageBand)) {
    throw new Invalid(UNDER_18_STICKY, { ageBand: UNDER_18_STICKY });
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
