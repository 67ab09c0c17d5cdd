// Table-driven cases for the pure KPI math in src/metrics, with tolerances.
import { describe, expect, it } from 'vitest';
import {
  aov,
  breakevenCpa,
  breakevenRoas,
  costPer,
  cpm,
  ltv,
  ltvCac,
  ltvChurn,
  mer,
  payback,
  poas,
  rate,
  roas,
  roi,
} from '../../src/metrics/kpis.ts';

type Metric = (...args: number[]) => number | undefined;

/** [name, function, arguments, expected (undefined = blank)] */
const CASES: readonly [string, Metric, number[], number | undefined][] = [
  ['roas textbook 4:1', roas, [4, 1], 4],
  ['roas', roas, [1234.5, 411.5], 3],
  ['roas zero spend', roas, [100, 0], undefined],
  ['roas zero revenue', roas, [0, 100], 0],
  ['roi gain', roi, [15000, 10000], 0.5],
  ['roi loss', roi, [5000, 10000], -0.5],
  ['roi break-even', roi, [10000, 10000], 0],
  ['roi zero cost', roi, [100, 0], undefined],
  ['mer', mer, [500000, 125000], 4],
  ['mer zero spend', mer, [500000, 0], undefined],
  ['poas', poas, [4500, 1500], 3],
  ['poas negative profit', poas, [-300, 1500], -0.2],
  ['cac textbook', costPer, [15000, 100], 150],
  ['cpl textbook', costPer, [2250, 50], 45],
  ['cost per, no results', costPer, [2250, 0], undefined],
  ['cost per, no spend', costPer, [0, 10], 0],
  ['cpm', cpm, [750, 150000], 5],
  ['cpm no impressions', cpm, [750, 0], undefined],
  ['ctr', rate, [320, 16000], 0.02],
  ['cvr', rate, [45, 1500], 0.03],
  ['rate no opportunities', rate, [0, 0], undefined],
  ['aov', aov, [9000, 120], 75],
  ['aov no orders', aov, [9000, 0], undefined],
  ['ltv revenue', ltv, [80, 3, 2, 1], 480],
  ['ltv profit', ltv, [80, 3, 2, 0.4], 192],
  ['ltv fractional lifespan', ltv, [50, 12, 1.5, 0.6], 540],
  ['ltv churn', ltvChurn, [50, 0.05, 1], 1000],
  ['ltv churn with margin', ltvChurn, [50, 0.05, 0.7], 700],
  ['ltv churn zero churn', ltvChurn, [50, 0, 0.7], undefined],
  ['ltv:cac', ltvCac, [450, 150], 3],
  ['ltv:cac zero cac', ltvCac, [450, 0], undefined],
  ['payback', payback, [150, 50, 1], 3],
  ['payback with margin', payback, [150, 40, 0.6], 6.25],
  ['payback zero revenue', payback, [150, 0, 0.6], undefined],
  ['payback zero margin', payback, [150, 40, 0], undefined],
  ['breakeven roas', breakevenRoas, [0.4], 2.5],
  ['breakeven roas full margin', breakevenRoas, [1], 1],
  ['breakeven roas zero margin', breakevenRoas, [0], undefined],
  ['breakeven cpa', breakevenCpa, [80, 0.4], 32],
];

describe('KPI math', () => {
  it.each(CASES)('%s', (_name, metric, args, expected) => {
    const got = metric(...args);
    if (expected === undefined) {
      expect(got).toBeUndefined();
    } else {
      expect(got).toBeCloseTo(expected, 10);
    }
  });

  it('never returns NaN or Infinity for a zero denominator', () => {
    for (const [, metric, args] of CASES) {
      const zeros = args.map(() => 0);
      const got = metric(...zeros);
      expect(got === undefined || Number.isFinite(got)).toBe(true);
    }
  });
});
