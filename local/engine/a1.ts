// A1 notation: parsing, formatting and per-cell shifting of relative references in formulas.

/** A rectangular block of cells, 1-based like Apps Script (row 1 = first row). */
export interface GridRange {
  row: number;
  col: number;
  numRows: number;
  numCols: number;
  /**
   * Set for a range given as whole columns (`D:F`) or whole rows (`5:7`): its A1 notation stays in
   * that form, as Sheets reports it (gas-fakes' live-recorded tests: getRange('5:7').getA1Notation()
   * is `5:7`, `D:F` stays `D:F`, reversed forms normalise).
   */
  whole?: 'rows' | 'columns';
}

/** A parsed A1 string; `endRow`/`endCol` are undefined for open-ended ranges such as `A:A` or `A2:A`. */
export interface ParsedA1 {
  sheet?: string;
  startRow?: number;
  startCol?: number;
  endRow?: number;
  endCol?: number;
  /** `D:F` (whole columns) or `5:7` (whole rows). */
  whole?: 'rows' | 'columns';
}

export function colToLetters(col: number): string {
  let n = col;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function lettersToCol(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Sheet names need quotes in A1 when they are not a plain identifier (spaces, punctuation, leading digit). */
export function quoteSheetName(name: string): string {
  if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && !/^[A-Za-z]{1,3}[0-9]+$/.test(name)) return name;
  return `'${name.replace(/'/g, "''")}'`;
}

/** Splits `'My sheet'!A1:B2` into sheet name and the local part. */
export function splitSheet(a1: string): { sheet?: string; local: string } {
  const trimmed = a1.trim();
  const quoted = /^'((?:[^']|'')+)'!(.*)$/.exec(trimmed);
  if (quoted?.[1] !== undefined && quoted[2] !== undefined) {
    return { sheet: quoted[1].replace(/''/g, "'"), local: quoted[2] };
  }
  const bang = trimmed.lastIndexOf('!');
  if (bang > 0) return { sheet: trimmed.slice(0, bang), local: trimmed.slice(bang + 1) };
  // `!C2:E5`, no sheet before the mark: the range on the sheet asked (gas-fakes
  // test/testsheetssets.js "clearing ranges", recorded on live Apps Script).
  if (bang === 0) return { local: trimmed.slice(1) };
  return { local: trimmed };
}

const PART = /^\$?([A-Za-z]{0,3})\$?([0-9]*)$/;

function parsePart(part: string): { row?: number; col?: number } {
  const m = PART.exec(part);
  if (!m || (m[1] === '' && m[2] === '')) throw new Error(`Range not found`);
  const out: { row?: number; col?: number } = {};
  if (m[1]) out.col = lettersToCol(m[1]);
  if (m[2]) out.row = Number(m[2]);
  return out;
}

/** Parses `A1`, `A1:C3`, `A:A`, `2:2`, `A2:A`, optionally sheet-qualified. Throws 'Range not found' on bad input. */
export function parseA1(a1: string): ParsedA1 {
  const { sheet, local } = splitSheet(a1);
  // R1C1 (`R5C3`, `R2C2:R4C5`, any case) is read too; `RC1` is the A1 cell RC1 (gas-fakes
  // test/testsheets.js "getRange with R1C1 notation", recorded on live Apps Script).
  const r1c1 = /^R(\d+)C(\d+)(?::R(\d+)C(\d+))?$/i.exec(local);
  if (r1c1) {
    const [r1, c1, r2 = r1, c2 = c1] = r1c1
      .slice(1)
      .filter((x) => x !== undefined)
      .map(Number);
    const out: ParsedA1 = { startRow: r1, startCol: c1, endRow: r2, endCol: c2 };
    if (sheet !== undefined) out.sheet = sheet;
    return out;
  }
  const [a, b, extra] = local.split(':');
  if (a === undefined || extra !== undefined) throw new Error('Range not found');
  const start = parsePart(a);
  const end = b === undefined ? start : parsePart(b);
  const out: ParsedA1 = {};
  if (sheet !== undefined) out.sheet = sheet;
  // For `A:C` both rows are open; for `1:3` both columns are open.
  out.startRow = start.row ?? (end.row === undefined ? 1 : undefined);
  out.startCol = start.col ?? (end.col === undefined ? 1 : undefined);
  if (b === undefined) {
    out.endRow = start.row;
    out.endCol = start.col;
  } else {
    out.endRow = end.row;
    out.endCol = end.col;
  }
  if (b !== undefined && start.row === undefined && end.row === undefined) out.whole = 'columns';
  if (b !== undefined && start.col === undefined && end.col === undefined) out.whole = 'rows';
  return out;
}

