// Pure: how many campaign rows a flag request checks and how many breach, as the Status formula judges them.
import { currencyInfo } from '../currency.ts';
import { columnNumber } from '../shared/a1.ts';
import { judgeRow, type RuleValue } from '../shared/breach-rule.ts';
import { type ReportNumber, readReportNumber } from './numbers.ts';
import { type FlagRequest, RESULTS_ROLE } from './options.ts';

function ruleValue(read: ReportNumber): RuleValue {
  if (read.kind === 'number' || read.kind === 'blank') return read;
  if (read.kind === 'masked') return { kind: 'masked', atMost: read.max };
  if (read.kind === 'negative') return { kind: 'number', value: read.value };
  return { kind: 'problem' };
}

/** Counts over the campaign rows between the first and last data row (skipped rows are not campaigns). */
export function countVerdicts(
  req: FlagRequest,
  values: readonly (readonly unknown[])[],
  decimal: '.' | ',',
): { checked: number; over: number } {
  const { layout } = req.analysis;
  const spendCol = columnNumber(layout.columns.spend as string) - 1;
  const resultsCol = columnNumber(layout.columns[RESULTS_ROLE[req.model]] as string) - 1;
  const symbol = currencyInfo(req.currency)?.symbol ?? null;
  const skipped = new Set(layout.skippedRows.map((s) => s.row));
  let checked = 0;
  let over = 0;
  if (layout.firstDataRow === null || layout.lastDataRow === null) return { checked, over };
  for (let row = layout.firstDataRow; row <= layout.lastDataRow; row++) {
    if (skipped.has(row)) continue;
    checked++;
    const cells = values[row - 1] ?? [];
    const spend = ruleValue(readReportNumber(cells[spendCol] ?? '', decimal, symbol));
    const results = ruleValue(readReportNumber(cells[resultsCol] ?? '', decimal, symbol));
    if (judgeRow(spend, results, req.limit) === 'over') over++;
  }
  return { checked, over };
}
