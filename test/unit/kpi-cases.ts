// Table of KPI custom-function calls and what they must give: shared by the unit tests (through
// src/) and the built-artifact tests (through dist/Code.js), so both run the same cases.

import { normalCdf } from '../reference/distributions.ts';

export type Expected = number | '' | (number | '')[][];

export interface KpiCase {
  readonly fn: string;
  readonly args: readonly unknown[];
  readonly expected: Expected;
  /** Why the case matters, shown in the test name. */
  readonly note: string;
}

export interface KpiErrorCase {
  readonly fn: string;
  readonly args: readonly unknown[];
  /** The exact message the user sees in the #ERROR! tooltip. */
  readonly message: string;
}

const col = (...xs: (number | string)[]): (number | string)[][] => xs.map((x) => [x]);

/** P(Gamma(5, 1) <= x) by its closed form (a Poisson sum): the posterior of 4 results. */
const gamma5 = (x: number): number => 1 - Math.exp(-x) * (1 + x + x ** 2 / 2 + x ** 3 / 6 + x ** 4 / 24);

export const KPI_CASES: readonly KpiCase[] = [
  // Textbook figures.
  { fn: 'ROAS', args: [4, 1], expected: 4, note: '$4 revenue per $1 spend is a ROAS of 4' },
  { fn: 'CAC', args: [15000, 100], expected: 150, note: '$15,000 for 100 customers is a CAC of $150' },
  { fn: 'CPL', args: [2250, 50], expected: 45, note: '$2,250 for 50 leads is a CPL of $45' },
  // One or more cases per function.
  { fn: 'ROAS', args: [12500, 2500], expected: 5, note: 'ROAS 5:1' },
  { fn: 'ROAS', args: [0, 300], expected: 0, note: 'no revenue is a real 0, not blank' },
  { fn: 'ROAS', args: [300, 0], expected: '', note: 'zero spend is blank' },
  { fn: 'ROI', args: [15000, 10000], expected: 0.5, note: '50% return' },
  { fn: 'ROI', args: [8000, 10000], expected: -0.2, note: 'a loss is negative' },
  { fn: 'ROI', args: [8000, 0], expected: '', note: 'zero cost is blank' },
  { fn: 'MER', args: [500000, 100000], expected: 5, note: 'blended 5x' },
  { fn: 'CPA', args: [5000, 125], expected: 40, note: '$5,000 for 125 sales' },
  { fn: 'CPC', args: [1200, 800], expected: 1.5, note: '$1,200 for 800 clicks' },
  { fn: 'CPC', args: [1200, 0], expected: '', note: 'no clicks is blank' },
  { fn: 'CPM', args: [500, 100000], expected: 5, note: '$500 for 100k impressions is a $5 CPM' },
  { fn: 'CTR', args: [250, 10000], expected: 0.025, note: '2.5% CTR' },
  { fn: 'CVR', args: [30, 1000], expected: 0.03, note: '3% conversion rate' },
  { fn: 'LTV', args: [80, 3, 2], expected: 480, note: 'revenue LTV without a margin' },
  { fn: 'LTV', args: [80, 3, 2, 0.4], expected: 192, note: 'profit LTV with a 40% margin' },
  { fn: 'LTV', args: [80, 3, 2, '40%'], expected: 192, note: 'margin as percent text' },
  { fn: 'LTV_CHURN', args: [50, 0.05], expected: 1000, note: '$50/month at 5% churn' },
  { fn: 'LTV_CHURN', args: [50, 0.05, 0.7], expected: 700, note: 'with a 70% margin' },
  { fn: 'LTV_CHURN', args: [50, 0], expected: '', note: 'zero churn is blank, not infinite' },
  { fn: 'LTV_CAC', args: [450, 150], expected: 3, note: 'the healthy 3:1 mark' },
  { fn: 'PAYBACK', args: [150, 50], expected: 3, note: '$150 CAC at $50 a month' },
  { fn: 'PAYBACK', args: [150, 40, 0.6], expected: 6.25, note: 'margin-adjusted payback' },
  { fn: 'PAYBACK', args: [150, 40, 0], expected: '', note: 'zero margin never pays back: blank' },
  { fn: 'BREAKEVEN_ROAS', args: [0.4], expected: 2.5, note: '40% margin breaks even at 2.5x' },
  { fn: 'BREAKEVEN_ROAS', args: [0], expected: '', note: 'zero margin is blank' },
  { fn: 'AOV', args: [9000, 120], expected: 75, note: '$9,000 over 120 orders' },
  { fn: 'POAS', args: [3000, 1000], expected: 3, note: 'profit 3x spend' },
  { fn: 'POAS', args: [-500, 1000], expected: -0.5, note: 'a negative profit is allowed' },
  { fn: 'CPV', args: [300, 10000], expected: 0.03, note: '$0.03 per view' },
  { fn: 'BREAKEVEN_CPA', args: [80, 0.4], expected: 32, note: '$80 order at 40% margin' },
  // Ranges, broadcasting, blanks and number-like text.
  {
    fn: 'ROAS',
    args: [col(400, 900, 0, 120), col(100, 300, 50, 0)],
    expected: [[4], [3], [0], ['']],
    note: 'a column spills a column',
  },
  {
    fn: 'CPL',
    args: [col(2250, 900, '', 300), 50],
    expected: [[45], [18], [''], [6]],
    note: 'a single value broadcasts; a blank cell gives a blank',
  },
  {
    fn: 'CPL',
    args: [[[2250]], col(50, 25, '--')],
    expected: [[45], [90], ['']],
    note: "a 1x1 range broadcasts; an ad export's -- is blank",
  },
  {
    fn: 'CTR',
    args: [
      [
        [10, 20],
        [30, 0],
      ],
      [
        [1000, 1000],
        [0, 500],
      ],
    ],
    expected: [
      [0.01, 0.02],
      ['', 0],
    ],
    note: 'a 2x2 block stays 2x2',
  },
  {
    fn: 'CPC',
    args: [col('$1,234.50', '€45', ' 7 ', '1200'), col(1, '3', 7, '1,000')],
    expected: [[1234.5], [15], [1], [1.2]],
    note: 'number-like text is read as a number',
  },
  { fn: 'ROAS', args: [[[4]], [[1]]], expected: [[4]], note: '1x1 ranges give a 1x1 range' },
  { fn: 'ROAS', args: ['', 100], expected: '', note: 'a blank single value gives blank' },
  { fn: 'LTV', args: [80, 3, 2, '12%'], expected: 57.6, note: '12% text is 0.12' },
  {
    fn: 'LTV',
    args: [col(80, 100), 3, 2, col(0.5, '')],
    expected: [[240], ['']],
    note: 'blank margin cell is blank',
  },
  // The confidence functions against hand computations: with one result the posterior of the rate
  // is Gamma(2), whose CDF is 1 - e^-x (1 + x); the A/B z statistic written out.
  {
    fn: 'BREACH_CONFIDENCE',
    args: [200, 1, 60],
    expected: 1 - Math.exp(-200 / 60) * (1 + 200 / 60),
    note: '$200 for one result against a $60 limit is 84.5% sure to be over',
  },
  {
    fn: 'BREACH_CONFIDENCE',
    args: [col(120, 0, '', 90), 0, col(60, 60, 60, 0)],
    expected: [[1 - Math.exp(-2)], [0], [''], ['']],
    note: 'no result: 1 - e^-(spend/limit); no spend is 0; blank spend or a 0 limit is blank',
  },
  {
    fn: 'BREACH_CONFIDENCE',
    args: [col(300, 40, 300), col('<5', '<5', 4), 60],
    // Gamma(5) CDF at x: 1 - e^-x (1 + x + x^2/2 + x^3/6 + x^4/24), worked out by hand.
    expected: [[gamma5(5)], [gamma5(40 / 60)], [gamma5(5)]],
    note: 'a masked <5 (ad exports) counts as 4, the cautious end, as the Status counts it over the limit',
  },
  {
    fn: 'AB_CONFIDENCE',
    args: [30, 1000, 45, 1000],
    expected: 2 * normalCdf(0.015 / Math.sqrt(0.0375 * 0.9625 * 0.002)) - 1,
    note: '3.0% vs 4.5% on 1,000 visitors each is 92.3% sure to differ',
  },
  {
    fn: 'AB_CONFIDENCE',
    args: [col(0, 10, 5, 1), col(100, 10, 0, 50), col(0, 10, 1, 0), col(100, 10, 100, '')],
    expected: [[''], [''], [''], ['']],
    note: 'blank where nobody converted, everybody converted, a trial count is 0 or blank',
  },
];

