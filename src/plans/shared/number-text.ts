// The one reader of number text users type: text a KPI function finds in a cell, and what a
// marketer types into the sidebar. One grammar, so the two never give two answers to one text.
// (The report reader, report-flags/numbers.ts, is a different thing: it mirrors its native formula.)
//
// The grammar, for the spreadsheet locale's decimal mark `mark`:
// - whitespace anywhere is dropped (`" 7 "`, `"12 345,6"`, no-break and thin spaces alike), and an
//   apostrophe between digit groups of three is Swiss grouping (`1'234.50`);
// - an optional sign, an optional currency sign before or after (`$45`, `45 €`), an optional
//   exponent (`1e5`) and an optional trailing `%` (`12%` is 0.12, as Sheets reads it);
// - the decimal mark is the locale's, always: the other mark is grouping, and only between groups
//   of three digits (or, where the mark is a point, India's lakh groups `1,00,000`). So in en_US
//   `"1,000"` is 1000 and `"45,50"` is refused, not guessed to be 45.5; in de_DE `"1.000"` is 1000
//   and `"45.50"` is refused. A guess would be a silent 100x or 1000x error in somebody's sheet;
//   a refusal names the text;
// - blank is empty text or the `--` ad platforms export.
import { CURRENCY_SIGNS, type DecimalMark } from '../../locale/locales.ts';

/** Number text with `digits` between an optional sign and currency sign and an optional exponent and %. */
function numberText(digits: string): RegExp {
  const sign = `([${CURRENCY_SIGNS}]?)`;
  return new RegExp(`^([+-]?)${sign}([+-]?)(${digits})((?:[eE][+-]?\\d+)?)${sign}(%?)$`, 'u');
}

/**
 * Number-like text: optional sign, optional currency symbol before or after, digits with optional
 * thousands groups, optional decimals and exponent, optional trailing `%`. Whitespace is removed
 * first, so `" 7 "` and `"$ 45"` read as numbers. One pattern per decimal mark: `1,234.50` where
 * the spreadsheet writes a decimal point, `1.234,50` where it writes a decimal comma.
 */
const NUMBER_TEXT: Readonly<Record<DecimalMark, RegExp>> = {
  // India's lakh grouping (1,00,000) too: a `,` between groups of two before a group of three
  // means nothing else where the decimal mark is a point.
  '.': numberText(
    '(?:\\d{1,3}(?:,\\d{3})+|\\d{1,2}(?:,\\d{2})+,\\d{3})(?:\\.\\d*)?|\\d+(?:\\.\\d*)?|\\.\\d+',
  ),
  ',': numberText('\\d{1,3}(?:\\.\\d{3})+(?:,\\d*)?|\\d+(?:,\\d*)?|,\\d+'),
};
/**
 * The masked small count ad exports write for 0 to 4 results (`<5`), and the count it stands for
 * wherever one number is needed: 4, the cautious end (the least sure a breach can be). Not a
 * number to readNumberText: only the breach rule and BREACH_CONFIDENCE read it, and say so.
 */
export const MASKED_COUNT = { text: '<5', max: 4 } as const;

/** Text that means "no data": empty and the `--` that ad platforms export. */
const BLANK_TEXT = /^(?:--)?$/;

/**
 * Reads `text` as a number by the grammar above: the number, NaN for blank text (`''`, `--`), or
 * undefined when it is not a number.
 */
export function readNumberText(text: string, mark: DecimalMark): number | undefined {
  // Swiss locales group digits with an apostrophe (1'234.50); it means nothing else between digits.
  const s = text.replace(/\s+/g, '').replace(/(\d)['’](?=\d{3}(?!\d))/g, '$1');
  if (BLANK_TEXT.test(s)) return Number.NaN;
  const m = NUMBER_TEXT[mark].exec(s);
  if (!m) return undefined;
  const [, sign1, cur1, sign2, digits = '', exponent, cur2, percent] = m;
  if ((sign1 && sign2) || (cur1 && cur2)) return undefined;
  const sign = sign1 || sign2;
  const plain = mark === '.' ? digits.replace(/,/g, '') : digits.replace(/\./g, '').replace(',', '.');
  const n = Number(`${sign === '-' ? '-' : ''}${plain}${exponent}`);
  return percent ? n / 100 : n;
}
