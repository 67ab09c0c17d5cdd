// The single spec of every KPI custom function: it drives argument coercion, the generated
// @customfunction JSDoc, the README table, the sidebar's function reference and the native formula.
import {
  aov,
  breakevenCpa,
  breakevenRoas,
  costPer,
  cpm,
  ltv,
  ltvCac,
  ltvChurn,
  mer,
  payback,
  poas,
  rate,
  roas,
  roi,
} from '../metrics/kpis.ts';
import { EVIDENCE_SPECS } from './evidence-specs.ts';
import { native } from './native-template.ts';
import type { FunctionSpec, ParamSpec } from './spec.ts';

const margin = (purpose: string): ParamSpec => ({
  name: 'gross_margin',
  description: `Gross margin as a fraction of revenue (40% or 0.4) ${purpose}.`,
  kind: 'fraction',
  optional: true,
  defaultValue: 1,
});

/** Cost per result: spend / results, blank where there are no results. */
function costPerSpec(
  name: string,
  what: string,
  resultsParam: string,
  resultsMeaning: string,
  example: string,
): FunctionSpec {
  return {
    name,
    summary: `Cost per ${what}: spend divided by the number of ${resultsMeaning}.`,
    params: [
      { name: 'spend', description: 'Spend on the campaign or channel, in currency.', kind: 'amount' },
      { name: resultsParam, description: `Number of ${resultsMeaning}.`, kind: 'count' },
    ],
    returns: `The cost per ${what}, in the spend's currency; blank where ${resultsParam} is 0 or blank.`,
    example,
    resultFormat: 'currency',
    native: native(['spend', resultsParam], [`{${resultsParam}}`], `{spend}/{${resultsParam}}`),
    compute: costPer,
  };
}

/** A ratio a / b of two inputs: blank where b is 0 or blank. */
function ratioSpec(
  fields: Pick<FunctionSpec, 'name' | 'summary' | 'returns' | 'example' | 'resultFormat' | 'compute'>,
  numerator: ParamSpec,
  denominator: ParamSpec,
): FunctionSpec {
  const a = `{${numerator.name}}`;
  const b = `{${denominator.name}}`;
  return {
    ...fields,
    params: [numerator, denominator],
    native: native([numerator.name, denominator.name], [b], `${a}/${b}`),
  };
}

