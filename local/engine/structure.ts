// Where rows and columns go when a user inserts or deletes some: indexes, spans, grids, A1 text
// and the cell references inside formula text (for what the engine does not hold: rules, names,
// protections, charts, metadata).
import { colToLetters, type GridRange, lettersToCol, replaceInCode, splitSheet } from './a1.ts';

/**
 * One structural edit of one sheet, 1-based. `count > 0`: that many rows (columns) inserted so the
 * first new one is at `at`; `count < 0`: rows (columns) `at` .. `at - count - 1` deleted.
 */
export interface StructuralEdit {
  dim: 'row' | 'col';
  at: number;
  count: number;
}

/** Where index `i` ends up, or null when it was deleted. */
export function moveIndex(i: number, e: StructuralEdit): number | null {
  if (e.count > 0) return i >= e.at ? i + e.count : i;
  const n = -e.count;
  if (i < e.at) return i;
  return i >= e.at + n ? i - n : null;
}

/**
 * Where a span of `len` indexes from `start` ends up: an insertion inside it widens it, an insertion
 * at or before its start moves it, a deletion shrinks it; null when every index of it was deleted.
 */
export function moveSpan(
  start: number,
  len: number,
  e: StructuralEdit,
): { start: number; len: number } | null {
  const last = start + len - 1;
  if (e.count > 0) {
    if (e.at <= start) return { start: start + e.count, len };
    return e.at <= last ? { start, len: len + e.count } : { start, len };
  }
  const n = -e.count;
  const gone = Math.max(0, Math.min(last, e.at + n - 1) - Math.max(start, e.at) + 1);
  if (gone === len) return null;
  const first = start < e.at ? start : start >= e.at + n ? start - n : e.at;
  return { start: first, len: len - gone };
}

/** A grid after the edit, or null when all its rows (or columns) were deleted. */
export function moveGrid(g: GridRange, e: StructuralEdit): GridRange | null {
  const s = e.dim === 'row' ? moveSpan(g.row, g.numRows, e) : moveSpan(g.col, g.numCols, e);
  if (!s) return null;
  return e.dim === 'row' ? { ...g, row: s.start, numRows: s.len } : { ...g, col: s.start, numCols: s.len };
}

// A cell or cell range in formula text: optional sheet, start, optional `:end`.
const SHEET = "(?:'(?:[^']|'')+'|[A-Za-z_][A-Za-z0-9_.]*)!";
const CELL = String.raw`(\$?)([A-Za-z]{1,3})(\$?)([0-9]+)`;
const REF = new RegExp(`(?<![A-Za-z0-9_.$:])(${SHEET})?${CELL}(?::${CELL})?(?![A-Za-z0-9_(!])`, 'g');

/**
 * Cell references in formula text after the edit, as Sheets rewrites them when rows or columns are
 * inserted or deleted: references at or past the edit move (absolute ones too), ranges widen or
 * shrink, and a reference whose cells were all deleted becomes #REF!. `onSheet` says whether a
 * reference's sheet prefix (undefined: none) names the edited sheet. String literals are left alone.
 */
export function moveReferences(
  formula: string,
  e: StructuralEdit,
  onSheet: (sheet: string | undefined) => boolean,
): string {
  return replaceInCode(formula, REF, (m) => {
    const [all, prefix, d1, c1, d2, r1, d3, c2, d4, r2] = m;
    const sheet = prefix ? splitSheet(`${prefix}A1`).sheet : undefined;
    if (!onSheet(sheet) || c1 === undefined || r1 === undefined) return all ?? '';
    const start = { row: Number(r1), col: lettersToCol(c1) };
    const end = c2 !== undefined && r2 !== undefined ? { row: Number(r2), col: lettersToCol(c2) } : start;
    const grid = {
      row: Math.min(start.row, end.row),
      col: Math.min(start.col, end.col),
      numRows: Math.abs(end.row - start.row) + 1,
      numCols: Math.abs(end.col - start.col) + 1,
    };
    const moved = moveGrid(grid, e);
    if (!moved) return '#REF!';
    const first = `${d1}${colToLetters(moved.col)}${d2}${moved.row}`;
    if (c2 === undefined) return `${prefix ?? ''}${first}`;
    const last = `${d3}${colToLetters(moved.col + moved.numCols - 1)}${d4}${moved.row + moved.numRows - 1}`;
    return `${prefix ?? ''}${first}:${last}`;
  });
}

/** A sheet-qualified A1 string (`'My sheet'!B2:C9`) after an edit of `sheetName`; null when deleted. */
export function moveQualifiedA1(a1: string, sheetName: string, e: StructuralEdit): string | null {
  const { sheet, local } = splitSheet(a1);
  if (sheet === undefined || sheet.toLowerCase() !== sheetName.toLowerCase()) return a1;
  const moved = moveReferences(local, e, () => true);
  if (moved.includes('#REF!')) return null;
  return a1.slice(0, a1.length - local.length) + moved;
}

/** An unqualified A1 of a grid on the edited sheet after the edit; null when deleted. */
export function moveA1(a1: string, e: StructuralEdit): string | null {
  const moved = moveReferences(a1, e, () => true);
  return moved.includes('#REF!') ? null : moved;
}
