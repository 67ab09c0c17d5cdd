// Pure: a pasted ad-platform report (the used range's values and display values) -> its layout.

import { columnLetters as columnLetter, columnNumber } from '../shared/a1.ts';
import { currencySigns } from '../shared/currency.ts';
import { reportCurrency } from './currency-found.ts';
import {
  findHeaderRow,
  type HeaderRowFound,
  headerRunAt,
  headerScore,
  isEmpty,
  mapColumns,
  type ReportColumns,
  type SheetGrid,
  text,
} from './header-row.ts';
import {
  COLUMN_ROLES,
  type ColumnRole,
  headerRole,
  isCurrencyHeader,
  isDateLikeHeader,
  isFooterText,
  isResultTypeHeader,
  type Platform,
  platformGuess,
  platformOf,
  SPEND_NAMES_FOR_PEOPLE,
} from './headers.ts';
import { readReportNumber, reportDecimal } from './numbers.ts';
import { MAX_LABEL_COLUMNS, type TotalRule, totalRowReason } from './total-rows.ts';

export { headerRunAt, mapColumns, type ReportColumns, type SheetGrid } from './header-row.ts';

export interface SkippedRow {
  /** 1-based sheet row. */
  row: number;
  reason: string;
}

/** What detectReport returns (and flagBreaches takes back, possibly corrected by the user). */
export interface ReportLayout {
  sheetName: string;
  platform: Platform;
  /** 1-based sheet rows; null when not found (then `problems` says why). */
  headerRow: number | null;
  firstDataRow: number | null;
  lastDataRow: number | null;
  skippedRows: SkippedRow[];
  columns: ReportColumns;
  /** ISO 4217 code, or null when the report does not say. */
  currency: string | null;
  problems: string[];
  /** The header row's non-empty cells (column letter and text), for the mapping dropdowns. */
  headers: { column: string; text: string }[];
  /**
   * Meta's `Result indicator` / `Result Type` column and the result types of the campaign rows:
   * `Results` counts leads on one row and link clicks on the next, so one cost-per-result limit
   * judges unlike things (flagBreaches' `resultType` judges the rows of one type only); null when
   * the report has no such column.
   */
  resultTypes?: { column: string; types: { type: string; rows: number }[] } | null;
  /**
   * The decimal mark the report's number-like text is read with: the sheet's, or the report's own
   * where its text says so (a pt-BR export's `"2,87"` in an en_US sheet: numbers.ts reportDecimal).
   */
  decimalMark?: '.' | ',';
  /**
   * Rows of the sheet below this report that its flags do not cover (1-based, inclusive): a second
   * header row and the block under it, which is never judged with this report's mapping; null when
   * there is none. `reason` says so in words, and is also one of `problems`.
   */
  uncoveredRows?: { first: number; last: number; reason: string } | null;
  /**
   * For an `unknown` platform with a spend column: which platforms use that column name, said as
   * a guess (`Spend` alone is also a goal sheet or a hand-typed table); null otherwise.
   */
  platformGuess?: string | null;
}

type RowKind = { kind: 'campaign' } | { kind: 'skip'; reason: string } | { kind: 'blank' } | { kind: 'end' };

/** What one row below the header is (total-rows.ts says which rows are totals or summaries). */
function classifyRow(
  row: readonly unknown[],
  found: HeaderRowFound,
  totals: TotalRule,
  spendCol: number,
): RowKind {
  const cells = row.slice(found.first, found.last + 1);
  if (cells.every(isEmpty)) return { kind: 'blank' };
  const { score, spendAt } = headerScore(cells);
  if (spendAt >= 0 && score >= 2) return { kind: 'end' };
  const spendBlank = isEmpty(row[spendCol]);
  if (spendBlank && cells.some((v) => isFooterText(text(v)))) return { kind: 'skip', reason: 'footer' };
  const filled = cells.filter((v) => !isEmpty(v));
  if (spendBlank && filled.length === 1 && typeof filled[0] === 'string') {
    return { kind: 'skip', reason: 'a line of text, not a campaign' };
  }
  const total = totalRowReason(row, totals);
  return total === null ? { kind: 'campaign' } : { kind: 'skip', reason: total };
}

