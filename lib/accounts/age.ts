import type { AgeBand } from "@/lib/generated/prisma/enums";

/** The age groups under 18: their posts are pre-moderated and their defaults private (ICO children's code). */
export const UNDER_EIGHTEEN_BANDS: readonly AgeBand[] = ["under_16", "age_16_17"];

export function isUnderEighteenBand(ageBand: AgeBand | null | undefined): boolean {
  return ageBand != null && UNDER_EIGHTEEN_BANDS.includes(ageBand);
}

export function isUnderEighteen(person: { ageBand: AgeBand | null }): boolean {
  return isUnderEighteenBand(person.ageBand);
}