/** Resolves a parsed A1 against a sheet's size; open ends run to the last row/column. */
export function resolveA1(p: ParsedA1, maxRows: number, maxCols: number): GridRange {
  const r1 = p.startRow ?? 1;
  const c1 = p.startCol ?? 1;
  const r2 = p.endRow ?? maxRows;
  const c2 = p.endCol ?? maxCols;
  const row = Math.min(r1, r2);
  const col = Math.min(c1, c2);
  const grid: GridRange = { row, col, numRows: Math.abs(r2 - r1) + 1, numCols: Math.abs(c2 - c1) + 1 };
  if (p.whole) grid.whole = p.whole;
  return grid;
}

export function toA1(g: GridRange, absolute = false): string {
  const d = absolute ? '$' : '';
  if (g.whole === 'columns') return `${d}${colToLetters(g.col)}:${d}${colToLetters(g.col + g.numCols - 1)}`;
  if (g.whole === 'rows') return `${d}${g.row}:${d}${g.row + g.numRows - 1}`;
  const first = `${d}${colToLetters(g.col)}${d}${g.row}`;
  if (g.numRows === 1 && g.numCols === 1) return first;
  return `${first}:${d}${colToLetters(g.col + g.numCols - 1)}${d}${g.row + g.numRows - 1}`;
}

export function qualifiedA1(sheet: string, g: GridRange, absolute = false): string {
  return `${quoteSheetName(sheet)}!${toA1(g, absolute)}`;
}

/** A piece of formula text: either a string literal (never rewritten) or code. */
interface Segment {
  literal: boolean;
  text: string;
}

function segments(formula: string): Segment[] {
  const out: Segment[] = [];
  let i = 0;
  let code = '';
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"') {
      let j = i + 1;
      while (j < formula.length) {
        if (formula[j] === '"' && formula[j + 1] === '"') j += 2;
        else if (formula[j] === '"') break;
        else j++;
      }
      if (code) out.push({ literal: false, text: code });
      code = '';
      out.push({ literal: true, text: formula.slice(i, j + 1) });
      i = j + 1;
    } else {
      code += ch;
      i++;
    }
  }
  if (code) out.push({ literal: false, text: code });
  return out;
}

// A cell reference: optional sheet prefix, then $col$row. Lookbehind keeps function names such as
// LOG10 and identifiers like my_A1 out; the lookahead keeps `LOG10(` out.
const SHEET = "(?:'(?:[^']|'')+'|[A-Za-z_][A-Za-z0-9_.]*)!";
const REF = new RegExp(
  String.raw`(?<![A-Za-z0-9_.$])(${SHEET})?(\$?)([A-Za-z]{1,3})(\$?)([0-9]+)(?![A-Za-z0-9_(])`,
  'g',
);

export interface RefInfo {
  sheet?: string;
}

/** Lists the sheet prefixes of every reference in a formula (undefined = own sheet). */
export function formulaReferences(formula: string): RefInfo[] {
  const refs: RefInfo[] = [];
  for (const seg of segments(formula)) {
    if (seg.literal) continue;
    for (const m of seg.text.matchAll(REF)) {
      const sheet = m[1] ? splitSheet(`${m[1]}A1`).sheet : undefined;
      refs.push(sheet === undefined ? {} : { sheet });
    }
  }
  return refs;
}

/**
 * Shifts the relative parts of every cell reference by (dRows, dCols), leaving `$`-anchored parts,
 * string literals and function names alone - how Sheets applies a conditional-format custom formula
 * written for the top-left cell to every other cell of the range.
 */
export function shiftFormula(formula: string, dRows: number, dCols: number): string {
  return segments(formula)
    .map((seg) => {
      if (seg.literal) return seg.text;
      return seg.text.replace(
        REF,
        (_all, sheet: string | undefined, dc: string, col: string, dr: string, row: string) => {
          const c = dc ? lettersToCol(col) : lettersToCol(col) + dCols;
          const r = dr ? Number(row) : Number(row) + dRows;
          // Sheets shows #REF! for a reference shifted off the grid.
          if (c < 1 || r < 1) return '#REF!';
          return `${sheet ?? ''}${dc}${colToLetters(c)}${dr}${r}`;
        },
      );
    })
    .join('');
}

