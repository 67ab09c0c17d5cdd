// HyperFormula plugin that exposes Code.js @customfunction functions as spreadsheet functions.
// Behaviour: https://developers.google.com/apps-script/guides/sheets/functions
import {
  ArraySize,
  CellError,
  type EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  type FunctionPluginDefinition,
  HyperFormula,
  type ImplementedFunctions,
  SimpleRangeValue,
} from 'hyperformula';

/** A 0-based engine address. */
export interface EngineAddress {
  sheet: number;
  row: number;
  col: number;
}

type Scalar = number | string | boolean | symbol | CellError | { valueOf(): number };

export interface Shape {
  rows: number;
  cols: number;
}

/** What the plugin needs from the spreadsheet: call into Code.js and convert cells to Apps Script values. */
export interface CustomFunctionBridge {
  /** Runs the named function; throws whatever the function throws. */
  invoke(name: string, args: unknown[]): unknown;
  /** A cell value as Apps Script passes it (blank '', date-formatted numbers as Date, errors as their text). */
  toArgument(value: Scalar, address: EngineAddress | null): unknown;
  /**
   * A returned JS value as an engine value (Date -> serial). `target` is the cell it lands in when
   * the call is the whole formula (so a Date can give that cell a date display), else null.
   */
  fromResult(
    value: unknown,
    target: EngineAddress | null,
  ): number | string | boolean | CellError | typeof EmptyValue;
  /** False while the functions are not callable in this document (see Workbook.functionsAvailable). */
  available(): boolean;
  /** The sheet's grid size (Sheet.getMaxRows/getMaxColumns), by engine sheet id. */
  sheetSize(sheet: number): Shape;
  /**
   * Per formula cell whose whole formula is a custom-function call: the area it should reserve
   * (the returned array's shape; 1x1 for an error or a result too big for the sheet).
   */
  observed: Map<string, Shape>;
  /** Per such cell: the area the engine had reserved when it last evaluated it. */
  reserved: Map<string, Shape>;
  /** Areas asked for when formulas were entered (so a spill blocked from the start can retry). */
  sized: Map<string, Shape>;
}

export function addressKey(a: EngineAddress): string {
  return `${a.sheet}:${a.row}:${a.col}`;
}

/** The address an addressKey names. */
export function parseKey(key: string): EngineAddress {
  const [sheet, row, col] = key.split(':').map(Number);
  return { sheet: sheet ?? 0, row: row ?? 0, col: col ?? 0 };
}

/** The parts of HyperFormula's AST we read (the AST types are not exported by the package). */
interface RangeEnd {
  toSimpleCellAddress?(base: EngineAddress): EngineAddress;
  toSimpleColumnAddress?(base: EngineAddress): { sheet: number; col: number };
  toSimpleRowAddress?(base: EngineAddress): { sheet: number; row: number };
}
interface AstNode {
  type: string;
  args?: AstNode[];
  reference?: { toSimpleCellAddress(base: EngineAddress): EngineAddress };
  start?: RangeEnd;
  end?: RangeEnd;
}

/** A block of cells, 0-based and inclusive; whole columns/rows end at Infinity. */
interface Block {
  sheet: number;
  row1: number;
  col1: number;
  row2: number;
  col2: number;
}

/** The cells a range argument covers, or null when the argument is not a plain range. */
function rangeOf(arg: AstNode, base: EngineAddress): Block | null {
  const { start, end } = arg;
  if (!start || !end) return null;
  if (arg.type === 'CELL_RANGE' && start.toSimpleCellAddress && end.toSimpleCellAddress) {
    const a = start.toSimpleCellAddress(base);
    const b = end.toSimpleCellAddress(base);
    return {
      sheet: a.sheet,
      row1: Math.min(a.row, b.row),
      col1: Math.min(a.col, b.col),
      row2: Math.max(a.row, b.row),
      col2: Math.max(a.col, b.col),
    };
  }
  if (arg.type === 'COLUMN_RANGE' && start.toSimpleColumnAddress && end.toSimpleColumnAddress) {
    const a = start.toSimpleColumnAddress(base);
    const b = end.toSimpleColumnAddress(base);
    return {
      sheet: a.sheet,
      row1: 0,
      col1: Math.min(a.col, b.col),
      row2: Infinity,
      col2: Math.max(a.col, b.col),
    };
  }
  if (arg.type === 'ROW_RANGE' && start.toSimpleRowAddress && end.toSimpleRowAddress) {
    const a = start.toSimpleRowAddress(base);
    const b = end.toSimpleRowAddress(base);
    return {
      sheet: a.sheet,
      row1: Math.min(a.row, b.row),
      col1: 0,
      row2: Math.max(a.row, b.row),
      col2: Infinity,
    };
  }
  return null;
}

