// Pure: a validated flag request -> what flagBreaches writes beside the report (Status, limit, rule).

import { columnLetters } from '../shared/a1.ts';
import {
  BREACH_COLORS,
  breachFormulas,
  NOT_YET_COLORS,
  notYetRuleOf,
  type RowRef,
  statusRuleOf,
} from '../shared/breach-rule.ts';
import { LEVEL } from '../shared/breach-verdict.ts';
import { RESULTS_ROLE, smallestUnit } from '../shared/cost-model.ts';
import { currencyInfo, currencyNumberFormat } from '../shared/currency.ts';
import { decimalMark, renderFormula } from '../shared/formula-locale.ts';
import { quoteString } from '../shared/formula-text.ts';
import { TOTAL_WORDS } from './headers.ts';
import { nativeNumberReader } from './native-number.ts';
import { MASKED_COUNT } from './numbers.ts';
import type { FlagRequest } from './options.ts';

/** The text of the Status header. */
export const STATUS_HEADER = 'Status';

/** Written into the add-on's rule on a report: how it finds its own rule (and columns) again. */
export const RULE_TAG = 'Flag limit breaches';

export interface FlagPlan {
  sheetName: string;
  /** 1-based row and column of the 2 x 2 block: Status header and limit, Status formula and ''. */
  block: { row: number; col: number };
  /** The block in A1, e.g. `P3:Q4`. */
  blockRange: string;
  /** The last row the Status and the rule cover; null: to the sheet's end (nothing below the report). */
  lastRow: number | null;
  /** The block's cells: [['Status', limit], [formula, '']] (header as literal text). */
  header: string;
  limit: number;
  /** The Status ARRAYFORMULA, rendered for the locale. */
  statusFormula: string;
  statusColumn: string;
  /** A1 of the limit cell, its number format and its rule's help text. */
  limitCell: string;
  limitFormat: string;
  limitHelp: string;
  /** The least limit the cell accepts: the currency's smallest amount. */
  limitMin: number;
  /** A1 of the confidence level cell (below the limit), its value, number format and help text. */
  levelCell: string;
  level: number;
  levelFormat: string;
  levelHelp: string;
  /** The red rule: the report's width plus Status, data rows (open-ended or not). */
  rule: { range: string; formula: string; background: string; fontColor: string };
  /** The amber rule over the same range, for rows not yet sure; written before the red one. */
  notYetRule: { range: string; formula: string; background: string; fontColor: string };
}

/** Element-wise: 1 where `ref`'s text is a total label (headers.ts isTotalLabel), else 0. */
function totalLabel(ref: string): string {
  // `Total : campagnes` (French spacing) reads as `Total: campagnes`.
  const t = `SUBSTITUTE(TRIM(${ref})," :",":")`;
  const terms = TOTAL_WORDS.flatMap((w) => [
    `(${t}=${quoteString(w)})`,
    `(LEFT(${t},${w.length + 1})=${quoteString(`${w}:`)})`,
  ]);
  return `IFERROR(${terms.join('+')},0)`;
}

/** The header text of a column letter, for the Status texts (`Check Cost: not a number`). */
function headerText(req: FlagRequest, column: string): string {
  return req.analysis.layout.headers.find((h) => h.column === column)?.text || column;
}