export const SPECS: readonly FunctionSpec[] = [
  ratioSpec(
    {
      name: 'ROAS',
      summary: 'Return on ad spend: revenue earned per unit of ad spend (4 means 4:1).',
      returns: 'The ROAS ratio; blank where ad spend is 0 or blank.',
      example: '=ROAS(B2:B40, C2:C40)',
      resultFormat: 'ratio',
      compute: roas,
    },
    { name: 'revenue', description: 'Revenue attributed to the ads, in currency.', kind: 'amount' },
    { name: 'ad_spend', description: 'Ad spend, in the same currency.', kind: 'amount' },
  ),
  {
    name: 'ROI',
    summary: 'Return on investment: net gain (revenue minus cost) per unit of cost.',
    params: [
      { name: 'revenue', description: 'Revenue earned from the investment, in currency.', kind: 'amount' },
      { name: 'cost', description: 'Total cost of the investment, in the same currency.', kind: 'amount' },
    ],
    returns: 'ROI as a fraction (0.5 = 50%, negative for a loss); blank where cost is 0 or blank.',
    example: '=ROI(B2:B40, C2:C40)',
    resultFormat: 'percent',
    native: native(['revenue', 'cost'], ['{cost}'], '({revenue}-{cost})/{cost}'),
    compute: roi,
  },
  ratioSpec(
    {
      name: 'MER',
      summary:
        'Marketing efficiency ratio: total revenue per unit of total marketing spend, across all channels.',
      returns: 'The MER ratio; blank where total marketing spend is 0 or blank.',
      example: '=MER(B2, C2)',
      resultFormat: 'ratio',
      compute: mer,
    },
    {
      name: 'total_revenue',
      description: 'Total business revenue for the period, in currency.',
      kind: 'amount',
    },
    {
      name: 'total_marketing_spend',
      description: 'Total marketing spend across all channels for the period, in the same currency.',
      kind: 'amount',
    },
  ),
  costPerSpec('CAC', 'acquired customer', 'new_customers', 'new customers acquired', '=CAC(B2:B13, C2:C13)'),
  costPerSpec(
    'CPA',
    'acquisition',
    'acquisitions',
    'acquisitions (conversions, sales)',
    '=CPA(C2:C40, D2:D40)',
  ),
  costPerSpec('CPL', 'lead', 'leads', 'leads', '=CPL(D2, E2)'),
  costPerSpec('CPC', 'click', 'clicks', 'clicks', '=CPC(C2:C40, E2:E40)'),
  {
    name: 'CPM',
    summary: 'Cost per mille: spend per 1,000 impressions.',
    params: [
      { name: 'spend', description: 'Spend on the campaign or channel, in currency.', kind: 'amount' },
      { name: 'impressions', description: 'Number of impressions served.', kind: 'count' },
    ],
    returns:
      "The cost per 1,000 impressions, in the spend's currency; blank where impressions are 0 or blank.",
    example: '=CPM(C2:C40, F2:F40)',
    resultFormat: 'currency',
    native: native(['spend', 'impressions'], ['{impressions}'], '{spend}/{impressions}*1000'),
    compute: cpm,
  },
  {
    name: 'CTR',
    summary: 'Click-through rate: clicks per impression, as a fraction (format the cell as %).',
    params: [
      { name: 'clicks', description: 'Number of clicks.', kind: 'count' },
      { name: 'impressions', description: 'Number of impressions served.', kind: 'count' },
    ],
    returns: 'The CTR as a fraction (0.02 = 2%); blank where impressions are 0 or blank.',
    example: '=CTR(E2:E40, F2:F40)',
    resultFormat: 'percent',
    native: native(['clicks', 'impressions'], ['{impressions}'], '{clicks}/{impressions}'),
    compute: rate,
  },
  {
    name: 'CVR',
    summary: 'Conversion rate: conversions per click, as a fraction (format the cell as %).',
    params: [
      { name: 'conversions', description: 'Number of conversions.', kind: 'count' },
      { name: 'clicks', description: 'Number of clicks (or sessions) that could convert.', kind: 'count' },
    ],
    returns: 'The conversion rate as a fraction (0.05 = 5%); blank where clicks are 0 or blank.',
    example: '=CVR(G2:G40, E2:E40)',
    resultFormat: 'percent',
    native: native(['conversions', 'clicks'], ['{clicks}'], '{conversions}/{clicks}'),
    compute: rate,
  },
  {
    name: 'LTV',
    summary:
      'Customer lifetime value: average order value x purchases per period x periods as a customer (x gross margin).',
    params: [
      { name: 'avg_order_value', description: 'Average order value, in currency.', kind: 'amount' },
      {
        name: 'purchases_per_period',
        description: 'Average purchases per customer per period (e.g. per year).',
        kind: 'ratio',
      },
      { name: 'periods', description: 'Average customer lifespan, in the same periods.', kind: 'ratio' },
      margin('to count profit rather than revenue'),
    ],
    returns: 'The lifetime value per customer, in currency (gross profit when a margin is given).',
    example: '=LTV(80, 3, 2, 40%)',
    resultFormat: 'currency',
    native: native(
      ['avg_order_value', 'purchases_per_period', 'periods', 'gross_margin'],
      [],
      '{avg_order_value}*{purchases_per_period}*{periods}*{gross_margin}',
    ),
    compute: ltv,
  },
  {
    name: 'LTV_CHURN',
    summary: 'Customer lifetime value from churn: revenue per period x gross margin / churn rate per period.',
    params: [
      {
        name: 'revenue_per_period',
        description: 'Average revenue per customer per period (e.g. monthly ARPU), in currency.',
        kind: 'amount',
      },
      {
        name: 'churn_rate',
        description: 'Share of customers lost per period, as a fraction (5% or 0.05).',
        kind: 'fraction',
      },
      margin('to count profit rather than revenue'),
    ],
    returns: 'The lifetime value per customer, in currency; blank where churn rate is 0 or blank.',
    example: '=LTV_CHURN(50, 5%, 70%)',
    resultFormat: 'currency',
    native: native(
      ['revenue_per_period', 'churn_rate', 'gross_margin'],
      ['{churn_rate}'],
      '{revenue_per_period}*{gross_margin}/{churn_rate}',
    ),
    compute: ltvChurn,
  },
  ratioSpec(
    {
      name: 'LTV_CAC',
      summary:
        'The LTV:CAC ratio: customer lifetime value per unit of acquisition cost (3 is the usual healthy mark).',
      returns: 'The LTV:CAC ratio; blank where CAC is 0 or blank.',
      example: '=LTV_CAC(B2:B13, C2:C13)',
      resultFormat: 'ratio',
      compute: ltvCac,
    },
    { name: 'ltv', description: 'Customer lifetime value, in currency.', kind: 'amount' },
    { name: 'cac', description: 'Customer acquisition cost, in the same currency.', kind: 'amount' },
  ),
  {
    name: 'PAYBACK',
    summary:
      'CAC payback period: months of gross profit needed to earn back the cost of acquiring a customer.',
    params: [
      { name: 'cac', description: 'Customer acquisition cost, in currency.', kind: 'amount' },
      {
        name: 'revenue_per_month',
        description: 'Average revenue per customer per month, in the same currency.',
        kind: 'amount',
      },
      margin('so payback counts profit rather than revenue'),
    ],
    returns: 'The payback period in months; blank where monthly revenue or margin is 0 or blank.',
    example: '=PAYBACK(150, 40, 60%)',
    resultFormat: 'months',
    native: native(
      ['cac', 'revenue_per_month', 'gross_margin'],
      ['{revenue_per_month}*{gross_margin}'],
      '{cac}/({revenue_per_month}*{gross_margin})',
    ),
    compute: payback,
  },
  {
    name: 'BREAKEVEN_ROAS',
    summary: 'Break-even ROAS: 1 / gross margin, the ROAS at which ads pay for themselves.',
    params: [
      {
        name: 'gross_margin',
        description: 'Gross margin as a fraction of revenue (40% or 0.4).',
        kind: 'fraction',
      },
    ],
    returns: 'The break-even ROAS ratio; blank where the margin is 0 or blank.',
    example: '=BREAKEVEN_ROAS(40%)',
    resultFormat: 'ratio',
    native: native(['gross_margin'], ['{gross_margin}'], '1/{gross_margin}'),
    compute: breakevenRoas,
  },
  ratioSpec(
    {
      name: 'AOV',
      summary: 'Average order value: revenue per order.',
      returns: 'The average order value, in currency; blank where orders are 0 or blank.',
      example: '=AOV(B2:B40, C2:C40)',
      resultFormat: 'currency',
      compute: aov,
    },
    { name: 'revenue', description: 'Revenue from the orders, in currency.', kind: 'amount' },
    { name: 'orders', description: 'Number of orders.', kind: 'count' },
  ),
  ratioSpec(
    {
      name: 'POAS',
      summary:
        'Profit on ad spend: gross profit earned per unit of ad spend (above 1 means the ads made a profit).',
      returns: 'The POAS ratio; blank where ad spend is 0 or blank.',
      example: '=POAS(D2:D40, C2:C40)',
      resultFormat: 'ratio',
      compute: poas,
    },
    {
      name: 'gross_profit',
      description:
        'Gross profit attributed to the ads (revenue minus cost of goods), in currency; may be negative.',
      kind: 'number',
    },
    { name: 'ad_spend', description: 'Ad spend, in the same currency.', kind: 'amount' },
  ),
  costPerSpec('CPV', 'view', 'views', 'video views', '=CPV(C2:C40, H2:H40)'),
  {
    name: 'BREAKEVEN_CPA',
    summary:
      'Break-even CPA: average order value x gross margin, the most a sale may cost before it loses money.',
    params: [
      { name: 'avg_order_value', description: 'Average order value, in currency.', kind: 'amount' },
      {
        name: 'gross_margin',
        description: 'Gross margin as a fraction of revenue (40% or 0.4).',
        kind: 'fraction',
      },
    ],
    returns: 'The break-even cost per acquisition, in currency.',
    example: '=BREAKEVEN_CPA(80, 40%)',
    resultFormat: 'currency',
    native: native(['avg_order_value', 'gross_margin'], [], '{avg_order_value}*{gross_margin}'),
    compute: breakevenCpa,
  },
  ...EVIDENCE_SPECS,
];
