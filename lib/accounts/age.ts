import type { AgeBand } from "@/lib/generated/prisma/enums";

/** The age groups under 18: their posts are pre-moderated and their defaults private (ICO children's code). */
export const UNDER_EIGHTEEN_BANDS: readonly AgeBand[] = ["under_16", "age_16_17"];

export function isUnderEighteenBand(ageBand: AgeBand | null | undefined): boolean {
  return ageBand != null && UNDER_EIGHTEEN_BANDS.includes(ageBand);
}

/**
 * Whether a person gets the high-privacy defaults of a child: everyone under 18, and everyone who has not said
 * how old they are (null: "prefer not to say", or an account from before the question was asked). The ICO
 * children's code asks for these defaults unless the service knows it is dealing with an adult. Every rule that
 * protects children (screening, the public-name hint, notification defaults) asks this one function.
 */
export function hasChildProtections(person: { ageBand: AgeBand | null }): boolean {
  return person.ageBand === null || isUnderEighteenBand(person.ageBand);
}

/**
 * How a change of age group is made: leaving the protected groups (under 18 or not said) for an adult band needs
 * a moderator, so a child cannot lift their own protections; anything else (into under 18, into "not said",
 * between adult bands, between the under-18 bands) applies at once. "unchanged" when nothing moves.
 */
export function ageBandChange(from: AgeBand | null, to: AgeBand | null): "unchanged" | "direct" | "needs_moderator" {
  if (from === to) return "unchanged";
  return hasChildProtections({ ageBand: from }) && !hasChildProtections({ ageBand: to }) ? "needs_moderator" : "direct";
}
