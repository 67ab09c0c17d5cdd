// Pure: a pasted ad-platform report (the used range's values and display values) -> its layout.

import { currencyInfo } from '../currency.ts';
import { columnLetters as columnLetter } from '../shared/a1.ts';
import {
  COLUMN_ROLES,
  type ColumnRole,
  headerRole,
  isCurrencyHeader,
  isFooterText,
  isTotalLabel,
  type Platform,
  platformOf,
  SPEND_NAMES_FOR_PEOPLE,
} from './headers.ts';
import { readReportNumber } from './numbers.ts';

export type ReportColumns = Record<ColumnRole, string | null>;

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
}

/** The used range from A1, as Range.getValues / getDisplayValues return it. */
export interface SheetGrid {
  values: readonly (readonly unknown[])[];
  display: readonly (readonly string[])[];
}

export interface HeaderRowFound {
  /** 0-based index into the grid. */
  index: number;
  /** 0-based first and last column of the header's run of non-empty cells. */
  first: number;
  last: number;
}

const text = (v: unknown): string =>
  typeof v === 'string' ? v : v === null || v === undefined ? '' : String(v);
const isEmpty = (v: unknown): boolean => v === '' || v === null || v === undefined;

/** How many cells of a row are known header names, and whether one is a spend header. */
function headerScore(row: readonly unknown[]): { score: number; spendAt: number } {
  let score = 0;
  let spendAt = -1;
  row.forEach((cell, c) => {
    if (typeof cell !== 'string' || cell.length > 60) return;
    const role = headerRole(cell);
    if (role || isCurrencyHeader(cell)) score += 1;
    if (role?.role === 'spend' && spendAt < 0) spendAt = c;
  });
  return { score, spendAt };
}

/**
 * The header row: the row with the most known header names that has a spend header (the first of
 * equals), and its run of non-empty cells around the spend column. Null when no row has a spend header.
 */
export function findHeaderRow(values: SheetGrid['values']): HeaderRowFound | null {
  let best: { index: number; score: number; spendAt: number } | null = null;
  values.forEach((row, index) => {
    const { score, spendAt } = headerScore(row);
    if (spendAt >= 0 && score >= 2 && (!best || score > best.score)) best = { index, score, spendAt };
  });
  if (!best) return null;
  const { index, spendAt } = best;
  return headerRunAt(values, index, spendAt);
}

/** The run of non-empty header cells of row `index` (0-based) that holds column `col` (0-based). */
export function headerRunAt(values: SheetGrid['values'], index: number, col: number): HeaderRowFound {
  const row = values[index] ?? [];
  let first = col;
  while (first > 0 && !isEmpty(row[first - 1])) first--;
  let last = col;
  while (last + 1 < row.length && !isEmpty(row[last + 1])) last++;
  return { index, first, last };
}

/** Role -> column letter, the most specific header name winning; and the currency header's column. */
export function mapColumns(
  row: readonly unknown[],
  found: HeaderRowFound,
): { columns: ReportColumns; headerCurrency: string | null; currencyCol: number | null } {
  const columns = Object.fromEntries(COLUMN_ROLES.map((r) => [r, null])) as ReportColumns;
  const rank: Partial<Record<ColumnRole, number>> = {};
  let headerCurrency: string | null = null;
  let currencyCol: number | null = null;
  for (let c = found.first; c <= found.last; c++) {
    const cell = text(row[c]);
    if (isCurrencyHeader(cell) && currencyCol === null) currencyCol = c;
    const hit = headerRole(cell);
    if (!hit) continue;
    if (hit.role === 'spend' && hit.currency) headerCurrency = hit.currency;
    const previous = rank[hit.role];
    if (previous === undefined || hit.rank < previous) {
      rank[hit.role] = hit.rank;
      columns[hit.role] = columnLetter(c + 1);
    }
  }
  return { columns, headerCurrency, currencyCol };
}