/** True when a result spilled from `at` with `shape` would cover a cell of one of the range arguments. */
function spillsOverArguments(ast: AstNode, at: EngineAddress, shape: Shape): boolean {
  for (const arg of ast.args ?? []) {
    const r = rangeOf(arg, at);
    if (
      r &&
      r.sheet === at.sheet &&
      r.row1 <= at.row + shape.rows - 1 &&
      at.row <= r.row2 &&
      r.col1 <= at.col + shape.cols - 1 &&
      at.col <= r.col2
    )
      return true;
  }
  return false;
}
/** The formula vertex being evaluated (HyperFormula internals: its AST and reserved size). */
interface FormulaVertexLike {
  formula?: unknown;
  width?: number;
  height?: number;
}
interface EvalState {
  formulaAddress: EngineAddress;
  formulaVertex?: FormulaVertexLike;
}

function errorMessage(e: unknown): string {
  if (e !== null && typeof e === 'object' && 'message' in e)
    return String((e as { message: unknown }).message);
  return String(e);
}

/** Registers names as identity translations so the parser accepts them (translations are global in HyperFormula). */
export function ensureTranslations(names: string[]): void {
  for (const code of HyperFormula.getRegisteredLanguagesCodes()) {
    const lang = HyperFormula.getLanguage(code);
    const missing: Record<string, string> = {};
    for (const n of names) if (!lang.isFunctionTranslated(n)) missing[n] = n;
    if (Object.keys(missing).length > 0) lang.extendFunctions(missing);
  }
}

/**
 * Names Sheets accepts as custom functions: a name ending in `_` is private to the script, and a
 * name equal to a built-in function is not callable as a custom function - the built-in wins
 * (https://developers.google.com/apps-script/guides/sheets/functions#naming).
 */
export function callableCustomFunctions(names: string[]): string[] {
  const builtIns = new Set([
    ...HyperFormula.getRegisteredFunctionNames('enGB').map((n) => n.toUpperCase()),
    ...SHEETS_ONLY_BUILT_INS,
  ]);
  return names.filter((n) => !n.endsWith('_') && !builtIns.has(n.toUpperCase()));
}

/**
 * Sheets built-ins HyperFormula lacks (https://support.google.com/docs/table/25273). Not the whole
 * list: the common ones, so a custom function named like them is refused as Sheets refuses it.
 */
const SHEETS_ONLY_BUILT_INS = `QUERY IMPORTRANGE IMPORTDATA IMPORTHTML IMPORTXML IMPORTFEED SPARKLINE
  GOOGLEFINANCE GOOGLETRANSLATE DETECTLANGUAGE IMAGE SORTN FLATTEN REGEXMATCH REGEXEXTRACT
  REGEXREPLACE JOIN LAMBDA MAP REDUCE BYROW BYCOL SCAN MAKEARRAY LET XMATCH TO_TEXT TO_DATE
  TO_DOLLARS TO_PERCENT TO_PURE_NUMBER CONCAT RANDARRAY CHOOSECOLS CHOOSEROWS TOCOL TOROW WRAPCOLS
  WRAPROWS ISEMAIL ISURL ENCODEURL GETPIVOTDATA CELL ISBETWEEN COUNTUNIQUEIFS AVERAGEIFS
  EPOCHTODATE FREQUENCY GROWTH TREND LINEST LOGEST INDIRECT ERROR.TYPE ADD MINUS MULTIPLY DIVIDE
  POW EQ NE GT GTE LT LTE UMINUS UPLUS UNARY_PERCENT CONVERT LEFTB MIDB RIGHTB LENB FINDB SEARCHB
  REPLACEB DOLLAR FIXED ISDATE`.split(/\s+/);

/**
 * Sheets' #REF! for an array result that runs past the sheet's last row or column (reported
 * wording; Google's docs are silent): the cell shows the error, nothing spills.
 */
export function tooBigMessage(extraRows: number, extraCols: number): string {
  return extraRows > 0
    ? `Result was not automatically expanded, please insert more rows (${extraRows}).`
    : `Result was not automatically expanded, please insert more columns (${extraCols}).`;
}

/**
 * Builds a plugin class for this spreadsheet's custom functions. The result size must be known
 * before evaluation: we reserve the broadcast shape of the range arguments (the add-on's KPI
 * functions work elementwise), then the workbook compares it with the shape actually returned and
 * re-enters the formula with that shape (see Workbook.settle), so any returned 2D array spills whole.
 * Until then a result is cut or padded to the reserved area: the engine cannot take a bigger one.
 */