/**
 * The columns whose text names a row: those of the header run left of its first metric column,
 * without dates and the currency column, at most MAX_LABEL_COLUMNS. `All` marks roll-ups in Meta.
 */
export function totalRuleFor(
  headerCells: readonly unknown[],
  found: HeaderRowFound,
  platform: Platform,
): TotalRule {
  const labelColumns: number[] = [];
  let nameColumn: number | null = null;
  for (let c = found.first; c <= found.last && labelColumns.length < MAX_LABEL_COLUMNS; c++) {
    const cell = text(headerCells[c]);
    const role = headerRole(cell)?.role;
    if (role && role !== 'campaign' && role !== 'date') break;
    if (role === 'date' || isCurrencyHeader(cell) || isDateLikeHeader(cell)) continue;
    if (role === 'campaign' && nameColumn === null) nameColumn = c;
    labelColumns.push(c);
  }
  return { labelColumns, rollups: platform === 'meta', nameColumn: platform === 'meta' ? nameColumn : null };
}

export interface DetectContext {
  sheetName: string;
  /** The spreadsheet locale's decimal mark (formula-locale.ts decimalMark). */
  decimal: '.' | ',';
  /**
   * The currency flagBreaches falls back to when the report names none (the locale's): its symbol
   * is what the Status formula strips from text amounts, so the problems say what it will read.
   */
  defaultCurrency?: string;
}

const emptyLayout = (sheetName: string, problems: string[]): ReportLayout => ({
  sheetName,
  platform: 'unknown',
  headerRow: null,
  firstDataRow: null,
  lastDataRow: null,
  skippedRows: [],
  columns: Object.fromEntries(COLUMN_ROLES.map((r) => [r, null])) as ReportColumns,
  currency: null,
  problems,
  headers: [],
  platformGuess: null,
});

/** A layout and where its table ends, for the Status column the flags add. */
export interface ReportAnalysis {
  layout: ReportLayout;
  header: HeaderRowFound;
  /** 0-based row of the table's last row (campaign or skipped). */
  tableEnd: number;
  /** 0-based first row below the table with anything in the report's columns, else null. */
  nextContent: number | null;
  /** Which rows are totals: the Status formula leaves out the rows the skipped list names. */
  totals: TotalRule;
  /** The result type judged (flagBreaches' `resultType`): rows of other types are left out. */
  resultFilter: { column: string; type: string; others: number[] } | null;
}

/**
 * What the user chose in the panel when detection found no header row, or a wrong one (issue 14:
 * never a dead end): the 1-based header row, and columns by role (a letter, or null for none).
 */
export interface LayoutChoice {
  headerRow?: unknown;
  columns?: unknown;
}

/**
 * Reads a report's layout from its used range. Never guesses: what it cannot find is a problem.
 * With a `choice`, its header row and columns are used instead of the ones detection would find.
 */
export function detectLayout(grid: SheetGrid, ctx: DetectContext, choice?: LayoutChoice): ReportLayout {
  const { values } = grid;
  if (values.length === 0 || values.every((row) => row.every(isEmpty))) {
    return emptyLayout(ctx.sheetName, [
      `The sheet "${ctx.sheetName}" is empty: paste a report into it first.`,
    ]);
  }
  if (choice?.headerRow !== undefined && choice.headerRow !== null) return chosenLayout(grid, ctx, choice);
  const found = findHeaderRow(values);
  if (!found) {
    return emptyLayout(ctx.sheetName, [
      `No header row found: no row has a spend column named ${SPEND_NAMES_FOR_PEOPLE} next to other report columns. Choose the header row and the columns yourself.`,
    ]);
  }
  const mapped = mapColumns(values[found.index] ?? [], found);
  return analyzeTable(grid, found, mapped, ctx).layout;
}

