// The two KPI functions that say how sure a number is: a cost per result over a limit, and an A/B
// test's difference. Their native forms call Sheets' own distributions, so a shared sheet gives the
// same numbers without the add-on.
//
// Inside ARRAYFORMULA (a range call's native form) GAMMA.DIST and NORM.S.DIST must work element by
// element. Google documents ARRAYFORMULA as enabling "the use of non-array functions with arrays"
// (https://support.google.com/docs/answer/3093275) and the rule as reported is that a function
// given a range where it takes one value is evaluated per element, aggregates (SUM, AND, OR) and
// SUMIFS/COUNTIFS excepted (https://stackoverflow.com/questions/62661367); NORMDIST over a column
// inside ARRAYFORMULA is reported to give one value per row
// (https://infoinspired.com/google-docs/spreadsheet/normdist-function-in-google-sheets/). Nobody
// reports GAMMA.DIST there specifically: it takes single values only, so the general rule covers it.
import { abConfidence, breachConfidence } from '../metrics/evidence.ts';
import { quoteString } from '../plans/shared/formula-text.ts';
import { MASKED_COUNT } from '../plans/shared/number-text.ts';
import { native } from './native-template.ts';
import type { FunctionSpec } from './spec.ts';

const CONFIDENCE = 'as a fraction (0.95 = 95%; format the cell as %)';

/** AB_CONFIDENCE's pooled rate and z-test, with a placeholder for each argument. */
const ca = '{conversions_a}';
const na = '{trials_a}';
const cb = '{conversions_b}';
const nb = '{trials_b}';
// Halves and one test per factor: sums of counts near 1e308 overflow, and products past 1e154.
const pooled = `(${ca}/2+${cb}/2)/(${na}/2+${nb}/2)`;
const abTest =
  `IF((${na}=0)+(${nb}=0),"",IF((${ca}>${na})+(${cb}>${nb}),NA(),` +
  `IF((${ca}+${cb}=0)+((${na}-${ca})+(${nb}-${cb})=0),"",` +
  `2*NORM.S.DIST(ABS(${cb}/${nb}-${ca}/${na})/SQRT(${pooled}*(1-${pooled})*(1/${na}+1/${nb})),TRUE())-1)))`;

export const EVIDENCE_SPECS: readonly FunctionSpec[] = [
  {
    name: 'BREACH_CONFIDENCE',
    summary:
      'Confidence that the true cost per result is above the limit, from the spend and results so far (results as a Poisson count with a flat prior on their rate).',
    params: [
      { name: 'spend', description: 'Spend so far, in currency.', kind: 'amount' },
      {
        name: 'results',
        description: `Results the spend bought (conversions, leads, clicks); fractions allowed, and a masked ${MASKED_COUNT.text} (as ad exports write 0 to 4) counts as ${MASKED_COUNT.max}, the cautious end.`,
        kind: 'count',
        masked: true,
      },
      {
        name: 'limit',
        description: 'The most one result may cost (a CPA, CPL or CPC limit), in the same currency.',
        kind: 'amount',
      },
    ],
    returns: `The confidence ${CONFIDENCE}; 1 minus it is the confidence that the cost is within the limit. Blank where the limit is 0 or blank. It is the number behind the flags' Status: a row over the limit is "confirmed" (red) once it reaches the confidence level (95% unless changed), else "not yet sure" (amber) - maybe bad luck so far.`,
    example: '=BREACH_CONFIDENCE(200, 1, 60)',
    resultFormat: 'percent',
    native: native(
      ['spend', 'results', 'limit'],
      ['{limit}'],
      `GAMMA.DIST({spend}/{limit},IF({results}=${quoteString(MASKED_COUNT.text)},${MASKED_COUNT.max},{results})+1,1,TRUE())`,
    ),
    compute: breachConfidence,
  },
  {
    name: 'AB_CONFIDENCE',
    summary:
      "A/B test confidence: how sure it is that B's conversion rate differs from A's (1 minus the two-sided p-value of the pooled two-proportion z-test).",
    params: [
      { name: 'conversions_a', description: 'Conversions of variant A.', kind: 'count' },
      {
        name: 'trials_a',
        description: 'Visitors, clicks or sends of variant A that could convert.',
        kind: 'count',
      },
      { name: 'conversions_b', description: 'Conversions of variant B.', kind: 'count' },
      { name: 'trials_b', description: 'Visitors, clicks or sends of variant B.', kind: 'count' },
    ],
    returns: `The confidence ${CONFIDENCE}; blank where a trial count is 0 or blank, or where none or all of the trials converted. Below 95% (the usual bar) the difference may still be chance: keep the test running.`,
    example: '=AB_CONFIDENCE(30, 1000, 45, 1000)',
    resultFormat: 'percent',
    native: native(['conversions_a', 'trials_a', 'conversions_b', 'trials_b'], [], abTest),
    compute: abConfidence,
    invalid: (convA, trialsA, convB, trialsB) =>
      convA > trialsA
        ? `conversions_a (${convA}) is more than trials_a (${trialsA})`
        : `conversions_b (${convB}) is more than trials_b (${trialsB})`,
  },
];
