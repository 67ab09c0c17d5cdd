// Pure KPI math: numbers in, a number out, or `undefined` where the ratio is undefined (a zero
// denominator). Inputs are already validated (finite, and non-negative where the spec says so).
// Money is in the sheet's one currency; rates and margins are fractions (12% = 0.12).

/** Revenue per unit of ad spend (4 means 4:1). */
export function roas(revenue: number, adSpend: number): number | undefined {
  return adSpend === 0 ? undefined : revenue / adSpend;
}

/** Return on investment: net gain per unit of cost, as a fraction (0.5 = 50%). */
export function roi(revenue: number, cost: number): number | undefined {
  return cost === 0 ? undefined : (revenue - cost) / cost;
}

/** Marketing efficiency ratio: all revenue per unit of all marketing spend. */
export function mer(totalRevenue: number, totalMarketingSpend: number): number | undefined {
  return totalMarketingSpend === 0 ? undefined : totalRevenue / totalMarketingSpend;
}

/** Profit on ad spend: gross profit per unit of ad spend (may be negative). */
export function poas(grossProfit: number, adSpend: number): number | undefined {
  return adSpend === 0 ? undefined : grossProfit / adSpend;
}

/** Cost per result (customer, acquisition, lead, click, view): spend / results, in currency. */
export function costPer(spend: number, results: number): number | undefined {
  return results === 0 ? undefined : spend / results;
}

/** Cost per 1,000 impressions, in currency. */
export function cpm(spend: number, impressions: number): number | undefined {
  return impressions === 0 ? undefined : (spend / impressions) * 1000;
}

/** A rate as a fraction: events per opportunity (clicks per impression, conversions per click). */
export function rate(events: number, opportunities: number): number | undefined {
  return opportunities === 0 ? undefined : events / opportunities;
}

/** Average order value: revenue per order, in currency. */
export function aov(revenue: number, orders: number): number | undefined {
  return orders === 0 ? undefined : revenue / orders;
}

/** Customer lifetime value: order value x purchases per period x periods x gross margin. */
export function ltv(
  avgOrderValue: number,
  purchasesPerPeriod: number,
  periods: number,
  grossMargin: number,
): number | undefined {
  return avgOrderValue * purchasesPerPeriod * periods * grossMargin;
}

/** Lifetime value from churn: margin-weighted revenue per period / churn per period. */
export function ltvChurn(
  revenuePerPeriod: number,
  churnRate: number,
  grossMargin: number,
): number | undefined {
  return churnRate === 0 ? undefined : (revenuePerPeriod * grossMargin) / churnRate;
}

/** LTV:CAC ratio (3 is the usual healthy mark). */
export function ltvCac(lifetimeValue: number, acquisitionCost: number): number | undefined {
  return acquisitionCost === 0 ? undefined : lifetimeValue / acquisitionCost;
}

/** Months to earn back the acquisition cost from monthly gross profit. */
export function payback(cac: number, revenuePerMonth: number, grossMargin: number): number | undefined {
  const monthlyProfit = revenuePerMonth * grossMargin;
  return monthlyProfit === 0 ? undefined : cac / monthlyProfit;
}

/** The ROAS at which ad spend is paid back by gross profit: 1 / margin. */
export function breakevenRoas(grossMargin: number): number | undefined {
  return grossMargin === 0 ? undefined : 1 / grossMargin;
}

/** The highest cost per acquisition that still breaks even on the first order, in currency. */
export function breakevenCpa(avgOrderValue: number, grossMargin: number): number | undefined {
  return avgOrderValue * grossMargin;
}
