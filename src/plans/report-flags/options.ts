// Validates flagBreaches' untrusted options against the sheet as it is now; names the field at fault.

import { columnLetters as columnLetter, columnNumber as strictColumnNumber } from '../shared/a1.ts';
import { isLevel, LEVEL } from '../shared/breach-verdict.ts';
import {
  type CostModel,
  isCostModel,
  isWholeUnits,
  MAX_AMOUNT,
  RESULTS_ROLE,
  smallestUnit,
} from '../shared/cost-model.ts';
import { currencyInfo, currencySigns } from '../shared/currency.ts';
import { describeValue, type FieldError, isRecord } from '../shared/validation.ts';
import {
  analyzeTable,
  type DetectContext,
  headerRunAt,
  mapColumns,
  type ReportAnalysis,
  type ReportColumns,
  type SheetGrid,
} from './detect.ts';
import { COLUMN_ROLES } from './headers.ts';
import { readReportNumber } from './numbers.ts';

/** Column letters from untrusted input -> number; NaN when they are not 1-3 capital letters. */
function columnNumber(letters: string): number {
  return /^[A-Z]{1,3}$/.test(letters) ? strictColumnNumber(letters) : Number.NaN;
}

export interface FlagRequest {
  sheetName: string;
  model: CostModel;
  limit: number;
  currency: string;
  analysis: ReportAnalysis;
  /**
   * Whether a campaign row holds its spend or results as number-like text (`"1,234.50"` in a
   * plain-text column). Only then does the Status formula carry the text reader: it is long, and
   * without it text typed later is refused with a Check Status, never read as a wrong number.
   */
  textNumbers: boolean;
  /** The confidence level (0.5 to 0.999) the Status grades its verdicts by; 0.95 unless given. */
  level: number;
  /**
   * Whether a campaign row's results are a masked count (`<5`): only then does the Status carry the
   * masked branch (a `<5` pasted later is a Check, never a wrong verdict).
   */
  maskedCounts: boolean;
}

/** A refused option: `field` as the options name it (`limit`, `columns.spend`), the message in words. */
export type { FieldError };

export type FlagValidation = { ok: true; request: FlagRequest } | { ok: false; errors: FieldError[] };

/**
 * Checks `options` (a layout as detectReport returned it, plus model and limit) against the sheet's
 * used range `grid`, then re-reads the table under the given header row with the given mapping.
 * `defaultCurrency` is used when the layout names none (the spreadsheet locale's).
 */
