// A1 notation for plans and the applier: column letters <-> numbers, cells, rectangular ranges.

/** Letters of a 1-based column number: 1 -> `A`, 27 -> `AA`. */
export function columnLetters(n: number): string {
  if (!Number.isInteger(n) || n < 1)
    throw new Error(`a1: column number must be a whole number >= 1, got ${n}`);
  let s = '';
  let k = n;
  while (k > 0) {
    s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
    k = Math.floor((k - 1) / 26);
  }
  return s;
}

/** 1-based number of upper-case column letters: `A` -> 1, `AA` -> 27. */
export function columnNumber(letters: string): number {
  if (!/^[A-Z]+$/.test(letters)) throw new Error(`a1: expected column letters, got ${letters}`);
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Column and row (both 1-based) of one cell such as `B8` or `$B$8`. */
export function parseCell(a1: string): { col: number; row: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(a1);
  if (!m?.[1] || !m[2]) throw new Error(`a1: expected a cell such as B8, got ${a1}`);
  return { col: columnNumber(m[1]), row: Number(m[2]) };
}

/** The A1 of a 1-based (row, column). */
export function cellA1(row: number, col: number): string {
  return `${columnLetters(col)}${row}`;
}

/** `$B$8` for `B8`: the form formulas use for a fixed cell. */
export function absoluteCell(a1: string): string {
  const { col, row } = parseCell(a1);
  return `$${columnLetters(col)}$${row}`;
}

/** Corners of `B6:B7`, `$A$13:$P$513` or a single cell `B8` (both corners the same). */
export interface RangeBox {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function parseRange(a1: string): RangeBox {
  const corners = a1.split(':');
  const [from, to] = [corners[0], corners[1] ?? corners[0]];
  if (from === undefined || to === undefined || corners.length > 2) {
    throw new Error(`a1: expected a range such as A1:R14, got ${a1}`);
  }
  const a = parseCell(from);
  const b = parseCell(to);
  if (b.row < a.row || b.col < a.col)
    throw new Error(`a1: range ${a1} must go from top-left to bottom-right`);
  return { top: a.row, left: a.col, bottom: b.row, right: b.col };
}

/** Rows and columns a range spans. */
export function rangeSize(a1: string): { rows: number; cols: number } {
  const box = parseRange(a1);
  return { rows: box.bottom - box.top + 1, cols: box.right - box.left + 1 };
}

/** `I14:I513` (or `$I$14:$I$513` when `absolute`): one column over rows first..last. */
export function columnRange(column: string, first: number, last: number, absolute = false): string {
  const d = absolute ? '$' : '';
  return `${d}${column}${d}${first}:${d}${column}${d}${last}`;
}