export const KPI_ERROR_CASES: readonly KpiErrorCase[] = [
  {
    fn: 'CPL',
    args: [col(100, 200, 300), col(2, 4, 'abc')],
    message: 'CPL: leads must be a number, got "abc" (row 3 of the range)',
  },
  {
    fn: 'ROAS',
    args: [col(1, 2, 3), col(1, 2, 3, 4)],
    message: 'ROAS: revenue is 3x1 but ad_spend is 4x1; use ranges of the same size or a single value',
  },
  {
    fn: 'LTV',
    args: [80, 3, 2, 40],
    message: 'LTV: gross_margin must be a fraction between 0 and 1, got 40; did you mean 40% or 0.4?',
  },
  {
    fn: 'LTV_CHURN',
    args: [50, col(0.05, '5'), 0.7],
    message:
      'LTV_CHURN: churn_rate must be a fraction between 0 and 1, got 5 (row 2 of the range); did you mean 5% or 0.05?',
  },
  {
    fn: 'BREAKEVEN_ROAS',
    args: [-0.2],
    message: 'BREAKEVEN_ROAS: gross_margin must be a fraction between 0 and 1, got -0.2',
  },
  { fn: 'CAC', args: [-5, 3], message: 'CAC: spend must not be negative, got -5' },
  {
    fn: 'CPC',
    args: [col(5, 5), col(1, -2)],
    message: 'CPC: clicks must not be negative, got -2 (row 2 of the range)',
  },
  { fn: 'CPC', args: [5, '-$3'], message: 'CPC: clicks must not be negative, got -3' },
  { fn: 'CPC', args: [5, true], message: 'CPC: clicks must be a number, got TRUE' },
  { fn: 'ROAS', args: ['lots', 5], message: 'ROAS: revenue must be a number, got "lots"' },
  // A masked count is no number for a ratio: CPA's spend / 4 would be a guess. Only
  // BREACH_CONFIDENCE reads it (its cautious end), and only in its results.
  { fn: 'CPA', args: [300, '<5'], message: 'CPA: acquisitions must be a number, got "<5"' },
  {
    fn: 'BREACH_CONFIDENCE',
    args: ['<5', 1, 60],
    message: 'BREACH_CONFIDENCE: spend must be a number, got "<5"',
  },
  {
    fn: 'BREACH_CONFIDENCE',
    args: [300, ' <5', 60],
    message: 'BREACH_CONFIDENCE: results must be a number, got " <5"',
  },
  { fn: 'ROAS', args: ['1,23', 5], message: 'ROAS: revenue must be a number, got "1,23"' },
  {
    fn: 'CTR',
    args: [
      [
        [1, 2],
        [3, 4],
      ],
      [
        [10, 10],
        [false, 10],
      ],
    ],
    message: 'CTR: impressions must be a number, got FALSE (row 2, column 1 of the range)',
  },
  {
    fn: 'CPM',
    args: [[[1, 2, 'x']], 1000],
    message: 'CPM: spend must be a number, got "x" (column 3 of the range)',
  },
  { fn: 'ROAS', args: [5], message: 'ROAS: ad_spend is missing; ROAS takes (revenue, ad_spend)' },
  {
    fn: 'ROAS',
    args: [5, 1, 2],
    message: 'ROAS: takes at most 2 arguments (revenue, ad_spend), got 3',
  },
  { fn: 'ROAS', args: [[], 1], message: 'ROAS: revenue is an empty range' },
  {
    fn: 'POAS',
    args: [Number.POSITIVE_INFINITY, 1],
    message: 'POAS: gross_profit must be a finite number, got Infinity',
  },
  { fn: 'ROAS', args: [1e308, 1e-10], message: 'ROAS: the result is too large to be a number' },
  {
    fn: 'AB_CONFIDENCE',
    args: [12, 10, 3, 10],
    message: 'AB_CONFIDENCE: conversions_a (12) is more than trials_a (10)',
  },
  {
    fn: 'AB_CONFIDENCE',
    args: [col(1, 2), col(10, 10), col(3, 30), 20],
    message: 'AB_CONFIDENCE: conversions_b (30) is more than trials_b (20) (row 2 of the range)',
  },
];
