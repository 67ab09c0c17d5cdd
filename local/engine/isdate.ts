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
  CellValueDetailedType,
  FunctionArgumentType,
  FunctionPlugin,
  type FunctionPluginDefinition,
} from 'hyperformula';
import { type ArgNode, type EvalState, oneValueCall, richType } from './cell-functions.ts';
import { type EngineAddress, ensureTranslations } from './custom-functions.ts';
import type { LocaleInfo } from './locale.ts';
import { dateInput, readsAsNamedDate } from './typed-input.ts';

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

function isDateType(type: string | undefined): boolean {
  return type === CellValueDetailedType.NUMBER_DATE || type === CellValueDetailedType.NUMBER_DATETIME;
}

type Judge = (v: unknown, at: EngineAddress | null) => boolean;

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
      // Text as typed input is read (the locale's date patterns, the engine's parser), then the
      // spellings only ISDATE's page shows; a time alone is no date.
      const parser = (this as unknown as DateParsing).dateTimeHelper;
      const judge = judgeWith(
        dates,
        (text) =>
          isDateType(richType(parser.dateStringToDateNumber(dateInput(text.trim(), dates.locale)))) ||
          readsAsNamedDate(text, dates.locale, dates.year()),
      );
      return oneValueCall(this, 'ISDATE', ast, state, judge);
    }
  }
  return SheetsIsDate as unknown as FunctionPluginDefinition;
}
