// The one table of spreadsheet locales: decimal mark, formula argument separator, digit grouping and
// default currency for every locale Google Sheets offers (File > Settings > Locale).
//
// Sources (Google documents none of this; all reported):
// - Which locales exist and their argument separator: the list of 72 locales in Sheets' settings
//   with the 28 that separate arguments with `,` ("the rest of them use a semicolon"),
//   https://stackoverflow.com/questions/73767719 (19 Sep 2022); the same 72 names were listed in
//   https://github.com/oshliaer/google-apps-script-snippets/issues/37 (2019). Rows with
//   `source: 'sheets-list'` are those 72, and test/unit/locale/locales.test.ts holds the list.
// - Decimal mark: `,` exactly where the separator is `;` - the rule Sheets follows
//   (https://www.benlcollins.com/spreadsheets/sheets-location/: "decimal comma ... arguments in
//   formulas separated by a semi-colon"), and for all 72 it agrees with CLDR.
// - Grouping mark: CLDR (what Intl.NumberFormat gives in Node 20), where the list is silent.
// - Default currency: the currency of the locale's country (ISO 4217); Sheets' help says a
//   locale change "changes the spreadsheet's default currency"
//   (https://support.google.com/docs/answer/58515).
// - `source: 'cldr'`: locales named in our issues (en_ZA, de_LI, es_PE, es_419, ...) that the
//   2022 list does not hold. Their decimal and grouping marks come from CLDR; their argument
//   separator is `;`, which Sheets is reported to accept in every locale (it auto-corrects `;` to
//   `,` where `,` is the separator, the Stack Overflow answer above; budget-n-sheets writes `;`
//   in every locale, https://github.com/guimspace/budget-n-sheets src/formula_build.js). So a
//   formula we write there parses whichever separator Sheets really uses.

export type DecimalMark = '.' | ',';

/**
 * One-character currency signs that number text may carry before or after its digits (`$45`,
 * `45 €`, `₹1,200`): the signs of the table's currencies. Both the KPI functions and the sidebar
 * read text with these and no others, so they accept the same text.
 */
export const CURRENCY_SIGNS = '$€£¥₹₩₪₺₽₴₱฿₫₲₸₮₾₼֏';
export type ArgSeparator = ',' | ';';

export interface SheetsLocale {
  /** As Spreadsheet.getSpreadsheetLocale() returns it, e.g. `de_DE`. */
  readonly code: string;
  /** The name in Sheets' settings list (the cited list), or the CLDR name for `cldr` rows. */
  readonly name: string;
  readonly decimal: DecimalMark;
  /** Between function arguments in formulas typed or set in this locale. */
  readonly argSeparator: ArgSeparator;
  /** Between digit groups: `,` `.` U+00A0 (no-break space) U+202F (narrow no-break space) or `'`. */
  readonly grouping: string;
  /** Groups of two after the first three (12,34,567: India). */
  readonly lakh?: boolean;
  /** ISO 4217 code of the default currency. */
  readonly currency: string;
  /** The locale's short date as a Sheets pattern with a four-digit year (`m/d/yyyy`, `dd.mm.yyyy`). */
  readonly datePattern: string;
  readonly source: 'sheets-list' | 'cldr';
}

const NBSP = '\u00a0';
const NNBSP = '\u202f';

type Row = [code: string, name: string, sep: ArgSeparator, grouping: string, currency: string, lakh?: 'lakh'];

