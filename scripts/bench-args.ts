// Inputs a bench section hands a KPI function whose arguments are tied to each other.

type Column = readonly (readonly number[])[];

/** A share of each count, rounded down. */
const shareOf = (c: Column, share: number): number[][] => c.map(([n]) => [Math.floor((n ?? 0) * share)]);

/**
 * AB_CONFIDENCE's four columns from two columns of trials: each arm's conversions a share of its
 * own trials (more conversions than trials is an error in words, not a figure to time).
 */
export function abTestArgs(trialsA: Column, trialsB: Column): Column[] {
  return [shareOf(trialsA, 0.03), trialsA, shareOf(trialsB, 0.045), trialsB];
}
