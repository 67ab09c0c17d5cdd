// Pure number reading and formatting for the sidebar: what a marketer types ("1,250.50", "45,5",
// "$45") -> a number, in the spreadsheet's locale; no DOM.
import { CURRENCY_SIGNS, type DecimalMark, sheetsLocale } from '../src/locale/locales.ts';

export type { DecimalMark };

/** BCP 47 tag for an Apps Script locale such as `en_US`; en-US when the tag is unusable. */
export function localeTag(locale: string): string {
  const tag = locale.replace(/_/g, '-');
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? 'en-US';
  } catch {
    return 'en-US';
  }
}

/**
 * The decimal mark numbers are written with in `locale` (`,` in de_DE, `.` in en_US): from the
 * server's locale table, so the sidebar and the sheet read "1,000" alike. Intl differs where the
 * browser's data does (ar_EG writes the Arabic decimal sign) and for locales it lacks.
 */
export function decimalMarkFor(locale: string): DecimalMark {
  return sheetsLocale(locale).decimal;
}

/** Currency signs people paste along with amounts; they carry no meaning for the value. */
const SIGNS = new RegExp(`[${CURRENCY_SIGNS}]`, 'gu');
/** Spaces, no-break and thin spaces used for digit grouping. */
const SPACES = /[\s\u00a0\u202f']/g;

/**
 * Digits grouped by `mark` in threes (1,234,567), or - where the decimal mark is a point - with
 * commas India's lakh way (1,23,45,678: twos before the last three), as en_IN displays amounts.
 * The KPI functions' reader (src/functions/args.ts) takes the same.
 */
function groupedDigits(mark: DecimalMark, decimalMark: DecimalMark): string {
  const threes = `\\d{1,3}(?:\\${mark}\\d{3})+`;
  return mark === ',' && decimalMark === '.' ? `${threes}|\\d{1,2}(?:,\\d{2})+,\\d{3}` : threes;
}

/**
 * Reads a typed number. Blank -> undefined; unreadable -> NaN. With one kind of separator the
 * locale decides, except that the locale's grouping mark followed by exactly three digits
 * ("1,000" in en, "1.000" in de) groups, while "45,50" in en is read as 45.5 because nobody groups
 * two digits. With both kinds, the last one is the decimal mark.
 */
export function parseNumber(text: string, decimalMark: DecimalMark): number | undefined {
  if (text.trim() === '') return undefined;
  const m = /^([-+]?)([\d.,]+)$/.exec(text.replace(SIGNS, '').replace(SPACES, ''));
  if (!m) return Number.NaN;
  const body = m[2] ?? '';
  const dots = body.split('.').length - 1;
  const commas = body.split(',').length - 1;
  let decimal: DecimalMark | undefined;
  if (dots > 0 && commas > 0) {
    decimal = body.lastIndexOf('.') > body.lastIndexOf(',') ? '.' : ',';
  } else if (dots + commas > 0) {
    const sep: DecimalMark = dots > 0 ? '.' : ',';
    const grouped = new RegExp(`^(${groupedDigits(sep, decimalMark)})$`).test(body);
    if (dots + commas > 1 && !grouped) return Number.NaN;
    decimal = grouped && (dots + commas > 1 || sep !== decimalMark) ? undefined : sep;
  }
  const group = decimal === '.' ? ',' : decimal === ',' ? '.' : dots > 0 ? '.' : ',';
  const [whole = '', fraction, ...rest] = decimal ? body.split(decimal) : [body];
  // Grouping marks are only accepted between groups of three digits (or lakh), so "1,2,3" is not 123.
  const wholeOk =
    new RegExp(`^(\\d+|${groupedDigits(group, decimalMark)})$`).test(whole) || (whole === '' && !!fraction);
  if (rest.length > 0 || !wholeOk || (fraction !== undefined && !/^\d+$/.test(fraction))) return Number.NaN;
  const value = Number(`${whole.split(group).join('') || '0'}.${fraction ?? '0'}`);
  return m[1] === '-' ? -value : value;
}

/** A number as the user would type it back in their locale, without grouping (placeholders). */
export function formatPlain(value: number, decimalMark: DecimalMark, decimals: number): string {
  const s = value.toFixed(decimals);
  return decimalMark === ',' ? s.replace('.', ',') : s;
}

/** Money for display, e.g. `$2,250.00` (en_US) or `2.250,00 €` (de_DE). */
export function formatMoney(value: number, currency: string, locale: string): string {
  try {
    return new Intl.NumberFormat(localeTag(locale), { style: 'currency', currency }).format(value);
  } catch {
    // An unknown currency code must not break the review screen.
    return `${new Intl.NumberFormat(localeTag(locale)).format(value)} ${currency}`;
  }
}

/** A 'YYYY-MM-DD' date for display in the locale, e.g. `Jun 1, 2025`; the text itself if unreadable. */
export function formatDate(iso: string, locale: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return new Intl.DateTimeFormat(localeTag(locale), { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}
