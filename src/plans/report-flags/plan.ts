// Pure: a validated flag request -> what flagBreaches writes beside the report (Status, limit, rule).
import { columnLetters } from '../shared/a1.ts';
import {
  BREACH_COLORS,
  breachFormulas,
  cellWords,
  NOT_YET_COLORS,
  type RowRef,
  statusRuleOf,
} from '../shared/breach-rule.ts';
import { LEVEL } from '../shared/breach-verdict.ts';
import { MAX_AMOUNT, MAX_AMOUNT_WORDS, RESULTS_ROLE, smallestUnit } from '../shared/cost-model.ts';
import { currencyNumberFormat, currencySigns } from '../shared/currency.ts';
import { decimalMark, renderFormula } from '../shared/formula-locale.ts';
import { quoteString } from '../shared/formula-text.ts';
import { MASKED_COUNT } from '../shared/number-text.ts';
import { isMicrosHeader, MICROS_PER_UNIT } from './headers.ts';
import { type NativeReader, nativeNumberReader } from './native-number.ts';
import type { FlagRequest } from './options.ts';
import { totalRowFormula } from './total-rows.ts';

/** The text of the Status header. */
export const STATUS_HEADER = 'Status';

/** Written into the add-on's rule on a report: how it finds its own rule (and columns) again. */
export const RULE_TAG = 'Flag limit breaches';

export interface FlagPlan {
  sheetName: string;
  /** 1-based header row, Status column and limit column. */
  headerRow: number;
  statusCol: number;
  limitCol: number;
  /**
   * The Status and limit cells with the row under them (`E1:F2`): the Status formula in the header
   * cell, the limit right of it, the level under the limit; the cell under the formula stays empty.
   */
  cellsRange: string;
  /** The limit cell and the level cell below it (`F1:F2`). */
  inputsRange: string;
  /** The Status and limit columns as whole columns (`E:E`, `F:F`), for their developer metadata. */
  statusColumnRange: string;
  limitColumnRange: string;
  /** The last row the Status and the rule cover; null: to the sheet's end (nothing below the report). */
  lastRow: number | null;
  limit: number;
  /**
   * The Status formula, rendered for the locale: one ARRAYFORMULA in the header cell whose ranges
   * start at the header row, so a row inserted anywhere under the header (right under it too) is
   * inside them; it shows `Status` on the header row and a verdict on every row below.
   */
  statusFormula: string;
  statusColumn: string;
  /** A1 of the limit cell, its number format and its rule's help text. */
  limitCell: string;
  limitFormat: string;
  limitHelp: string;
  /**
   * The limits the cell accepts: the currency's smallest amount up to MAX_AMOUNT, exactly what
   * flagBreaches accepts (options.ts), so a limit typed into the cell can be applied again.
   */
  limitMin: number;
  limitMax: number;
  /** A1 of the confidence level cell (below the limit), its value, number format and help text. */
  levelCell: string;
  level: number;
  levelFormat: string;
  levelHelp: string;
  /** The red rule: the report's width plus Status, from the header row (its Status never says Over). */
  rule: { range: string; formula: string; background: string; fontColor: string };
  /** The amber rule over the same range, for rows not yet sure; written before the red one. */
  notYetRule: { range: string; formula: string; background: string; fontColor: string };
}

/**
 * The spend column's reading: as the other columns, divided by a million where the column holds
 * millionths (`cost_micros` of a connector table), so the limit stays in the currency.
 */
