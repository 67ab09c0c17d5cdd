// The Status ARRAYFORMULA rewritten with LET (6374a49) says what it said before, row for row: the
// old formulas (test/fixtures/status-before-let.json, built at 194a2fe from the same tables file)
// and the new ones are typed side by side into one sheet of generated rows, and their shown texts
// compared under several limit and level cells. The one intended change: a results cell showing a
// percentage or a time (`12%`, `10:30`), which the old Status judged as a fraction of one result,
// now says `Check Results: a percentage or a time, not a count` - unless an earlier check (an
// excluded row, blank spend, the spend cell, the goal's own checks) already said something.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type LocalSpreadsheet, openLocalSpreadsheet } from '../../local/index.ts';
import {
  FIRST_ROW,
  LAST_ROW,
  LOCALES,
  type Locale,
  RESULTS_LABEL,
  ROWS,
  SPEND_LABEL,
  statusFormula,
  TABLES,
  type TableSpec,
} from './let-equivalence-tables.ts';

const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'status-before-let.json');
const before = JSON.parse(readFileSync(FIXTURE, 'utf8')) as {
  commit: string;
  formulas: Record<string, string>;
};

const PERCENT_OR_TIME = `Check ${RESULTS_LABEL}: a percentage or a time, not a count`;

/** A deterministic PRNG (mulberry32): the same rows on every run. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Picks one of `choices` by weight. */
function weighted<T>(rand: () => number, choices: [number, T][]): T {
  const total = choices.reduce((s, [w]) => s + w, 0);
  let x = rand() * total;
  for (const [w, v] of choices) {
    x -= w;
    if (x < 0) return v;
  }
  return (choices[choices.length - 1] as [number, T])[1];
}

/** What a user of `locale` types: `n` with `digits` decimals in the locale's mark. */
function num(n: number, digits: number, locale: Locale): string {
  const s = n.toFixed(digits);
  return locale === 'de_DE' ? s.replace('.', ',') : s;
}

function date(y: number, m: number, d: number, locale: Locale): string {
  return locale === 'de_DE' ? `${d}.${m}.${y}` : `${m}/${d}/${y}`;
}

/** Literal text of a grouped number as an export writes it (`'` types it as text). */
function textNumber(n: number, locale: Locale, sign: boolean): string {
  const [int, frac] = n.toFixed(2).split('.') as [string, string];
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, locale === 'de_DE' ? '.' : ',');
  const body = locale === 'de_DE' ? `${grouped},${frac}` : `${grouped}.${frac}`;
  if (!sign) return `'${body}`;
  return locale === 'de_DE' ? `'${body} €` : `'$${body}`;
}

const LABELS = [
  'Total: 3 campaigns',
  'Total',
  '',
  'All',
  'Search total',
  'Total of 73 results',
  '--',
  'Gesamt: Konto',
  'Summe',
  'Total de 7 resultados',
  'Total Recall',
];

