// What ISDATE and TO_TEXT share: Sheets functions of one value whose answer depends on the cell the
// value comes from (its number format), which HyperFormula's own functions never see. Inside
// ARRAYFORMULA a range gives one answer per cell, each with its own cell; outside, #VALUE!
// (HyperFormula's rule for a range where one value goes).
import { CellError, ErrorType, type FunctionPlugin, SimpleRangeValue } from 'hyperformula';
import type { EngineAddress } from './custom-functions.ts';

export interface ArgNode {
  type: string;
  reference?: { toSimpleCellAddress(base: EngineAddress): EngineAddress };
}
export interface EvalState {
  formulaAddress: EngineAddress;
  arraysFlag: boolean;
}
interface Evaluating {
  evaluateAst(ast: ArgNode, state: EvalState): unknown;
}

/** One element of an array a function returns to the engine. */
export type ArrayElement = Parameters<typeof SimpleRangeValue.onlyValues>[0][number][number];

/** A value and the cell it was read from (null for a literal or a computed value). */
export type PerValue = (v: unknown, at: EngineAddress | null) => ArrayElement;

/** HyperFormula's typed numbers (a date typed with no format set) carry their type. */
export function richType(v: unknown): string | undefined {
  if (typeof v !== 'object' || v === null || !('getDetailedType' in v)) return undefined;
  const get = (v as { getDetailedType: unknown }).getDetailedType;
  return typeof get === 'function' ? String(get.call(v)) : undefined;
}

/**
 * Evaluates the one argument of a call of `name` in `plugin` and answers `f` of it with its cell:
 * one answer per element of a range or computed array inside ARRAYFORMULA, else of the value.
 */
export function oneValueCall(
  plugin: FunctionPlugin,
  name: string,
  ast: { args: ArgNode[] },
  state: EvalState,
  f: PerValue,
): unknown {
  const [arg] = ast.args;
  if (ast.args.length !== 1 || !arg) {
    return new CellError(ErrorType.NA, `Wrong number of arguments. ${name} takes 1.`);
  }
  const value = (plugin as unknown as Evaluating).evaluateAst(arg, state);
  if (value instanceof SimpleRangeValue) {
    if (!state.arraysFlag) return new CellError(ErrorType.VALUE, `${name} takes one value, not a range.`);
    const start = value.range?.start;
    return SimpleRangeValue.onlyValues(
      value.data.map((line, r) =>
        line.map((v, c) =>
          f(v, start ? { sheet: start.sheet, row: start.row + r, col: start.col + c } : null),
        ),
      ),
    );
  }
  const at =
    arg.type === 'CELL_REFERENCE' ? (arg.reference?.toSimpleCellAddress(state.formulaAddress) ?? null) : null;
  return f(value, at);
}
