import { Prisma } from "@/lib/generated/prisma/client";

// Trending score: each support adds e^(λ·(t − epoch)). Comparing two questions' sums at any moment ranks them
// exactly as exponentially decaying support would (the common factor e^(−λ·now) cancels), so the score is
// stored, indexed and never recomputed. With a 7-day half-life a double holds it for about 19 years past the
// epoch; before then, rebase by dividing every score by the same factor and moving the epoch.
export const TRENDING_HALF_LIFE_DAYS = 7;
export const TRENDING_EPOCH = Date.UTC(2026, 0, 1);
export const LAMBDA_PER_MS = Math.LN2 / (TRENDING_HALF_LIFE_DAYS * 24 * 60 * 60 * 1000);

export function trendingWeight(at: Date): number {
  return Math.exp(LAMBDA_PER_MS * (at.getTime() - TRENDING_EPOCH));
}

/**
 * The same weight in SQL, of a vote's stored created_at (UTC, no time zone). Adding a support and taking it
 * back (withdrawal, account deletion) both use this one expression, so they cancel exactly.
 */
export function voteWeightSql(createdAt: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`exp(${LAMBDA_PER_MS * 1000}::float8 * (extract(epoch FROM ${createdAt}) - ${TRENDING_EPOCH / 1000}::float8))`;
}
