// Pure number reading and formatting for the sidebar: what a marketer types ("1,250.50", "45,5",
// "$45") -> a number, in the spreadsheet's locale, by the KPI functions' grammar; no DOM.
import { type DecimalMark, sheetsLocale } from '../src/locale/locales.ts';
import { readNumberText } from '../src/plans/shared/number-text.ts';

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

/**
 * Reads a typed number by the grammar the KPI functions read cell text with
 * (src/plans/shared/number-text.ts: the locale's decimal mark decides, `12%` is 0.12, `45,50` in
 * en_US is refused). Blank (or `--`) -> undefined; unreadable -> NaN.
 */
export function parseNumber(text: string, decimalMark: DecimalMark): number | undefined {
  const n = readNumberText(text, decimalMark);
  if (n === undefined) return Number.NaN;
  return Number.isNaN(n) ? undefined : n;
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

/**
 * What to say when `text` is refused in this spreadsheet but is a number written with the other
 * decimal mark (`45.50` in de_DE, `45,50` in en_US): the sheet would refuse it too, so the words
 * name this sheet's mark and the number as it takes it. Undefined for anything else.
 */
export function decimalMarkHint(text: string, decimalMark: DecimalMark): string | undefined {
  const other: DecimalMark = decimalMark === ',' ? '.' : ',';
  if (!Number.isNaN(parseNumber(text, decimalMark) ?? 0) || !text.includes(other)) return undefined;
  const value = parseNumber(text, other);
  if (value === undefined || Number.isNaN(value)) return undefined;
  const typed = String(value).replace('.', decimalMark);
  return `Use a ${decimalMark === ',' ? 'comma' : 'point'} for decimals in this spreadsheet: ${typed}.`;
}
