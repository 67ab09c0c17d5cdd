// Amounts in a currency: rounding to its smallest unit.
import { currencyInfo } from './currency.ts';

/** Rounded to the currency's smallest unit, so 50 x 45.1 is 2255, not 2255.0000000000005. */
export function roundToUnit(amount: number, currency: string): number {
  const perUnit = 10 ** (currencyInfo(currency)?.decimals ?? 2);
  return Math.round(amount * perUnit) / perUnit;
}