/** The layout under the header row the user chose, with the columns they chose over the ones found. */
function chosenLayout(grid: SheetGrid, ctx: DetectContext, choice: LayoutChoice): ReportLayout {
  const { values } = grid;
  const row = choice.headerRow;
  if (typeof row !== 'number' || !Number.isInteger(row) || row < 1 || row > values.length) {
    return emptyLayout(ctx.sheetName, [
      `headerRow: must be a row number from 1 to ${values.length} (the sheet's rows with content), got ${JSON.stringify(row)}`,
    ]);
  }
  const cells = values[row - 1] ?? [];
  const firstFilled = cells.findIndex((v) => !isEmpty(v));
  if (firstFilled < 0) return emptyLayout(ctx.sheetName, [`headerRow: row ${row} is empty`]);
  const found = headerRunAt(values, row - 1, firstFilled);
  const mapped = mapColumns(cells, found);
  const problems: string[] = [];
  const chosen = choice.columns;
  if (chosen !== undefined && chosen !== null) {
    if (typeof chosen !== 'object') problems.push('columns: expected a role -> column letter object');
    else {
      for (const [role, letter] of Object.entries(chosen as Record<string, unknown>)) {
        if (!(COLUMN_ROLES as readonly string[]).includes(role)) {
          problems.push(`columns.${role}: not a column role (${COLUMN_ROLES.join(', ')})`);
        } else if (letter === null) mapped.columns[role as ColumnRole] = null;
        else if (typeof letter === 'string' && /^[A-Z]{1,3}$/.test(letter)) {
          const c = columnNumber(letter) - 1;
          if (c < found.first || c > found.last || isEmpty(cells[c])) {
            problems.push(`columns.${role}: ${letter} is not a header of row ${row}`);
          } else mapped.columns[role as ColumnRole] = letter;
        } else
          problems.push(`columns.${role}: expected a column letter or null, got ${JSON.stringify(letter)}`);
      }
    }
  }
  const layout = analyzeTable(grid, found, mapped, ctx).layout;
  return { ...layout, problems: [...problems, ...layout.problems] };
}

/**
 * The table under a known header run with a given mapping (detected, or corrected by the user):
 * its campaign rows, skipped rows, currency and problems, and where it ends.
 */
