// Spreadsheet locales of the local spreadsheet: separators for formulas and numbers, default formats,
// month names - for every locale of the add-on's one locale table (src/locale/locales.ts).
import type { ConfigParams } from 'hyperformula';
import { findLocale, SHEETS_LOCALES } from '../../src/locale/locales.ts';
import { currencyInfo, currencyNumberFormat } from '../../src/plans/shared/currency.ts';

export interface LocaleInfo {
  /** Apps Script locale code as returned by Spreadsheet.getSpreadsheetLocale(). */
  code: string;
  decimal: '.' | ',';
  /** Digit grouping mark shown by `#,##0` patterns (a no-break space in fr_FR). */
  thousands: string;
  /** 12,34,567: groups of two after the first three (India). */
  lakh: boolean;
  /** Function argument separator in formulas typed or set in this locale. */
  argSeparator: ',' | ';';
  currencySymbols: string[];
  /** Number format Sheets applies to a typed date / typed currency amount. */
  dateFormat: string;
  currencyFormat: string;
  months: string[];
  days: string[];
  /** Accepted typed-date patterns (HyperFormula syntax). */
  dateInputs: string[];
}

/**
 * The typed-currency formats the local spreadsheet gave en_US and de_DE before the table (kept:
 * tests and the README rely on them); other locales take CLDR's. A typed date takes the table's
 * date pattern (CLDR's short date, src/locale/locales.ts), as Google documents no locale's formats.
 */
const KNOWN: Readonly<Record<string, { currencyFormat: string }>> = {
  en_US: { currencyFormat: '"$"#,##0.00' },
  de_DE: { currencyFormat: '#,##0.00 [$€]' },
};

/** BCP 47 tag with Latin digits and the Gregorian calendar (Sheets' serial dates are Gregorian). */
function intlTag(code: string): string {
  const [lang = 'en', region] = code.split('_');
  const base = lang === 'iw' ? 'he' : lang;
  return `${base}${region ? `-${region}` : ''}-u-ca-gregory-nu-latn`;
}

/** The HyperFormula typed-date patterns of a Sheets date pattern; only `. / -` separators parse there. */
function dateInputs(dateFormat: string): string[] {
  const four = dateFormat.replace(/y+/, 'YYYY').replace(/m+/, 'MM').replace(/d+/, 'DD').replace(/\s+/g, '');
  const out = [four, four.replace('YYYY', 'YY'), 'YYYY/MM/DD'].filter((f) => /^[YMD./-]+$/.test(f));
  return [...new Set(out)];
}

function names(tag: string, kind: 'month' | 'weekday'): string[] {
  const fmt = new Intl.DateTimeFormat(
    tag,
    kind === 'month' ? { month: 'long', timeZone: 'UTC' } : { weekday: 'long', timeZone: 'UTC' },
  );
  // 2023-01-01 was a Sunday: days[0] is Sunday, the first day of numfmt's dddd.
  return Array.from({ length: kind === 'month' ? 12 : 7 }, (_, i) =>
    fmt.format(kind === 'month' ? new Date(Date.UTC(2023, i, 15)) : new Date(Date.UTC(2023, 0, 1 + i))),
  );
}

const CACHE = new Map<string, LocaleInfo>();

/** The local spreadsheet's view of a locale of the table; an unknown code is a clear error. */
export function localeInfo(code: string): LocaleInfo {
  const cached = CACHE.get(code);
  if (cached) return cached;
  const row = findLocale(code);
  if (!row || row.code !== code) {
    const hint = row ? ` (did you mean ${row.code}?)` : '';
    throw new Error(
      `not emulated: locale ${JSON.stringify(code)}${hint}. Supported: the Sheets locales of src/locale/locales.ts (${SHEETS_LOCALES.length}, e.g. en_US, de_DE, fr_FR, ja_JP).`,
    );
  }
  const tag = intlTag(row.code);
  const known = KNOWN[row.code];
  const dateFormat = row.datePattern;
  const symbol = currencyInfo(row.currency)?.symbol ?? row.currency;
  const info: LocaleInfo = {
    code: row.code,
    decimal: row.decimal,
    thousands: row.grouping,
    lakh: row.lakh === true,
    argSeparator: row.argSeparator,
    currencySymbols: [symbol],
    dateFormat,
    currencyFormat: known?.currencyFormat ?? currencyNumberFormat(row.currency),
    months: names(tag, 'month'),
    days: names(tag, 'weekday'),
    dateInputs: dateInputs(dateFormat),
  };
  CACHE.set(code, info);
  return info;
}

/** HyperFormula's thousands separator: one of its four, never the argument or decimal separator. */
function engineThousands(locale: LocaleInfo): ConfigParams['thousandSeparator'] {
  if (locale.thousands === locale.argSeparator || locale.lakh) return '';
  if (locale.thousands === ',' || locale.thousands === '.') return locale.thousands;
  // No-break spaces and apostrophes: typed input is ungrouped first (typed-input.ts).
  return '';
}

/**
 * HyperFormula settings for a locale. Function names stay English in every locale: Sheets'
 * localized function names are an opt-in setting (docs silent on Apps Script's behaviour).
 */
export function engineConfig(locale: LocaleInfo): Partial<ConfigParams> {
  return {
    licenseKey: 'gpl-v3',
    decimalSeparator: locale.decimal,
    // HyperFormula forbids a thousands separator equal to the argument separator (en_US ','), so
    // grouped numbers typed are ungrouped before they reach the engine (typed-input.ts).
    thousandSeparator: engineThousands(locale),
    functionArgSeparator: locale.argSeparator,
    // Inline arrays: Sheets writes {1,2;3,4} (en_US) and {1\\2;3\\4} (de_DE); HyperFormula knows only
    // ',' / ';' for columns and ';' / '|' for rows, so de_DE arrays reach it as {1;2|3;4}
    // (formula-syntax.ts rewrites them both ways).
    arrayColumnSeparator: locale.argSeparator === ';' ? ';' : ',',
    arrayRowSeparator: locale.argSeparator === ';' ? '|' : ';',
    currencySymbol: locale.currencySymbols,
    dateFormats: locale.dateInputs,
    // Sheets compares text case-insensitively (=\"a\"=\"A\" is TRUE).
    caseSensitive: false,
    // Sheets: serial 0 = 1899-12-30 and no 1900 leap-year bug.
    nullDate: { year: 1899, month: 12, day: 30 },
    leapYear1900: false,
    useArrayArithmetic: false,
    // Sheets stores and computes plain IEEE doubles: getValues returns the stored double
    // (https://developers.google.com/apps-script/reference/spreadsheet/range#getValues()), so
    // =0.1+0.2 reads back 0.30000000000000004 (General shows 0.3, rendered by number-format.ts).
    // HyperFormula's smartRounding would round exported values to ~11 significant digits (1/3 ->
    // 0.33333333333, a 14:00 Date -> 13:59:59.971) and compare/subtract with an epsilon
    // (=10.1-10=0.1 TRUE). Google's docs are silent on comparisons; Sheets is reported to compare
    // exact doubles ((0.6-0.3-0.4)+(-0.3+0.8-0.4)=0 is FALSE,
    // https://webapps.stackexchange.com/questions/80125), which is what `false` gives.
    smartRounding: false,
  };
}
