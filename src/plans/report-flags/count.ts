// Pure: how many campaign rows a flag request checks and how many breach, as the Status formula judges them.

import { columnLetters, columnNumber } from '../shared/a1.ts';
import { judgeRow, type RuleValue, showsPercentOrTime } from '../shared/breach-rule.ts';
import { judgeConfidence } from '../shared/breach-verdict.ts';
import { RESULTS_ROLE } from '../shared/cost-model.ts';
import { currencySigns } from '../shared/currency.ts';
import { isMicrosHeader, MICROS_PER_UNIT } from './headers.ts';
import { type ReportNumber, readReportNumber } from './numbers.ts';
import { campaignRows, type FlagRequest } from './options.ts';

function ruleValue(read: ReportNumber): RuleValue {
  if (read.kind === 'number' || read.kind === 'blank') return read;
  if (read.kind === 'masked') return { kind: 'masked', atMost: read.max };
  if (read.kind === 'negative') return { kind: 'number', value: read.value };
  return { kind: 'problem' };
}

/**
 * The block of cells whose number formats the count needs (spend and results columns, rows 1 to
 * `height`), as A1: the Status tells a `12%` or `10:30` typed there by what the cell shows.
 */
export function formatSpan(req: FlagRequest, height: number): { a1: string; firstCol: number } {
  const { columns } = req.analysis.layout;
  const cols = [columns.spend as string, columns[RESULTS_ROLE[req.model]] as string].map(columnNumber);
  const [first, last] = [Math.min(...cols), Math.max(...cols)];
  return { a1: `${columnLetters(first)}1:${columnLetters(last)}${Math.max(height, 1)}`, firstCol: first };
}

/**
 * Counts over the campaign rows between the first and last data row (skipped rows are not
 * campaigns). `formats` (formatSpan's cells' number formats) tells the numbers the Status reads as
 * `Check ...: a percentage or a time`; without them every number counts as one. Such a cell only
 * ever turns a row into a Check, so a count without formats that finds no row over the limit is
 * already exact.
 */
export function countVerdicts(
  req: FlagRequest,
  values: readonly (readonly unknown[])[],
  decimal: '.' | ',',
  formats?: { grid: readonly (readonly string[])[]; firstCol: number },
): { checked: number; over: number; confirmed: number } {
  const { columns } = req.analysis.layout;
  const signs = currencySigns(req.currency);
  // The report's own decimal mark where its text says so (detect.ts), as the Status formula reads it.
  const mark = req.analysis.layout.decimalMark ?? decimal;
  const read = (row: number, letter: string): RuleValue => {
    const col = columnNumber(letter);
    const value = values[row - 1]?.[col - 1] ?? '';
    const shown = formats?.grid[row - 1]?.[col - formats.firstCol] ?? '';
    if (typeof value === 'number' && showsPercentOrTime(shown)) return { kind: 'problem' };
    return ruleValue(readReportNumber(value, mark, signs));
  };
  const rows = campaignRows(req.analysis);
  const results = columns[RESULTS_ROLE[req.model]] as string;
  const spendHeader = req.analysis.layout.headers.find((h) => h.column === columns.spend)?.text ?? '';
  // Millionths (`cost_micros`) in the currency, as plan.ts spendReader divides them.
  const perUnit = isMicrosHeader(spendHeader) ? MICROS_PER_UNIT : 1;
  const spendOf = (row: number): RuleValue => {
    const v = read(row, columns.spend as string);
    return v.kind === 'number' ? { kind: 'number', value: v.value / perUnit } : v;
  };
  let over = 0;
  let confirmed = 0;
  for (const row of rows) {
    const spend = spendOf(row);
    const count = read(row, results);
    if (judgeRow(spend, count, req.limit) !== 'over' || spend.kind !== 'number') continue;
    over += 1;
    // Counted as the Status counts them: a masked count as its upper bound, blank as 0.
    const n = count.kind === 'number' ? count.value : count.kind === 'masked' ? count.atMost : 0;
    if (judgeConfidence(spend.value, n, req.limit, req.level, true) === 'confirmed') confirmed += 1;
  }
  return { checked: rows.length, over, confirmed };
}
