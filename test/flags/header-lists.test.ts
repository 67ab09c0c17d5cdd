// Every platform and language list of header-tables.ts (each cites its source): a report laid out
// with that list's own names is detected - columns, currency, platform or an honest guess - and
// flagged exactly on the rows the test computes from the rows it wrote.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../local/index.ts';
import { HEADER_LISTS, type HeaderList, PLATFORM_NAMES } from '../../src/plans/report-flags/header-tables.ts';
import { detect, flag, flaggedRows, openReport } from './helpers.ts';

const MODEL = { conversions: 'CPA', leads: 'CPL', clicks: 'CPC' } as const;
type ResultsRole = keyof typeof MODEL;

/** [campaign, spend, results]: spend/results ratios around the limit of 20, one row without results. */
const ROWS: [string, number, number][] = [
  ['Brand', 120, 10],
  ['Generic', 450, 12],
  ['Retargeting', 35, 0],
  ['Display', 15, 0],
  ['Video', 900, 60],
];
const LIMIT = 20;

function layoutOf(
  list: HeaderList,
): { rows: string[][]; results: ResultsRole; spendCol: number; resultsCol: number } | null {
  const spend = list.roles.spend?.[0];
  const results = (['conversions', 'leads', 'clicks'] as const).find((r) => list.roles[r]?.length);
  if (!spend || !results) return null;
  const header = [list.roles.campaign?.[0] ?? 'Campaign'];
  const impressions = list.roles.impressions?.[0];
  if (impressions && results !== 'clicks') header.push(impressions);
  header.push(spend, list.roles[results]?.[0] as string);
  const spendCol = header.indexOf(spend);
  const resultsCol = header.length - 1;
  const rows = ROWS.map(([name, s, r], i) => {
    const row = [name];
    if (header.length === 4) row.push(String(1000 + i * 37));
    row.push(String(s), String(r));
    return row;
  });
  // The currency said the way the list's exports say it: a code column, else a preamble line.
  const currency = list.currency?.[0];
  if (currency) {
    header.push(currency);
    for (const row of rows) row.push('USD');
    return { rows: [header, ...rows], results, spendCol, resultsCol };
  }
  return { rows: [['Currency: USD'], header, ...rows], results, spendCol, resultsCol };
}

const cases = HEADER_LISTS.flatMap((list) => {
  const built = layoutOf(list);
  return built
    ? [{ name: `${PLATFORM_NAMES[list.platform]} ${list.lang} (${list.source})`, list, ...built }]
    : [];
});

describe.each(cases)('$name', ({ list, rows, results, spendCol, resultsCol }) => {
  it('is read by its own names and flagged on exactly the rows over the limit', () => {
    const ss = openReport(rows);
    const layout = detect(ss);
    const top = rows.length - ROWS.length; // sheet row of the first campaign, minus one
    expect(layout.headerRow).toBe(top);
    expect(layout.problems).toEqual([]);
    expect(layout.currency).toBe('USD');
    const letter = (i: number): string => String.fromCharCode(65 + i);
    expect(layout.columns.spend).toBe(letter(spendCol));
    expect(layout.columns[results]).toBe(letter(resultsCol));
    // Named as its platform, or unknown with a guess that names it - never another platform.
    if (layout.platform === 'unknown') expect(layout.platformGuess).toContain(PLATFORM_NAMES[list.platform]);
    else expect(layout.platform).toBe(list.platform);

    const over = ROWS.flatMap(([, s, r], i) => (s > LIMIT * Math.max(r, 1) ? [top + 1 + i] : []));
    expect(over.length).toBeGreaterThan(0);
    const answer = flag(ss, layout, MODEL[results], LIMIT);
    expect(answer).toMatchObject({ rowsChecked: ROWS.length, rowsFlagged: over.length });
    expect(flaggedRows(ss, 'A', 1, rows.length)).toEqual(over);
  });
});

describe('the platform is named only when the headers say it', () => {
  it('a goal-sheet-like table with Spend is not called Microsoft Advertising', () => {
    const ss = openReport([
      ['Date', 'Spend', 'Leads', 'Currency'],
      ['2026-11-01', '100', '4', 'USD'],
    ]);
    const layout = detect(ss);
    expect(layout.platform).toBe('unknown');
    expect(layout.platformGuess).toMatch(
      /^Not recognised as one platform's export: a "Spend" column is used by .*Microsoft Advertising.*\(a guess, not a finding\)\.$/,
    );
  });

  it("every list is in README's table and its source key is cited there", () => {
    const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
    for (const list of HEADER_LISTS) {
      const row = `| ${PLATFORM_NAMES[list.platform]} | ${list.lang} | ${(list.roles.spend ?? []).join(', ')} |`;
      expect(readme, row).toContain(row);
      if (list.source !== 'unverified') expect(readme, list.source).toContain(`- \`${list.source}\`: `);
    }
    expect(new Set(HEADER_LISTS.map((l) => `${l.platform} ${l.lang}`)).size).toBe(HEADER_LISTS.length);
  });
});

