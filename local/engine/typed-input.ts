// What Sheets reads as a number when a user types text (or a script writes a string): grouped digits,
// a currency sign or percent with or without a space, scientific notation - in the locale's marks.
// Google documents only that typed numbers, percentages and currency amounts become numbers with a
// matching format (https://support.google.com/docs/answer/56470, "Format numbers in a spreadsheet");
// the spellings accepted here are the reported ones (issue 10: `90,02 €` and `12,70 %` are numbers
// in de_DE) and the locale's own CLDR spelling. Dates are left to the engine's date parser.
import type { LocaleInfo } from './locale.ts';

export interface TypedNumber {
  value: number;
  /** The number format Sheets gives the cell, if the text carried a % or currency sign. */
  format?: string;
}

const SPACES = /[\s\u00a0\u202f]/;

function reEscape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** The digits of a number in the locale: optional grouping (3s, or India's 2s), decimals, exponent. */
function numberPattern(locale: LocaleInfo): string {
  const d = reEscape(locale.decimal);
  const g = SPACES.test(locale.thousands) ? '[ \\u00a0\\u202f]' : reEscape(locale.thousands);
  const grouped = locale.lakh
    ? `\\d{1,2}(?:${g}\\d{2})*${g}\\d{3}|\\d{1,3}(?:${g}\\d{3})+`
    : `\\d{1,3}(?:${g}\\d{3})+`;
  return `((?:${grouped}|\\d+)(?:${d}\\d*)?|${d}\\d+)((?:[eE][+-]?\\d+)?)`;
}

const PATTERNS = new Map<string, RegExp>();

function pattern(locale: LocaleInfo): RegExp {
  const cached = PATTERNS.get(locale.code);
  if (cached) return cached;
  const sym = `(${locale.currencySymbols.map(reEscape).join('|')})?`;
  const re = new RegExp(`^([-+]?)\\s*${sym}\\s*([-+]?)${numberPattern(locale)}\\s*(?:(%)|${sym})$`, 'u');
  PATTERNS.set(locale.code, re);
  return re;
}

/** The number Sheets reads from typed text in `locale`, or undefined when it stays text (or is a date). */
export function readTypedNumber(text: string, locale: LocaleInfo): TypedNumber | undefined {
  const m = pattern(locale).exec(text.trim());
  if (!m) return undefined;
  const [, sign1, cur1, sign2, digits = '', exponent = '', percent, cur2] = m;
  if ((sign1 && sign2) || (cur1 && cur2) || (percent && (cur1 || cur2))) return undefined;
  const [whole = '', fraction = ''] = digits.split(locale.decimal);
  const plain = `${whole.replace(/\D/g, '') || '0'}.${fraction || '0'}${exponent}`;
  const magnitude = Number(plain);
  if (!Number.isFinite(magnitude)) return undefined;
  const value = (sign1 || sign2) === '-' ? -magnitude : magnitude;
  if (percent) {
    const v = value / 100;
    return { value: v, format: Number.isInteger(Math.round(v * 1e6) / 1e4) ? '0%' : '0.00%' };
  }
  if (cur1 || cur2) return { value, format: locale.currencyFormat };
  return { value };
}

/**
 * Sheets auto-corrects `;` between arguments to `,` where `,` is the separator (reported:
 * https://stackoverflow.com/questions/73767719 - "google sheets can autocorrect semicolons into
 * commas if your locale is one of those 28 that use commas"; the reverse never happens). Inside an
 * array literal `{1,2;3,4}` a `;` separates rows and stays; string literals are left alone.
 */
export function autocorrectSeparators(formula: string, locale: LocaleInfo): string {
  if (locale.argSeparator !== ',' || !formula.includes(';')) return formula;
  let out = '';
  let quoted = false;
  let braces = 0;
  for (const ch of formula) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === '{') braces++;
    else if (!quoted && ch === '}') braces = Math.max(0, braces - 1);
    out += ch === ';' && !quoted && braces === 0 ? ',' : ch;
  }
  return out;
}

/**
 * A date typed as the locale writes it with spaces (`02. 03. 2025.` in hr_HR, `2025. 3. 2.` in ko_KR)
 * made parseable for the engine's date patterns, which allow no spaces; other text unchanged.
 */
export function dateInput(text: string, locale: LocaleInfo): string {
  if (!locale.dateFormat.includes(' ') || !/^\d{1,4}(?:\.\s*\d{1,4}){2}\.?$/.test(text.trim())) return text;
  return text.replace(/\s+/g, '');
}

/** Days in a month of a year (month 1-12). */
function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function validDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month);
}

/**
 * Date text the engine's date patterns miss but Sheets' ISDATE reads as a date
 * (https://support.google.com/docs/answer/9061381): a month name with a day and an optional year
 * ("July 20 1969", "July 20", "20. Juli 1969"; "Feb 30" is no date, "July" alone neither), in the
 * locale's names or English, and year-first dashes with day and month either way round (the page:
 * "1969-20-07" is TRUE). A day without a year is checked against `year` (the current one).
 */
export function readsAsNamedDate(text: string, locale: LocaleInfo, year: number): boolean {
  const t = text.trim().toLowerCase();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (iso) {
    const [y, a, b] = iso.slice(1).map(Number) as [number, number, number];
    return validDay(y, a, b) || validDay(y, b, a);
  }
  const english = [
    'january',
    'february',
    'march',
    'april',
    'may',
    'june',
    'july',
    'august',
    'september',
    'october',
    'november',
    'december',
  ];
  const monthOf = (word: string): number => {
    const w = word.replace(/\.$/, '');
    for (const names of [locale.months.map((m) => m.toLowerCase()), english]) {
      const i = names.findIndex((n) => n === w || (w.length >= 3 && n.startsWith(w)));
      if (i >= 0) return i + 1;
    }
    return 0;
  };
  const m =
    /^(\p{L}+\.?)\s+(\d{1,2}),?(?:\s+(\d{4}))?$/u.exec(t) ??
    /^(\d{1,2})\.?\s+(\p{L}+\.?),?(?:\s+(\d{4}))?$/u.exec(t);
  if (!m) return false;
  const [word, day] = /^\d/.test(m[1] ?? '') ? [m[2] ?? '', Number(m[1])] : [m[1] ?? '', Number(m[2])];
  const month = monthOf(word);
  return month > 0 && validDay(m[3] ? Number(m[3]) : year, month, day);
}
