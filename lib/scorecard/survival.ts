// The Kaplan–Meier (product-limit) estimate of how long questions wait for their first public answer, counting the
// ones still waiting. A question still unanswered is "censored": we know it has waited at least so long, not how
// long it will wait. Averaging the answered ones only would leave out exactly the slowest, so a partner that never
// answers its hard questions would look quick. Pure: the caller turns dates into whole working days.

/** Questions that waited `time` working days: `answered` of them got their first answer then, the rest still wait. */
export interface WaitGroup {
  time: number;
  answered: number;
  /** Still unanswered after `time` working days (censored). */
  waiting: number;
}

/** One step of the estimate: after `time` working days, the estimated share still unanswered. */
export interface SurvivalStep {
  time: number;
  /** Questions still waiting just before `time` (the number at risk). */
  atRisk: number;
  answered: number;
  stillUnanswered: number;
}

/** Groups with the same time added together, in time order; empty groups dropped. */
function normalise(groups: readonly WaitGroup[]): WaitGroup[] {
  const byTime = new Map<number, WaitGroup>();
  for (const g of groups) {
    if (!Number.isFinite(g.time) || g.time < 0) throw new RangeError("a waiting time must be 0 or more");
    if (g.answered < 0 || g.waiting < 0) throw new RangeError("counts must be 0 or more");
    const seen = byTime.get(g.time) ?? { time: g.time, answered: 0, waiting: 0 };
    seen.answered += g.answered;
    seen.waiting += g.waiting;
    byTime.set(g.time, seen);
  }
  return [...byTime.values()].filter((g) => g.answered + g.waiting > 0).sort((a, b) => a.time - b.time);
}

/**
 * The product-limit estimate: at each time t where some questions were answered, the share still unanswered is
 * multiplied by (1 − answered at t ÷ still waiting just before t). A question still waiting at t (censored at t)
 * counts as at risk at t: it had not been answered by then, which is the usual convention for ties.
 */
export function survivalCurve(groups: readonly WaitGroup[]): SurvivalStep[] {
  const ordered = normalise(groups);
  let atRisk = ordered.reduce((sum, g) => sum + g.answered + g.waiting, 0);
  let share = 1;
  const steps: SurvivalStep[] = [];
  for (const g of ordered) {
    if (g.answered > 0) {
      share *= 1 - g.answered / atRisk;
      steps.push({ time: g.time, atRisk, answered: g.answered, stillUnanswered: share });
    }
    atRisk -= g.answered + g.waiting;
  }
  return steps;
}

/**
 * The time by which a share `p` of questions is estimated to be answered: the first time at which the estimated
 * share still unanswered falls to or below 1 − p (so the median is p = 0.5, the 90th percentile p = 0.9). Null
 * when it never does ("not reached yet": too many still wait for the estimate to get that far).
 */
export function survivalPercentile(groups: readonly WaitGroup[], p: number): number | null {
  if (!(p > 0 && p <= 1)) throw new RangeError("p must be more than 0 and at most 1");
  // A small tolerance so that 1 − 9/10 reads as 0.1, not 0.09999999999999998 above it.
  const threshold = 1 - p + 1e-12;
  for (const step of survivalCurve(groups)) if (step.stillUnanswered <= threshold) return step.time;
  return null;
}

/** The estimated share still unanswered after `time` working days (1 before the first answer). */
export function shareStillUnansweredAt(groups: readonly WaitGroup[], time: number): number {
  let share = 1;
  for (const step of survivalCurve(groups)) {
    if (step.time > time) break;
    share = step.stillUnanswered;
  }
  return share;
}