/**
 * Header rows as their sources show them (README's `linkedin-de`: u-zzx/marketing-performance-dashboard
 * tests/adsCsv.test.mjs; `tiktok-pl`: TikTok's Polish basic-data page), with the columns that name
 * the platform: detected as it, and flagged on the rows the test computes.
 */
const SIGNED: {
  name: string;
  platform: string;
  header: string[];
  /** Columns: the campaign's name, its spend, its results. */
  label: number;
  spend: number;
  results: number;
  model: string;
}[] = [
  {
    name: 'LinkedIn de',
    platform: 'linkedin',
    header: [
      'Startdatum (in UTC)',
      'Name der Kampagne',
      'Name der Anzeigengruppe',
      'Anzeigengruppen-ID',
      'Gesamtausgaben',
      'Impressions',
      'Klicks',
      'Conversions',
      'Leads',
    ],
    label: 2,
    spend: 4,
    results: 8,
    model: 'CPL',
  },
  {
    name: 'TikTok pl',
    platform: 'tiktok',
    header: ['Kampania', 'Koszt', 'Kliknięcia (miejsce docelowe)', 'Konwersje', 'Koszt za konwersję'],
    label: 0,
    spend: 1,
    results: 3,
    model: 'CPA',
  },
];

describe.each(SIGNED)(
  '$name: the header row names its platform',
  ({ platform, header, label, spend, results, model }) => {
    it('is detected as the platform and flagged on exactly the rows over the limit', () => {
      const rows = ROWS.map(([name, s, r], i) =>
        header.map((h, c) => {
          if (c === label) return name;
          if (c === spend) return String(s);
          if (c === results) return String(r);
          return /utc/i.test(h) ? '1.10.2026' : String(i + 1);
        }),
      );
      const ss = openReport([['Currency: USD'], header, ...rows]);
      const layout = detect(ss);
      expect(layout).toMatchObject({ platform, headerRow: 2, currency: 'USD', problems: [] });
      const over = ROWS.flatMap(([, s, r], i) => (s > LIMIT * Math.max(r, 1) ? [3 + i] : []));
      expect(over.length).toBeGreaterThan(0);
      flag(ss, layout, model, LIMIT);
      expect(flaggedRows(ss, 'A', 1, rows.length + 2)).toEqual(over);
    });
  },
);

/**
 * TikTok es (README's `tiktok-es`): the names jorgeluis666/objetivos-Rekluta
 * `scripts/build-ads-data.py` reads from Peruvian TikTok exports (its column order is not shown,
 * so this one is ours), with the `Total: N resultados` row that script drops.
 */
describe('TikTok es: the header names of a Spanish export and its totals row', () => {
  const header = [
    'Nombre de la campaña',
    'Nombre del anuncio',
    'Objetivo publicitario',
    'Por día',
    'Gasto',
    'Impresiones',
    'Alcance',
    'Clics (destino)',
    'Moneda',
  ];
  /** [campaign, spend, destination clicks]: spend/clicks around a CPC limit of 2. */
  const campaigns: [string, number, number][] = [
    ['Reconocimiento Perú', 120, 80],
    ['Mensajes Chile', 90, 20],
    ['Tráfico Ecuador', 14, 0],
  ];
  const rows = [
    header,
    ...campaigns.map(([name, spend, clicks], i) => [
      name,
      `Anuncio ${i + 1}`,
      'Tráfico',
      `2026-03-0${i + 1}`,
      String(spend),
      String(1000 * (i + 1)),
      String(700 * (i + 1)),
      String(clicks),
      'PEN',
    ]),
    ['Total: 3 resultados', '', '', '', '224', '6000', '4200', '100', 'PEN'],
  ];

  it('is named TikTok, reads PEN, skips the totals row and flags exactly the rows over the limit', () => {
    const ss = openReport(rows);
    const layout = detect(ss);
    expect(layout).toMatchObject({ platform: 'tiktok', headerRow: 1, currency: 'PEN', problems: [] });
    expect(layout.columns.spend).toBe('E');
    expect(layout.columns.clicks).toBe('H');
    expect(layout.skippedRows.map((s) => s.row)).toEqual([rows.length]);
    const cpcLimit = 2;
    const over = campaigns.flatMap(([, s, c], i) => (s > cpcLimit * Math.max(c, 1) ? [2 + i] : []));
    expect(over.length).toBeGreaterThan(0);
    const answer = flag(ss, layout, 'CPC', cpcLimit);
    expect(answer).toMatchObject({ rowsChecked: campaigns.length, rowsFlagged: over.length });
    expect(flaggedRows(ss, 'A', 1, rows.length)).toEqual(over);
  });
});
