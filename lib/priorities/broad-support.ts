// Broad support: a rank that rewards support spread across districts and age groups over the same support from
// one place. For a question's supporters in the period,
//
//   score = supporters × Ed / (Ed + 1) × Ea / (Ea + 1)
//
// where Ed is the effective number of districts (the inverse Simpson index: (Σ n)² / Σ n², which is 1 when every
// supporter is from one district and 4 when they are split evenly between four) and Ea the same over age groups;
// "not given" counts as one more group. Each factor is below 1, so the score is never above the supporters, and
// the top of the rank can be found from the most-supported questions alone (see queries.ts).

export const BROAD_SUPPORT_IN_WORDS = [
  "Broad support is the number of supporters multiplied by two spread factors, one for districts and one for age groups.",
  "Each factor is E ÷ (E + 1), where E is the effective number of groups the support comes from (1 when everyone is in one district, 4 when support is split evenly between 4 districts), so 20 supporters all from one district and one age group score 5, while 12 supporters split evenly between 4 districts and 3 age groups score 7.2.",
] as const;

/** The inverse Simpson index of group sizes: how many equal groups the support is worth; 0 with no support. */
export function effectiveGroups(counts: readonly number[]): number {
  const total = counts.reduce((sum, n) => sum + n, 0);
  if (total === 0) return 0;
  const squares = counts.reduce((sum, n) => sum + n * n, 0);
  return (total * total) / squares;
}

function spread(counts: readonly number[]): number {
  const effective = effectiveGroups(counts);
  return effective / (effective + 1);
}

export interface BroadSupportInput {
  /** Supporters in each district (and one count for "not given"). */
  byDistrict: readonly number[];
  /** Supporters in each age group (and one count for "not given"). */
  byAgeBand: readonly number[];
}

export interface BroadSupportScore {
  supporters: number;
  effectiveDistricts: number;
  effectiveAgeBands: number;
  score: number;
}

export function broadSupportScore({ byDistrict, byAgeBand }: BroadSupportInput): BroadSupportScore {
  const supporters = byDistrict.reduce((sum, n) => sum + n, 0);
  return {
    supporters,
    effectiveDistricts: effectiveGroups(byDistrict),
    effectiveAgeBands: effectiveGroups(byAgeBand),
    score: supporters * spread(byDistrict) * spread(byAgeBand),
  };
}