function spendReader(reader: Partial<NativeReader>, micros: boolean): Partial<NativeReader> {
  if (!micros) return reader;
  const read = reader.read ?? ((ref: string): string => ref);
  return {
    read: (ref) => `(${read(ref)})/${MICROS_PER_UNIT}`,
    readable: reader.readable ?? ((ref) => `ISNUMBER(${ref})`),
  };
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
  // From the header row: Sheets widens a range for rows inserted inside it, not at its first row.
  const firstRow = headerRow;
  // The text reader only where the report has text numbers (see FlagRequest.textNumbers).
  const reader = req.textNumbers
    ? nativeNumberReader(
        layout.decimalMark ?? decimalMark(locale),
        currencySigns(currency),
        decimalMark(locale),
      )
    : {};
  const levelCell = `${columnLetters(statusCol + 1)}${headerRow + 1}`;
  const { rule, status, notYetRule } = breachFormulas({
    spend: {
      column: spend,
      label: headerText(req, spend),
      ...spendReader(reader, isMicrosHeader(headerText(req, spend))),
    },
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
    // The cell named where it is now (rows or columns inserted move it); deleted, Apply again.
    missingLevel: cellWords(
      'Set the confidence level in ',
      `$${columnLetters(statusCol + 1)}$${headerRow + 1}`,
      ` (${LEVEL.min * 100}% to ${LEVEL.max * 100}%)`,
      'The confidence level cell was deleted: Apply again to write it again',
    ),
    firstRow,
    lastRow,
    limit: () => limitRef,
    model,
    currency,
    locale,
    // The rows the panel lists as skipped (total-rows.ts: one rule for both).
    exclude: (row: RowRef, name) => {
      const filter = analysis.resultFilter;
      // Rows of another result type than the one judged (flagBreaches' resultType) are left out too.
      const other = filter ? `+IFERROR(TRIM(${row(filter.column)})<>${quoteString(filter.type)},1)` : '';
      return `${totalRowFormula(analysis.totals, row, name)}${other}`;
    },
    // The limit cell rejects bad input, but it can be cleared (or pasted over).
    missingLimit: cellWords(
      `Set the ${model} limit in `,
      limitRef,
      ' (a number above 0)',
      `The ${model} limit cell was deleted: Apply again to write it again`,
    ),
    statusColumn,
    statusRuleTag: RULE_TAG,
  });
  const money = currencyNumberFormat(currency);
  const limitColumn = columnLetters(statusCol + 1);
  const range = `${columnLetters(header.first + 1)}${firstRow}:${statusColumn}${lastRow ?? ''}`;
  if (notYetRule === undefined) throw new Error('flags: no amber rule for the level');
  return {
    sheetName: req.sheetName,
    headerRow,
    statusCol,
    limitCol: statusCol + 1,
    cellsRange: `${statusColumn}${headerRow}:${levelCell}`,
    inputsRange: `${limitCell}:${levelCell}`,
    statusColumnRange: `${statusColumn}:${statusColumn}`,
    limitColumnRange: `${limitColumn}:${limitColumn}`,
    lastRow,
    limit: req.limit,
    statusFormula: renderFormula(withHeader(status, [spend, results], firstRow, lastRow), locale),
    statusColumn,
    limitCell,
    limitFormat: `"${model} limit "${money}`,
    limitMin: smallestUnit(currency),
    limitMax: MAX_AMOUNT,
    limitHelp: `The ${model} limit in ${currency}: at least ${String(smallestUnit(currency)).replace('.', decimalMark(locale))}, at most ${MAX_AMOUNT_WORDS}. Rows whose spend is over it x ${headerText(req, results)} (at least 1) turn red.`,
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
      formula: renderFormula(notYetRule, locale),
      background: NOT_YET_COLORS.fill,
      fontColor: NOT_YET_COLORS.text,
    },
  };
}

/**
 * The Status ARRAYFORMULA (`=ARRAYFORMULA(chain)`, breach-rule.ts) written into the header cell:
 * the header row - where spend and results hold their own headers, `F$1` and `G$1`, which Sheets
 * keeps on the header row through every insert - shows `Status`, tagged so the add-on knows its
 * formula again (LEFT(tag,0) is ""); every other row its verdict.
 */
function withHeader(status: string, columns: string[], firstRow: number, lastRow: number | null): string {
  const prefix = '=ARRAYFORMULA(';
  if (!status.startsWith(prefix) || !status.endsWith(')'))
    throw new Error('flags: the Status formula is not one ARRAYFORMULA');
  const chain = status.slice(prefix.length, -1);
  const header = columns.map((c) => `(${c}${firstRow}:${c}${lastRow ?? ''}=${c}$${firstRow})`).join('*');
  // IFERROR: an error value in spend or results is that row's Check, never the whole row's error.
  return `${prefix}IF(IFERROR(${header},0),${quoteString(STATUS_HEADER)}&LEFT(${quoteString(RULE_TAG)},0),${chain}))`;
}

/** A campaign-goal sheet's rule: the status-column rule without the flags' tag (`=LEFT($P14,5)="Over "`). */
export function isGoalSheetRule(formula: string): boolean {
  return statusRuleOf(formula)?.tag === null;
}