/** The 72 locales of the cited list, with its separator. */
const SHEETS_LIST: readonly Row[] = [
  ['es_AR', 'Argentina', ';', '.', 'ARS'],
  ['hy_AM', 'Armenia', ';', NBSP, 'AMD'],
  ['en_AU', 'Australia', ',', ',', 'AUD'],
  ['az_AZ', 'Azerbaijan', ';', '.', 'AZN'],
  ['be_BY', 'Belarus', ';', NBSP, 'BYN'],
  ['es_BO', 'Bolivia', ';', '.', 'BOB'],
  ['pt_BR', 'Brazil', ';', '.', 'BRL'],
  // Bulgaria has used the euro since 1 January 2026.
  ['bg_BG', 'Bulgaria', ';', NBSP, 'EUR'],
  ['en_CA', 'Canada (English)', ',', ',', 'CAD'],
  ['fr_CA', 'Canada (French)', ';', NBSP, 'CAD'],
  ['es_CL', 'Chile', ';', '.', 'CLP'],
  ['zh_CN', 'China', ',', ',', 'CNY'],
  ['es_CO', 'Colombia', ';', '.', 'COP'],
  ['hr_HR', 'Croatia', ';', '.', 'EUR'],
  ['cs_CZ', 'Czechia', ';', NBSP, 'CZK'],
  ['da_DK', 'Denmark', ';', '.', 'DKK'],
  ['es_EC', 'Ecuador', ';', '.', 'USD'],
  ['ar_EG', 'Egypt', ',', ',', 'EGP'],
  ['fi_FI', 'Finland', ';', NBSP, 'EUR'],
  ['fr_FR', 'France', ';', NNBSP, 'EUR'],
  ['ka_GE', 'Georgia', ';', NBSP, 'GEL'],
  ['de_DE', 'Germany', ';', '.', 'EUR'],
  ['el_GR', 'Greece', ';', '.', 'EUR'],
  ['zh_HK', 'Hong Kong', ',', ',', 'HKD'],
  ['hu_HU', 'Hungary', ';', NBSP, 'HUF'],
  ['en_IN', 'India', ',', ',', 'INR', 'lakh'],
  ['bn_IN', 'India (Bangla)', ',', ',', 'INR', 'lakh'],
  ['gu_IN', 'India (Gujarati)', ',', ',', 'INR', 'lakh'],
  ['kn_IN', 'India (Kannada)', ',', ',', 'INR'],
  ['ml_IN', 'India (Malayalam)', ',', ',', 'INR', 'lakh'],
  ['mr_IN', 'India (Marathi)', ',', ',', 'INR', 'lakh'],
  ['pa_IN', 'India (Punjabi)', ',', ',', 'INR', 'lakh'],
  ['ta_IN', 'India (Tamil)', ',', ',', 'INR', 'lakh'],
  ['te_IN', 'India (Telugu)', ',', ',', 'INR', 'lakh'],
  ['id_ID', 'Indonesia', ';', '.', 'IDR'],
  ['en_IE', 'Ireland', ',', ',', 'EUR'],
  ['iw_IL', 'Israel', ',', ',', 'ILS'],
  ['it_IT', 'Italy', ';', '.', 'EUR'],
  ['ja_JP', 'Japan', ',', ',', 'JPY'],
  ['kk_KZ', 'Kazakhstan', ';', NBSP, 'KZT'],
  ['lv_LV', 'Latvia', ';', NBSP, 'EUR'],
  ['lt_LT', 'Lithuania', ';', NBSP, 'EUR'],
  ['es_MX', 'Mexico', ',', ',', 'MXN'],
  ['mn_MN', 'Mongolia', ',', ',', 'MNT'],
  ['my_MM', 'Myanmar (Burma)', ',', ',', 'MMK'],
  ['nl_NL', 'Netherlands', ';', '.', 'EUR'],
  ['nb_NO', 'Norway (Bokmål)', ';', NBSP, 'NOK'],
  ['nn_NO', 'Norway (Nynorsk)', ';', NBSP, 'NOK'],
  ['es_PY', 'Paraguay', ';', '.', 'PYG'],
  ['en_PH', 'Philippines', ',', ',', 'PHP'],
  ['pl_PL', 'Poland', ';', NBSP, 'PLN'],
  ['pt_PT', 'Portugal', ';', NBSP, 'EUR'],
  ['ro_RO', 'Romania', ';', '.', 'RON'],
  ['ru_RU', 'Russia', ';', NBSP, 'RUB'],
  ['sr_RS', 'Serbia', ';', '.', 'RSD'],
  ['sk_SK', 'Slovakia', ';', NBSP, 'EUR'],
  ['sl_SI', 'Slovenia', ';', '.', 'EUR'],
  ['ko_KR', 'South Korea', ',', ',', 'KRW'],
  ['es_ES', 'Spain', ';', '.', 'EUR'],
  ['ca_ES', 'Spain (Catalan)', ';', '.', 'EUR'],
  ['sv_SE', 'Sweden', ';', NBSP, 'SEK'],
  // CLDR groups de_CH with an apostrophe.
  ['de_CH', 'Switzerland', ',', "'", 'CHF'],
  ['zh_TW', 'Taiwan', ',', ',', 'TWD'],
  ['th_TH', 'Thailand', ',', ',', 'THB'],
  ['tr_TR', 'Turkey', ';', '.', 'TRY'],
  ['uk_UA', 'Ukraine', ';', NBSP, 'UAH'],
  ['en_GB', 'United Kingdom', ',', ',', 'GBP'],
  ['cy_GB', 'United Kingdom (Welsh)', ',', ',', 'GBP'],
  ['en_US', 'United States', ',', ',', 'USD'],
  ['es_UY', 'Uruguay', ';', '.', 'UYU'],
  ['es_VE', 'Venezuela', ';', '.', 'VES'],
  ['vi_VN', 'Vietnam', ';', '.', 'VND'],
];

