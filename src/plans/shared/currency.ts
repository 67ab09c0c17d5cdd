// Currencies the add-on knows: spreadsheet locale -> default currency code, and currency -> Sheets number format.
import { sheetsLocale } from '../../locale/locales.ts';

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
  // The default currencies of the other Sheets locales (src/locale/locales.ts). Symbol, placement
  // and digits as CLDR formats each in its own locale (Intl.NumberFormat, Node 20); `$` currencies
  // outside the US keep the sign their country writes.
  { code: 'ARS', symbol: '$', decimals: 2, position: 'prefix', name: 'Argentine peso' },
  { code: 'AMD', symbol: '֏', decimals: 2, position: 'suffix', name: 'Armenian dram' },
  { code: 'AZN', symbol: '₼', decimals: 2, position: 'suffix', name: 'Azerbaijani manat' },
  { code: 'BYN', symbol: 'Br', decimals: 2, position: 'suffix', name: 'Belarusian ruble' },
  { code: 'BOB', symbol: 'Bs', decimals: 2, position: 'prefix', name: 'Bolivian boliviano' },
  { code: 'CLP', symbol: '$', decimals: 0, position: 'prefix', name: 'Chilean peso' },
  { code: 'COP', symbol: '$', decimals: 0, position: 'prefix', name: 'Colombian peso' },
  { code: 'EGP', symbol: 'E£', decimals: 2, position: 'prefix', name: 'Egyptian pound' },
  { code: 'GEL', symbol: '₾', decimals: 2, position: 'suffix', name: 'Georgian lari' },
  { code: 'HUF', symbol: 'Ft', decimals: 0, position: 'suffix', name: 'Hungarian forint' },
  { code: 'IDR', symbol: 'Rp', decimals: 0, position: 'prefix', name: 'Indonesian rupiah' },
  { code: 'KZT', symbol: '₸', decimals: 2, position: 'suffix', name: 'Kazakhstani tenge' },
  { code: 'MNT', symbol: '₮', decimals: 2, position: 'prefix', name: 'Mongolian tögrög' },
  { code: 'MMK', symbol: 'K', decimals: 0, position: 'suffix', name: 'Myanmar kyat' },
  { code: 'PYG', symbol: '₲', decimals: 0, position: 'prefix', name: 'Paraguayan guaraní' },
  { code: 'PEN', symbol: 'S/', decimals: 2, position: 'prefix', name: 'Peruvian sol' },
  { code: 'PHP', symbol: '₱', decimals: 2, position: 'prefix', name: 'Philippine peso' },
  { code: 'RON', symbol: 'lei', decimals: 2, position: 'suffix', name: 'Romanian leu' },
  { code: 'RUB', symbol: '₽', decimals: 2, position: 'suffix', name: 'Russian ruble' },
  { code: 'RSD', symbol: 'RSD', decimals: 2, position: 'suffix', name: 'Serbian dinar' },
  { code: 'TWD', symbol: 'NT$', decimals: 2, position: 'prefix', name: 'New Taiwan dollar' },
  { code: 'THB', symbol: '฿', decimals: 2, position: 'prefix', name: 'Thai baht' },
  { code: 'UAH', symbol: '₴', decimals: 2, position: 'suffix', name: 'Ukrainian hryvnia' },
  { code: 'UYU', symbol: '$', decimals: 2, position: 'prefix', name: 'Uruguayan peso' },
  { code: 'VES', symbol: 'Bs.S', decimals: 2, position: 'prefix', name: 'Venezuelan bolívar' },
  { code: 'VND', symbol: '₫', decimals: 0, position: 'suffix', name: 'Vietnamese đồng' },
];

const BY_CODE = new Map(CURRENCIES.map((c) => [c.code, c]));

/** Currency by exact ISO code (upper case), or undefined when the add-on does not know it. */
export function currencyInfo(code: string): CurrencyInfo | undefined {
  return BY_CODE.get(code);
}

/** The default currency of a spreadsheet locale such as `de_DE` or `zh-TW`, from the locale table. */
export function currencyForLocale(locale: string): string {
  return sheetsLocale(locale).currency;
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
