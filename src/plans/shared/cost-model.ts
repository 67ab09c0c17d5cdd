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

/** The smallest amount of a currency: 0.01 for USD or EUR, 1 for JPY or KRW (0.01 when unknown). */
export function smallestUnit(currency: string): number {
  const decimals = currencyInfo(currency)?.decimals ?? 2;
  return 1 / 10 ** decimals;
}