/** Locales outside the cited list: decimal and grouping from CLDR, `;` between arguments (see above). */
const CLDR_ROWS: readonly [
  code: string,
  name: string,
  decimal: DecimalMark,
  grouping: string,
  currency: string,
][] = [
  ['en_ZA', 'English (South Africa)', ',', NBSP, 'ZAR'],
  ['en_NZ', 'English (New Zealand)', '.', ',', 'NZD'],
  ['en_SG', 'English (Singapore)', '.', ',', 'SGD'],
  ['de_AT', 'German (Austria)', ',', NBSP, 'EUR'],
  ['de_LI', 'German (Liechtenstein)', '.', "'", 'CHF'],
  ['fr_BE', 'French (Belgium)', ',', NNBSP, 'EUR'],
  ['nl_BE', 'Dutch (Belgium)', ',', '.', 'EUR'],
  ['fr_CH', 'French (Switzerland)', ',', NNBSP, 'CHF'],
  ['it_CH', 'Italian (Switzerland)', '.', "'", 'CHF'],
  ['es_PE', 'Spanish (Peru)', '.', ',', 'PEN'],
  ['es_US', 'Spanish (United States)', '.', ',', 'USD'],
  // Latin America has no one currency; the dollar is the common pricing currency of ad platforms there.
  ['es_419', 'Spanish (Latin America)', '.', ',', 'USD'],
];

/**
 * The date pattern of each locale: CLDR's short date pattern (CLDR 48, what Intl.DateTimeFormat's
 * `dateStyle: 'short'` gives in Node 20.20; https://cldr.unicode.org, "Date/Time Patterns") with a
 * four-digit year and without its non-separator letters (bg_BG's "г."). Sheets shows a typed date
 * in the locale's own format (en_US 11/27/2026, de_DE 27.11.2026), but Apps Script has no documented
 * way to ask for that format: Range.setNumberFormat takes a pattern only
 * (https://developers.google.com/apps-script/reference/spreadsheet/range#setNumberFormat(String));
 * the Sheets API's DATE type without a pattern does it, outside Range. So we write the pattern.
 * Google documents no locale's pattern; test/unit/locale/locales.test.ts checks these against CLDR.
 */
