// The tables of the LET equivalence test (let-equivalence.test.ts), in one place for both sides:
// the test builds the new Status formulas from this file, and test/fixtures/status-before-let.gen.ts
// ran this same file inside a checkout of 194a2fe (before LET) to write the old ones into
// test/fixtures/status-before-let.json. Only the product's public API is used, so the file runs
// unchanged against either version (before LET, `exclude` is called without its `name` argument
// and totalRowFormula takes none).
//
// Sheet layout, every table: row 1 headers, data rows from row 2. A and B label cells, C spend,
// D results, E date, F channel, G channel read as, K a per-row limit marker (`x`); H1 the limit,
// H2 a second limit (goal table), H3 the confidence level, H4 and H5 the campaign's start and end.
// The old Status is typed in M2, the new one in N2.

import { nativeNumberReader } from '../../src/plans/report-flags/native-number.ts';
import { type TotalRule, totalRowFormula } from '../../src/plans/report-flags/total-rows.ts';
import {
  type BreachTable,
  breachFormulas,
  cellWords,
  type RowRef,
} from '../../src/plans/shared/breach-rule.ts';
import { currencySigns } from '../../src/plans/shared/currency.ts';
import { decimalMark, renderFormula } from '../../src/plans/shared/formula-locale.ts';
import { quoteString } from '../../src/plans/shared/formula-text.ts';
import { MASKED_COUNT } from '../../src/plans/shared/number-text.ts';

export const LOCALES = ['en_US', 'de_DE'] as const;
export type Locale = (typeof LOCALES)[number];

/** The first data row, and the last row a table with a fixed end covers. */
export const FIRST_ROW = 2;
export const ROWS = 240;
export const LAST_ROW = FIRST_ROW + ROWS - 1;

export const SPEND_LABEL = 'Cost';
export const RESULTS_LABEL = 'Results';

export interface TableSpec {
  name: string;
  /** The currency of the amounts, per locale. */
  currency: (locale: Locale) => string;
  /** The report's decimal mark (text numbers), per locale; the reader tables only. */
  reportDecimal?: (locale: Locale) => '.' | ',';
  /** Label `x` rows use H2 (goal table); else every row uses H1. */
  perRowLimit?: boolean;
  reader?: boolean;
  masked?: boolean;
  exclude?: boolean;
  goal?: boolean;
  level?: boolean;
  /** The Status covers rows 2..LAST_ROW (`C2:C241`); else to the sheet's end (`C2:C`). */
  fixedEnd?: boolean;
  /**
   * Compared under the base limit and level and one more limit only: a variant of another table
   * whose difference (the currency, the report's decimal mark) shows in every judged row.
   */
  fewerSteps?: boolean;
}

const sheetCurrency = (l: Locale): string => (l === 'de_DE' ? 'EUR' : 'USD');

export const TABLES: TableSpec[] = [
  { name: 'plain-USD', currency: () => 'USD', level: true },
  { name: 'plain-JPY', currency: () => 'JPY', level: true, fixedEnd: true, fewerSteps: true },
  { name: 'plain-KWD', currency: () => 'KWD', level: true, fixedEnd: true, fewerSteps: true },
  { name: 'plain-no-level', currency: sheetCurrency, fixedEnd: true },
  { name: 'reader', currency: sheetCurrency, reader: true, level: true, fixedEnd: true },
  // A report in `.` decimals (USD) on a sheet whose own mark may be `,`: the reader's swap.
  {
    name: 'reader-dot-report',
    currency: () => 'USD',
    reportDecimal: () => '.',
    reader: true,
    level: true,
    fixedEnd: true,
  },
  { name: 'masked', currency: sheetCurrency, masked: true, level: true, fixedEnd: true },
  { name: 'exclude', currency: sheetCurrency, exclude: true, level: true, fixedEnd: true },
  // What plan.ts writes on a report with text numbers and masked counts.
  {
    name: 'plan-like',
    currency: sheetCurrency,
    reader: true,
    masked: true,
    exclude: true,
    level: true,
    fixedEnd: true,
  },
  { name: 'goal-like', currency: sheetCurrency, goal: true, perRowLimit: true, level: true },
];

