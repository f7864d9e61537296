import type { AgeBand } from "@/lib/generated/prisma/enums";

/** The age groups under 18: their posts are pre-moderated and their defaults private (ICO children's code). */
export const UNDER_EIGHTEEN_BANDS: readonly AgeBand[] = ["under_16", "age_16_17"];

export function isUnderEighteenBand(ageBand: AgeBand | null | undefined): boolean {
  return ageBand != null && UNDER_EIGHTEEN_BANDS.includes(ageBand);
}

export function isUnderEighteen(person: { ageBand: AgeBand | null }): boolean {
  return isUnderEighteenBand(person.ageBand);
}

/** Under 18, or has not said: both get the protections a child gets (ICO children's code, high privacy by default). */
export function needsChildProtections(person: { ageBand: AgeBand | null }): boolean {
  return person.ageBand === null || isUnderEighteen(person);
}
