// Reference Gamma, Poisson and normal probabilities for tests, computed without the code under test
// (src/metrics/evidence.ts: series and continued fraction) and without any spreadsheet engine's
// GAMMA.DIST (HyperFormula's is jStat's series): every value here is a ratio of sums or integrals
// of an unnormalised density, so no Gamma function is needed at all.
//   - Poisson tail by direct summation of the probability mass, its terms built by the recurrence
//     p(k+1) = p(k) x / (k+1) outward from the mode and normalised by their own total.
//   - Gamma CDF for any shape >= 1 by composite Gauss-Legendre quadrature (Golub and Welsch's
//     nodes computed by Newton's method on the Legendre polynomial, Numerical Recipes 4.6 "gauleg")
//     of the density t^(a-1) e^-t, written around its mode so it never overflows.
//   - Standard normal CDF by the same quadrature of e^(-t^2/2).
//   - Quantiles by bisection on these CDFs.

const ORDER = 20;

/** Gauss-Legendre nodes and weights on [-1, 1]. */
function gaussLegendre(n: number): { x: number[]; w: number[] } {
  const x: number[] = new Array(n);
  const w: number[] = new Array(n);
  for (let i = 0; i < Math.ceil(n / 2); i++) {
    let z = Math.cos((Math.PI * (i + 0.75)) / (n + 0.5));
    let dp = 0;
    for (let iter = 0; iter < 100; iter++) {
      let p1 = 1;
      let p2 = 0;
      for (let j = 1; j <= n; j++) {
        const p3 = p2;
        p2 = p1;
        p1 = ((2 * j - 1) * z * p2 - (j - 1) * p3) / j;
      }
      dp = (n * (z * p1 - p2)) / (z * z - 1);
      const step = p1 / dp;
      z -= step;
      if (Math.abs(step) < 1e-16) break;
    }
    x[i] = -z;
    x[n - 1 - i] = z;
    w[i] = 2 / ((1 - z * z) * dp * dp);
    w[n - 1 - i] = w[i] as number;
  }
  return { x, w };
}

const GL = gaussLegendre(ORDER);

/** The integral of f over [lo, hi] in pieces no wider than `width`. */
function integrate(f: (t: number) => number, lo: number, hi: number, width: number): number {
  if (hi <= lo) return 0;
  const pieces = Math.max(1, Math.ceil((hi - lo) / width));
  const h = (hi - lo) / pieces;
  let total = 0;
  for (let k = 0; k < pieces; k++) {
    const mid = lo + (k + 0.5) * h;
    for (let i = 0; i < ORDER; i++) total += (GL.w[i] as number) * f(mid + ((GL.x[i] as number) * h) / 2);
  }
  return (total * h) / 2;
}

/**
 * The Gamma(a) density over its peak value (1 at the mode a - 1), for a >= 1:
 * (t/m)^m e^-(t-m) = exp(m (log1p(u) - u)) with t = m (1 + u).
 */
function gammaShape(a: number): (t: number) => number {
  const m = a - 1;
  if (m === 0) return (t) => Math.exp(-t);
  return (t) => {
    if (t <= 0) return 0;
    const u = (t - m) / m;
    return Math.exp(m * (Math.log1p(u) - u));
  };
}

interface GammaTable {
  readonly f: (t: number) => number;
  readonly lo: number;
  readonly hi: number;
  readonly width: number;
  readonly total: number;
}

const tables = new Map<number, GammaTable>();

/** The density's support that matters (45 standard deviations about the mode) and its integral. */
function gammaTable(a: number): GammaTable {
  const known = tables.get(a);
  if (known) return known;
  const m = a - 1;
  const sd = Math.sqrt(a);
  const f = gammaShape(a);
  const lo = Math.max(0, m - 45 * sd);
  const hi = m + 45 * sd + 45;
  const width = sd / 2;
  // Near 0, t^(a-1) with 1 < a < 2 is not smooth: pieces doubling in width from 1e-20 keep each
  // one smooth enough for the rule.
  const table = { f, lo, hi, width, total: integrateGraded(f, lo, hi, width) };
  tables.set(a, table);
  return table;
}

function integrateGraded(f: (t: number) => number, lo: number, hi: number, width: number): number {
  if (lo > 0 || hi <= 0) return integrate(f, lo, hi, width);
  let total = 0;
  let left = 0;
  let right = Math.min(1e-20, hi);
  while (right < Math.min(width, hi)) {
    total += integrate(f, left, right, right);
    left = right;
    right = Math.min(right * 2, hi);
  }
  return total + integrate(f, left, hi, width);
}

/** P(a, x) = GAMMA.DIST(x, a, 1, TRUE), for a >= 1. */
export function gammaCdf(x: number, a: number): number {
  if (!(a >= 1)) throw new Error(`reference gammaCdf: shape ${a} is below 1`);
  if (x <= 0) return 0;
  const t = gammaTable(a);
  if (x <= t.lo) return 0;
  if (x >= t.hi) return 1;
  const below = integrateGraded(t.f, t.lo, x, t.width);
  return below / t.total;
}

/** The x with P(a, x) = p, by bisection to 1e-13 of x. */
export function gammaQuantile(p: number, a: number): number {
  if (!(p > 0 && p < 1)) throw new Error(`reference gammaQuantile: p ${p} is not in (0, 1)`);
  let lo = 0;
  let hi = a + 50 * Math.sqrt(a) + 50;
  while (hi - lo > 1e-13 * hi) {
    const mid = (lo + hi) / 2;
    if (gammaCdf(mid, a) < p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/** P(N >= n) for N ~ Poisson(mean), n a whole number: the mass summed outward from the mode. */
export function poissonAtLeast(n: number, mean: number): number {
  if (!Number.isInteger(n) || n < 0) throw new Error(`reference poissonAtLeast: n ${n} is not a count`);
  if (n === 0) return 1;
  if (mean === 0) return 0;
  const mode = Math.floor(mean);
  const spread = 45 * Math.sqrt(mean) + 45;
  let all = 1;
  let atLeast = mode >= n ? 1 : 0;
  let p = 1;
  for (let k = mode; k < mode + spread; k++) {
    p *= mean / (k + 1);
    all += p;
    if (k + 1 >= n) atLeast += p;
  }
  p = 1;
  for (let k = mode; k > 0 && k > mode - spread; k--) {
    p *= k / mean;
    all += p;
    if (k - 1 >= n) atLeast += p;
  }
  return atLeast / all;
}

/** The standard normal CDF: 1/2 plus the density's integral from 0 to z. */
export function normalCdf(z: number): number {
  const half = integrate((t) => Math.exp((-t * t) / 2), 0, Math.min(Math.abs(z), 40), 0.25);
  const share = half / Math.sqrt(2 * Math.PI);
  return z < 0 ? 0.5 - share : 0.5 + share;
}
