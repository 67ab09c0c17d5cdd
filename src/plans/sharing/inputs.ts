// What the cells an add-on call reads hold, checked before its call is made native: text other
// than blank and `--` is read by the add-on's own rules, which Sheets' arithmetic does not follow.
import { qualifiedCell } from '../shared/formula-text.ts';
import type { RefRange } from './refs.ts';

/** Error values as getValues gives them. */
export const ERROR_VALUE = /^#(?:N\/A|DIV\/0!|REF!|VALUE!|NAME\?|NUM!|NULL!|ERROR!)$/;

/** `'--'` and `''` are blank to the add-on and to the native template alike. */
const isBlankText = (s: string): boolean => s === '' || s === '--';

function describe(text: string): string {
  if (ERROR_VALUE.test(text)) return `the error ${text}`;
  const shown = text.length > 40 ? `${text.slice(0, 40)}...` : text;
  return `the text ${JSON.stringify(shown)}`;
}

/**
 * Why a value an argument gives stops the conversion, or undefined: `value` is a single value or a
 * 2D array read from `from`. `masked`: the argument's native form reads this text too (a masked
 * `<5` count, spec.ts ParamSpec.masked), so it passes like a blank.
 */
export function textProblem(value: unknown, from: RefRange | undefined, masked?: string): string | undefined {
  const passes = (s: string): boolean => isBlankText(s) || s === masked;
  if (typeof value === 'string') return passes(value) ? undefined : `is ${describe(value)}`;
  if (!Array.isArray(value)) return undefined;
  for (let r = 0; r < value.length; r++) {
    const row: unknown = value[r];
    if (!Array.isArray(row)) continue;
    for (let c = 0; c < row.length; c++) {
      const v: unknown = row[c];
      if (typeof v !== 'string' || passes(v)) continue;
      const where = from ? ` in ${qualifiedCell(from.sheet, from.row + r, from.col + c)}` : '';
      return `reads ${describe(v)}${where}`;
    }
  }
  return undefined;
}
