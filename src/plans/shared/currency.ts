// Currencies the add-on knows: spreadsheet locale -> default currency code, and currency -> Sheets number format.
import { sheetsLocale } from '../../locale/locales.ts';

export interface CurrencyInfo {
  /** ISO 4217 code. */
  readonly code: string;
  /** What Sheets shows next to the amount. */
  readonly symbol: string;
  /** Minor-unit digits shown (JPY and KRW have none; BHD, KWD three; CLF four). */
  readonly decimals: number;
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

/**
 * Every ISO 4217 code with its minor-unit digits, from the currency-codes package 2.2.0 (the SIX
 * list ISO 4217's maintenance agency publishes; pinned, a dev dependency only: the unit test
 * test/unit/plans/currency-iso.test.ts holds this string to it, so the bundle carries 1 KB, not the
 * package). Chosen over Intl: Google does not document which ICU data Apps Script's V8 carries, and
 * CLDR's display digits are not ISO's minor units. CURRENCIES above wins where it lists a code
 * (its digits are what Sheets shows: IDR and HUF with none).
 */
const ISO_4217 =
  'AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD3 BIF0 BMD BND BOB ' +
  'BOV BRL BSD BTN BWP BYN BZD CAD CDF CHE CHF CHW CLF4 CLP0 CNY COP COU CRC CUC ' +
  'CUP CVE CZK DJF0 DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF0 ' +
  'GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD3 IRR ISK0 JMD JOD3 JPY0 KES KGS KHR KMF0 ' +
  'KPW KRW0 KWD3 KYD KZT LAK LBP LKR LRD LSL LYD3 MAD MDL MGA MKD MMK MNT MOP MRU ' +
  'MUR MVR MWK MXN MXV MYR MZN NAD NGN NIO NOK NPR NZD OMR3 PAB PEN PGK PHP PKR ' +
  'PLN PYG0 QAR RON RSD RUB RWF0 SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN ' +
  'SVC SYP SZL THB TJS TMT TND3 TOP TRY TTD TWD TZS UAH UGX0 USD USN UYI0 UYU UYW4 ' +
  'UZS VED VES VND0 VUV0 WST XAF0 XAG0 XAU0 XBA0 XBB0 XBC0 XBD0 XCD XDR0 XOF0 XPD0 XPF0 XPT0 ' +
  'XSU0 XTS0 XUA0 XXX0 YER ZAR ZMW ZWG ';

/** Code -> ISO minor-unit digits (a code without a digit in ISO_4217 has 2, as most do). */
export const ISO_MINOR_UNITS: ReadonlyMap<string, number> = new Map(
  ISO_4217.trim()
    .split(/ +/)
    .map((entry) => [entry.slice(0, 3), entry.length > 3 ? Number(entry.slice(3)) : 2]),
);

const BY_CODE = new Map(CURRENCIES.map((c) => [c.code, c]));

/**
 * Currency by exact ISO code (upper case), or undefined when it is no ISO 4217 code. A code only
 * the ISO list has is written with its code after the amount (`12.40 LKR`): no symbol is guessed.
 */
export function currencyInfo(code: string): CurrencyInfo | undefined {
  const known = BY_CODE.get(code);
  if (known) return known;
  const decimals = ISO_MINOR_UNITS.get(code);
  return decimals === undefined
    ? undefined
    : { code, symbol: code, decimals, position: 'suffix', name: code };
}

/**
 * Other signs reports write for a currency in text amounts, besides its symbol and code: seen in
 * downloads (`Rs.201.68`, issue 14) or the symbol of the currency's own locale (Intl, Node 20).
 */
const OTHER_SIGNS: Readonly<Record<string, readonly string[]>> = {
  LKR: ['Rs.', 'Rs', 'රු.'],
  INR: ['Rs.', 'Rs'],
  PKR: ['Rs.', 'Rs'],
  NPR: ['Rs.', 'Rs', 'रु'],
  BRL: ['R$'],
};

/** Every sign a text amount in `code` may carry, longest first (`R$` before `$`); [] when unknown. */
export function currencySigns(code: string): string[] {
  const info = currencyInfo(code);
  if (!info) return [];
  const all = new Set([info.symbol, code, ...(OTHER_SIGNS[code] ?? [])]);
  return [...all].sort((a, b) => b.length - a.length);
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
  const digits = info.decimals === 0 ? '#,##0' : `#,##0.${'0'.repeat(info.decimals)}`;
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