export function planFlags(req: FlagRequest, locale: string): FlagPlan {
  const { analysis, model, currency } = req;
  const { header, layout } = analysis;
  const columns = layout.columns;
  const spend = columns.spend as string;
  const results = columns[RESULTS_ROLE[model]] as string;
  const headerRow = header.index + 1;
  const statusCol = header.last + 2;
  const statusColumn = columnLetters(statusCol);
  const limitCell = `${columnLetters(statusCol + 1)}${headerRow}`;
  const limitRef = `$${columnLetters(statusCol + 1)}$${headerRow}`;
  // Rows typed below the table later are judged too, unless another block follows it on the sheet.
  const lastRow = analysis.nextContent === null ? null : analysis.nextContent;
  const firstRow = headerRow + 1;
  // The text reader only where the report has text numbers (see FlagRequest.textNumbers).
  const reader = req.textNumbers
    ? nativeNumberReader(decimalMark(locale), currencyInfo(currency)?.symbol ?? null)
    : {};
  const labels = [columnLetters(header.first + 1), columns.campaign].filter(
    (c, i, all): c is string => c !== null && all.indexOf(c) === i,
  );
  const levelCell = `${columnLetters(statusCol + 1)}${headerRow + 1}`;
  const { rule, status, notYetRule } = breachFormulas({
    spend: { column: spend, label: headerText(req, spend), ...reader },
    results: {
      column: results,
      label: headerText(req, results),
      ...reader,
    },
    // Only where the report has masked counts (see FlagRequest.maskedCounts).
    ...(req.maskedCounts
      ? {
          maskedResults: {
            text: MASKED_COUNT.text,
            atMost: MASKED_COUNT.max,
            status: `Masked count (${MASKED_COUNT.text}): cannot tell`,
          },
        }
      : {}),
    level: `$${columnLetters(statusCol + 1)}$${headerRow + 1}`,
    missingLevel: `Set the confidence level in ${levelCell} (${LEVEL.min * 100}% to ${LEVEL.max * 100}%)`,
    firstRow,
    lastRow,
    limit: () => limitRef,
    model,
    currency,
    locale,
    exclude: (row: RowRef) => labels.map((c) => totalLabel(row(c))).join('+'),
    // The limit cell rejects bad input, but it can be cleared (or pasted over).
    missingLimit: `Set the ${model} limit in ${limitCell} (a number above 0)`,
    statusColumn,
    statusRuleTag: RULE_TAG,
  });
  const money = currencyNumberFormat(currency);
  const range = `${columnLetters(header.first + 1)}${firstRow}:${statusColumn}${lastRow ?? ''}`;
  return {
    sheetName: req.sheetName,
    block: { row: headerRow, col: statusCol },
    lastRow,
    blockRange: `${statusColumn}${headerRow}:${columnLetters(statusCol + 1)}${headerRow + 1}`,
    header: STATUS_HEADER,
    limit: req.limit,
    statusFormula: renderFormula(status, locale),
    statusColumn,
    limitCell,
    limitFormat: `"${model} limit "${money}`,
    limitMin: smallestUnit(currency),
    limitHelp: `The ${model} limit in ${currency}: at least ${String(smallestUnit(currency)).replace('.', decimalMark(locale))}. Rows whose spend is over it x ${headerText(req, results)} (at least 1) turn red.`,
    levelCell,
    level: req.level,
    levelFormat: '"Confidence "0.0%',
    levelHelp: `How sure a verdict must be to say "confirmed": ${LEVEL.min * 100}% to ${LEVEL.max * 100}% (95% is usual). Over the limit and that sure: red; over but not yet that sure: amber.`,
    rule: {
      range,
      formula: renderFormula(rule, locale),
      background: BREACH_COLORS.fill,
      fontColor: BREACH_COLORS.text,
    },
    notYetRule: {
      range,
      formula: renderFormula(notYetRule as string, locale),
      background: NOT_YET_COLORS.fill,
      fontColor: NOT_YET_COLORS.text,
    },
  };
}

/** Where the add-on's flags sit on a sheet, read back from its rule's formula. */
export interface OwnFlags {
  /** 1-based column of the Status column (the limit cell is right of its header). */
  statusCol: number;
  headerRow: number;
}

/** The add-on's own rule: a status-column rule tagged RULE_TAG (not a goal sheet's, which has none). */
export function ownFlagsOf(formula: string): OwnFlags | null {
  const rule = statusRuleOf(formula);
  if (rule?.tag !== RULE_TAG || rule.firstRow < 2) return null;
  return { statusCol: rule.statusCol, headerRow: rule.firstRow - 1 };
}

/** The add-on's amber rule on a report (tagged RULE_TAG): removed and rewritten with the red one. */
export function isOwnNotYetRule(formula: string): boolean {
  return notYetRuleOf(formula)?.tag === RULE_TAG;
}

export interface PlacementProblem {
  cell: string;
  message: string;
}

/**
 * The Status column (header row down to the rule's last row) and the limit cell with the cell
 * below it must be empty: the add-on never writes over anything. `values` has the add-on's own
 * earlier flags blanked already.
 */
export function placementProblem(
  plan: FlagPlan,
  values: readonly (readonly unknown[])[],
): PlacementProblem | null {
  const { row, col } = plan.block;
  const lastRow = plan.lastRow ?? values.length;
  const filled = (r: number, c: number): boolean => {
    const v = values[r - 1]?.[c - 1];
    return v !== '' && v !== null && v !== undefined;
  };
  const problem = (r: number, c: number): PlacementProblem => {
    const cell = `${columnLetters(c)}${r}`;
    return {
      cell,
      message: `The flags need column ${plan.statusColumn} (Status) and ${plan.limitCell} (the limit) to be empty, but ${cell} holds ${JSON.stringify(String(values[r - 1]?.[c - 1]).slice(0, 40))}. Move it, or leave a free column right of the report.`,
    };
  };
  for (const r of [row, row + 1]) if (filled(r, col + 1)) return problem(r, col + 1);
  for (let r = row; r <= lastRow; r++) if (filled(r, col)) return problem(r, col);
  return null;
}

/** A campaign-goal sheet's rule: the status-column rule without the flags' tag (`=LEFT($P14,5)="Over "`). */
export function isGoalSheetRule(formula: string): boolean {
  return statusRuleOf(formula)?.tag === null;
}