export function analyzeTable(
  grid: SheetGrid,
  found: HeaderRowFound,
  mapped: { columns: ReportColumns; headerCurrency: string | null; currencyCol: number | null },
  ctx: DetectContext,
): ReportAnalysis {
  const { values } = grid;
  const { columns, headerCurrency, currencyCol } = mapped;
  const headerCells = values[found.index] ?? [];
  const headers: ReportLayout['headers'] = [];
  for (let c = found.first; c <= found.last; c++) {
    headers.push({ column: columnLetter(c + 1), text: text(headerCells[c]).trim() });
  }
  const colIndex = (letter: string | null): number =>
    letter === null ? -1 : headers.findIndex((h) => h.column === letter) + found.first;
  const spendCol = colIndex(columns.spend);
  const platform = platformOf(headers.map((h) => h.text));
  const totals = totalRuleFor(headerCells, found, platform);
  const rows = scanRows(values, found, totals, spendCol);
  const currency = reportCurrency(
    grid,
    rows.campaignRows,
    spendCol,
    headerCurrency,
    currencyCol,
    found.index,
  );
  const spendHeader = headers.find((h) => h.column === columns.spend)?.text ?? '';
  const signs = currencySigns(currency.code ?? ctx.defaultCurrency ?? '');
  const decimal = numbersDecimal(values, rows.campaignRows, columns, colIndex, ctx.decimal, signs);
  const problems = layoutProblems(values, rows.campaignRows, columns, spendCol, spendHeader, {
    decimal,
    signs,
  });
  const resultTypes = resultTypesOf(values, rows.campaignRows, headerCells, found);
  if (resultTypes && resultTypes.types.length > 1) {
    const list = resultTypes.types
      .map((t) => `${t.type}: ${t.rows} row${t.rows === 1 ? '' : 's'}`)
      .join(', ');
    problems.push(
      `Results counts different things on different rows (${list}; column ${resultTypes.column}): one cost-per-result limit judges them alike. Choose one result type to judge only its rows.`,
    );
  }
  const uncovered = rows.headerAgain === null ? null : secondBlock(values, rows.headerAgain, found, columns);
  if (uncovered) problems.push(uncovered.reason);
  const first = rows.campaignRows[0];
  const last = rows.campaignRows[rows.campaignRows.length - 1];
  let nextContent: number | null = null;
  for (let r = rows.tableEnd + 1; r < values.length && nextContent === null; r++) {
    if (!(values[r] ?? []).slice(found.first, found.last + 3).every(isEmpty)) nextContent = r;
  }
  const layout: ReportLayout = {
    sheetName: ctx.sheetName,
    platform,
    headerRow: found.index + 1,
    firstDataRow: first === undefined ? null : first + 1,
    lastDataRow: last === undefined ? null : last + 1,
    skippedRows: rows.skipped,
    columns,
    currency: currency.code,
    problems: [...currency.problems, ...problems],
    headers,
    decimalMark: decimal,
    resultTypes,
    uncoveredRows: uncovered,
    platformGuess: platformGuess(
      headers.map((h) => h.text),
      spendHeader,
    ),
  };
  return { layout, header: found, tableEnd: rows.tableEnd, nextContent, totals, resultFilter: null };
}

/** The campaign rows (0-based) and the skipped rows (1-based) between the header and the table's end. */
function scanRows(
  values: SheetGrid['values'],
  found: HeaderRowFound,
  totals: TotalRule,
  spendCol: number,
): { campaignRows: number[]; skipped: SkippedRow[]; tableEnd: number; headerAgain: number | null } {
  const campaignRows: number[] = [];
  const skipped: SkippedRow[] = [];
  let blanks: number[] = [];
  let tableEnd = found.index;
  let headerAgain: number | null = null;
  for (let r = found.index + 1; r < values.length; r++) {
    const kind = classifyRow(values[r] ?? [], found, totals, spendCol);
    if (kind.kind === 'end') {
      // A header again, right under the table or after blank lines: a second paste whose columns
      // may be in another order, so its rows are never judged with this header's mapping.
      headerAgain = r;
      break;
    }
    if (kind.kind === 'blank') {
      // Blank lines do not end the table: campaign rows after them (no header between) are its own.
      blanks.push(r);
      continue;
    }
    for (const b of blanks) skipped.push({ row: b + 1, reason: 'blank line' });
    blanks = [];
    if (kind.kind === 'skip') skipped.push({ row: r + 1, reason: kind.reason });
    else campaignRows.push(r);
    tableEnd = r;
  }
  return { campaignRows, skipped, tableEnd, headerAgain };
}

/**
 * The block from a second header row (0-based `at`) down to its last row with content, and why its
 * rows are not covered: its own mapping may differ from this report's (a second export pasted with
 * its columns in another order), and the Status judges every row with one mapping.
 */