export function validateFlagOptions(
  options: unknown,
  grid: SheetGrid,
  ctx: DetectContext & { defaultCurrency: string },
): FlagValidation {
  if (!isRecord(options)) {
    return {
      ok: false,
      errors: [{ field: 'options', message: `expected the report layout, got ${describeValue(options)}` }],
    };
  }
  const errors: FieldError[] = [];
  const model = options.model;
  if (!isCostModel(model)) {
    errors.push({ field: 'model', message: `must be CPA, CPL or CPC, got ${describeValue(model)}` });
  }
  const limit = options.limit;
  if (typeof limit !== 'number' || !Number.isFinite(limit) || limit <= 0) {
    errors.push({ field: 'limit', message: `must be a number above 0, got ${describeValue(limit)}` });
  } else if (limit > MAX_AMOUNT) {
    errors.push({ field: 'limit', message: `${limit} is more than ${MAX_AMOUNT}; is there an extra zero?` });
  }
  const level = options.level ?? LEVEL.default;
  if (!isLevel(level)) {
    errors.push({
      field: 'level',
      message: `must be a confidence level from ${LEVEL.min * 100}% to ${LEVEL.max * 100}% (${LEVEL.min} to ${LEVEL.max}), got ${describeValue(level)}`,
    });
  }
  let currency = ctx.defaultCurrency;
  if (options.currency !== null && options.currency !== undefined) {
    if (typeof options.currency === 'string' && currencyInfo(options.currency)) currency = options.currency;
    else
      errors.push({
        field: 'currency',
        message: `is not a currency code this add-on knows: ${describeValue(options.currency)}`,
      });
  }
  const smallest = smallestUnit(currency);
  if (typeof limit === 'number' && limit > 0 && limit < smallest) {
    // The limit cell and the summary would show it as 0.00.
    errors.push({
      field: 'limit',
      message: `${limit} is less than the smallest amount in ${currency} (${smallest})`,
    });
  } else if (
    typeof limit === 'number' &&
    limit > 0 &&
    limit <= MAX_AMOUNT &&
    !isWholeUnits(limit, currency)
  ) {
    // The limit cell would show it rounded, and a row at the shown limit read as over it.
    errors.push({
      field: 'limit',
      message: `${limit} is not in steps of the smallest amount in ${currency} (${smallest})`,
    });
  }
  const rows = grid.values.length;
  const headerRow = options.headerRow;
  const headerOk =
    typeof headerRow === 'number' && Number.isInteger(headerRow) && headerRow >= 1 && headerRow <= rows;
  if (!headerOk) {
    errors.push({
      field: 'headerRow',
      message: `must be a row of the sheet (1 to ${rows}), got ${describeValue(headerRow)}`,
    });
  }
  const columns = headerOk ? checkColumns(options.columns, grid, (headerRow as number) - 1, errors) : null;
  const resultsRole = isCostModel(model) ? RESULTS_ROLE[model] : null;
  if (columns && resultsRole && columns[resultsRole] && columns[resultsRole] === columns.spend) {
    // Spend over itself is never above a limit: every row would silently pass.
    errors.push({
      field: `columns.${resultsRole}`,
      message: `${describeValue(columns.spend)} is the spend column: choose the column of ${resultsRole}`,
    });
  } else if (columns && resultsRole && !columns[resultsRole]) {
    errors.push({
      field: `columns.${resultsRole}`,
      message: `a ${String(model)} limit needs the ${resultsRole} column: choose it in the mapping`,
    });
  }
  if (errors.length > 0 || !columns || !columns.spend) return { ok: false, errors };
  const found = headerRunAt(grid.values, (headerRow as number) - 1, columnNumber(columns.spend) - 1);
  const mapped = mapColumns(grid.values[found.index] ?? [], found);
  const analysis = analyzeTable(grid, found, { ...mapped, columns }, ctx);
  const filter = resultFilterOf(options.resultType, analysis, grid);
  if ('error' in filter) return { ok: false, errors: [filter.error] };
  analysis.resultFilter = filter.filter;
  if (analysis.layout.firstDataRow === null) {
    return {
      ok: false,
      errors: [{ field: 'headerRow', message: `no campaign rows below row ${headerRow}` }],
    };
  }
  const signs = currencySigns(currency);
  const decimal = analysis.layout.decimalMark ?? ctx.decimal;
  const resultsCol = columns[RESULTS_ROLE[model as CostModel]] as string;
  const textNumbers = campaignRows(analysis).some((r) =>
    [columns.spend as string, resultsCol].some((letter) => {
      const cell = grid.values[r - 1]?.[columnNumber(letter) - 1];
      return typeof cell === 'string' && readReportNumber(cell, decimal, signs).kind === 'number';
    }),
  );
  const maskedCounts = campaignRows(analysis).some(
    (r) =>
      readReportNumber(grid.values[r - 1]?.[columnNumber(resultsCol) - 1] ?? '', decimal, signs).kind ===
      'masked',
  );
  return {
    ok: true,
    request: {
      level: level as number,
      maskedCounts,
      sheetName: ctx.sheetName,
      model: model as CostModel,
      limit: limit as number,
      currency,
      analysis,
      textNumbers,
    },
  };
}

