// The verdict on a row the breach rule judged: how sure it is, in native formulas (for the Status
// ARRAYFORMULA and the totals) and in code (for the counts flagBreaches answers). breach-rule.ts
// decides over or within; this says "confirmed", "not yet sure" (and how much more spend without a
// result would confirm it) or nothing.
//
// The model: results are a Poisson count with a flat prior on their rate per unit of money, so
// after `spend` the rate's posterior is Gamma(results + 1, scale 1/spend), and the confidence that
// the true cost per result is above the limit is P = GAMMA.DIST(spend / limit, results + 1, 1, TRUE).
// A row over the limit is confirmed when P reaches the confidence level; a row within it when 1 - P
// does. Spending `limit x GAMMA.INV(level, results + 1, 1) - spend` more without a result brings P
// to the level.
import { regularizedGammaP } from '../../metrics/evidence.ts';
import type { CostModel } from './cost-model.ts';

/** The confidence level a new table starts with, and the range a user may set. */
export const LEVEL = { default: 0.95, min: 0.5, max: 0.999 } as const;

/**
 * The bounds a level cell's validation and the server accept: LEVEL's, widened by 1e-10. Typed
 * `99.9%` is 99.9 / 100 = 0.9990000000000001 in binary where a parser divides (the local engine
 * does); whether Sheets stores that or 0.999, Google does not say
 * (https://support.google.com/docs/answer/56470 documents only that a typed percentage becomes a
 * number), so both must pass. The slack stays inside what levelTest accepts: a cell the
 * validation lets through is never a Status asking for the level.
 */
export const LEVEL_BOUNDS = { min: LEVEL.min - 1e-10, max: LEVEL.max + 1e-10 } as const;

/** Whether `x` is a level a user may set (LEVEL_BOUNDS). */
export function isLevel(x: unknown): x is number {
  return typeof x === 'number' && x >= LEVEL_BOUNDS.min && x <= LEVEL_BOUNDS.max;
}

/**
 * The element-wise en_US test (1 or 0) that the number `V` is a level: in thousandths rounded to 6
 * places (ROUND of an integer place count: no decimal literal, which each locale spells its own
 * way), so a typed 99.9% passes however it was stored (LEVEL_BOUNDS).
 */
export function levelTest(V: string): string {
  const k = `ROUND(${V}*1000,6)`;
  return `(${k}>=${LEVEL.min * 1000})*(${k}<=${LEVEL.max * 1000})`;
}

/**
 * Beyond this many results a row is judged as if it had this many at the same cost per result:
 * cautious (fewer results, less sure, both ways), and it bounds the local engine's GAMMA.DIST,
 * whose series runs 0.4 x shape steps (10 million results: a sixth of a second per row).
 */
export const SHAPE_CAP = 10_000_000;

/** The result a model pays for, in the Status texts (`no conversion after $336.05`). */
export const RESULT_WORD: Readonly<Record<CostModel, string>> = {
  CPA: 'conversion',
  CPL: 'lead',
  CPC: 'click',
};

export const CONFIRMED = ' · confirmed';
export const NOT_YET = ' · not yet sure: ';

/**
 * The verdict in two sentences a marketer reads: what "confirmed" and "not yet sure" mean, and what
 * the amount of a not-yet-sure Status is. One text for the sheets' notes, the flags panel, the
 * wizard's review and the function reference, so they never explain it two ways.
 */
export function verdictWords(model: CostModel): string {
  const one = RESULT_WORD[model];
  return `Confirmed (red): the cost per ${one} is over the limit with at least the confidence level you set (95% unless you change it), counting ${one}s as arriving at random at a steady rate; "OK · confirmed" says the same of a row within it. Not yet sure (amber): over the limit so far, but with this few ${one}s it may still be bad luck; the amount in "… more without a ${one} confirms it" is how much more the row can spend without one more ${one} before the breach is confirmed.`;
}

/** The words after the amount of a not-yet-sure verdict. */
export const moreWithout = (model: CostModel): string => ` more without a ${RESULT_WORD[model]} confirms it`;

/** The verdict on a judged row, as the Status formula gives it. */
export type Confidence = 'confirmed' | 'not yet' | 'ok confirmed' | 'ok';

/**
 * The confidence part of a row's verdict in code, for a row that is judged (spend and results are
 * numbers, the limit above 0): `count` is the results as the rule counts them (a masked `<5` as 4
 * when over, as 0 when within: the cautious end either way).
 */
export function judgeConfidence(
  spend: number,
  count: number,
  limit: number,
  level: number,
  over: boolean,
): Confidence {
  const capped = Math.min(count, SHAPE_CAP);
  const x = (spend / limit) * ((capped + 1) / (count + 1));
  const p = regularizedGammaP(capped + 1, x);
  if (over) return p >= level ? 'confirmed' : 'not yet';
  return 1 - p >= level ? 'ok confirmed' : 'ok';
}

/** The element-wise en_US pieces of a verdict: P, and the spend that would bring P to the level. */
export interface ConfidenceParts {
  /** P = GAMMA.DIST(spend / limit, count + 1, 1, TRUE) (capped, see SHAPE_CAP). */
  p: string;
  /** limit x GAMMA.INV(level, count + 1, 1) - spend: meaningful where the row is over the limit. */
  more: string;
}

/**
 * The formulas of P and of the spend still needed, over element-wise expressions of spend, count,
 * limit and level (`count` never an error: blank or `--` results are 0). The cap is written into
 * the Gamma's scale (limit x (count + 1) / (cap + 1), the limit itself below the cap) instead of as
 * a second factor: GAMMA.DIST(spend / scale, ...) and GAMMA.INV(level, ..., scale) are the same
 * numbers as GAMMA.DIST(spend / limit x (capped + 1) / (count + 1), ...) and limit x
 * GAMMA.INV(level, ..., 1) x (count + 1) / (capped + 1). `name` names the shape and the scale,
 * which both functions use (the Status ARRAYFORMULA computes each once: breach-rule.ts Names).
 */
export function confidenceParts(
  S: string,
  count: string,
  L: string,
  V: string,
  name: (key: string, expr: string) => string = (_key, expr) => expr,
): ConfidenceParts {
  const cap = String(SHAPE_CAP);
  // IF, not MIN: MIN folds a whole range inside ARRAYFORMULA.
  const shape = name('shape', `IFERROR(IF(${count}>${cap},${cap},${count}),0)+1`);
  const scale = name('scale', `${L}*IFERROR(IF(${count}>${cap},(${count}+1)/${SHAPE_CAP + 1},1),1)`);
  const p = `GAMMA.DIST(${S}/(${scale}),${shape},1,TRUE())`;
  const more = `GAMMA.INV(${V},${shape},${scale})-${S}`;
  return { p, more };
}