function secondBlock(
  values: SheetGrid['values'],
  at: number,
  found: HeaderRowFound,
  columns: ReportColumns,
): NonNullable<ReportLayout['uncoveredRows']> {
  const { score, spendAt } = headerScore(values[at] ?? []);
  const run = score >= 2 && spendAt >= 0 ? headerRunAt(values, at, spendAt) : found;
  const left = Math.min(run.first, found.first);
  const right = Math.max(run.last, found.last);
  let last = at;
  for (let r = at + 1; r < values.length; r++) {
    if (!(values[r] ?? []).slice(left, right + 1).every(isEmpty)) last = r;
  }
  const own = mapColumns(values[at] ?? [], run).columns;
  const moved = COLUMN_ROLES.filter((role) => columns[role] !== null && own[role] !== columns[role]).map(
    (role) => `${role} in ${own[role] ?? 'no column'}, not ${columns[role]}`,
  );
  const rows = last === at ? `Row ${at + 1} is` : `Rows ${at + 1}-${last + 1} are`;
  const why =
    moved.length > 0
      ? `its columns differ from this report's (${moved.join('; ')})`
      : 'the rows under it are another paste';
  const fix =
    moved.length > 0
      ? 'Move that block to a sheet of its own and flag it there.'
      : `Delete row ${at + 1} to flag them with the rest, or move them to a sheet of their own.`;
  return {
    first: at + 1,
    last: last + 1,
    reason: `${rows} not covered by these flags and get no Status: row ${at + 1} is a header row again and ${why}. ${fix}`,
  };
}

/** The result-type column (headers.ts isResultTypeHeader) and its types over the campaign rows. */
function resultTypesOf(
  values: SheetGrid['values'],
  campaignRows: number[],
  headerCells: readonly unknown[],
  found: HeaderRowFound,
): ReportLayout['resultTypes'] {
  let col = -1;
  for (let c = found.first; c <= found.last && col < 0; c++)
    if (isResultTypeHeader(text(headerCells[c]))) col = c;
  if (col < 0) return null;
  const counts = new Map<string, number>();
  for (const r of campaignRows) {
    const type = text(values[r]?.[col]).trim();
    if (type !== '') counts.set(type, (counts.get(type) ?? 0) + 1);
  }
  const types = [...counts].map(([type, rows]) => ({ type, rows })).sort((a, b) => b.rows - a.rows);
  return { column: columnLetter(col + 1), types };
}

/** The report's decimal mark, from the text in its number columns (numbers.ts reportDecimal). */
function numbersDecimal(
  values: SheetGrid['values'],
  campaignRows: number[],
  columns: ReportColumns,
  colIndex: (letter: string | null) => number,
  sheet: '.' | ',',
  signs: readonly string[],
): '.' | ',' {
  const cols = (['spend', 'conversions', 'leads', 'clicks', 'revenue'] as const)
    .map((role) => colIndex(columns[role]))
    .filter((c) => c >= 0);
  const texts = campaignRows.flatMap((r) =>
    cols.map((c) => values[r]?.[c]).filter((v): v is string => typeof v === 'string'),
  );
  return reportDecimal(texts, sheet, signs);
}

function layoutProblems(
  values: SheetGrid['values'],
  campaignRows: number[],
  columns: ReportColumns,
  spendCol: number,
  spendHeader: string,
  read: { decimal: '.' | ','; signs: readonly string[] },
): string[] {
  const problems: string[] = [];
  if (spendCol < 0) {
    problems.push('No spend column: choose the column that holds spend.');
    return problems;
  }
  if (!columns.conversions && !columns.leads && !columns.clicks) {
    problems.push('No results column found: no Conversions, Results, Leads or Clicks header.');
  }
  if (campaignRows.length === 0) {
    problems.push('No campaign rows found below the header row.');
    return problems;
  }
  const spend = campaignRows.map(
    (r) => readReportNumber(values[r]?.[spendCol], read.decimal, read.signs).kind,
  );
  if (spend.every((kind) => kind === 'blank')) {
    problems.push(`No campaign row has spend in ${spendHeader} (all blank or --): nothing can breach.`);
  }
  const unreadable = campaignRows.filter((_, i) => spend[i] === 'notNumber');
  if (unreadable.length > 0) {
    const rows = unreadable.slice(0, 5).map((r) => r + 1);
    problems.push(
      `${unreadable.length} row${unreadable.length === 1 ? ' has' : 's have'} spend that is not a number in the report's number style (row ${rows.join(', ')}${unreadable.length > 5 ? ', ...' : ''}): their Status will say Check.`,
    );
  }
  return problems;
}
