// The Status verdicts the local spreadsheet computes from breachFormulas, held row by row to the
// reference in test/reference (quadrature and Poisson sums - not the engine's GAMMA.DIST): random
// rows of spend and results (none, fractional, huge), random limits and levels from 50% to 99.9%,
// in en_US and de_DE syntax; and a cleared level cell.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CellInput, openLocalSpreadsheet } from '../../local/index.ts';
import { breachFormulas } from '../../src/plans/shared/breach-rule.ts';
import { SHAPE_CAP } from '../../src/plans/shared/breach-verdict.ts';
import { renderFormula } from '../../src/plans/shared/formula-locale.ts';
import { gammaCdf, gammaQuantile } from '../reference/distributions.ts';

type Row = { spend: number; results: number | '' };

const LOCALES = {
  en_US: { currency: 'USD', money: (x: string) => `$${x}`, decimal: '.' },
  de_DE: { currency: 'EUR', money: (x: string) => `${x} €`, decimal: ',' },
} as const;
type Locale = keyof typeof LOCALES;

const ROWS = 30;
const FIRST = 2;

/** Spend in cents up to $20,000; results none, blank, whole, fractional or huge. */
const row: fc.Arbitrary<Row> = fc.record({
  spend: fc.integer({ min: 0, max: 2_000_000 }).map((c) => c / 100),
  results: fc.oneof(
    { arbitrary: fc.constant<'' | number>(''), weight: 1 },
    { arbitrary: fc.constant(0), weight: 2 },
    { arbitrary: fc.integer({ min: 1, max: 60 }), weight: 6 },
    { arbitrary: fc.integer({ min: 1, max: 6000 }).map((k) => k / 100), weight: 2 },
    { arbitrary: fc.integer({ min: 100_000, max: 30_000_000 }), weight: 1 },
  ),
});

/** What the Status must say, by the reference: the verdict words and the two amounts (or null). */
function expected(r: Row, limit: number, level: number) {
  const n = r.results === '' ? 0 : r.results;
  const over = r.spend > limit * Math.max(n, 1);
  const capped = Math.min(n, SHAPE_CAP);
  const scale = (capped + 1) / (n + 1);
  const p = gammaCdf((r.spend / limit) * scale, capped + 1);
  if (!over) return { head: 'OK', amount: null, sure: 1 - p >= level, more: null };
  const amount = n === 0 ? r.spend : r.spend / Math.max(n, 1) - limit;
  const more = p >= level ? null : (limit * gammaQuantile(level, capped + 1)) / scale - r.spend;
  return { head: n === 0 ? 'none' : 'by', amount, sure: p >= level, more };
}

/** The Status text taken apart: its head, the amounts in it, and its verdict. */
function parse(text: string, locale: Locale) {
  const { decimal } = LOCALES[locale];
  const num = (s: string | undefined): number =>
    Number((s ?? '').replace(/[$€\s]/g, '').replace(decimal, '.'));
  const m =
    /^(OK|Over CPA limit by (.+?)|Over CPA limit: no conversion after (.+?))( · confirmed| · not yet sure: (.+?) more without a conversion confirms it)?$/.exec(
      text,
    );
  if (!m) throw new Error(`Status not understood: ${JSON.stringify(text)}`);
  const head = m[1] === 'OK' ? 'OK' : m[2] !== undefined ? 'by' : 'none';
  return {
    head,
    amount: m[2] !== undefined ? num(m[2]) : m[3] !== undefined ? num(m[3]) : null,
    sure: m[4] === ' · confirmed',
    more: m[5] !== undefined ? num(m[5]) : null,
  };
}

