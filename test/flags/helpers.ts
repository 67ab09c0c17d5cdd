// Shared pieces of the report-flag tests: load a report, apply flags, and the expected verdicts
// computed from the report's own rows (never hand-picked).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type LocalSpreadsheet, openLocalSpreadsheet, parseCsv } from '../../local/index.ts';
import type { ReportLayout } from '../../src/plans/report-flags/detect.ts';
import { gammaCdf } from '../reference/distributions.ts';
import { heads as headsOf } from '../verdict-text.ts';

export const RED = '#f4c7c3';
/** A row over the limit whose breach is not yet sure (NOT_YET_COLORS). */
export const AMBER = '#fce8b2';
export const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');

export function fixtureText(file: string): string {
  return readFileSync(join(FIXTURES, file), 'utf8');
}

export function fixtureRows(file: string): string[][] {
  return parseCsv(fixtureText(file));
}

/** A spreadsheet whose only sheet `Report` holds `rows` pasted at `at` (typed as a user would). */
export function openReport(rows: string[][], opts: { locale?: string; at?: string } = {}): LocalSpreadsheet {
  const ss = openLocalSpreadsheet({ locale: opts.locale ?? 'en_US', sheets: [{ name: 'Report' }] });
  ss.paste(opts.at ?? 'A1', rows);
  return ss;
}

export function detect(ss: LocalSpreadsheet, sheetName = 'Report'): ReportLayout {
  return ss.run('detectReport', sheetName) as ReportLayout;
}

export interface FlagAnswer {
  sheetName: string;
  rowsChecked: number;
  rowsFlagged: number;
  rowsConfirmed: number;
  statusColumn: string;
  level: number;
}

export function flag(ss: LocalSpreadsheet, layout: ReportLayout, model: string, limit: number): FlagAnswer {
  return ss.run('flagBreaches', { ...layout, model, limit }) as FlagAnswer;
}

/** The test's own reading of an exported number: grouping and `$` dropped; blank and `--` are null. */
export function exportNumber(text: string, decimal: '.' | ',' = '.'): number | null {
  const t = text.trim();
  if (t === '' || t === '--') return null;
  const plain = decimal === '.' ? t.replace(/[,$]/g, '') : t.replace(/[.€\s]/g, '').replace(',', '.');
  const n = Number(plain);
  if (!Number.isFinite(n)) throw new Error(`test: not a number ${text}`);
  return n;
}

/**
 * Sheet rows (1-based) that breach: campaign rows (not totals, blank lines or footers, which the
 * test tells by their first cell) whose spend > limit x MAX(results, 1); a masked `<5` breaches
 * only when spend > 4 x limit. `rows` are the report's rows as written, `top` the sheet row of
 * rows[0], `spend`/`results` 0-based column indexes into each row.
 */
export function expectedBreaches(
  rows: string[][],
  o: { top: number; header: number; spend: number; results: number; limit: number; decimal?: '.' | ',' },
): number[] {
  const out: number[] = [];
  rows.forEach((row, i) => {
    if (i <= o.header) return;
    const label = (row[0] ?? '').trim();
    if (/^(total|gesamt)\b/i.test(label) || row.every((c) => c.trim() === '') || label.startsWith('©'))
      return;
    const spend = exportNumber(row[o.spend] ?? '', o.decimal);
    if (spend === null) return;
    const resultsText = (row[o.results] ?? '').trim();
    const over =
      resultsText === '<5'
        ? spend > 4 * o.limit
        : spend > o.limit * Math.max(exportNumber(resultsText, o.decimal) ?? 0, 1);
    if (over) out.push(o.top + i);
  });
  return out;
}

/** Sheet rows (1-based) in first..last whose cell in `column` shows a flag: red (confirmed) or amber. */
export function flaggedRows(ss: LocalSpreadsheet, column: string, first: number, last: number): number[] {
  return ss
    .backgrounds(`Report!${column}${first}:${column}${last}`)
    .flatMap((r, i) => (r[0] === RED || r[0] === AMBER ? [first + i] : []));
}

/** The rows of flaggedRows that are red: over the limit and confirmed. */
export function redRows(ss: LocalSpreadsheet, column: string, first: number, last: number): number[] {
  return ss
    .backgrounds(`Report!${column}${first}:${column}${last}`)
    .flatMap((r, i) => (r[0] === RED ? [first + i] : []));
}

/**
 * Of expectedBreaches' rows, those confirmed at 95%: by the reference Gamma CDF (test/reference),
 * P = GAMMA.DIST(spend / limit, results + 1, 1, TRUE) >= 0.95, a masked `<5` counted as 4.
 */
export function expectedConfirmed(
  rows: string[][],
  o: { top: number; header: number; spend: number; results: number; limit: number; decimal?: '.' | ',' },
): number[] {
  return expectedBreaches(rows, o).filter((sheetRow) => {
    const row = rows[sheetRow - o.top] ?? [];
    const spend = exportNumber(row[o.spend] ?? '', o.decimal) as number;
    const text = (row[o.results] ?? '').trim();
    const count = text === '<5' ? 4 : (exportNumber(text, o.decimal) ?? 0);
    return gammaCdf(spend / o.limit, count + 1) >= 0.95;
  });
}

/** Everything a user could see of a range: values, formulas, display, formats, notes. */
export function snapshot(ss: LocalSpreadsheet, a1: string): unknown {
  return {
    values: ss.values(a1),
    formulas: ss.formulas(a1),
    display: ss.displayValues(a1),
    formats: ss.numberFormats(a1),
    notes: ss.notes(a1),
  };
}

/** A small report typed as a user would: Alpha and Gamma are over a $100 CPA, Beta and Delta are not. */
export const FOUR_CAMPAIGNS: string[][] = [
  ['Campaign', 'Cost', 'Conversions', 'Clicks'],
  ['Alpha', '600', '1', '10'],
  ['Beta', '40', '2', '10'],
  ['Gamma', '300', '2', '10'],
  ['Delta', '90', '3', '10'],
];

// The synthetic report and the call measurement live beside the local spreadsheet, so that
// `npm run bench` measures exactly what the call-count test asserts without importing tests.
export { type FlagMeasurement, measureFlags, syntheticReport } from '../../scripts/report-flag-calls.ts';

export { head, heads } from '../verdict-text.ts';

/** Status texts of `a1` without their verdict suffix, as one column. */
export const statuses = (ss: LocalSpreadsheet, a1: string): string[] =>
  headsOf(ss.displayValues(a1)).map((r) => String(r[0] ?? ''));

/** FOUR_CAMPAIGNS at a $100 CPA: Alpha (600 / 1) and Gamma (300 / 2) are over. */
export const JUDGED_AT_100 = ['Over CPA limit by $500.00', 'OK', 'Over CPA limit by $50.00', 'OK'];

/** FOUR_CAMPAIGNS flagged at a $100 CPA: Status in E, the limit in F1, the level in F2. */
export function appliedAt100(): LocalSpreadsheet {
  const ss = openReport(FOUR_CAMPAIGNS);
  flag(ss, detect(ss), 'CPA', 100);
  return ss;
}