/** The typed cells A..K of one data row (see let-equivalence-tables.ts for the layout). */
function row(rand: () => number, i: number, locale: Locale): Record<string, string> {
  const r = rand;
  const count = weighted<() => number>(r, [
    [6, () => Math.floor(r() * 8)],
    [3, () => Math.floor(r() * 60)],
    [1, () => 0],
  ])();
  const results = weighted<() => string>(r, [
    [48, () => String(count)],
    [8, () => num(count + r(), 2, locale)],
    [6, () => ''],
    [4, () => '--'],
    [6, () => '0'],
    [5, () => '<5'],
    [2, () => 'abc'],
    [2, () => `-${count + 1}`],
    [2, () => String(10_000_000 + Math.floor(r() * 5_000_000))],
    [1, () => '2000000000000'],
    [2, () => '=NA()'],
    [2, () => date(2025, 3, 2, locale)],
    [2, () => '12%'],
    [1, () => '5%'],
    [1, () => '10:30'],
    [1, () => '1:05:00'],
    [3, () => textNumber(1000 + Math.floor(r() * 9000), locale, false).replace(/[.,]00$/, '')],
    [2, () => textNumber(count, locale, false)],
  ])();
  // Around the $40 limit x (count + 1): over and under, sure and not yet sure.
  const amount = 40 * (count + 1) * (0.2 + r() * 2.8);
  const spend = weighted<() => string>(r, [
    [50, () => num(amount, 2, locale)],
    [3, () => String(Math.round(amount))],
    [5, () => ''],
    [3, () => '--'],
    [3, () => 'n/a'],
    [3, () => `-${num(amount, 2, locale)}`],
    [2, () => '10000000000000'],
    [1, () => '1000000000000'],
    [2, () => '=NA()'],
    [1, () => '=1/0'],
    [3, () => date(2025, 3, 2, locale)],
    [2, () => '12%'],
    [2, () => '10:30'],
    [2, () => '0'],
    [1, () => num(0.004, 3, locale)],
    [6, () => textNumber(amount, locale, r() < 0.5)],
    [3, () => (locale === 'de_DE' ? `${num(amount, 2, locale)} €` : `$${num(amount, 2, locale)}`)],
  ])();
  const label = r() < 0.88 ? `Campaign ${i}` : (LABELS[Math.floor(r() * LABELS.length)] as string);
  const second = weighted<string>(r, [
    [80, `Ad set ${i}`],
    [10, ''],
    [5, 'Total: Campañas'],
    [5, ' -- '],
  ]);
  const day = weighted<string>(r, [
    [80, date(2025, 1 + Math.floor(r() * 12), 1 + Math.floor(r() * 28), locale)],
    [5, ''],
    [5, 'soon'],
    [5, date(2024, 6, 1, locale)],
    [5, date(2099, 6, 1, locale)],
  ]);
  const channel = weighted<string>(r, [
    [45, 'Search'],
    [45, 'Social'],
    [5, 'TV'],
    [5, ''],
  ]);
  return {
    A: label,
    B: second,
    C: spend,
    D: results,
    E: day,
    F: channel,
    G: channel === 'Search' || channel === 'Social' ? channel : '',
    K: r() < 0.5 ? 'x' : '',
  };
}

interface Sheet {
  ss: LocalSpreadsheet;
  /** Sheet rows whose results cell was typed as a percentage or a time. */
  percentRows: Set<number>;
}

/** One sheet per locale, its rows typed cell by cell as a user would. */
function sheet(locale: Locale): Sheet {
  const ss = openLocalSpreadsheet({ locale, sheets: [{ name: 'S' }] });
  const headers = ['Campaign', 'Ad set', SPEND_LABEL, RESULTS_LABEL, 'Date', 'Channel', 'Read as'];
  for (const [i, h] of headers.entries()) ss.type(`S!${String.fromCharCode(65 + i)}1`, h);
  const rand = prng(20261202);
  const percentRows = new Set<number>();
  for (let i = 0; i < ROWS; i++) {
    const n = FIRST_ROW + i;
    const cells = row(rand, i, locale);
    for (const [column, typed] of Object.entries(cells)) {
      if (typed !== '') ss.type(`S!${column}${n}`, typed);
    }
    // `12%`, `5%`, `10:30`, `1:05:00` (no other results typed holds a `%` or a `:`).
    if (/[%:]/.test(cells.D ?? '')) percentRows.add(n);
  }
  return { ss, percentRows };
}

/** The limit and level cells as each table starts (H2 is the goal table's second limit). */
function baseCells(locale: Locale): [string, string][] {
  return [
    ['H1', '40'],
    ['H2', '25'],
    ['H3', '95%'],
    ['H4', date(2025, 1, 1, locale)],
    ['H5', date(2025, 12, 31, locale)],
  ];
}

/** Then each step types one cell, and both Status columns are compared again. */
function scenarios(locale: Locale, spec: TableSpec): [string, string][] {
  const fractional: [string, string] = ['H1', num(12.5, 1, locale)];
  if (spec.fewerSteps) return [fractional];
  return [
    ['H1', ''],
    ['H1', 'abc'],
    ['H1', '0'],
    ['H1', '2000000000000'],
    fractional,
    ['H3', '150%'],
    ['H3', ''],
    ['H3', `${num(99.9, 1, locale)}%`],
    ...(spec.perRowLimit
      ? ([
          ['H2', '0'],
          ['H2', 'abc'],
        ] as [string, string][])
      : []),
  ];
}

const column = (ss: LocalSpreadsheet, c: string): string[] =>
  ss.displayValues(`S!${c}${FIRST_ROW}:${c}${LAST_ROW + 3}`).map((r) => String(r[0] ?? ''));