/** 1-based rows of the table's campaign rows (first to last data row, skipped rows left out). */
export function campaignRows(analysis: ReportAnalysis): number[] {
  const { firstDataRow, lastDataRow, skippedRows } = analysis.layout;
  if (firstDataRow === null || lastDataRow === null) return [];
  const skipped = new Set([...skippedRows.map((s) => s.row), ...(analysis.resultFilter?.others ?? [])]);
  const rows: number[] = [];
  for (let r = firstDataRow; r <= lastDataRow; r++) if (!skipped.has(r)) rows.push(r);
  return rows;
}

/**
 * flagBreaches' optional `resultType`: one of the layout's result types, whose rows alone are
 * judged (the others' Status stays blank); absent or null judges every row.
 */
function resultFilterOf(
  value: unknown,
  analysis: ReportAnalysis,
  grid: SheetGrid,
): { filter: ReportAnalysis['resultFilter'] } | { error: FieldError } {
  if (value === undefined || value === null) return { filter: null };
  const types = analysis.layout.resultTypes;
  const known = types?.types.map((t) => t.type) ?? [];
  const type =
    typeof value === 'string' ? known.find((t) => t.toLowerCase() === value.trim().toLowerCase()) : undefined;
  if (!types || type === undefined) {
    return {
      error: {
        field: 'resultType',
        message: types
          ? `must be one of ${known.join(', ')}, got ${describeValue(value)}`
          : 'this report has no Result indicator column to choose a result type from',
      },
    };
  }
  const col = strictColumnNumber(types.column) - 1;
  const others = campaignRows(analysis).filter(
    (r) =>
      String(grid.values[r - 1]?.[col] ?? '')
        .trim()
        .toLowerCase() !== type.toLowerCase(),
  );
  return { filter: { column: types.column, type, others } };
}

/** Each named column must be a letter whose header cell, in the header's run of cells, is not empty. */
function checkColumns(
  value: unknown,
  grid: SheetGrid,
  headerIndex: number,
  errors: FieldError[],
): ReportColumns | null {
  if (!isRecord(value)) {
    errors.push({ field: 'columns', message: `expected the column mapping, got ${describeValue(value)}` });
    return null;
  }
  const row = grid.values[headerIndex] ?? [];
  const spend = value.spend;
  if (spend === null || spend === undefined || spend === '') {
    errors.push({
      field: 'columns.spend',
      message: 'the report needs a spend column: choose it in the mapping',
    });
    return null;
  }
  const spendCol = typeof spend === 'string' ? columnNumber(spend) : Number.NaN;
  if (!(spendCol >= 1 && spendCol <= row.length) || row[spendCol - 1] === '') {
    errors.push({
      field: 'columns.spend',
      message: `${describeValue(spend)} is not a column with a header in row ${headerIndex + 1}`,
    });
    return null;
  }
  const spendHeader = row[spendCol - 1];
  if (typeof spendHeader !== 'string') {
    // A number (or date) there: the row is a data row, and every row below it would be misread.
    errors.push({
      field: 'columns.spend',
      message: `${describeValue(spendHeader)} is not a header name in row ${headerIndex + 1}: is the header row right?`,
    });
    return null;
  }
  const run = headerRunAt(grid.values, headerIndex, spendCol - 1);
  const span = `${columnLetter(run.first + 1)} to ${columnLetter(run.last + 1)}`;
  const columns = Object.fromEntries(COLUMN_ROLES.map((r) => [r, null])) as ReportColumns;
  for (const role of COLUMN_ROLES) {
    const letter = value[role];
    if (letter === null || letter === undefined || letter === '') continue;
    const n = typeof letter === 'string' ? columnNumber(letter) : Number.NaN;
    if (!(n >= run.first + 1 && n <= run.last + 1)) {
      errors.push({
        field: `columns.${role}`,
        message: `${describeValue(letter)} is not a column of the report (its headers run from ${span})`,
      });
    } else columns[role] = letter as string;
  }
  return columns;
}
