// Pure logic of the flags panel, no DOM: what to show of a detected report, the model to suggest,
// the request to send (or why not), and the summary sentence.

import type { ReportLayout } from '../src/plans/report-flags/detect.ts';
import type { ColumnRole, Platform } from '../src/plans/report-flags/headers.ts';
import { type CostModel, RESULTS_ROLE } from '../src/plans/shared/cost-model.ts';
import type { FieldError } from '../src/plans/shared/validation.ts';
import type { FlagResult } from '../src/sheets/report-flags.ts';
import { type DecimalMark, formatMoney, parseNumber } from './numbers.ts';

export type { FlagResult, ReportLayout };

export const PLATFORM_NAMES: Readonly<Record<Platform, string>> = {
  'google-ads': 'Google Ads',
  meta: 'Meta Ads',
  linkedin: 'LinkedIn',
  microsoft: 'Microsoft Advertising',
  tiktok: 'TikTok',
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
  for (const { role } of ROLE_LABELS) columns[role] = choices.mapping[role] || null;
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
      message: `Enter a number, e.g. ${decimalMark === ',' ? '45,50' : '45.50'}.`,
    });
  } else if (limit <= 0) errors.push({ field: 'limit', message: 'The limit must be above 0.' });
  if (errors.length > 0 || limit === undefined) return { ok: false, errors };
  return { ok: true, options: { ...layout, columns, model: choices.model, limit } };
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
  return `${result.rowsFlagged} of ${rows} over the ${model} limit of ${formatMoney(limit, currency, locale)}: ${result.rowsConfirmed} confirmed. ${VERDICT_WORDS} Their Status (column ${result.statusColumn}) says by how much; edit the limit or the confidence level below it to re-flag.`;
}

/** The verdict in two sentences a marketer reads (the panel and the function reference show them). */
export const VERDICT_WORDS =
  'Confirmed (red) means the cost per result is over the limit with at least the confidence level you set, results counted as arriving at random at a steady rate; not yet sure (amber) means it may be bad luck. "$84.64 more without a conversion confirms it" is how much more the row can spend with no further result before the breach is confirmed.';