export function customFunctionPlugin(
  names: string[],
  bridge: CustomFunctionBridge,
): FunctionPluginDefinition {
  ensureTranslations(names.map((n) => n.toUpperCase()));
  const implemented: ImplementedFunctions = {};
  class CustomFunctions extends FunctionPlugin {
    /**
     * A range argument as the 2D array Apps Script passes: "a two-dimensional array of the range's
     * values" (https://developers.google.com/apps-script/guides/sheets/functions#arguments). A
     * whole-column range (A:A) covers every row of the sheet, a whole-row range (1:1) every column,
     * blanks as '' - the engine itself only holds the used part.
     */
    rangeArgument(v: SimpleRangeValue, arg: AstNode): unknown[][] {
      const start = v.range?.start;
      const data = v.data as Scalar[][];
      let rows = data.length;
      let cols = data[0]?.length ?? 0;
      if (start && (arg.type === 'COLUMN_RANGE' || arg.type === 'ROW_RANGE')) {
        const size = bridge.sheetSize(start.sheet);
        const range = v.range as unknown as { width(): number; height(): number };
        if (arg.type === 'COLUMN_RANGE') {
          rows = Math.max(rows, size.rows);
          cols = range.width();
        } else {
          cols = Math.max(cols, size.cols);
          rows = range.height();
        }
      }
      return Array.from({ length: rows }, (_, r) =>
        Array.from({ length: cols }, (_, c) => {
          const cell = data[r]?.[c];
          if (cell === undefined) return '';
          return bridge.toArgument(
            cell,
            start ? { sheet: start.sheet, row: start.row + r, col: start.col + c } : null,
          );
        }),
      );
    }

    callCustom(name: string, ast: AstNode, state: EvalState): unknown {
      const key = addressKey(state.formulaAddress);
      const vertex = state.formulaVertex;
      // The call is the whole formula: its result is what the cell spills.
      const root = vertex !== undefined && vertex.formula === ast;
      const reserved: Shape = { rows: vertex?.height ?? 1, cols: vertex?.width ?? 1 };
      const settleAs = (shape: Shape): void => {
        if (!root) return;
        bridge.observed.set(key, shape);
        bridge.reserved.set(key, reserved);
      };
      // An error shows in the formula cell alone. In a cell that still reserves a bigger area it is
      // returned as that area with the error in its corner (HyperFormula fails on an errored area
      // that another formula reads as a range); settle then shrinks the cell to the error.
      const fail = (error: CellError): unknown => {
        if (!root || (reserved.rows === 1 && reserved.cols === 1)) return error;
        const grid = Array.from({ length: reserved.rows }, (_, r) =>
          Array.from({ length: reserved.cols }, (_, c) =>
            r === 0 && c === 0 ? error : bridge.fromResult(null, null),
          ),
        );
        return SimpleRangeValue.onlyValues(grid as never);
      };
      if (!bridge.available()) {
        // Shown as an unknown name, worded as the engine words its own (Workbook.error maps it).
        settleAs({ rows: 1, cols: 1 });
        return fail(new CellError(ErrorType.NAME, `Function name ${name.toUpperCase()} not recognized.`));
      }
      const args: unknown[] = [];
      for (const arg of ast.args ?? []) {
        const v = this.evaluateAst(arg as never, state as never) as unknown;
        if (v instanceof CellError) {
          // A single-cell argument that is an error: Google's docs are silent. We keep
          // HyperFormula's rule for built-ins - the function is not called and the cell shows the
          // argument's error. (Error cells inside a range argument arrive as text: toArgument.)
          settleAs({ rows: 1, cols: 1 });
          return fail(v);
        }
        if (v instanceof SimpleRangeValue) {
          args.push(this.rangeArgument(v, arg));
        } else {
          const address =
            arg.type === 'CELL_REFERENCE' && arg.reference
              ? arg.reference.toSimpleCellAddress(state.formulaAddress)
              : null;
          args.push(bridge.toArgument(v as Scalar, address));
        }
      }
      let result: unknown;
      try {
        result = bridge.invoke(name, args);
      } catch (e) {
        // Sheets shows #ERROR! with the thrown message as the cell's error note.
        settleAs({ rows: 1, cols: 1 });
        return fail(new CellError(ErrorType.ERROR, errorMessage(e)));
      }
      const rows: unknown[][] | null = Array.isArray(result)
        ? result.map((r: unknown) => (Array.isArray(r) ? r : [r]))
        : null;
      const height = rows ? Math.max(1, rows.length) : 1;
      const width = rows ? Math.max(1, ...rows.map((r) => r.length)) : 1;
      if (root) {
        const size = bridge.sheetSize(state.formulaAddress.sheet);
        const extraRows = state.formulaAddress.row + height - size.rows;
        const extraCols = state.formulaAddress.col + width - size.cols;
        if (extraRows > 0 || extraCols > 0) {
          settleAs({ rows: 1, cols: 1 });
          return fail(new CellError(ErrorType.REF, tooBigMessage(extraRows, extraCols)));
        }
        if (spillsOverArguments(ast, state.formulaAddress, { rows: height, cols: width })) {
          // Its own result would feed its arguments: Sheets reports a circular dependency (#REF!).
          settleAs({ rows: 1, cols: 1 });
          return fail(new CellError(ErrorType.CYCLE));
        }
      }
      settleAs({ rows: height, cols: width });
      // In a spilling cell the engine takes exactly the reserved area (a bigger array would throw
      // inside HyperFormula); Workbook.settle re-enters the formula when the shapes differ.
      // Nested in another spilling formula (=ARRAYFORMULA(F(A1:A3))), a result bigger than that
      // cell's area is cut to it for the same reason.
      const nestedInArray = !root && vertex !== undefined && reserved.rows * reserved.cols > 1;
      const outRows = root ? reserved.rows : nestedInArray ? Math.min(height, reserved.rows) : height;
      const outCols = root ? reserved.cols : nestedInArray ? Math.min(width, reserved.cols) : width;
      const target = (r: number, c: number): EngineAddress | null =>
        root
          ? {
              sheet: state.formulaAddress.sheet,
              row: state.formulaAddress.row + r,
              col: state.formulaAddress.col + c,
            }
          : null;
      if (!rows) {
        if (outRows === 1 && outCols === 1) return bridge.fromResult(result, target(0, 0));
        const grid = Array.from({ length: outRows }, (_, r) =>
          Array.from({ length: outCols }, (_, c) =>
            r === 0 && c === 0 ? bridge.fromResult(result, target(0, 0)) : bridge.fromResult(null, null),
          ),
        );
        return SimpleRangeValue.onlyValues(grid as never);
      }
      const grid = Array.from({ length: outRows }, (_, r) =>
        Array.from({ length: outCols }, (_, c) => bridge.fromResult(rows[r]?.[c] ?? null, target(r, c))),
      );
      if (outRows === 1 && outCols === 1) return grid[0]?.[0];
      return SimpleRangeValue.onlyValues(grid as never);
    }

    /** The size an argument would have as a range argument (whole columns/rows: the sheet's size). */
    argumentSize(arg: AstNode, state: EvalState): Shape {
      const base = state.formulaAddress;
      if (arg.type === 'COLUMN_RANGE' && arg.start?.toSimpleColumnAddress) {
        const size = this.arraySizeForAst(arg as never, state as never);
        return { rows: bridge.sheetSize(arg.start.toSimpleColumnAddress(base).sheet).rows, cols: size.width };
      }
      if (arg.type === 'ROW_RANGE' && arg.start?.toSimpleRowAddress) {
        const size = this.arraySizeForAst(arg as never, state as never);
        return { rows: size.height, cols: bridge.sheetSize(arg.start.toSimpleRowAddress(base).sheet).cols };
      }
      const size = this.arraySizeForAst(arg as never, state as never);
      const finite = (n: number): number => (Number.isFinite(n) && n >= 1 ? n : 1);
      return { rows: finite(size.height), cols: finite(size.width) };
    }

    sizeCustom(ast: AstNode, state: EvalState): ArraySize {
      const key = addressKey(state.formulaAddress);
      let shape = bridge.observed.get(key);
      if (!shape) {
        shape = { rows: 1, cols: 1 };
        for (const arg of ast.args ?? []) {
          const size = this.argumentSize(arg, state);
          shape = { rows: Math.max(shape.rows, size.rows), cols: Math.max(shape.cols, size.cols) };
        }
      }
      // Never reserve past the sheet's edge, nor over the cells the function reads: such a result
      // is an error in the cell (callCustom).
      const sheet = bridge.sheetSize(state.formulaAddress.sheet);
      if (
        state.formulaAddress.row + shape.rows > sheet.rows ||
        state.formulaAddress.col + shape.cols > sheet.cols ||
        spillsOverArguments(ast, state.formulaAddress, shape)
      ) {
        shape = { rows: 1, cols: 1 };
      }
      bridge.sized.set(key, shape);
      return new ArraySize(shape.cols, shape.rows);
    }
  }
  const proto = CustomFunctions.prototype as unknown as Record<string, unknown>;
  for (const name of names) {
    const id = name.toUpperCase();
    implemented[id] = {
      method: `call_${id}`,
      sizeOfResultArrayMethod: `size_${id}`,
      parameters: [{ argumentType: FunctionArgumentType.ANY, optionalArg: true }],
      repeatLastArgs: 1,
    };
    proto[`call_${id}`] = function (this: CustomFunctions, ast: AstNode, state: EvalState) {
      return this.callCustom(name, ast, state);
    };
    proto[`size_${id}`] = function (this: CustomFunctions, ast: AstNode, state: EvalState) {
      return this.sizeCustom(ast, state);
    };
  }
  (CustomFunctions as unknown as { implementedFunctions: ImplementedFunctions }).implementedFunctions =
    implemented;
  return CustomFunctions as unknown as FunctionPluginDefinition;
}
