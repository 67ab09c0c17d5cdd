// TODAY() and NOW() in the spreadsheet's time zone.
// Sheets evaluates them in the time zone set under File > Settings (Spreadsheet.getSpreadsheetTimeZone):
// https://support.google.com/docs/answer/58515 (Settings: "time zone ... affects ... NOW, TODAY").
// HyperFormula's built-ins use the host's local time, so a machine on UTC would be a day ahead of a
// New York spreadsheet for part of every evening. This plugin replaces them per workbook.
import { CellValueDetailedType, FunctionPlugin, type FunctionPluginDefinition } from 'hyperformula';
import { dateToSerial } from './dates.ts';

interface RunnablePlugin {
  runFunction(args: unknown, state: unknown, metadata: unknown, fn: () => number): unknown;
  metadata(name: string): unknown;
}

/** A plugin whose TODAY/NOW read `now()` (default: the real clock) in `timeZone`. */
export function clockPlugin(timeZone: string, now: () => Date = () => new Date()): FunctionPluginDefinition {
  class SpreadsheetClock extends FunctionPlugin {
    static override implementedFunctions = {
      TODAY: {
        method: 'today',
        parameters: [],
        isVolatile: true,
        returnNumberType: CellValueDetailedType.NUMBER_DATE,
      },
      NOW: {
        method: 'now',
        parameters: [],
        isVolatile: true,
        returnNumberType: CellValueDetailedType.NUMBER_DATETIME,
      },
    };
    today(ast: { args: unknown }, state: unknown): unknown {
      const self = this as unknown as RunnablePlugin;
      return self.runFunction(ast.args, state, self.metadata('TODAY'), () =>
        Math.floor(dateToSerial(now(), timeZone)),
      );
    }
    now(ast: { args: unknown }, state: unknown): unknown {
      const self = this as unknown as RunnablePlugin;
      return self.runFunction(ast.args, state, self.metadata('NOW'), () => dateToSerial(now(), timeZone));
    }
  }
  return SpreadsheetClock as unknown as FunctionPluginDefinition;
}
