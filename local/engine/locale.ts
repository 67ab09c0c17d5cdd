// Spreadsheet locales: separators for formulas and numbers, default formats, month names.
import type { ConfigParams } from 'hyperformula';

export interface LocaleInfo {
  /** Apps Script locale code as returned by Spreadsheet.getSpreadsheetLocale(). */
  code: string;
  decimal: '.' | ',';
  thousands: ',' | '.';
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

const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DE_MONTHS = [
  'Januar',
  'Februar',
  'März',
  'April',
  'Mai',
  'Juni',
  'Juli',
  'August',
  'September',
  'Oktober',
  'November',
  'Dezember',
];
const EN_DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const DE_DAYS = ['Sonntag', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag'];

const LOCALES: Record<string, LocaleInfo> = {
  en_US: {
    code: 'en_US',
    decimal: '.',
    thousands: ',',
    argSeparator: ',',
    currencySymbols: ['$'],
    dateFormat: 'm/d/yyyy',
    currencyFormat: '"$"#,##0.00',
    months: EN_MONTHS,
    days: EN_DAYS,
    dateInputs: ['MM/DD/YYYY', 'MM/DD/YY', 'YYYY/MM/DD'],
  },
  de_DE: {
    code: 'de_DE',
    decimal: ',',
    thousands: '.',
    // Where the decimal mark is a comma, Sheets separates function arguments with ';'.
    argSeparator: ';',
    currencySymbols: ['€'],
    dateFormat: 'dd.mm.yyyy',
    currencyFormat: '#,##0.00 [$€]',
    months: DE_MONTHS,
    days: DE_DAYS,
    dateInputs: ['DD.MM.YYYY', 'DD.MM.YY', 'YYYY/MM/DD'],
  },
};

export function localeInfo(code: string): LocaleInfo {
  const info = LOCALES[code];
  if (!info) throw new Error(`not emulated: locale ${code} (supported: ${Object.keys(LOCALES).join(', ')})`);
  return info;
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
    // grouped numbers typed in en_US are ungrouped before they reach the engine (Workbook.toContent).
    thousandSeparator: locale.thousands === locale.argSeparator ? '' : locale.thousands,
    functionArgSeparator: locale.argSeparator,
    // Inline arrays: Sheets writes {1,2;3,4} (en_US) and {1\\2;3\\4} (de_DE); HyperFormula knows only
    // ',' / ';' for columns and ';' / '|' for rows, so de_DE arrays are {1;2|3;4} here (a deviation).
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