// A cell range in a formula; the end row is absent in an open-ended range such as `A2:A` or `A2:C`.
const RANGE = new RegExp(
  String.raw`(?<![A-Za-z0-9_.$:])(${SHEET})?(\$?[A-Za-z]{1,3}\$?[0-9]+):(\$?[A-Za-z]{1,3})(\$?[0-9]+)?(?![A-Za-z0-9_($.!:])`,
  'g',
);

/** Which ranges of a formula were written open-ended, by their position among its cell ranges. */
export interface OpenRanges {
  /** Index among the formula's cell ranges -> the end row it was given. */
  ends: Map<number, number>;
}

/**
 * Rewrites open-ended ranges (`A2:A`, `'My sheet'!B3:C`) to closed ones ending at the last row of
 * their sheet, which HyperFormula can parse. `rowsOf` gives a sheet's row count (undefined name =
 * the formula's own sheet), or undefined for an unknown sheet (the range is then left as typed).
 * Our rewrite, not Sheets': Sheets itself accepts `A2:A` (collapseOpenRanges turns it back).
 */
export function expandOpenRanges(
  formula: string,
  rowsOf: (sheet: string | undefined) => number | undefined,
): { formula: string; open: OpenRanges } {
  const ends = new Map<number, number>();
  let index = 0;
  const text = segments(formula)
    .map((seg) => {
      if (seg.literal) return seg.text;
      return seg.text.replace(
        RANGE,
        (all, sheet: string | undefined, start: string, endCol: string, endRow) => {
          const i = index++;
          if (endRow !== undefined) return all;
          const rows = rowsOf(sheet ? splitSheet(`${sheet}A1`).sheet : undefined);
          if (rows === undefined) return all;
          ends.set(i, rows);
          return `${sheet ?? ''}${start}:${endCol}${rows}`;
        },
      );
    })
    .join('');
  return { formula: text, open: { ends } };
}

/** Turns the ranges expandOpenRanges closed back into `A2:A`, where they still end where it put them. */
export function collapseOpenRanges(formula: string, open: OpenRanges): string {
  if (open.ends.size === 0) return formula;
  let index = 0;
  return segments(formula)
    .map((seg) => {
      if (seg.literal) return seg.text;
      return seg.text.replace(
        RANGE,
        (all, sheet: string | undefined, start: string, endCol: string, endRow) => {
          const end = open.ends.get(index++);
          if (end === undefined || endRow === undefined || Number(endRow.replace('$', '')) !== end)
            return all;
          return `${sheet ?? ''}${start}:${endCol}`;
        },
      );
    })
    .join('');
}

/** Replaces every match of `re` (global) in the code of a formula, never inside string literals. */
export function replaceInCode(
  formula: string,
  re: RegExp,
  fn: (match: (string | undefined)[]) => string,
): string {
  // The callback gets the match, its groups, then offset and whole string (no named groups here).
  return segments(formula)
    .map((seg) =>
      seg.literal ? seg.text : seg.text.replace(re, (...m: (string | undefined)[]) => fn(m.slice(0, -2))),
    )
    .join('');
}

/** The end row of each cell range of a formula, by its position among them (undefined: open-ended). */
export function rangeEndRows(formula: string): (number | undefined)[] {
  const out: (number | undefined)[] = [];
  for (const seg of segments(formula)) {
    if (seg.literal) continue;
    for (const m of seg.text.matchAll(RANGE))
      out.push(m[4] === undefined ? undefined : Number(m[4].replace('$', '')));
  }
  return out;
}

/**
 * Named-range rules from Sheets help (https://support.google.com/docs/answer/63175 ): letters,
 * digits and underscores, not starting with a digit, not TRUE/FALSE, not an A1 or R1C1 reference,
 * at most 250 characters. The local LET holds its names to the same rules (let.ts).
 */
export function isSheetsName(name: string): boolean {
  return (
    /^[A-Za-z_][A-Za-z0-9_]{0,249}$/.test(name) &&
    !/^(true|false)$/i.test(name) &&
    !/^[A-Za-z]{1,3}[0-9]+$/.test(name) &&
    !/^R[0-9]*C[0-9]*$/i.test(name)
  );
}
