// The one argument path every KPI custom function runs through (HyperFormula's `runFunction` idea):
// reads raw Apps Script arguments per the spec, broadcasts single values against ranges, maps
// blanks to blank output, and runs the spec's pure `compute` in a tight loop per cell.
import type { DecimalMark } from '../locale/locales.ts';
import { MASKED_COUNT, readNumberText } from '../plans/shared/number-text.ts';
import {
  badRange,
  type CellPosition,
  fractionOutOfRange,
  inconsistentInputs,
  missingArgument,
  negative,
  notANumber,
  notFinite,
  resultTooLarge,
  shapeMismatch,
  shapeText,
  tooManyArguments,
} from './errors.ts';
import type { FunctionSpec, ParamKind, ParamSpec } from './spec.ts';

/** One output cell: a finite number, or '' (blank) where an input is blank or the ratio undefined. */
export type Cell = number | '';
/** A single value when every argument is a single value, else the broadcast shape (spills). */
export type KpiResult = Cell | Cell[][];

type Compute = FunctionSpec['compute'];

/** Inclusive bounds per kind: one `x >= lo && x <= hi` test also rejects NaN and +-Infinity. */
const BOUNDS: Readonly<Record<ParamKind, readonly [number, number]>> = {
  amount: [0, Number.MAX_VALUE],
  count: [0, Number.MAX_VALUE],
  ratio: [0, Number.MAX_VALUE],
  fraction: [0, 1],
  number: [-Number.MAX_VALUE, Number.MAX_VALUE],
};

export type { DecimalMark };

/**
 * Where number-like text gets its decimal mark: the spreadsheet locale's (wired in src/main.ts).
 * Asked only for text holding a `,` or `.`, and at most once per function call, so a call on
 * plain numbers costs no service call. `"1.234"` is 1234 in de_DE and 1.234 in en_US - reading it
 * the US way in a German sheet would be a silent 1000x error.
 */
let readDecimalMark: () => DecimalMark = () => '.';
let markThisCall: DecimalMark | undefined;

export function setDecimalMarkReader(read: () => DecimalMark): void {
  readDecimalMark = read;
  markThisCall = undefined;
}

function decimalMarkNow(): DecimalMark {
  if (markThisCall === undefined) markThisCall = readDecimalMark();
  return markThisCall;
}

/**
 * Reads text as a number (shared/number-text.ts): the number, NaN for blank text, or undefined when
 * it is not a number. `mark` defaults to the spreadsheet's decimal mark (asked only when the text
 * has `,` or `.`).
 */
export function parseNumberText(text: string, mark?: DecimalMark): number | undefined {
  return readNumberText(text, mark ?? (/[.,]/.test(text) ? decimalMarkNow() : '.'));
}

function checkNumber(spec: FunctionSpec, p: ParamSpec, n: number, at: CellPosition | undefined): number {
  if (!Number.isFinite(n)) throw notFinite(spec.name, p.name, n, at);
  if (p.kind === 'fraction') {
    if (n < 0 || n > 1) throw fractionOutOfRange(spec.name, p.name, n, at);
  } else if (p.kind !== 'number' && n < 0) {
    throw negative(spec.name, p.name, n, at);
  }
  return n;
}

/** Any value the fast path did not accept: the valid number, NaN for blank, or a thrown KpiError. */
function coerce(spec: FunctionSpec, p: ParamSpec, value: unknown, at: CellPosition | undefined): number {
  if (typeof value === 'number') return checkNumber(spec, p, value, at);
  if (value === '' || value === null || value === undefined) return Number.NaN;
  if (typeof value === 'string') {
    if (p.masked && value === MASKED_COUNT.text) return MASKED_COUNT.max;
    const n = parseNumberText(value);
    if (n === undefined) throw notANumber(spec.name, p.name, value, at);
    return Number.isNaN(n) ? n : checkNumber(spec, p, n, at);
  }
  throw notANumber(spec.name, p.name, value, at);
}

/** The slow path for one cell of a range; kept out of the loops so they stay small. */
function slowCell(
  spec: FunctionSpec,
  i: number,
  value: unknown,
  row: number,
  col: number,
  rows: number,
  cols: number,
): number {
  return coerce(spec, spec.params[i] as ParamSpec, value, { row, col, rows, cols });
}

