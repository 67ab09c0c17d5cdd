// Pure logic of the flags panel, no DOM: what to show of a detected report, the model to suggest,
// the request to send (or why not), and the summary sentence.

import type { AppliedFlags } from '../src/plans/report-flags/applied.ts';
import type { ReportLayout } from '../src/plans/report-flags/detect.ts';
import type { ColumnRole, Platform } from '../src/plans/report-flags/headers.ts';
import { verdictWords } from '../src/plans/shared/breach-verdict.ts';
import { type CostModel, RESULTS_ROLE } from '../src/plans/shared/cost-model.ts';
import type { FieldError } from '../src/plans/shared/validation.ts';
import type { DetectedReport, FlagResult } from '../src/sheets/report-flags.ts';
import { type DecimalMark, decimalMarkHint, formatMoney, localeTag, parseNumber } from './numbers.ts';

export type { AppliedFlags, DetectedReport, FlagResult, ReportLayout };

export const PLATFORM_NAMES: Readonly<Record<Platform, string>> = {
  'google-ads': 'Google Ads',
  meta: 'Meta Ads',
  linkedin: 'LinkedIn',
  microsoft: 'Microsoft Advertising',
  tiktok: 'TikTok',
  amazon: 'Amazon Ads',
  pinterest: 'Pinterest',
  snapchat: 'Snapchat',
  reddit: 'Reddit',
  x: 'X',
  'apple-search-ads': 'Apple Search Ads',
  connector: 'a connector table',
  unknown: 'not recognised',
};

/** The mapping dropdowns, in the order shown; `required` ones must be chosen (results by model). */
export const ROLE_LABELS: readonly { role: ColumnRole; label: string }[] = [
  { role: 'spend', label: 'Spend' },
  { role: 'conversions', label: 'Conversions' },
  { role: 'leads', label: 'Leads' },
  { role: 'clicks', label: 'Clicks' },
  { role: 'campaign', label: 'Campaign' },
  { role: 'impressions', label: 'Impressions' },
  { role: 'revenue', label: 'Revenue' },
  { role: 'date', label: 'Date' },
];

/** A Leads column suggests CPL, else conversions CPA, else clicks CPC. */
export function suggestModel(columns: ReportLayout['columns']): CostModel {
  if (columns.leads) return 'CPL';
  if (columns.conversions) return 'CPA';
  return columns.clicks ? 'CPC' : 'CPA';
}

/** Campaign rows between the first and last data row (skipped rows left out). */
export function dataRowCount(layout: ReportLayout): number {
  if (layout.firstDataRow === null || layout.lastDataRow === null) return 0;
  const inside = layout.skippedRows.filter(
    (s) => s.row >= (layout.firstDataRow ?? 0) && s.row <= (layout.lastDataRow ?? 0),
  );
  return layout.lastDataRow - layout.firstDataRow + 1 - inside.length;
}

/** `Rows 4-9 (6 campaigns)`; `none` when no data rows were found. */
export function dataRowsText(layout: ReportLayout): string {
  const n = dataRowCount(layout);
  if (n === 0 || layout.firstDataRow === null) return 'none found';
  const span =
    layout.firstDataRow === layout.lastDataRow
      ? `row ${layout.firstDataRow}`
      : `rows ${layout.firstDataRow}–${layout.lastDataRow}`;
  return `${n} campaign${n === 1 ? '' : 's'}, ${span}`;
}

export interface PanelChoices {
  mapping: Partial<Record<ColumnRole, string>>;
  model: CostModel;
  limit: string;
  /**
   * Set when the user picks the header row (and types the column letters) because none was found:
   * flagBreaches re-reads the table under that row with that mapping.
   */
  headerRow?: string;
}

export type PanelCheck =
  | { ok: true; options: ReportLayout & { model: CostModel; limit: number } }
  | { ok: false; errors: FieldError[] };

