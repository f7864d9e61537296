// The arithmetic of "Who is taking part": pure functions, so the unit tests check them against worked examples.
//
// - A group's share of the participants is a proportion x / n; its 95% interval is the Wilson score interval
//   (Wilson 1927; recommended over the simple "p ± 1.96·SE" by Brown, Cai and DasGupta 2001 because it stays
//   inside 0–1 and behaves for small counts and for shares near 0).
// - The representation ratio is the group's share of the participants divided by its share of the population.
//   The population shares come from the census, counted in full, so they are treated as exact: the ratio's
//   interval is the Wilson interval of the participant share divided by the same population share.
// - The similarity score is 1 − the index of dissimilarity (Duncan and Duncan 1955): half the sum, over the
//   groups, of the gap between each group's share of the participants and its share of the population. 100%
//   means the participants are spread across the groups exactly as the residents are; the index itself is the
//   share of participants who would have to be in another group for the two to match.

/** The normal quantile for a two-sided 95% interval. */
export const Z_95 = 1.959963984540054;

export interface Interval {
  low: number;
  high: number;
}

/** The Wilson score interval of the proportion `successes / trials`; null with no trials. */
export function wilsonInterval(successes: number, trials: number, z = Z_95): Interval | null {
  if (!(trials > 0) || successes < 0 || successes > trials) return null;
  const p = successes / trials;
  const z2 = z * z;
  const denominator = 1 + z2 / trials;
  const centre = (p + z2 / (2 * trials)) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials))) / denominator;
  // At x = 0 or x = n the bound is exactly 0 or 1; rounding must not leave it a hair outside.
  return {
    low: successes === 0 ? 0 : Math.max(0, centre - half),
    high: successes === trials ? 1 : Math.min(1, centre + half),
  };
}

export interface Representation {
  /** The group's share of the participants, 0–1. */
  participantShare: number;
  /** The group's share of the residents, 0–1. */
  populationShare: number;
  /** participantShare ÷ populationShare: 1 is in proportion, under 1 under-represented, over 1 over-represented. */
  ratio: number;
  /** The 95% interval of the ratio (the Wilson interval of the participant share over the population share). */
  interval: Interval;
}

/** How a group's share of the participants compares with its share of the residents; null when undefined. */
export function representationRatio(
  groupParticipants: number,
  totalParticipants: number,
  groupResidents: number,
  totalResidents: number,
): Representation | null {
  if (!(groupResidents > 0) || !(totalResidents >= groupResidents)) return null;
  const share = wilsonInterval(groupParticipants, totalParticipants);
  if (!share) return null;
  const populationShare = groupResidents / totalResidents;
  const participantShare = groupParticipants / totalParticipants;
  return {
    participantShare,
    populationShare,
    ratio: participantShare / populationShare,
    interval: { low: share.low / populationShare, high: share.high / populationShare },
  };
}

/** Participants per 10,000 residents. */
export function ratePer10000(participants: number, residents: number): number | null {
  return residents > 0 ? (participants / residents) * 10_000 : null;
}

/**
 * The index of dissimilarity between two distributions over the same groups (counts, in the same order): half the
 * sum of the gaps between the shares. 0 when they match, 1 when they share no group. Null when either is empty.
 */
export function dissimilarityIndex(participants: readonly number[], residents: readonly number[]): number | null {
  if (participants.length !== residents.length) throw new Error("The two distributions must have the same groups");
  const totalParticipants = participants.reduce((sum, x) => sum + x, 0);
  const totalResidents = residents.reduce((sum, x) => sum + x, 0);
  if (!(totalParticipants > 0) || !(totalResidents > 0)) return null;
  let gaps = 0;
  participants.forEach((x, i) => {
    gaps += Math.abs(x / totalParticipants - residents[i]! / totalResidents);
  });
  return gaps / 2;
}

/** 1 − the index of dissimilarity: 1 when the participants are spread across the groups as the residents are. */
export function similarityScore(participants: readonly number[], residents: readonly number[]): number | null {
  const index = dissimilarityIndex(participants, residents);
  return index === null ? null : 1 - index;
}