type RowKind = { kind: 'campaign' } | { kind: 'skip'; reason: string } | { kind: 'blank' } | { kind: 'end' };

/** What one row below the header is. `labels` are the 0-based columns whose text may say Total. */
function classifyRow(
  row: readonly unknown[],
  found: HeaderRowFound,
  labels: number[],
  spendCol: number,
): RowKind {
  const cells = row.slice(found.first, found.last + 1);
  if (cells.every(isEmpty)) return { kind: 'blank' };
  const { score, spendAt } = headerScore(cells);
  if (spendAt >= 0 && score >= 2) return { kind: 'end' };
  for (const c of labels) {
    const label = text(row[c]).trim();
    if (isTotalLabel(label)) return { kind: 'skip', reason: `total row (${label})` };
  }
  const spendBlank = isEmpty(row[spendCol]);
  if (spendBlank && cells.some((v) => isFooterText(text(v)))) return { kind: 'skip', reason: 'footer' };
  const filled = cells.filter((v) => !isEmpty(v));
  if (spendBlank && filled.length === 1 && typeof filled[0] === 'string') {
    return { kind: 'skip', reason: 'a line of text, not a campaign' };
  }
  return { kind: 'campaign' };
}

/** The currency named on a preamble line above the header (`Currency: USD`). */
function preambleCurrency(values: SheetGrid['values'], headerIndex: number): string | null {
  for (let r = 0; r < headerIndex; r++) {
    for (const cell of values[r] ?? []) {
      const m = /\bcurrency\s*:\s*([A-Za-z]{3})\b/i.exec(text(cell));
      if (m?.[1]) return m[1].toUpperCase();
    }
  }
  return null;
}

export interface DetectContext {
  sheetName: string;
  /** The spreadsheet locale's decimal mark (formula-locale.ts decimalMark). */
  decimal: '.' | ',';
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
});

/** A layout and where its table ends, for the Status column the flags add. */
export interface ReportAnalysis {
  layout: ReportLayout;
  header: HeaderRowFound;
  /** 0-based row of the table's last row (campaign or skipped). */
  tableEnd: number;
  /** 0-based first row below the table with anything in the report's columns, else null. */
  nextContent: number | null;
}

/** Reads a report's layout from its used range. Never guesses: what it cannot find is a problem. */
export function detectLayout(grid: SheetGrid, ctx: DetectContext): ReportLayout {
  const { values } = grid;
  if (values.length === 0 || values.every((row) => row.every(isEmpty))) {
    return emptyLayout(ctx.sheetName, [
      `The sheet "${ctx.sheetName}" is empty: paste a report into it first.`,
    ]);
  }
  const found = findHeaderRow(values);
  if (!found) {
    return emptyLayout(ctx.sheetName, [
      `No header row found: no row has a spend column named ${SPEND_NAMES_FOR_PEOPLE} next to other report columns.`,
    ]);
  }
  const mapped = mapColumns(values[found.index] ?? [], found);
  return analyzeTable(grid, found, mapped, ctx).layout;
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
  const labels = [found.first, colIndex(columns.campaign)].filter(
    (c, i, all) => c >= 0 && all.indexOf(c) === i,
  );

  const rows = scanRows(values, found, labels, spendCol);
  const currency = reportCurrency(values, rows.campaignRows, headerCurrency, currencyCol, found.index);
  const problems = layoutProblems(values, rows.campaignRows, columns, currency, spendCol, ctx);
  const first = rows.campaignRows[0];
  const last = rows.campaignRows[rows.campaignRows.length - 1];
  let nextContent: number | null = null;
  for (let r = rows.tableEnd + 1; r < values.length && nextContent === null; r++) {
    if (!(values[r] ?? []).slice(found.first, found.last + 3).every(isEmpty)) nextContent = r;
  }
  const layout: ReportLayout = {
    sheetName: ctx.sheetName,
    platform: platformOf(headers.map((h) => h.text)),
    headerRow: found.index + 1,
    firstDataRow: first === undefined ? null : first + 1,
    lastDataRow: last === undefined ? null : last + 1,
    skippedRows: rows.skipped,
    columns,
    currency: currency.code,
    problems: [...currency.problems, ...problems],
    headers,
  };
  return { layout, header: found, tableEnd: rows.tableEnd, nextContent };
}