/** The flagBreaches options from the detected layout and the user's choices, or what to fix first. */
export function buildOptions(
  layout: ReportLayout,
  choices: PanelChoices,
  decimalMark: DecimalMark,
): PanelCheck {
  const errors: FieldError[] = [];
  const columns = { ...layout.columns };
  const manual = choices.headerRow !== undefined;
  for (const { role } of ROLE_LABELS) {
    const letter = (choices.mapping[role] ?? '').trim().toUpperCase();
    columns[role] = letter || null;
    if (manual && letter && !/^[A-Z]{1,3}$/.test(letter)) {
      errors.push({ field: role, message: `Type a column letter, e.g. J (not “${letter}”).` });
    }
  }
  const headerRow = manual ? Number((choices.headerRow ?? '').trim()) : layout.headerRow;
  if (manual && !(Number.isInteger(headerRow) && (headerRow ?? 0) >= 1)) {
    errors.push({ field: 'headerRow', message: 'Type the number of the row that holds the column names.' });
  }
  if (!columns.spend) errors.push({ field: 'spend', message: 'Choose the column that holds the spend.' });
  const results = RESULTS_ROLE[choices.model];
  if (!columns[results]) {
    errors.push({
      field: results,
      message: `A ${choices.model} limit needs the ${results} column: choose it.`,
    });
  }
  const limit = parseNumber(choices.limit, decimalMark);
  if (limit === undefined) errors.push({ field: 'limit', message: 'Enter the limit.' });
  else if (Number.isNaN(limit)) {
    errors.push({
      field: 'limit',
      message:
        decimalMarkHint(choices.limit, decimalMark) ??
        `Enter a number, e.g. ${decimalMark === ',' ? '45,50' : '45.50'}.`,
    });
  } else if (limit <= 0) errors.push({ field: 'limit', message: 'The limit must be above 0.' });
  if (errors.length > 0 || limit === undefined) return { ok: false, errors };
  return { ok: true, options: { ...layout, headerRow, columns, model: choices.model, limit } };
}

/** "5 of 6 rows over the CPA limit of $50.00: 3 confirmed", and what the colours and Status mean. */
export function summary(
  result: FlagResult,
  model: CostModel,
  limit: number,
  currency: string,
  locale: string,
): string {
  const rows = `${result.rowsChecked} row${result.rowsChecked === 1 ? '' : 's'}`;
  return `${result.rowsFlagged} of ${rows} over the ${model} limit of ${formatMoney(limit, currency, locale)}: ${result.rowsConfirmed} confirmed. ${verdictWords(model)} Their Status (column ${result.statusColumn}) says by how much; edit the limit or the confidence level below it to re-flag.`;
}

/** Whether the model's required columns (spend and its results) are chosen. */
export function missingRequired(columns: ReportLayout['columns'], model: CostModel): boolean {
  return !columns.spend || !columns[RESULTS_ROLE[model]];
}

/** `Cost → spend, Conversions → results`: the mapping in one line, in the report's own header words. */
export function mappingLine(
  layout: ReportLayout,
  columns: ReportLayout['columns'],
  model: CostModel,
): string {
  const name = (letter: string | null): string | null =>
    letter === null ? null : (layout.headers.find((hd) => hd.column === letter)?.text ?? letter);
  const part = (letter: string | null, role: string): string => {
    const header = name(letter);
    return header === null ? `${role}: not chosen` : `${header} → ${role}`;
  };
  return `${part(columns.spend, 'spend')}, ${part(columns[RESULTS_ROLE[model]], 'results')}`;
}

/** One line of "Applied on this sheet". */
export interface AppliedLine {
  term: string;
  value: string;
}

/** What the flags already on the sheet say, as term / value lines. */
export function appliedLines(applied: AppliedFlags, currency: string, locale: string): AppliedLine[] {
  const deleted = 'its cell was deleted: Apply again to write it again';
  const limit = applied.lost?.includes('limit')
    ? deleted
    : applied.limit === null
      ? `none: type it in ${applied.limitCell}`
      : `${applied.model ?? 'Cost'} limit ${formatMoney(applied.limit, currency, locale)}`;
  const rows = `${applied.rowsFlagged} of ${applied.rowsChecked} row${applied.rowsChecked === 1 ? '' : 's'}, ${applied.rowsConfirmed} confirmed`;
  const level = applied.lost?.includes('level')
    ? deleted
    : applied.level === null
      ? 'none: type it under the limit'
      : new Intl.NumberFormat(localeTag(locale), { style: 'percent', maximumFractionDigits: 1 }).format(
          applied.level,
        );
  return [
    { term: 'Limit', value: limit },
    { term: 'Confidence level', value: level },
    { term: 'Over the limit', value: rows },
    { term: 'Status', value: `column ${applied.statusColumn}` },
  ];
}

/** A limit as the user types it in this spreadsheet (`60,5` with a decimal comma). */
export function limitText(limit: number, decimalMark: DecimalMark): string {
  const text = String(limit);
  return decimalMark === ',' ? text.replace('.', ',') : text;
}
