// Range.sort and Sheet.sort: the order rows take, and moving them there.
// https://developers.google.com/apps-script/reference/spreadsheet/range#sort(Object)
import type { GridRange } from '../engine/a1.ts';
import type { SheetModel } from '../engine/model.ts';
import { isDate } from '../engine/workbook.ts';
import type { DocState } from './state.ts';

export interface SortSpec {
  /** A sheet column (not one relative to the range), as the reference's examples use. */
  column: number;
  ascending: boolean;
}

/**
 * The reference's forms: a column number, `{column, ascending}`, or an array of either (later
 * ones break ties of earlier ones). A column outside the range is refused (our wording).
 */
export function sortSpecs(spec: unknown, grid: GridRange): SortSpec[] {
  const list = Array.isArray(spec) ? spec : [spec];
  if (list.length === 0) throw new Error('Range.sort needs at least one column to sort by.');
  return list.map((s) => {
    const one =
      typeof s === 'number'
        ? { column: s, ascending: true }
        : typeof s === 'object' && s !== null && 'column' in s
          ? {
              column: Number((s as { column: unknown }).column),
              ascending: (s as { ascending?: unknown }).ascending !== false,
            }
          : null;
    if (
      !one ||
      !Number.isInteger(one.column) ||
      one.column < grid.col ||
      one.column >= grid.col + grid.numCols
    )
      throw new Error(`The column to sort by (${JSON.stringify(s)}) is outside the range.`);
    return one;
  });
}

/**
 * Google's pages are silent on how values of different kinds order; we follow what the Sheets UI
 * shows: numbers (and dates) before text before TRUE/FALSE, text without regard to case, and
 * blank cells always last whichever the direction. Equal rows keep their order.
 */
function rank(v: unknown): [number, number | string] {
  if (v === '' || v === null || v === undefined) return [3, 0];
  if (typeof v === 'number') return [0, v];
  if (isDate(v)) return [0, v.getTime()];
  if (typeof v === 'boolean') return [2, v ? 1 : 0];
  return [1, String(v).toLowerCase()];
}

function compare(a: unknown, b: unknown, ascending: boolean): number {
  const [ka, va] = rank(a);
  const [kb, vb] = rank(b);
  if (ka === 3 || kb === 3) return ka === kb ? 0 : ka === 3 ? 1 : -1;
  const d = ka !== kb ? ka - kb : va < vb ? -1 : va > vb ? 1 : 0;
  return ascending ? d : -d;
}

export function sortRows(doc: DocState, sheet: SheetModel, grid: GridRange, specs: SortSpec[]): void {
  const keys = Array.from({ length: grid.numRows }, (_, r) =>
    specs.map((s) => doc.wb.value(sheet, grid.row + r, s.column)),
  );
  const order = keys.map((_, i) => i);
  order.sort((x, y) => {
    for (let k = 0; k < specs.length; k++) {
      const d = compare(keys[x]?.[k], keys[y]?.[k], specs[k]?.ascending ?? true);
      if (d !== 0) return d;
    }
    return x - y;
  });
  if (order.every((from, to) => from === to)) return;
  doc.wb.permuteRows(sheet, grid, order);
}