/**
 * A result that is not a finite number: NaN from inputs that make no sense together (the spec's
 * `invalid` says why, e.g. more conversions than trials), else a result too large to be a number.
 */
function badResult(spec: FunctionSpec, v: number, args: number[], at: CellPosition | undefined): never {
  if (Number.isNaN(v) && spec.invalid) throw inconsistentInputs(spec.name, spec.invalid(...args), at);
  throw resultTooLarge(spec.name, at);
}

function tooLarge(
  spec: FunctionSpec,
  v: number,
  args: number[],
  row: number,
  col: number,
  rows: number,
  cols: number,
): never {
  badResult(spec, v, args, { row, col, rows, cols });
}

/** One argument prepared for the loop: its range, or a row filled with its single value. */
interface Source {
  readonly range: readonly unknown[][] | undefined;
  readonly fill: readonly unknown[];
  /** Inclusive bounds of a valid number for this parameter's kind. */
  readonly lo: number;
  readonly hi: number;
}

// Globals read once: in a sandboxed global scope (node:vm, and possibly Apps Script's) every global
// lookup inside the per-row loop would cost a call into the host.
const isArray = Array.isArray;
const ArrayOf: ArrayConstructor = Array;

function rowOf(spec: FunctionSpec, i: number, s: Source, r: number, cols: number): readonly unknown[] {
  if (s.range === undefined) return s.fill;
  const row = s.range[r];
  if (!isArray(row) || row.length !== cols) {
    throw badRange(spec.name, (spec.params[i] as ParamSpec).name, 'is not a rectangular range');
  }
  return row;
}

// One cell function and one loop per arity: a fixed number of locals keeps the per-cell work to
// typeof checks, bound checks and one call, with no allocation but the output row. The common
// case, a number within bounds, never leaves the inline test; NaN from slowCell marks a blank,
// tested by self-comparison because Number.isNaN would be a global lookup per cell.

function cell1(
  spec: FunctionSpec,
  f: Compute,
  xa: unknown,
  A: Source,
  r: number,
  c: number,
  rows: number,
  cols: number,
): Cell {
  const a = typeof xa === 'number' && xa >= A.lo && xa <= A.hi ? xa : slowCell(spec, 0, xa, r, c, rows, cols);
  // biome-ignore lint/suspicious/noSelfCompare: NaN marks a blank (see above)
  if (a !== a) return '';
  const v = f(a);
  return v === undefined ? '' : v - v === 0 ? v : tooLarge(spec, v, [a], r, c, rows, cols);
}

function cell2(
  spec: FunctionSpec,
  f: Compute,
  xa: unknown,
  xb: unknown,
  A: Source,
  B: Source,
  r: number,
  c: number,
  rows: number,
  cols: number,
): Cell {
  const a = typeof xa === 'number' && xa >= A.lo && xa <= A.hi ? xa : slowCell(spec, 0, xa, r, c, rows, cols);
  const b = typeof xb === 'number' && xb >= B.lo && xb <= B.hi ? xb : slowCell(spec, 1, xb, r, c, rows, cols);
  // biome-ignore lint/suspicious/noSelfCompare: NaN marks a blank (see above)
  if (a !== a || b !== b) return '';
  const v = f(a, b);
  return v === undefined ? '' : v - v === 0 ? v : tooLarge(spec, v, [a, b], r, c, rows, cols);
}

function cell3(
  spec: FunctionSpec,
  f: Compute,
  xa: unknown,
  xb: unknown,
  xc: unknown,
  A: Source,
  B: Source,
  C: Source,
  r: number,
  c: number,
  rows: number,
  cols: number,
): Cell {
  const a = typeof xa === 'number' && xa >= A.lo && xa <= A.hi ? xa : slowCell(spec, 0, xa, r, c, rows, cols);
  const b = typeof xb === 'number' && xb >= B.lo && xb <= B.hi ? xb : slowCell(spec, 1, xb, r, c, rows, cols);
  const d = typeof xc === 'number' && xc >= C.lo && xc <= C.hi ? xc : slowCell(spec, 2, xc, r, c, rows, cols);
  // biome-ignore lint/suspicious/noSelfCompare: NaN marks a blank (see above)
  if (a !== a || b !== b || d !== d) return '';
  const v = f(a, b, d);
  return v === undefined ? '' : v - v === 0 ? v : tooLarge(spec, v, [a, b, d], r, c, rows, cols);
}