/** The campaign rows (0-based) and the skipped rows (1-based) between the header and the table's end. */
function scanRows(
  values: SheetGrid['values'],
  found: HeaderRowFound,
  labels: number[],
  spendCol: number,
): { campaignRows: number[]; skipped: SkippedRow[]; tableEnd: number } {
  const campaignRows: number[] = [];
  const skipped: SkippedRow[] = [];
  let blanks: number[] = [];
  let tableEnd = found.index;
  for (let r = found.index + 1; r < values.length; r++) {
    const kind = classifyRow(values[r] ?? [], found, labels, spendCol);
    if (kind.kind === 'end') break;
    if (kind.kind === 'blank') {
      blanks.push(r);
      // Two blank lines end the table: what follows is another block, not this report.
      if (blanks.length >= 2) break;
      continue;
    }
    for (const b of blanks) skipped.push({ row: b + 1, reason: 'blank line' });
    blanks = [];
    if (kind.kind === 'skip') skipped.push({ row: r + 1, reason: kind.reason });
    else campaignRows.push(r);
    tableEnd = r;
  }
  return { campaignRows, skipped, tableEnd };
}

function reportCurrency(
  values: SheetGrid['values'],
  campaignRows: number[],
  headerCurrency: string | null,
  currencyCol: number | null,
  headerIndex: number,
): { code: string | null; problems: string[] } {
  const known = (code: string, where: string): { code: string | null; problems: string[] } =>
    currencyInfo(code)
      ? { code, problems: [] }
      : { code: null, problems: [`The currency ${code} (${where}) is not one this add-on formats.`] };
  if (headerCurrency) return known(headerCurrency, 'in the spend header');
  if (currencyCol !== null) {
    const codes = [
      ...new Set(
        campaignRows.map((r) => text(values[r]?.[currencyCol]).trim().toUpperCase()).filter(Boolean),
      ),
    ];
    if (codes.length > 1) {
      return {
        code: null,
        problems: [
          `The rows are in more than one currency (${codes.join(', ')}): flag one currency at a time.`,
        ],
      };
    }
    if (codes[0]) return known(codes[0], 'in the currency column');
  }
  const preamble = preambleCurrency(values, headerIndex);
  if (preamble) return known(preamble, 'above the header');
  return {
    code: null,
    problems: ['No currency found in the headers, a currency column or the lines above the header.'],
  };
}

function layoutProblems(
  values: SheetGrid['values'],
  campaignRows: number[],
  columns: ReportColumns,
  currency: { code: string | null },
  spendCol: number,
  ctx: DetectContext,
): string[] {
  const problems: string[] = [];
  if (!columns.conversions && !columns.leads && !columns.clicks) {
    problems.push('No results column found: no Conversions, Results, Leads or Clicks header.');
  }
  if (campaignRows.length === 0) {
    problems.push('No campaign rows found below the header row.');
    return problems;
  }
  const symbol = currency.code ? (currencyInfo(currency.code)?.symbol ?? null) : null;
  const unreadable = campaignRows.filter(
    (r) => readReportNumber(values[r]?.[spendCol], ctx.decimal, symbol).kind === 'notNumber',
  );
  if (unreadable.length > 0) {
    const rows = unreadable.slice(0, 5).map((r) => r + 1);
    problems.push(
      `${unreadable.length} row${unreadable.length === 1 ? ' has' : 's have'} spend that is not a number in this spreadsheet's locale (row ${rows.join(', ')}${unreadable.length > 5 ? ', ...' : ''}): their Status will say Check.`,
    );
  }
  return problems;
}