/** Label cells A and B; B is the campaign name column of the plan-like table (a Meta export's). */
const TOTALS: TotalRule = { labelColumns: [0, 1], rollups: true, nameColumn: null };
const TOTALS_NAMED: TotalRule = { labelColumns: [0, 1], rollups: true, nameColumn: 1 };

/** The goal sheet's own checks (tracking-table.ts goalChecks), on this layout. */
function goalChecks(row: RowRef): { bad: string; status: string }[] {
  const date = row('E');
  const channel = row('F');
  const readAs = row('G');
  const dated = `ISNUMBER(${date})`;
  return [
    { bad: `1-${dated}`, status: '"Check Date: not a date"' },
    { bad: `${dated}*ISNUMBER($H$4)*(${date}<$H$4)`, status: '"Check Date: before the start"' },
    { bad: `${dated}*ISNUMBER($H$5)*(INT(${date})>$H$5)`, status: '"Check Date: after the end"' },
    {
      bad: `${readAs}=""`,
      status: `IF(TRIM(${channel})="",${quoteString("Check Channel: blank (this goal's channels: Search, Social)")},"Check Channel: '"&TRIM(${channel})&"' is not one of this goal's channels")`,
    },
  ];
}

/** The BreachTable of `spec` in `locale`. */
export function breachTable(spec: TableSpec, locale: Locale): BreachTable {
  const currency = spec.currency(locale);
  const reader = spec.reader
    ? nativeNumberReader(
        spec.reportDecimal?.(locale) ?? decimalMark(locale),
        currencySigns(currency),
        decimalMark(locale),
      )
    : {};
  const model = spec.goal || spec.masked ? 'CPL' : 'CPA';
  return {
    spend: { column: 'C', label: SPEND_LABEL, ...reader },
    results: { column: 'D', label: RESULTS_LABEL, ...reader },
    firstRow: FIRST_ROW,
    lastRow: spec.fixedEnd ? LAST_ROW : null,
    limit: spec.perRowLimit ? (row) => `IF(${row('K')}="x",$H$1,$H$2)` : () => '$H$1',
    model,
    currency,
    locale,
    ...(spec.masked
      ? {
          maskedResults: {
            text: MASKED_COUNT.text,
            atMost: MASKED_COUNT.max,
            status: `Masked count (${MASKED_COUNT.text}): cannot tell`,
          },
        }
      : {}),
    ...(spec.exclude
      ? {
          exclude: (row: RowRef, name?: (key: string, expr: string) => string) =>
            totalRowFormula(spec.masked ? TOTALS_NAMED : TOTALS, row, name),
        }
      : {}),
    ...(spec.goal
      ? {
          extraChecks: goalChecks,
          blankSpendWithResults: 'Check Cost: blank (type 0 if nothing was spent)',
          missingLimit: 'Set the CPL limit in H1',
          missingLevel: 'Set the confidence level in H3 (50% to 99.9%)',
        }
      : spec.reader || spec.exclude
        ? {
            missingLimit: cellWords(
              `Set the ${model} limit in `,
              '$H$1',
              ' (a number above 0)',
              'limit lost',
            ),
            missingLevel: cellWords('Set the confidence level in ', '$H$3', ' (50% to 99.9%)', 'level lost'),
          }
        : {}),
    ...(spec.level ? { level: '$H$3' } : {}),
    statusColumn: 'N',
  };
}

/** The Status formula of `spec` in `locale`, as typed into the sheet (rendered for the locale). */
export function statusFormula(spec: TableSpec, locale: Locale): string {
  return renderFormula(breachFormulas(breachTable(spec, locale)).status, locale);
}

/** Every table's Status in both locales, keyed `name/locale`. */
export function allStatusFormulas(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const spec of TABLES)
    for (const locale of LOCALES) out[`${spec.name}/${locale}`] = statusFormula(spec, locale);
  return out;
}
