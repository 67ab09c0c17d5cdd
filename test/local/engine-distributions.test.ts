// The local spreadsheet's GAMMA.DIST, GAMMA.INV, NORM.S.DIST and POISSON.DIST (HyperFormula's port of
// jStat) held to the independent reference in test/reference: the verdicts, the confidence
// functions' native forms and the goal sheet's chance are computed with them, so how far they can
// be trusted - and where they cannot - is measured here rather than assumed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openLocalSpreadsheet } from '../../local/index.ts';
import { gammaCdf, gammaQuantile, normalCdf, poissonAtLeast } from '../reference/distributions.ts';

/** Each formula in its own cell of column A, evaluated by the local spreadsheet. */
function evaluate(formulas: readonly string[]): unknown[] {
  const ss = openLocalSpreadsheet({ sheets: [{ name: 'S', rows: formulas.map((f) => [f]) }] });
  return ss.values(`A1:A${formulas.length}`).map((row) => row[0]);
}

/** Shapes 1 to 10^5 (log-uniform), as results + 1 of a row, and points within 6 sd of the mean. */
const shapes = fc
  .tuple(fc.double({ min: 0, max: 5, noNaN: true }), fc.double({ min: -6, max: 6, noNaN: true }))
  .map(([e, z]) => {
    const a = Math.round(10 ** e * 100) / 100;
    return { a, x: Math.max(0, Math.round((a + z * Math.sqrt(a)) * 1e6) / 1e6) };
  });

describe('distributions in the local spreadsheet against the reference', () => {
  it('GAMMA.DIST(x, a, 1, TRUE) is within 1e-9 for shapes up to 10^5', () => {
    const cases = fc.sample(shapes, { numRuns: 200, seed: 19 });
    const got = evaluate(cases.map(({ a, x }) => `=GAMMA.DIST(${x},${a},1,TRUE())`));
    cases.forEach(({ a, x }, i) => {
      expect(Math.abs((got[i] as number) - gammaCdf(x, a)), `GAMMA.DIST(${x},${a})`).toBeLessThan(1e-9);
    });
  });

  it('GAMMA.INV(p, a, 1) is within 1e-8 relative at the confidence levels a user may set', () => {
    const levels = [0.5, 0.8, 0.9, 0.95, 0.975, 0.99, 0.999];
    const shapesUsed = [1, 1.5, 2, 3.25, 5, 11, 41, 101, 1001];
    const cases = shapesUsed.flatMap((a) => levels.map((p) => ({ a, p })));
    const got = evaluate(cases.map(({ a, p }) => `=GAMMA.INV(${p},${a},1)`));
    cases.forEach(({ a, p }, i) => {
      const want = gammaQuantile(p, a);
      expect(Math.abs((got[i] as number) - want) / want, `GAMMA.INV(${p},${a})`).toBeLessThan(1e-8);
    });
  });

  it('NORM.S.DIST(z, TRUE) is within 1e-10', () => {
    const zs = [-6, -3, -1.96, -0.5, 0, 0.3, 1, 1.7655, 2.5, 4, 6];
    const got = evaluate(zs.map((z) => `=NORM.S.DIST(${z},TRUE())`));
    zs.forEach((z, i) => {
      expect(Math.abs((got[i] as number) - normalCdf(z)), `z ${z}`).toBeLessThan(1e-10);
    });
  });

  it('1 - POISSON.DIST(n - 1, mean, TRUE) equals GAMMA.DIST(mean, n, 1, TRUE) while n is small', () => {
    const cases = [
      [1, 0.5],
      [3, 2.5],
      [10, 7.2],
      [40, 44],
      [120, 100],
    ] as const;
    const got = evaluate(
      cases.flatMap(([n, mean]) => [
        `=1-POISSON.DIST(${n - 1},${mean},TRUE())`,
        `=GAMMA.DIST(${mean},${n},1,TRUE())`,
      ]),
    );
    cases.forEach(([n, mean], i) => {
      const want = poissonAtLeast(n, mean);
      expect(Math.abs((got[2 * i] as number) - want), `POISSON n=${n}`).toBeLessThan(1e-9);
      expect(Math.abs((got[2 * i + 1] as number) - want), `GAMMA n=${n}`).toBeLessThan(1e-9);
    });
  });

  it('POISSON.DIST fails from 170 on (its factorial overflows), where GAMMA.DIST still answers', () => {
    // Why the goal sheet's chance is written with GAMMA.DIST: a target 200 results away would show
    // #NUM! in the local spreadsheet. Sheets is not known to fail here; either way GAMMA.DIST works.
    const [poisson, gamma] = evaluate(['=1-POISSON.DIST(199,180,TRUE())', '=GAMMA.DIST(180,200,1,TRUE())']);
    expect(poisson).toBe('#NUM!');
    expect(Math.abs((gamma as number) - poissonAtLeast(200, 180))).toBeLessThan(1e-9);
  });
});
