// Pure: finding a report's header row in a sheet's used range, and mapping its header cells to roles.
import { columnLetters as columnLetter } from '../shared/a1.ts';
import { COLUMN_ROLES, type ColumnRole, headerRole, isCurrencyHeader, platformOf } from './headers.ts';

export type ReportColumns = Record<ColumnRole, string | null>;

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

export const text = (v: unknown): string =>
  typeof v === 'string' ? v : v === null || v === undefined ? '' : String(v);
export const isEmpty = (v: unknown): boolean => v === '' || v === null || v === undefined;

/** How many cells of a row are known header names, and whether one is a spend header. */
export function headerScore(row: readonly unknown[]): { score: number; spendAt: number } {
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

/**
 * The run of non-empty header cells of row `index` (0-based) that holds column `col` (0-based),
 * widened left over columns whose header is blank but whose rows below hold text: a name column
 * exported or typed without a header (issue 15) is the report's, so its totals are read and its
 * names coloured.
 */
export function headerRunAt(values: SheetGrid['values'], index: number, col: number): HeaderRowFound {
  const row = values[index] ?? [];
  let first = col;
  while (first > 0 && !isEmpty(row[first - 1])) first--;
  let last = col;
  while (last + 1 < row.length && !isEmpty(row[last + 1])) last++;
  for (let n = 0; n < MAX_UNNAMED_COLUMNS && first > 0 && isEmpty(row[first - 1]); n++) {
    if (!namesBelow(values, index, first - 1, first, last)) break;
    first--;
  }
  return { index, first, last };
}

/** At most this many headerless name columns are taken in (Google Ads keyword reports have two). */
const MAX_UNNAMED_COLUMNS = 2;

/** Whether column `c` holds text on a row of the table under header `index` (its first block). */
function namesBelow(
  values: SheetGrid['values'],
  index: number,
  c: number,
  first: number,
  last: number,
): boolean {
  for (let r = index + 1; r < values.length; r++) {
    const cells = values[r] ?? [];
    if (cells.slice(first, last + 1).every(isEmpty)) return false;
    const v = cells[c];
    if (typeof v === 'string' && v.trim() !== '') return true;
  }
  return false;
}

/**
 * Role -> column letter, the report's platform's own names first, then the most specific header
 * name; and the currency header's column.
 */
export function mapColumns(
  row: readonly unknown[],
  found: HeaderRowFound,
): { columns: ReportColumns; headerCurrency: string | null; currencyCol: number | null } {
  const columns = Object.fromEntries(COLUMN_ROLES.map((r) => [r, null])) as ReportColumns;
  const rank: Partial<Record<ColumnRole, number>> = {};
  let headerCurrency: string | null = null;
  let currencyCol: number | null = null;
  const platform = platformOf(row.slice(found.first, found.last + 1).map(text));
  for (let c = found.first; c <= found.last; c++) {
    const cell = text(row[c]);
    if (isCurrencyHeader(cell) && currencyCol === null) currencyCol = c;
    const hit = headerRole(cell, platform);
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
