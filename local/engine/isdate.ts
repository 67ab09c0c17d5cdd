// ISDATE, a Sheets built-in HyperFormula lacks: "returns whether a value is a date"
// (https://support.google.com/docs/answer/9061381). TRUE for a number whose cell shows it as a date
// (a date or date-time number format: Sheets stores dates as numbers, so the format is what tells
// them apart) and for text that reads as a date (the page's examples: "July 20 1969" and
// "1969-20-07" TRUE, "July" and "Feb 30" FALSE); FALSE for anything else. The page is silent on
// error values (FALSE here, as ISNUMBER gives), on a computed date (DATE(...), TODAY(): TRUE here,
// as their cells show a date) and on a range argument: inside ARRAYFORMULA it gives one answer per
// cell, as ARRAYFORMULA documents for "non-array functions with arrays"
// (https://support.google.com/docs/answer/3093275; not checked in Sheets for ISDATE itself, and no
// report found either way); outside, #VALUE! (HyperFormula's rule for a range where one value goes).
import {
  CellError,
  CellValueDetailedType,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  type FunctionPluginDefinition,
  SimpleRangeValue,
} from 'hyperformula';
import { type EngineAddress, ensureTranslations } from './custom-functions.ts';
import type { LocaleInfo } from './locale.ts';
import { dateInput, readsAsNamedDate } from './typed-input.ts';

export interface ArgNode {
  type: string;
  reference?: { toSimpleCellAddress(base: EngineAddress): EngineAddress };
}
export interface EvalState {
  formulaAddress: EngineAddress;
  arraysFlag: boolean;
}
export interface Evaluating {
  evaluateAst(ast: ArgNode, state: EvalState): unknown;
}

export interface DateLookup {
  /** The number format set on a cell (explicit, or a custom function's Date result), if any. */
  formatAt(address: EngineAddress): string | undefined;
  isDateFormat(pattern: string): boolean;
  locale: LocaleInfo;
  /** The current year in the spreadsheet's time zone (for a date typed without one). */
  year(): number;
}

interface DateParsing {
  dateTimeHelper: { dateStringToDateNumber(text: string): unknown };
}

/** HyperFormula's typed numbers (a date typed with no format set) carry their type. */
export function richType(v: unknown): string | undefined {
  if (typeof v !== 'object' || v === null || !('getDetailedType' in v)) return undefined;
  const get = (v as { getDetailedType: unknown }).getDetailedType;
  return typeof get === 'function' ? String(get.call(v)) : undefined;
}

function isDateType(type: string | undefined): boolean {
  return type === CellValueDetailedType.NUMBER_DATE || type === CellValueDetailedType.NUMBER_DATETIME;
}

type Judge = (v: unknown, at: EngineAddress | null) => boolean;

/** One element of an array a function returns to the engine. */
export type ArrayElement = Parameters<typeof SimpleRangeValue.onlyValues>[0][number][number];

/**
 * `f` of every element of a range or computed array, with the element's cell when it is a range's
 * (for its number format), as a new array of the same shape.
 */
export function perCell(
  value: SimpleRangeValue,
  f: (v: unknown, at: EngineAddress | null) => ArrayElement,
): SimpleRangeValue {
  const start = value.range?.start;
  return SimpleRangeValue.onlyValues(
    value.data.map((line, r) =>
      line.map((v, c) => f(v, start ? { sheet: start.sheet, row: start.row + r, col: start.col + c } : null)),
    ),
  );
}

function judgeWith(dates: DateLookup, readsAsDate: (text: string) => boolean): Judge {
  return (v, at) => {
    if (typeof v === 'string') return readsAsDate(v);
    const type = richType(v);
    if (typeof v !== 'number' && type === undefined) return false;
    const format = at ? dates.formatAt(at) : undefined;
    // A format set on the cell wins over the engine's own typing, as it does for the cell's display.
    if (format !== undefined) return dates.isDateFormat(format);
    return isDateType(type);
  };
}

export function isDatePlugin(dates: DateLookup): FunctionPluginDefinition {
  ensureTranslations(['ISDATE']);
  class SheetsIsDate extends FunctionPlugin {
    // SCALAR: inside ARRAYFORMULA the engine sizes the result as the range argument.
    static override implementedFunctions = {
      ISDATE: { method: 'isdate', parameters: [{ argumentType: FunctionArgumentType.SCALAR }] },
    };
    isdate(ast: { args: ArgNode[] }, state: EvalState): unknown {
      const [arg] = ast.args;
      if (ast.args.length !== 1 || !arg) {
        return new CellError(ErrorType.NA, 'Wrong number of arguments. ISDATE takes 1.');
      }
      const value = (this as unknown as Evaluating).evaluateAst(arg, state);
      // Text as typed input is read (the locale's date patterns, the engine's parser), then the
      // spellings only ISDATE's page shows; a time alone is no date.
      const parser = (this as unknown as DateParsing).dateTimeHelper;
      const judge = judgeWith(
        dates,
        (text) =>
          isDateType(richType(parser.dateStringToDateNumber(dateInput(text.trim(), dates.locale)))) ||
          readsAsNamedDate(text, dates.locale, dates.year()),
      );
      if (value instanceof SimpleRangeValue) {
        if (!state.arraysFlag) return new CellError(ErrorType.VALUE, 'ISDATE takes one value, not a range.');
        return perCell(value, judge);
      }
      const at =
        arg.type === 'CELL_REFERENCE'
          ? (arg.reference?.toSimpleCellAddress(state.formulaAddress) ?? null)
          : null;
      return judge(value, at);
    }
  }
  return SheetsIsDate as unknown as FunctionPluginDefinition;
}
