// Reads one report cell as Range.getValues returns it: a number, blank, a masked count, or a problem.
// Not the reader of text users type (shared/number-text.ts): this one is the mirror of its native
// formula, native-number.ts, which the Status column evaluates in the sheet. The add-on counts and
// the sheet colours must agree, so its grammar is whatever that formula can read (no `%`, no
// exponent), and test/flags/native-number.test.ts holds the two to the same answers.

export type ReportNumber =
  | { kind: 'number'; value: number }
  /** Blank or the exports' `--` (no data). */
  | { kind: 'blank' }
  /** TikTok's `<5`: a count between 0 and `max`. */
  | { kind: 'masked'; max: number }
  | { kind: 'negative'; value: number }
  | { kind: 'error'; text: string }
  | { kind: 'notNumber' };

/** Error values as getValues returns them (text such as `#DIV/0!`). */
const ERROR_VALUE = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|ERROR!|SPILL!|CALC!)$/;

/** The masked small count TikTok exports, and the largest count it stands for. */
export const MASKED_COUNT = { text: '<5', max: 4 } as const;

/**
 * Digits with an optional fraction: grouped in threes by `group` or not grouped at all. Only the
 * spreadsheet locale's marks count (`1,234.50` in en_US, `1.234,56` in de_DE); in de_DE `1,234.50`
 * is not a number, never 1.23450.
 */
function numberPattern(decimal: '.' | ','): RegExp {
  const d = decimal === '.' ? '\\.' : ',';
  const g = decimal === '.' ? ',' : '\\.';
  // At most two grouping marks (below a billion), as the native reader checks it.
  return new RegExp(`^(?:\\d{1,3}(?:${g}\\d{3}){1,2}|\\d+)?(?:${d}\\d*)?$`);
}

/**
 * A cell value read the way the native Status formula reads it (native-number.ts): numbers as they
 * are, negative numbers flagged; text in the locale's marks with the report currency's `symbol` and
 * the spaces around it ignored (`$947.51`, `"1,234.50"`); `--` and blank as blank; `<5` masked; anything else
 * (dates, booleans, `12%` as text, a leading minus in text) is not a number.
 */
export function readReportNumber(value: unknown, decimal: '.' | ',', symbol: string | null): ReportNumber {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return { kind: 'notNumber' };
    return value < 0 ? { kind: 'negative', value } : { kind: 'number', value };
  }
  if (typeof value !== 'string') return { kind: 'notNumber' };
  // Exactly as the Status formula tells them: it compares the cell itself with '', `--` and `<5`,
  // so ` --` or a cell of spaces is text it cannot read (a Check), not "no data" - else
  // rowsFlagged would count rows the sheet does not colour.
  if (value === '' || value === '--') return { kind: 'blank' };
  if (value === MASKED_COUNT.text) return { kind: 'masked', max: MASKED_COUNT.max };
  if (ERROR_VALUE.test(value)) return { kind: 'error', text: value };
  // Sheets' TRIM removes spaces (U+0020) only, not tabs or no-break spaces
  // (https://support.google.com/docs/answer/3094140: "leading, trailing, and repeated spaces").
  const bare = trimSpaces(symbol ? value.split(symbol).join('') : value);
  if (!/\d/.test(bare) || !numberPattern(decimal).test(bare)) return { kind: 'notNumber' };
  const group = decimal === '.' ? ',' : '.';
  return { kind: 'number', value: Number(bare.split(group).join('').replace(',', '.')) };
}

/** Sheets' TRIM at the ends: spaces only (inner runs do not matter, a space is never a number's). */
const trimSpaces = (s: string): string => s.replace(/^ +| +$/g, '');