function statusOf(rows: readonly Row[], limit: number, level: number | '', locale: Locale): string[] {
  const { currency } = LOCALES[locale];
  const { status } = breachFormulas({
    spend: { column: 'A', label: 'Spend' },
    results: { column: 'B', label: 'Conversions' },
    firstRow: FIRST,
    lastRow: FIRST + ROWS - 1,
    limit: () => '$E$1',
    level: '$E$2',
    model: 'CPA',
    currency,
    locale,
    statusColumn: 'C',
  });
  const cells: CellInput[][] = [['Spend', 'Conversions', 'Status', '', limit]];
  rows.forEach((r, i) => {
    cells.push([r.spend, r.results, '', '', i === 0 ? level : '']);
  });
  const ss = openLocalSpreadsheet({ locale, sheets: [{ name: 'S', rows: cells }] });
  ss.type(`C${FIRST}`, renderFormula(status, locale));
  return ss.displayValues(`C${FIRST}:C${FIRST + rows.length - 1}`).map((x) => String(x[0]));
}

describe('Status verdicts against the reference Gamma CDF and quantile', () => {
  it.each(['en_US', 'de_DE'] as const)('%s: random rows, limits and levels', (locale) => {
    const cases = fc.sample(
      fc.record({
        rows: fc.array(row, { minLength: ROWS, maxLength: ROWS }),
        limit: fc.integer({ min: 500, max: 20_000 }).map((c) => c / 100),
        level: fc.constantFrom(0.5, 0.8, 0.9, 0.95, 0.99, 0.999),
      }),
      { numRuns: 4, seed: locale === 'en_US' ? 19 : 1919 },
    );
    for (const { rows, limit, level } of cases) {
      const texts = statusOf(rows, limit, level, locale);
      rows.forEach((r, i) => {
        const context = `${locale} row ${JSON.stringify(r)} limit ${limit} level ${level}: ${texts[i]}`;
        if (r.spend === 0 && r.results === '') return;
        const got = parse(texts[i] as string, locale);
        const want = expected(r, limit, level);
        expect(got.head, context).toBe(want.head);
        expect(got.sure, context).toBe(want.sure);
        if (want.amount !== null)
          expect(Math.abs((got.amount as number) - Math.max(want.amount, 0.01)), context).toBeLessThan(0.011);
        if (want.more === null) expect(got.more, context).toBeNull();
        // Rounded up to the cent: never short of what confirms it.
        else expect((got.more as number) - want.more, context).toBeGreaterThan(-1e-6);
        if (want.more !== null) expect((got.more as number) - want.more, context).toBeLessThan(0.011);
      });
    }
  });

  it('the edges: no result, a fraction, a masked-free huge count, levels 50% and 99.9%', () => {
    const rows: Row[] = [
      { spend: 336.05, results: 0 },
      { spend: 200, results: 1 },
      { spend: 130, results: 1.5 },
      { spend: 60 * 20_000_000 * 1.001, results: 20_000_000 },
      { spend: 30, results: 0 },
    ];
    for (const level of [0.5, 0.999]) {
      const texts = statusOf(rows, 60, level, 'en_US');
      rows.forEach((r, i) => {
        const got = parse(texts[i] as string, 'en_US');
        const want = expected(r, 60, level);
        expect({ head: got.head, sure: got.sure }, `${level} ${texts[i]}`).toEqual({
          head: want.head,
          sure: want.sure,
        });
      });
    }
    // The example: $200 for 1 conversion against $60 at 95% is 84.5% sure. 60 x
    // GAMMA.INV(95%, 2, 1) - 200 is 84.6319...: the issue writes $84.63, but its own rule (rounded up
    // to the cent, so the amount does confirm it) makes $84.64; $84.63 more would leave P just short.
    expect(60 * gammaQuantile(0.95, 2) - 200).toBeCloseTo(84.6319, 4);
    expect(statusOf([{ spend: 200, results: 1 }], 60, 0.95, 'en_US')).toEqual([
      'Over CPA limit by $140.00 · not yet sure: $84.64 more without a conversion confirms it',
    ]);
  });

  it('a cleared level cell: every row asks for it, none is judged', () => {
    const texts = statusOf(
      [
        { spend: 500, results: 1 },
        { spend: 10, results: 3 },
      ],
      60,
      '',
      'en_US',
    );
    expect(texts).toEqual(['Set the confidence level', 'Set the confidence level']);
  });
});
