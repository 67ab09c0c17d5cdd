// Reads one report cell as Range.getValues returns it: a number, blank, a masked count, or a problem.
// Not the reader of text users type (shared/number-text.ts): this one is the mirror of its native
// formula, native-number.ts, which the Status column evaluates in the sheet. The add-on counts and
// the sheet colours must agree, so its grammar is whatever that formula can read (no `%`, no
// exponent), and test/flags/native-number.test.ts holds the two to the same answers.

import { MASKED_COUNT } from '../shared/number-text.ts';

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

/** Spaces exports put between a currency sign and the amount (`R$ 236,86`): no-break, narrow no-break. */
export const SIGN_SPACES: readonly string[] = ['\u00a0', '\u202f'];

/** Signs as readReportNumber and the native reader take them: one, several, or none. */
export type Signs = string | null | readonly string[];
export const signList = (signs: Signs): readonly string[] =>
  signs === null ? [] : typeof signs === 'string' ? [signs] : signs;

/** Text with the currency's signs and the no-break spaces around them taken out, then trimmed. */
export function bareAmount(value: string, signs: Signs): string {
  let t = value;
  for (const sign of [...signList(signs), ...SIGN_SPACES]) t = t.split(sign).join('');
  return trimSpaces(t);
}

/**
 * A cell value read the way the native Status formula reads it (native-number.ts): numbers as they
 * are, negative numbers flagged; text in the report's marks (`decimal`: the report's own, see
 * reportDecimal) with the report currency's signs and the spaces around them ignored (`$947.51`,
 * `"1,234.50"`, `R$ 236,86`, `Rs.201.68`); `--` and blank as blank; `<5` masked; anything else
 * (dates, booleans, `12%` as text, a leading minus in text) is not a number.
 */
export function readReportNumber(value: unknown, decimal: '.' | ',', signs: Signs): ReportNumber {
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
  const bare = bareAmount(value, signs);
  if (!/\d/.test(bare) || !numberPattern(decimal).test(bare)) return { kind: 'notNumber' };
  const group = decimal === '.' ? ',' : '.';
  return { kind: 'number', value: Number(bare.split(group).join('').replace(',', '.')) };
}

/**
 * The decimal mark a report's number-like text uses, when its text says so: a pt-BR export pasted
 * into an en_US sheet keeps `"2,87"` and `"1.683,00"` as text (Sheets could not read them), and
 * that text is read with its own comma. Text that fits both ways (`1.683`, `1,234`: a grouped
 * integer or three decimals) decides nothing; no text, or text of both kinds, keeps the sheet's.
 */
export function reportDecimal(texts: readonly string[], sheet: '.' | ',', signs: Signs): '.' | ',' {
  let comma = 0;
  let dot = 0;
  for (const text of texts) {
    const t = bareAmount(text, signs);
    if (/^(\d{1,3}(\.\d{3})+|\d+),(\d{1,2}|\d{4,})$/.test(t) || /^\d{1,3}(\.\d{3})+,\d+$/.test(t)) comma++;
    else if (/^(\d{1,3}(,\d{3})+|\d+)\.(\d{1,2}|\d{4,})$/.test(t) || /^\d{1,3}(,\d{3})+\.\d+$/.test(t)) dot++;
  }
  if (comma > 0 && dot === 0) return ',';
  if (dot > 0 && comma === 0) return '.';
  return sheet;
}

/** Sheets' TRIM at the ends: spaces only (inner runs do not matter, a space is never a number's). */
const trimSpaces = (s: string): string => s.replace(/^ +| +$/g, '');
