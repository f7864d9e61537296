import "server-only";
import { db } from "@/lib/db";

/** The signed-in person's own profile, for the profile form. */
export async function getOwnProfile(userId: string) {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      displayName: true,
      ageBand: true,
      participantType: true,
      district: { select: { slug: true } },
    },
  });
  return {
    displayName: user.displayName,
    district: user.district?.slug ?? "",
    ageBand: user.ageBand ?? "",
    participantType: user.participantType ?? "",
  };
}