function cell4(
  spec: FunctionSpec,
  f: Compute,
  xa: unknown,
  xb: unknown,
  xc: unknown,
  xd: unknown,
  sources: readonly [Source, Source, Source, Source],
  r: number,
  c: number,
  rows: number,
  cols: number,
): Cell {
  const [A, B, C, D] = sources;
  const a = typeof xa === 'number' && xa >= A.lo && xa <= A.hi ? xa : slowCell(spec, 0, xa, r, c, rows, cols);
  const b = typeof xb === 'number' && xb >= B.lo && xb <= B.hi ? xb : slowCell(spec, 1, xb, r, c, rows, cols);
  const d = typeof xc === 'number' && xc >= C.lo && xc <= C.hi ? xc : slowCell(spec, 2, xc, r, c, rows, cols);
  const e = typeof xd === 'number' && xd >= D.lo && xd <= D.hi ? xd : slowCell(spec, 3, xd, r, c, rows, cols);
  // biome-ignore lint/suspicious/noSelfCompare: NaN marks a blank (see above)
  if (a !== a || b !== b || d !== d || e !== e) return '';
  const v = f(a, b, d, e);
  return v === undefined ? '' : v - v === 0 ? v : tooLarge(spec, v, [a, b, d, e], r, c, rows, cols);
}

// A single column (the usual `B2:B40`) gets its output rows as one-element literals.

function loop1(spec: FunctionSpec, f: Compute, A: Source, rows: number, cols: number): Cell[][] {
  const out: Cell[][] = new ArrayOf(rows);
  for (let r = 0; r < rows; r++) {
    const ra = rowOf(spec, 0, A, r, cols);
    if (cols === 1) {
      out[r] = [cell1(spec, f, ra[0], A, r, 0, rows, cols)];
      continue;
    }
    const o: Cell[] = new ArrayOf(cols);
    for (let c = 0; c < cols; c++) o[c] = cell1(spec, f, ra[c], A, r, c, rows, cols);
    out[r] = o;
  }
  return out;
}

function loop2(spec: FunctionSpec, f: Compute, A: Source, B: Source, rows: number, cols: number): Cell[][] {
  const out: Cell[][] = new ArrayOf(rows);
  for (let r = 0; r < rows; r++) {
    const ra = rowOf(spec, 0, A, r, cols);
    const rb = rowOf(spec, 1, B, r, cols);
    if (cols === 1) {
      out[r] = [cell2(spec, f, ra[0], rb[0], A, B, r, 0, rows, cols)];
      continue;
    }
    const o: Cell[] = new ArrayOf(cols);
    for (let c = 0; c < cols; c++) o[c] = cell2(spec, f, ra[c], rb[c], A, B, r, c, rows, cols);
    out[r] = o;
  }
  return out;
}

function loop3(
  spec: FunctionSpec,
  f: Compute,
  A: Source,
  B: Source,
  C: Source,
  rows: number,
  cols: number,
): Cell[][] {
  const out: Cell[][] = new ArrayOf(rows);
  for (let r = 0; r < rows; r++) {
    const ra = rowOf(spec, 0, A, r, cols);
    const rb = rowOf(spec, 1, B, r, cols);
    const rc = rowOf(spec, 2, C, r, cols);
    if (cols === 1) {
      out[r] = [cell3(spec, f, ra[0], rb[0], rc[0], A, B, C, r, 0, rows, cols)];
      continue;
    }
    const o: Cell[] = new ArrayOf(cols);
    for (let c = 0; c < cols; c++) o[c] = cell3(spec, f, ra[c], rb[c], rc[c], A, B, C, r, c, rows, cols);
    out[r] = o;
  }
  return out;
}

