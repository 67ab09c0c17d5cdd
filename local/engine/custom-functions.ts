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

/** What the plugin needs from the spreadsheet: call into Code.js and convert cells to Apps Script values. */
export interface CustomFunctionBridge {
  /** Runs the named function; throws whatever the function throws. */
  invoke(name: string, args: unknown[]): unknown;
  /** A cell value as Apps Script passes it (blank '', date-formatted numbers as Date). */
  toArgument(value: Scalar, address: EngineAddress | null): unknown;
  /** A returned JS value as an engine value (Date -> serial). */
  fromResult(value: unknown): number | string | boolean | CellError | typeof EmptyValue;
  /** Result shapes observed per formula cell, so a cell whose result grew can be re-laid out. */
  observed: Map<string, { rows: number; cols: number }>;
  /** Shapes the engine reserved per formula cell. */
  reserved: Map<string, { rows: number; cols: number }>;
}

export function addressKey(a: EngineAddress): string {
  return `${a.sheet}:${a.row}:${a.col}`;
}

/** The parts of HyperFormula's AST we read (the AST types are not exported by the package). */
interface AstNode {
  type: string;
  args?: AstNode[];
  reference?: { toSimpleCellAddress(base: EngineAddress): EngineAddress };
}
interface EvalState {
  formulaAddress: EngineAddress;
}

function errorMessage(e: unknown): string {
  if (e !== null && typeof e === 'object' && 'message' in e)
    return String((e as { message: unknown }).message);
  return String(e);
}

/** Registers names as identity translations so the parser accepts them (translations are global in HyperFormula). */
function ensureTranslations(names: string[]): void {
  for (const code of HyperFormula.getRegisteredLanguagesCodes()) {
    const lang = HyperFormula.getLanguage(code);
    const missing: Record<string, string> = {};
    for (const n of names) if (!lang.isFunctionTranslated(n)) missing[n] = n;
    if (Object.keys(missing).length > 0) lang.extendFunctions(missing);
  }
}

/**
 * Builds a plugin class for this spreadsheet's custom functions. The result size must be known
 * before evaluation: we reserve the broadcast shape of the range arguments (the add-on's KPI
 * functions work elementwise), then the workbook compares it with the shape actually returned and
 * re-enters the formula with that shape (see Workbook.settle), so any returned 2D array spills whole.
 */
export function customFunctionPlugin(
  names: string[],
  bridge: CustomFunctionBridge,
): FunctionPluginDefinition {
  ensureTranslations(names.map((n) => n.toUpperCase()));
  const implemented: ImplementedFunctions = {};
  class CustomFunctions extends FunctionPlugin {
    callCustom(name: string, ast: AstNode, state: EvalState): unknown {
      const args: unknown[] = [];
      for (const arg of ast.args ?? []) {
        const v = this.evaluateAst(arg as never, state as never) as unknown;
        // An argument that is an error propagates without calling the function (docs silent;
        // this is what HyperFormula does for built-ins).
        if (v instanceof CellError) return v;
        if (v instanceof SimpleRangeValue) {
          const start = v.range?.start;
          args.push(
            v.data.map((row, r) =>
              row.map((cell, c) =>
                bridge.toArgument(
                  cell as Scalar,
                  start ? { sheet: start.sheet, row: start.row + r, col: start.col + c } : null,
                ),
              ),
            ),
          );
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
        bridge.observed.set(addressKey(state.formulaAddress), { rows: 1, cols: 1 });
        return new CellError(ErrorType.ERROR, errorMessage(e));
      }
      if (Array.isArray(result)) {
        const rows: unknown[][] = result.map((r: unknown) => (Array.isArray(r) ? r : [r]));
        const width = Math.max(1, ...rows.map((r) => r.length));
        const height = Math.max(1, rows.length);
        bridge.observed.set(addressKey(state.formulaAddress), { rows: height, cols: width });
        const grid = Array.from({ length: height }, (_, r) =>
          Array.from({ length: width }, (_, c) => bridge.fromResult(rows[r]?.[c] ?? '')),
        );
        return SimpleRangeValue.onlyValues(grid as never);
      }
      bridge.observed.set(addressKey(state.formulaAddress), { rows: 1, cols: 1 });
      return bridge.fromResult(result);
    }

    sizeCustom(ast: AstNode, state: EvalState): ArraySize {
      const key = addressKey(state.formulaAddress);
      const seen = bridge.observed.get(key);
      let rows = 1;
      let cols = 1;
      if (seen) {
        rows = seen.rows;
        cols = seen.cols;
      } else {
        for (const arg of ast.args ?? []) {
          const size = this.arraySizeForAst(arg as never, state as never);
          rows = Math.max(rows, size.height);
          cols = Math.max(cols, size.width);
        }
      }
      bridge.reserved.set(key, { rows, cols });
      return new ArraySize(cols, rows);
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
