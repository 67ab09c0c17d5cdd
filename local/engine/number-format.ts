// Renders a cell value as Sheets displays it, from its number format pattern and the spreadsheet locale.
// Pattern syntax: https://developers.google.com/sheets/api/guides/formats. Patterns other than
// General are rendered by numfmt (npm, MIT: "Full Excel style number formatting", with options for
// Google Sheets' date bounds), fed the locale's marks and names from our one locale table.
import { addLocale, format, isValidFormat, isDateFormat as numfmtIsDate } from 'numfmt';
import type { LocaleInfo } from './locale.ts';

/** What Apps Script reports for a cell never formatted (reported; the reference page is silent). */
export const DEFAULT_NUMBER_FORMAT = '0.###############';

function isGeneral(pattern: string | undefined): boolean {
  return !pattern || pattern === DEFAULT_NUMBER_FORMAT || /^general$/i.test(pattern);
}

/** General: up to 10 significant digits, no grouping (what a never-formatted cell shows). */
export function formatGeneral(n: number, locale: LocaleInfo): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e15) return String(n);
  const abs = Math.abs(n);
  let s: string;
  if (abs !== 0 && (abs >= 1e15 || abs < 1e-9)) {
    // Sheets writes the exponent with a capital E: 5.55112E-17, 1E+15.
    s = n.toExponential(5).replace(/\.?0*e/, 'E');
  } else {
    s = String(Number(n.toPrecision(10)));
  }
  return locale.decimal === ',' ? s.replace('.', ',') : s;
}

const REGISTERED = new Set<string>();

/** numfmt's locale for ours, registered once per code with our marks and names over numfmt's own data. */
function numfmtLocale(locale: LocaleInfo): string {
  const tag = locale.code.replace(/_/g, '-');
  if (REGISTERED.has(tag)) return tag;
  const short = (names: string[]): string[] => names.map((n) => n.slice(0, 3));
  addLocale(
    {
      decimal: locale.decimal,
      group: locale.thousands,
      currency: locale.currencySymbols[0] ?? '$',
      mmmm: locale.months as never,
      mmm: short(locale.months) as never,
      dddd: locale.days as never,
      ddd: short(locale.days) as never,
    },
    tag,
  );
  REGISTERED.add(tag);
  return tag;
}

/**
 * Display text of a number under `pattern`. An invalid pattern shows the value as General: a
 * deviation (Google's docs are silent on what Sheets shows), chosen so a cell still shows its value.
 */
export function formatNumber(n: number, pattern: string, locale: LocaleInfo): string {
  if (isGeneral(pattern) || !isValidFormat(pattern)) return formatGeneral(n, locale);
  return format(pattern, n, {
    locale: numfmtLocale(locale),
    // Sheets: serial 0 = 1899-12-30 with no 1900 leap-year bug; dates up to year 99999.
    leap1900: false,
    dateSpanLarge: true,
    ...(locale.lakh ? { grouping: [3, 2] as [number, number] } : {}),
  });
}

/** True when the pattern renders dates; such cells read back as JS Date in Apps Script. */
export function isDateFormat(pattern: string | undefined): boolean {
  if (pattern === undefined || isGeneral(pattern) || !isValidFormat(pattern)) return false;
  return numfmtIsDate(pattern);
}

/** The plain-text format `@` (https://developers.google.com/sheets/api/guides/formats): input stays text. */
export function isTextFormat(pattern: string | undefined): boolean {
  return pattern?.trim() === '@';
}
