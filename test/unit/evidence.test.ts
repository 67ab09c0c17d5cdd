// The confidence math of src/metrics/evidence.ts held to the independent reference in
// test/reference (quadrature and Poisson sums, no Gamma function), over random shapes and points
// and at the edges: no result, fractional results, huge counts, the A/B test's blanks.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { abConfidence, breachConfidence, regularizedGammaP } from '../../src/metrics/evidence.ts';
import { gammaCdf, normalCdf, poissonAtLeast } from '../reference/distributions.ts';

/** A shape from 1 to 10^6 (log-uniform) and a point within `spread` standard deviations of it. */
const shapeAndPoint = (spread: number) =>
  fc
    .tuple(fc.double({ min: 0, max: 6, noNaN: true }), fc.double({ min: -spread, max: spread, noNaN: true }))
    .map(([e, z]) => {
      const a = 10 ** e;
      return { a, x: Math.max(0, a + z * Math.sqrt(a)) };
    });

describe('regularizedGammaP (GAMMA.DIST(x, a, 1, TRUE))', () => {
  it('agrees with the quadrature reference to 1e-12 over random shapes and points', () => {
    fc.assert(
      fc.property(shapeAndPoint(8), ({ a, x }) => {
        expect(Math.abs(regularizedGammaP(a, x) - gammaCdf(x, a))).toBeLessThan(1e-12);
      }),
      { numRuns: 300 },
    );
  });

  it('agrees with the Poisson tail P(N >= n) = P(n, mean) for whole shapes', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20_000 }),
        fc.double({ min: -6, max: 6, noNaN: true }),
        (n, z) => {
          const mean = Math.max(0, n + z * Math.sqrt(n));
          expect(Math.abs(regularizedGammaP(n, mean) - poissonAtLeast(n, mean))).toBeLessThan(1e-12);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('is 0 at 0 and 1 at infinity, and stays within [0, 1] far out in both tails', () => {
    expect(regularizedGammaP(3, 0)).toBe(0);
    expect(regularizedGammaP(3, Number.POSITIVE_INFINITY)).toBe(1);
    expect(regularizedGammaP(1000, 1)).toBeGreaterThanOrEqual(0);
    expect(regularizedGammaP(1000, 1)).toBeLessThan(1e-300);
    expect(regularizedGammaP(2, 800)).toBe(1);
  });

  it.each([1e8, 1e9, 1e12])('keeps its precision at huge shapes (a = %d, the normal approximation)', (a) => {
    for (const z of [-3, -1.645, 0, 1, 1.645, 3]) {
      const x = a + z * Math.sqrt(a);
      expect(Math.abs(regularizedGammaP(a, x) - gammaCdf(x, a)), `z = ${z}`).toBeLessThan(1e-9);
    }
  });
});

describe('breachConfidence', () => {
  it('is the issue example: $200 and 1 result against $60 is 0.845', () => {
    expect(breachConfidence(200, 1, 60)).toBeCloseTo(0.845, 3);
  });

  it('with no result is 1 - e^(-spend/limit): the chance a Poisson count with that mean stays 0', () => {
    expect(breachConfidence(180, 0, 60)).toBeCloseTo(1 - Math.exp(-3), 14);
  });

  it('takes fractional results (attributed conversions) between the whole counts', () => {
    const below = breachConfidence(500, 2, 100) as number;
    const mid = breachConfidence(500, 2.5, 100) as number;
    const above = breachConfidence(500, 3, 100) as number;
    expect(mid).toBeLessThan(below);
    expect(mid).toBeGreaterThan(above);
    expect(Math.abs(mid - gammaCdf(5, 3.5))).toBeLessThan(1e-12);
  });

  it('is blank for a 0 limit', () => {
    expect(breachConfidence(100, 2, 0)).toBeUndefined();
  });

  it('grows with the evidence at the same cost per result', () => {
    // $80 per result against a $60 limit: barely suggestive at 2 results, near certain at 200.
    const few = breachConfidence(160, 2, 60) as number;
    const many = breachConfidence(16_000, 200, 60) as number;
    expect(few).toBeLessThan(0.6);
    expect(many).toBeGreaterThan(0.99);
  });
});

describe('abConfidence', () => {
  const reference = (ca: number, na: number, cb: number, nb: number): number => {
    const p = (ca + cb) / (na + nb);
    const z = Math.abs(cb / nb - ca / na) / Math.sqrt(p * (1 - p) * (1 / na + 1 / nb));
    return 2 * normalCdf(z) - 1;
  };

  it('is the issue example: 30/1000 vs 45/1000 is 0.923', () => {
    expect(abConfidence(30, 1000, 45, 1000)).toBeCloseTo(0.923, 3);
  });

  it('is 2 Phi(|z|) - 1 of the pooled z-test over random tests', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100_000 }),
        fc.integer({ min: 1, max: 100_000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (na, nb, ua, ub) => {
          const ca = Math.round(ua * na);
          const cb = Math.round(ub * nb);
          const got = abConfidence(ca, na, cb, nb);
          if (ca + cb === 0 || ca + cb === na + nb) expect(got).toBeUndefined();
          else expect(Math.abs((got as number) - reference(ca, na, cb, nb))).toBeLessThan(1e-12);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('is symmetric in A and B and 0 for equal rates', () => {
    expect(abConfidence(45, 1000, 30, 1000)).toBe(abConfidence(30, 1000, 45, 1000));
    expect(abConfidence(20, 400, 50, 1000)).toBe(0);
  });

  it('is NaN (an error in the cell) for more conversions than trials', () => {
    expect(abConfidence(11, 10, 1, 10)).toBeNaN();
    expect(abConfidence(1, 10, 11, 10)).toBeNaN();
  });
});
