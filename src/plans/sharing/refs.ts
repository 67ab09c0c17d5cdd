// References as a formula writes them (`B2`, `$A$2:C9`, `A:A`, `A2:A`, `2:2`, `'Data sheet'!B2:B9`):
// which sheet and which rectangle, so the cells an add-on call reads can be checked before converting.
import { columnLetters, columnNumber } from '../shared/a1.ts';
import { sheetPrefix, unquoteSheetName } from '../shared/formula-text.ts';

/** A rectangle, 1-based; `rows`/`cols` undefined for an open end (`A:A`, `A2:A`, `2:2`). */
export interface RefRange {
  /** The sheet named in the reference; undefined for the formula's own sheet. */
  readonly sheet: string | undefined;
  readonly row: number;
  readonly col: number;
  readonly rows: number | undefined;
  readonly cols: number | undefined;
}

/**
 * The absolute reference of a closed range, sheet-qualified: `Plan!$B$2:$B$9`, `'Q1 plan'!$B$2`.
 * Open ranges (`A:A`) keep their open end.
 */
export function absoluteRef(range: RefRange): string {
  const col = (c: number): string => `$${columnLetters(c)}`;
  const first = `${col(range.col)}$${range.row}`;
  let local = first;
  if (range.rows === undefined && range.cols !== undefined)
    local = `${col(range.col)}$${range.row}:${col(range.col + range.cols - 1)}`;
  else if (range.rows !== undefined && range.cols === undefined)
    local = `$${range.row}:$${range.row + range.rows - 1}`;
  else if (range.rows !== undefined && range.cols !== undefined && (range.rows > 1 || range.cols > 1)) {
    local = `${first}:${col(range.col + range.cols - 1)}$${range.row + range.rows - 1}`;
  }
  return range.sheet === undefined ? local : `${sheetPrefix(range.sheet)}${local}`;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;
const COLUMN = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d+)$/;

/** The sheet and rectangle of a reference token; undefined when it is not one this module reads. */
export function parseRef(text: string): RefRange | undefined {
  let sheet: string | undefined;
  let local = text;
  const bang = text.lastIndexOf('!');
  if (bang >= 0) {
    sheet = unquoteSheetName(text.slice(0, bang));
    local = text.slice(bang + 1);
  }
  const [a = '', b, extra] = local.split(':');
  if (extra !== undefined) return undefined;
  const ca = CELL.exec(a);
  if (ca) {
    const row = Number(ca[2]);
    const col = columnNumber((ca[1] as string).toUpperCase());
    if (b === undefined) return { sheet, row, col, rows: 1, cols: 1 };
    const cb = CELL.exec(b);
    if (cb) return box(sheet, row, col, Number(cb[2]), columnNumber((cb[1] as string).toUpperCase()));
    const open = COLUMN.exec(b);
    if (open) {
      const col2 = columnNumber((open[1] as string).toUpperCase());
      return { sheet, row, col: Math.min(col, col2), rows: undefined, cols: Math.abs(col2 - col) + 1 };
    }
    return undefined;
  }
  const colA = COLUMN.exec(a);
  const colB = b === undefined ? null : COLUMN.exec(b);
  if (colA && colB) {
    const c1 = columnNumber((colA[1] as string).toUpperCase());
    const c2 = columnNumber((colB[1] as string).toUpperCase());
    return { sheet, row: 1, col: Math.min(c1, c2), rows: undefined, cols: Math.abs(c2 - c1) + 1 };
  }
  const rowA = ROW.exec(a);
  const rowB = b === undefined ? null : ROW.exec(b);
  if (rowA && rowB) {
    const r1 = Number(rowA[1]);
    const r2 = Number(rowB[1]);
    return { sheet, row: Math.min(r1, r2), col: 1, rows: Math.abs(r2 - r1) + 1, cols: undefined };
  }
  return undefined;
}

function box(sheet: string | undefined, r1: number, c1: number, r2: number, c2: number): RefRange {
  return {
    sheet,
    row: Math.min(r1, r2),
    col: Math.min(c1, c2),
    rows: Math.abs(r2 - r1) + 1,
    cols: Math.abs(c2 - c1) + 1,
  };
}