function loop4(
  spec: FunctionSpec,
  f: Compute,
  sources: readonly [Source, Source, Source, Source],
  rows: number,
  cols: number,
): Cell[][] {
  const [A, B, C, D] = sources;
  const out: Cell[][] = new ArrayOf(rows);
  for (let r = 0; r < rows; r++) {
    const ra = rowOf(spec, 0, A, r, cols);
    const rb = rowOf(spec, 1, B, r, cols);
    const rc = rowOf(spec, 2, C, r, cols);
    const rd = rowOf(spec, 3, D, r, cols);
    if (cols === 1) {
      out[r] = [cell4(spec, f, ra[0], rb[0], rc[0], rd[0], sources, r, 0, rows, cols)];
      continue;
    }
    const o: Cell[] = new ArrayOf(cols);
    for (let c = 0; c < cols; c++)
      o[c] = cell4(spec, f, ra[c], rb[c], rc[c], rd[c], sources, r, c, rows, cols);
    out[r] = o;
  }
  return out;
}

/** The largest number of parameters a spec may have (one specialised loop per arity). */
export const MAX_PARAMS = 4;

/**
 * Runs one custom function call: `args` are the raw Apps Script arguments (number, string,
 * boolean, Date, '' for a blank cell, undefined for an omitted optional one, or a 2D array of
 * those). Throws a KpiError for anything that is not a valid input.
 */
export function runFunction(spec: FunctionSpec, args: ArrayLike<unknown>): KpiResult {
  markThisCall = undefined;
  const params = spec.params;
  const n = params.length;
  const names = params.map((p) => p.name);
  for (let i = n; i < args.length; i++) {
    if (args[i] !== undefined) throw tooManyArguments(spec.name, names, args.length);
  }
  let rows = 1;
  let cols = 1;
  let shapeArg = -1;
  let anyRange = false;
  const ranges: (readonly unknown[][] | undefined)[] = [];
  // Coerced single values; NaN marks a blank.
  const scalars: number[] = [];
  for (let i = 0; i < n; i++) {
    const p = params[i] as ParamSpec;
    let raw = args[i];
    if (isArray(raw)) {
      anyRange = true;
      const first: unknown = raw[0];
      if (!isArray(first) || first.length === 0) throw badRange(spec.name, p.name, 'is an empty range');
      const r = raw.length;
      const c = first.length;
      if (r === 1 && c === 1) {
        raw = first[0];
      } else {
        if (shapeArg < 0) {
          rows = r;
          cols = c;
          shapeArg = i;
        } else if (r !== rows || c !== cols) {
          const other = params[shapeArg] as ParamSpec;
          throw shapeMismatch(spec.name, other.name, shapeText(rows, cols), p.name, shapeText(r, c));
        }
        ranges.push(raw as unknown[][]);
        scalars.push(0);
        continue;
      }
    } else if (raw === undefined) {
      if (!p.optional || p.defaultValue === undefined) throw missingArgument(spec.name, p.name, names);
      raw = p.defaultValue;
    }
    ranges.push(undefined);
    scalars.push(coerce(spec, p, raw, undefined));
  }

  const f = spec.compute;
  if (shapeArg < 0) {
    let v: number | undefined;
    if (scalars.some((x) => Number.isNaN(x))) v = undefined;
    else v = f(...scalars);
    if (v !== undefined && !Number.isFinite(v)) badResult(spec, v, scalars, undefined);
    const cell: Cell = v === undefined ? '' : v;
    return anyRange ? [[cell]] : cell;
  }

  const sources: Source[] = [];
  for (let i = 0; i < n; i++) {
    const kind = (params[i] as ParamSpec).kind;
    const range = ranges[i];
    const x = scalars[i] as number;
    const [lo, hi] = BOUNDS[kind];
    const fill: unknown[] = range === undefined ? new Array(cols).fill(Number.isNaN(x) ? '' : x) : [];
    sources.push({ range, fill, lo, hi });
  }
  const [A, B, C, D] = sources as [Source, Source, Source, Source];
  switch (n) {
    case 1:
      return loop1(spec, f, A, rows, cols);
    case 2:
      return loop2(spec, f, A, B, rows, cols);
    case 3:
      return loop3(spec, f, A, B, C, rows, cols);
    case 4:
      return loop4(spec, f, [A, B, C, D], rows, cols);
    default:
      throw new Error(`${spec.name}: specs may have 1 to ${MAX_PARAMS} parameters, not ${n}`);
  }
}
