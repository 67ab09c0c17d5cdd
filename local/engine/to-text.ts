// TO_TEXT, a Sheets built-in HyperFormula lacks (https://support.google.com/docs/answer/3094285):
// "If value is a number or a reference to a cell containing a numeric value, TO_TEXT returns value
// as a string, with existing formatting retained. Currencies appear as currencies, decimals as
// decimals, percentages as percentages, and dates as dates. If value is not a number or a reference
// to a cell containing a numeric value, TO_TEXT returns value without modification."
// So a number is rendered with its cell's number format (the one the cell displays with: set, or
// given by typing `12%`, `$12.00`, a date or `10:30`), as getDisplayValue renders it; text,
// TRUE/FALSE and blanks come back as they are. The page is silent on:
// - a number that is no cell's (a literal, a computed value): shown with the format the engine
//   gives the result (DATE(...) a date, 5% a percentage), else General, as its cell would show it;
// - error values: returned as they are, as for other non-numbers;
// - a range argument: inside ARRAYFORMULA one text per cell, each with its own cell's format
//   (array-rules.ts: unknown, with what public sheets report); outside, #VALUE! (HyperFormula's
//   rule for a range where one value goes).
import { FunctionArgumentType, FunctionPlugin, type FunctionPluginDefinition } from 'hyperformula';
import { type ArgNode, type EvalState, oneValueCall, type PerValue, richType } from './cell-functions.ts';
import { type EngineAddress, ensureTranslations } from './custom-functions.ts';

export interface ShownLookup {
  /**
   * The number format `value` shows with: its cell's (`at`), else the one the engine's typing of
   * the value (`type`, HyperFormula's detailed type) gives, else General.
   */
  formatOf(at: EngineAddress | null, type: string | undefined): string;
  /** The value rendered with a format, as the cell displays it (number-format.ts). */
  render(n: number, pattern: string): string;
}

/** The plain number of a value HyperFormula keeps with its type (percent, currency, date...). */
function numberOf(v: unknown): number | undefined {
  if (typeof v === 'number') return v;
  if (typeof v === 'object' && v !== null && 'val' in v) {
    const val = (v as { val: unknown }).val;
    return typeof val === 'number' ? val : undefined;
  }
  return undefined;
}

export function toTextPlugin(shown: ShownLookup): FunctionPluginDefinition {
  ensureTranslations(['TO_TEXT']);
  const text: PerValue = (v, at) => {
    const n = numberOf(v);
    if (n === undefined) return v as ReturnType<PerValue>;
    return shown.render(n, shown.formatOf(at, richType(v)));
  };
  class SheetsToText extends FunctionPlugin {
    static override implementedFunctions = {
      TO_TEXT: { method: 'toText', parameters: [{ argumentType: FunctionArgumentType.SCALAR }] },
    };
    toText(ast: { args: ArgNode[] }, state: EvalState): unknown {
      return oneValueCall(this, 'TO_TEXT', ast, state, text);
    }
  }
  return SheetsToText as unknown as FunctionPluginDefinition;
}
