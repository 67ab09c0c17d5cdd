// Currencies the add-on knows: spreadsheet locale -> default currency code, and currency -> Sheets number format.

export interface CurrencyInfo {
  /** ISO 4217 code. */
  readonly code: string;
  /** What Sheets shows next to the amount. */
  readonly symbol: string;
  /** Minor-unit digits shown (JPY and KRW have none). */
  readonly decimals: 0 | 2;
  /** Where the symbol goes in the number format. */
  readonly position: 'prefix' | 'suffix';
  readonly name: string;
}

/** A small ISO 4217 list: the currencies performance marketers bill in most. */
export const CURRENCIES: ReadonlyArray<CurrencyInfo> = [
  { code: 'USD', symbol: '$', decimals: 2, position: 'prefix', name: 'US dollar' },
  { code: 'EUR', symbol: '€', decimals: 2, position: 'suffix', name: 'Euro' },
  { code: 'GBP', symbol: '£', decimals: 2, position: 'prefix', name: 'Pound sterling' },
  { code: 'JPY', symbol: '¥', decimals: 0, position: 'prefix', name: 'Japanese yen' },
  { code: 'CHF', symbol: 'CHF', decimals: 2, position: 'suffix', name: 'Swiss franc' },
  { code: 'CAD', symbol: 'CA$', decimals: 2, position: 'prefix', name: 'Canadian dollar' },
  { code: 'AUD', symbol: 'A$', decimals: 2, position: 'prefix', name: 'Australian dollar' },
  { code: 'NZD', symbol: 'NZ$', decimals: 2, position: 'prefix', name: 'New Zealand dollar' },
  { code: 'SEK', symbol: 'kr', decimals: 2, position: 'suffix', name: 'Swedish krona' },
  { code: 'NOK', symbol: 'kr', decimals: 2, position: 'suffix', name: 'Norwegian krone' },
  { code: 'DKK', symbol: 'kr.', decimals: 2, position: 'suffix', name: 'Danish krone' },
  { code: 'PLN', symbol: 'zł', decimals: 2, position: 'suffix', name: 'Polish złoty' },
  { code: 'CZK', symbol: 'Kč', decimals: 2, position: 'suffix', name: 'Czech koruna' },
  { code: 'BRL', symbol: 'R$', decimals: 2, position: 'prefix', name: 'Brazilian real' },
  { code: 'MXN', symbol: 'MX$', decimals: 2, position: 'prefix', name: 'Mexican peso' },
  { code: 'INR', symbol: '₹', decimals: 2, position: 'prefix', name: 'Indian rupee' },
  { code: 'CNY', symbol: 'CN¥', decimals: 2, position: 'prefix', name: 'Chinese yuan' },
  { code: 'HKD', symbol: 'HK$', decimals: 2, position: 'prefix', name: 'Hong Kong dollar' },
  { code: 'SGD', symbol: 'S$', decimals: 2, position: 'prefix', name: 'Singapore dollar' },
  { code: 'KRW', symbol: '₩', decimals: 0, position: 'prefix', name: 'South Korean won' },
  { code: 'ZAR', symbol: 'R', decimals: 2, position: 'prefix', name: 'South African rand' },
  { code: 'TRY', symbol: '₺', decimals: 2, position: 'prefix', name: 'Turkish lira' },
  { code: 'AED', symbol: 'AED', decimals: 2, position: 'prefix', name: 'UAE dirham' },
  { code: 'ILS', symbol: '₪', decimals: 2, position: 'prefix', name: 'Israeli new shekel' },
];

const BY_CODE = new Map(CURRENCIES.map((c) => [c.code, c]));

/** Currency by exact ISO code (upper case), or undefined when the add-on does not know it. */
export function currencyInfo(code: string): CurrencyInfo | undefined {
  return BY_CODE.get(code);
}

/** Full locales whose currency differs from what their language alone suggests. */
const LOCALE_CURRENCY: Readonly<Record<string, string>> = {
  en_US: 'USD',
  en_GB: 'GBP',
  en_IE: 'EUR',
  en_CA: 'CAD',
  fr_CA: 'CAD',
  en_AU: 'AUD',
  en_NZ: 'NZD',
  en_IN: 'INR',
  hi_IN: 'INR',
  en_SG: 'SGD',
  en_ZA: 'ZAR',
  en_HK: 'HKD',
  zh_HK: 'HKD',
  zh_CN: 'CNY',
  de_CH: 'CHF',
  fr_CH: 'CHF',
  it_CH: 'CHF',
  pt_BR: 'BRL',
  pt_PT: 'EUR',
  es_MX: 'MXN',
  es_ES: 'EUR',
  es_US: 'USD',
};

/** Language -> currency when only the language is known (or the full locale is not listed). */
const LANGUAGE_CURRENCY: Readonly<Record<string, string>> = {
  en: 'USD',
  de: 'EUR',
  fr: 'EUR',
  it: 'EUR',
  es: 'EUR',
  nl: 'EUR',
  pt: 'EUR',
  fi: 'EUR',
  el: 'EUR',
  ja: 'JPY',
  ko: 'KRW',
  sv: 'SEK',
  nb: 'NOK',
  no: 'NOK',
  da: 'DKK',
  pl: 'PLN',
  cs: 'CZK',
  tr: 'TRY',
  he: 'ILS',
  iw: 'ILS',
  zh: 'CNY',
};

/** The default currency for a spreadsheet locale such as `de_DE` or `en-GB`; USD when unknown. */
export function currencyForLocale(locale: string): string {
  const norm = locale.replace('-', '_');
  const exact = LOCALE_CURRENCY[norm];
  if (exact) return exact;
  const lang = norm.split('_')[0]?.toLowerCase() ?? '';
  return LANGUAGE_CURRENCY[lang] ?? 'USD';
}

/**
 * Sheets number format for amounts in `code`, e.g. `[$$]#,##0.00` or `#,##0.00 [$€]`. The `,` and
 * `.` in a number format are placeholders that Sheets renders with the locale's separators.
 */
export function currencyNumberFormat(code: string): string {
  const info = currencyInfo(code);
  if (!info) throw new Error(`Unknown currency code ${JSON.stringify(code)}`);
  const digits = info.decimals === 0 ? '#,##0' : '#,##0.00';
  return info.position === 'prefix' ? `[$${info.symbol}]${digits}` : `${digits} [$${info.symbol}]`;
}

/** Amount as text for messages, e.g. `$12.40` / `12.40 €`; no locale digit grouping. */
export function formatAmount(amount: number, code: string): string {
  const info = currencyInfo(code);
  const digits = info?.decimals ?? 2;
  const n = amount.toFixed(digits);
  if (!info) return `${n} ${code}`;
  return info.position === 'prefix' ? `${info.symbol}${n}` : `${n} ${info.symbol}`;
}
