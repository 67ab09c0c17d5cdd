// The cost model every feature judges by: what a result is per model, the currency's smallest
// amount, and the largest limit accepted. Declared here once; goal sheet, report flags and sidebar read it.
import { currencyInfo } from './currency.ts';

/** What is paid for: a sale (CPA), a lead (CPL) or a click (CPC). */
export type CostModel = 'CPA' | 'CPL' | 'CPC';

export const COST_MODELS: readonly CostModel[] = ['CPA', 'CPL', 'CPC'];

export function isCostModel(value: unknown): value is CostModel {
  return (COST_MODELS as readonly unknown[]).includes(value);
}

/** The report column role each model divides spend by. */
export const RESULTS_ROLE = { CPA: 'conversions', CPL: 'leads', CPC: 'clicks' } as const;

/** The results column of the goal sheet per model, as its header reads. */
export const RESULTS_NOUN = { CPA: 'Conversions', CPL: 'Leads', CPC: 'Clicks' } as const;

/**
 * The largest limit (or budget) accepted, in the currency: beyond it a typo (an extra zero or
 * three) is far likelier than intent.
 */
export const MAX_AMOUNT = 1_000_000_000;

/** MAX_AMOUNT as help texts say it (the flags' limit cell): kept beside it so both change together. */
export const MAX_AMOUNT_WORDS = 'a billion';

/**
 * Whether `amount` is a whole number of the currency's smallest unit: 45.5 is no amount of yen and
 * 45.004 none of dollars (a limit cell shows ¥46 and $45.00, and a row at ¥46 per lead would read
 * "Over by ¥1" beside it). Allows for binary fractions (45.1 / 0.01 is 4509.999999999999).
 */
export function isWholeUnits(amount: number, currency: string): boolean {
  const units = amount / smallestUnit(currency);
  return Math.abs(units - Math.round(units)) < 1e-6;
}

/** The smallest amount of a currency: 0.01 for USD or EUR, 1 for JPY or KRW (0.01 when unknown). */
export function smallestUnit(currency: string): number {
  const decimals = currencyInfo(currency)?.decimals ?? 2;
  return 1 / 10 ** decimals;
}