describe('the Status with LET says what it said before LET (but for a percentage or a time in results)', () => {
  it('the fixture was built before LET, and differs from the formulas of today', () => {
    expect(before.commit.startsWith('194a2fe')).toBe(true);
    for (const spec of TABLES) {
      for (const locale of LOCALES) {
        const old = before.formulas[`${spec.name}/${locale}`] ?? '';
        expect(old, `${spec.name}/${locale}`).toMatch(/^=ARRAYFORMULA\(/);
        const now = statusFormula(spec, locale);
        expect(old).not.toBe(now);
        // Built from this tables file as it is (a table edited since would show here first).
        expect(old.includes(`C2:C${LAST_ROW}`), `${spec.name}/${locale}`).toBe(
          now.includes(`C2:C${LAST_ROW}`),
        );
        expect(old.includes(';'), `${spec.name}/${locale}`).toBe(now.includes(';'));
      }
    }
  });

  describe.each(LOCALES)('%s', (locale) => {
    let ss: LocalSpreadsheet;
    let percentRows: Set<number>;
    const seen = new Set<string>();
    beforeAll(() => {
      ({ ss, percentRows } = sheet(locale));
    });

    it.each(TABLES.map((t) => [t.name, t] as const))('%s', (_name, spec) => {
      const old = before.formulas[`${spec.name}/${locale}`] as string;
      // The previous table's formulas off first: the base cells are then typed without a recalculation.
      ss.type('S!M2', '');
      ss.type('S!N2', '');
      for (const [cell, typed] of baseCells(locale)) ss.type(`S!${cell}`, typed);
      ss.type('S!M2', old);
      ss.type('S!N2', statusFormula(spec, locale));
      let compared = 0;
      let changed = 0;
      const differences: string[] = [];
      // The base cells as they are, then each step of scenarios().
      for (const step of [null, ...scenarios(locale, spec)]) {
        if (step) ss.type(`S!${step[0]}`, step[1]);
        const when = step ? `${step[0]}=${step[1]}` : 'base cells';
        const [was, is] = [column(ss, 'M'), column(ss, 'N')];
        was.forEach((w, i) => {
          const n = FIRST_ROW + i;
          const intended = percentRows.has(n) && w !== '' && !w.startsWith('Check ');
          const expected = intended ? PERCENT_OR_TIME : w;
          // The row's cells read only where it differs: reading them for every row costs seconds.
          if (is[i] !== expected && differences.length < 5) {
            differences.push(
              `${when}, row ${n} ${JSON.stringify(ss.displayValues(`S!A${n}:K${n}`)[0])}: before ${JSON.stringify(w)}, now ${JSON.stringify(is[i])}`,
            );
          }
          if (intended) changed++;
          compared++;
          seen.add(w.replace(/\d+(?:[.,]\d+)*/g, '#'));
        });
      }
      expect(differences).toEqual([]);
      expect(compared).toBe((ROWS + 3) * (1 + scenarios(locale, spec).length));
      // The intended change shows: some percentage or time rows get their Check.
      expect(changed).toBeGreaterThan(0);
    });

    // After the tables above (it reads what they saw): the rows are no sample of easy cases.
    it('the rows reach every kind of Status', () => {
      const texts = [...seen].join('\n');
      for (const fragment of [
        'OK',
        'Over CPA limit by',
        'Over CPL limit: no lead after',
        '· confirmed',
        '· not yet sure',
        `Check ${SPEND_LABEL}: an error value`,
        `Check ${SPEND_LABEL}: a date`,
        `Check ${SPEND_LABEL}: not a number`,
        `Check ${SPEND_LABEL}: a percentage or a time, not money`,
        `Check ${SPEND_LABEL}: negative`,
        `Check ${SPEND_LABEL}: too large`,
        `Check ${SPEND_LABEL}: blank`,
        `Check ${RESULTS_LABEL}: an error value`,
        `Check ${RESULTS_LABEL}: a date`,
        `Check ${RESULTS_LABEL}: not a number`,
        `Check ${RESULTS_LABEL}: negative`,
        `Check ${RESULTS_LABEL}: too large`,
        'Masked count',
        'Set the CPA limit',
        'Set the confidence level',
        'Check Date: not a date',
        'Check Date: before the start',
        'Check Date: after the end',
        'Check Channel:',
      ]) {
        expect(texts, fragment).toContain(fragment);
      }
      expect(percentRows.size).toBeGreaterThan(3);
    });
  });
});
