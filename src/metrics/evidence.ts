// How sure a number is: the regularized lower incomplete gamma function, and the two KPI functions
// built on it (the confidence that a cost per result is above a limit, and that two conversion
// rates differ). Pure math, numbers in and out; inputs already validated (finite, not negative).

// Read once: in a sandboxed global scope (node:vm, and possibly Apps Script's) each global lookup in
// a loop would be a call into the host.
const { abs, cbrt, exp, log, log1p, sqrt } = Math;
const POSITIVE_INFINITY = Number.POSITIVE_INFINITY;
const NOT_A_NUMBER = Number.NaN;

const LN_SQRT_2PI = 0.5 * log(2 * Math.PI);
const EPS = 1e-16;
const TINY = 1e-300;
/** Stirling's series is used from here up; below, ln Gamma is shifted up to it. */
const STIRLING_FROM = 15;
/**
 * Above this shape the Wilson-Hilferty normal approximation replaces the series, whose terms grow
 * as the square root of the shape: its error is about 0.005 / shape (below 1e-10 here), while the
 * series would need tens of thousands of terms per cell.
 */
const WILSON_HILFERTY_FROM = 1e8;

/**
 * Stirling's correction ln Gamma(z) - ((z - 1/2) ln z - z + ln sqrt(2 pi)) for z >= 15, from the
 * asymptotic series (Abramowitz and Stegun 6.1.40); the first term left out is below 3e-16.
 */
function stirlingCorrection(z: number): number {
  const w = 1 / (z * z);
  return (1 / 12 - w * (1 / 360 - w * (1 / 1260 - w * (1 / 1680 - w / 1188)))) / z;
}

/** ln Gamma(z) for z > 0: the recurrence Gamma(z) = Gamma(z + 1) / z up to 15, then Stirling. */
export function logGamma(z: number): number {
  let product = 1;
  let y = z;
  while (y < STIRLING_FROM) {
    product *= y;
    y += 1;
  }
  return (y - 0.5) * log(y) - y + LN_SQRT_2PI + stirlingCorrection(y) - log(product);
}

/**
 * ln(x^a e^-x / Gamma(a + 1)), the factor both expansions below share. For large a the obvious
 * a ln x - x - ln Gamma(a + 1) subtracts numbers of size a ln a and loses ~a ln a x 1e-16; written
 * around a + 1 with log1p it keeps full precision at any shape.
 */
function logPrefactor(a: number, x: number): number {
  const z = a + 1;
  if (z < STIRLING_FROM) return a * log(x) - x - logGamma(z);
  const d = (x - z) / z;
  return a * (log1p(d) - d) - d - 0.5 * log(z) - LN_SQRT_2PI - stirlingCorrection(z);
}

/**
 * The series x^a e^-x / Gamma(a + 1) x sum x^n / ((a + 1)...(a + n)), for x < a + 1
 * (Numerical Recipes, 3rd ed., 6.2.5, "gser"). Terms shrink like exp(-n^2 / 2a): about 9 sqrt(a)
 * of them reach double precision.
 */
function lowerSeries(a: number, x: number): number {
  let term = 1;
  let sum = 1;
  const limit = 20 * sqrt(a) + 200;
  for (let n = 1; n < limit; n++) {
    term *= x / (a + n);
    sum += term;
    if (term < sum * EPS) break;
  }
  return sum * exp(logPrefactor(a, x));
}

/**
 * The upper tail Q(a, x) from its continued fraction, for x >= a + 1, evaluated by the modified
 * Lentz method (Numerical Recipes, 3rd ed., 6.2.7, "gcf").
 */
function upperFraction(a: number, x: number): number {
  let b = x + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let h = d;
  const limit = 20 * sqrt(a) + 200;
  for (let i = 1; i < limit; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (abs(d) < TINY) d = TINY;
    c = b + an / c;
    if (abs(c) < TINY) c = TINY;
    d = 1 / d;
    const step = d * c;
    h *= step;
    if (abs(step - 1) < EPS) break;
  }
  // e^-x x^a / Gamma(a) = a x the shared prefactor.
  return a * h * exp(logPrefactor(a, x));
}

/** The standard normal CDF, from the same function: Phi(z) = (1 + sign(z) P(1/2, z^2/2)) / 2. */
function normalCdf(z: number): number {
  const half = regularizedGammaP(0.5, (z * z) / 2) / 2;
  return z < 0 ? 0.5 - half : 0.5 + half;
}

/**
 * P(a, x): the regularized lower incomplete gamma function, the CDF of a Gamma(shape a, scale 1)
 * distribution at x - what Sheets' GAMMA.DIST(x, a, 1, TRUE) gives. a > 0, x >= 0.
 */
export function regularizedGammaP(a: number, x: number): number {
  if (x <= 0) return 0;
  if (x === POSITIVE_INFINITY) return 1;
  if (a >= WILSON_HILFERTY_FROM) {
    // Wilson and Hilferty (1931): (x/a)^(1/3) is nearly normal, mean 1 - 1/9a, variance 1/9a.
    const v = 1 / (9 * a);
    return normalCdf((cbrt(x / a) - 1 + v) / sqrt(v));
  }
  return x < a + 1 ? lowerSeries(a, x) : 1 - upperFraction(a, x);
}

/**
 * The confidence that a cost per result is truly above `limit`: results as a Poisson count with a
 * flat prior on the rate per unit of money, so the rate's posterior after `spend` is
 * Gamma(results + 1, scale 1/spend) and P(cost per result > limit) = P(rate < 1/limit)
 * = GAMMA.DIST(spend / limit, results + 1, 1, TRUE). Blank (undefined) where the limit is 0.
 */
export function breachConfidence(spend: number, results: number, limit: number): number | undefined {
  return limit === 0 ? undefined : regularizedGammaP(results + 1, spend / limit);
}

/**
 * The confidence that B's conversion rate differs from A's: 1 minus the two-sided p-value of the
 * pooled two-proportion z-test, 2 Phi(|z|) - 1 = P(1/2, z^2/2). Blank (undefined) where a trial
 * count is 0 or the pooled rate is 0 or 1 (no spread to test against). NaN where conversions
 * exceed their trials: not a rate, and the spec's `invalid` says so in words.
 */
export function abConfidence(
  conversionsA: number,
  trialsA: number,
  conversionsB: number,
  trialsB: number,
): number | undefined {
  if (trialsA === 0 || trialsB === 0) return undefined;
  if (conversionsA > trialsA || conversionsB > trialsB) return NOT_A_NUMBER;
  // Halves first: 1e308 + 1e308 is Infinity, and the pooled rate would read 0 ("none converted").
  const pooled = (conversionsA / 2 + conversionsB / 2) / (trialsA / 2 + trialsB / 2);
  if (pooled === 0 || pooled === 1) return undefined;
  const diff = conversionsB / trialsB - conversionsA / trialsA;
  const variance = pooled * (1 - pooled) * (1 / trialsA + 1 / trialsB);
  return regularizedGammaP(0.5, (diff * diff) / variance / 2);
}