const DATE_PATTERNS: readonly [pattern: string, codes: string][] = [
  [
    'd/m/yyyy',
    'es_AR en_AU es_BO es_EC ar_EG el_GR zh_HK bn_IN gu_IN kn_IN ml_IN mr_IN pa_IN ta_IN my_MM es_PY es_ES ca_ES th_TH es_UY es_VE vi_VN en_SG es_US es_419',
  ],
  [
    'dd.mm.yyyy',
    'hy_AM az_AZ cs_CZ da_DK ka_GE de_DE kk_KZ lv_LV nb_NO nn_NO ro_RO ru_RU de_CH uk_UA de_AT de_LI fr_CH it_CH',
  ],
  ['dd/mm/yyyy', 'pt_BR fr_FR en_IN id_ID en_IE it_IT es_MX pt_PT en_GB cy_GB en_NZ'],
  ['yyyy-mm-dd', 'en_CA fr_CA lt_LT sv_SE'],
  ['d/mm/yyyy', 'es_CO fr_BE nl_BE es_PE'],
  ['d.mm.yyyy', 'be_BY pl_PL tr_TR'],
  ['dd-mm-yyyy', 'es_CL te_IN nl_NL'],
  ['yyyy/m/d', 'zh_CN zh_TW'],
  ['d.m.yyyy', 'fi_FI iw_IL'],
  ['yyyy/mm/dd', 'ja_JP en_ZA'],
  ['m/d/yyyy', 'en_PH en_US'],
  ['d. m. yyyy', 'sk_SK sl_SI'],
  ['d.mm.yyyy.', 'bg_BG'],
  ['dd. mm. yyyy.', 'hr_HR'],
  ['yyyy. mm. dd.', 'hu_HU'],
  ['yyyy.mm.dd', 'mn_MN'],
  ['d. m. yyyy.', 'sr_RS'],
  ['yyyy. m. d.', 'ko_KR'],
];

const DATE_PATTERN_BY_CODE = new Map(
  DATE_PATTERNS.flatMap(([pattern, codes]) => codes.split(' ').map((code) => [code, pattern] as const)),
);

/** ISO order, readable in every locale, for a row the patterns above lack (none today). */
function datePatternOf(code: string): string {
  return DATE_PATTERN_BY_CODE.get(code) ?? 'yyyy-mm-dd';
}

export const SHEETS_LOCALES: readonly SheetsLocale[] = [
  ...SHEETS_LIST.map(
    ([code, name, sep, grouping, currency, lakh]): SheetsLocale => ({
      code,
      name,
      decimal: sep === ';' ? ',' : '.',
      argSeparator: sep,
      grouping,
      ...(lakh ? { lakh: true } : {}),
      currency,
      datePattern: datePatternOf(code),
      source: 'sheets-list',
    }),
  ),
  ...CLDR_ROWS.map(
    ([code, name, decimal, grouping, currency]): SheetsLocale => ({
      code,
      name,
      decimal,
      argSeparator: ';',
      grouping,
      currency,
      datePattern: datePatternOf(code),
      source: 'cldr',
    }),
  ),
];

const BY_CODE = new Map(SHEETS_LOCALES.map((l) => [l.code, l]));

/** Other spellings of a language: ISO 639 `he` against Java's legacy `iw` (Google's), `in` and `no`. */
const LANGUAGE_ALIASES: Readonly<Record<string, string>> = { he: 'iw', in: 'id', no: 'nb' };

function language(norm: string): string {
  const lang = norm.split('_')[0] ?? '';
  return LANGUAGE_ALIASES[lang] ?? lang;
}

function normalise(code: string): string {
  const [lang = '', region] = code.trim().replace(/-/g, '_').split('_');
  return region === undefined ? lang.toLowerCase() : `${lang.toLowerCase()}_${region.toUpperCase()}`;
}

/** The table row of a locale code (`de_DE`, `de-DE`, `he_IL`), or undefined if the table lacks it. */
export function findLocale(code: string): SheetsLocale | undefined {
  const norm = normalise(code);
  const region = norm.split('_')[1];
  return BY_CODE.get(norm) ?? (region ? BY_CODE.get(`${language(norm)}_${region}`) : undefined);
}

/**
 * The locale to write and read for `code`, also when the table lacks it (a locale Sheets added
 * later, a bare language `de`): the first row of the same language for the decimal and grouping
 * marks and currency, else en_US's; always `;` between arguments there, the separator Sheets is
 * reported to accept in every locale.
 */
export function sheetsLocale(code: string): SheetsLocale {
  const exact = findLocale(code);
  if (exact) return exact;
  const lang = language(normalise(code));
  const sameLanguage = SHEETS_LOCALES.find((l) => l.code.split('_')[0] === lang);
  const base = sameLanguage ?? (BY_CODE.get('en_US') as SheetsLocale);
  return { ...base, code, argSeparator: ';' };
}
