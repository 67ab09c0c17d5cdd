// The native-formula twin of numbers.ts: reads number-like text in a report cell inside a formula.

import { quoteString } from '../shared/formula-text.ts';
import { SIGN_SPACES, type Signs, signList } from './numbers.ts';

/** Nested SUBSTITUTEs that delete each of `chars` from `expr`. */
function without(expr: string, chars: readonly string[]): string {
  return chars.reduce((acc, ch) => `SUBSTITUTE(${acc},${quoteString(ch)},"")`, expr);
}

const DIGITS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];

/** The two element-wise halves of reading a report column in a formula. */
export interface NativeReader {
  /**
   * The cell's number: itself when it is one, else VALUE of its text without the currency symbol
   * and grouping marks. Meaningful only where `readable` holds (elsewhere it may be an error or a
   * date serial): the breach rule evaluates it only past its `readable` check.
   */
  read: (ref: string) => string;
  /** 1 where the cell is a number or number-like text in the spreadsheet's marks, else 0; never an error. */
  readable: (ref: string) => string;
}

/**
 * Reads `ref` (a cell or a column range) as numbers.ts readReportNumber does: numbers as they are;
 * text in the report's marks (`decimal`; `sheetDecimal` is the spreadsheet's, which VALUE reads) - `"1,234.50"` or `$947.51` in en_US, `1.234,56` in de_DE - as
 * its number. Text is a number only when it is digits with at most one decimal mark, grouped in
 * threes by the locale's other mark (below a billion) or not at all, with the report currency's
 * symbol around it: `1.11.2026` (a date typed as text) and `1,234.50` in de_DE are refused, never
 * read as 1112026 or 1.23450. VALUE then reads the ungrouped digits, which every locale spells the
 * same way but for its decimal mark. A test holds this to readReportNumber in both locales.
 *
 * Split in two: the rule asks "is it a number" once and uses the number a dozen times (the Status
 * names it once with LET; the row formula of a conditional format inlines it).
 */
export function nativeNumberReader(
  decimal: '.' | ',',
  signs: Signs,
  sheetDecimal: '.' | ',' = decimal,
): NativeReader {
  const group = decimal === '.' ? ',' : '.';
  const g = quoteString(group);
  // The signs, then the no-break spaces around them, as numbers.ts bareAmount takes them out.
  const trimmed = (ref: string): string => `TRIM(${without(ref, [...signList(signs), ...SIGN_SPACES])})`;
  // VALUE reads the sheet's decimal mark: a report written in the other one has it swapped first.
  const swap = (expr: string): string =>
    decimal === sheetDecimal
      ? expr
      : `SUBSTITUTE(${expr},${quoteString(decimal)},${quoteString(sheetDecimal)})`;
  const read = (ref: string): string =>
    `IF(ISNUMBER(${ref}),${ref},VALUE(${swap(`SUBSTITUTE(${trimmed(ref)},${g},"")`)}))`;
  const readable = (ref: string): string => {
    const t = trimmed(ref);
    const count = (mark: string): string => `(LEN(${t})-LEN(SUBSTITUTE(${t},${quoteString(mark)},"")))`;
    // Only digits and the two marks, at least one digit (`.` or `$.` alone is no number: VALUE
    // would answer #VALUE! for the whole row), at most one decimal mark.
    const shape = `(LEN(${without(t, [...DIGITS, group, decimal])})=0)*(LEN(${without(t, DIGITS)})<LEN(${t}))*(${count(decimal)}<2)`;
    // Grouping marks, where there are any, sit 4 and 8 characters left of the decimal mark (or the
    // end): 1 mark in a 5-7 digit number, 2 in an 8-10 digit one. More (a billion) is refused.
    const p = `FIND(${quoteString(decimal)},${t}&${quoteString(decimal)})`;
    const markAt = (back: number): string => `(MID("${' '.repeat(back)}"&${t},${p},1)=${g})`;
    const n = count(group);
    const grouping = `(${n}=0)+(${n}=1)*(${p}>5)*(${p}<9)*${markAt(4)}+(${n}=2)*(${p}>9)*(${p}<13)*${markAt(4)}*${markAt(8)}`;
    // ISERROR first: an error value in the cell must give 0, not the error.
    return `IF(ISERROR(${ref}),0,IF(ISNUMBER(${ref}),1,IFERROR(ISTEXT(${ref})*${shape}*((${grouping})>0),0)))`;
  };
  return { read, readable };
}
