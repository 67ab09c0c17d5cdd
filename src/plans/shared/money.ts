// Amounts in a currency: its smallest unit, and rounding to it.
import { currencyInfo } from '../currency.ts';

/** The smallest amount of a currency: 0.01 for USD or EUR, 1 for JPY or KRW (0.01 when unknown). */
export function smallestUnit(currency: string): number {
  const decimals = currencyInfo(currency)?.decimals ?? 2;
  return 1 / 10 ** decimals;
}

/** Rounded to the currency's smallest unit, so 50 x 45.1 is 2255, not 2255.0000000000005. */
export function roundToUnit(amount: number, currency: string): number {
  const perUnit = 10 ** (currencyInfo(currency)?.decimals ?? 2);
  return Math.round(amount * perUnit) / perUnit;
}
