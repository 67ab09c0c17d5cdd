// The Progress block (D3:H12): results and spend to date against target, budget and limit, and
// the pace (expected so far, needed per day, projected) counted through yesterday.
import { parseCell } from '../shared/a1.ts';
import { breachVerdict } from '../shared/breach-rule.ts';
import { RESULT_WORD } from '../shared/breach-verdict.ts';
import type { GoalContext, PlanBlock } from './block.ts';
import { costPerResult, judgedSum, text } from './block.ts';
import { GOAL_LIMITS } from './config.ts';
import { LAYOUT } from './layout.ts';

/**
 * A 10-character bar for a fraction and its percentage, `███▁▁▁▁▁▁▁ 25%`: the empty part a thin
 * baseline, so 0% reads as empty (a row of ░ read as a grey, full bar), and short enough to end
 * before the Channels block. Blank unless it is a number (MIN/MAX skip text: a full bar).
 */
function bar(fraction: string): string {
  const n = `ROUND(MAX(0,MIN(1,${fraction}))*10,0)`;
  return `=IFERROR(IF(ISNUMBER(${fraction}),REPT("█",${n})&REPT("▁",10-${n})&" "&ROUND(${fraction}*100,0)&"%",""),"")`;
}

/** en_US: the goal's dates can be read and are in order (a cleared B6 is not day 0). */
function datesInOrder(ctx: GoalContext): string {
  const { start, end } = ctx.ref;
  return `AND(ISNUMBER(${start}),ISNUMBER(${end}),${end}>=${start})`;
}

/** en_US: the dates are in order and no longer apart than the wizard allows (1900 for 2025 is a typo). */
function datesOk(ctx: GoalContext): string {
  const { start, end } = ctx.ref;
  return `AND(${datesInOrder(ctx)},${end}-${start}<${GOAL_LIMITS.maxDays})`;
}

/** en_US: the target is a number the wizard could have set (cleared or 1e308 is no pace). */
function targetOk(ctx: GoalContext): string {
  const { target } = ctx.ref;
  return `AND(ISNUMBER(${target}),${target}>0,${target}<=${GOAL_LIMITS.maxTarget})`;
}

/** [cell, label, formula, number format, note on the label] of the block's value column. */
function progressRows(ctx: GoalContext): [string, string, string, string, string?][] {
  const { goal, model, objective, resultsColumn, resultsFormat, money } = ctx;
  const { target, start, end, budget } = ctx.ref;
  const P = LAYOUT.progress;
  const days = `(${end}-${start}+1)`;
  // No pace from dates that cannot be read (46,000 days completed helps no one), nor from a target
  // that is not one (a cleared B5 read as 0 would say "Ahead").
  const ifDates = (formula: string): string => `=IF(${datesOk(ctx)},${formula.slice(1)},"")`;
  const ifPace = (formula: string): string =>
    `=IF(AND(${datesOk(ctx)},${targetOk(ctx)}),${formula.slice(1)},"")`;
  return [
    [P.results, `${objective.results} to date`, `=${judgedSum(resultsColumn)}`, resultsFormat],
    [P.pctOfTarget, '% of target', `=IFERROR(${P.results}/${target},"")`, '0%'],
    [P.spend, 'Spend', `=${judgedSum('Spend')}`, money],
    [P.budgetUsed, 'Budget used', `=IFERROR(${P.spend}/${budget},"")`, '0%'],
    [P.blendedCost, `Blended ${model}`, `=${costPerResult(P.spend, P.results)}`, money],
    // Pace counts whole days before today: on day 1 nothing was expected yet, so a new sheet does
    // not open "Behind" (ad platforms report yesterday's numbers anyway).
    [
      P.daysElapsed,
      'Days completed',
      ifDates(`=IFERROR(MAX(0,MIN(TODAY()-1,${end})-${start}+1),"")`),
      '0',
      'Campaign days before today.',
    ],
    [
      P.daysLeft,
      'Days left',
      ifDates(`=IFERROR(MAX(0,${end}-MAX(TODAY(),${start})+1),"")`),
      '0',
      'Campaign days from today to the end date, today included.',
    ],
    [
      P.expected,
      'Expected so far',
      ifPace(`=IFERROR(ROUND(${target}*MIN(${P.daysElapsed},${days})/${days},0),"")`),
      '#,##0',
      `Linear pace: the target spread evenly over the ${goal.days} days, counted through yesterday.`,
    ],
    [
      P.neededPerDay,
      'Needed per day',
      ifPace(`=IFERROR(IF(${P.daysLeft}>0,MAX(0,${target}-${P.results})/${P.daysLeft},""),"")`),
      '#,##0.0',
      'Results needed on each remaining day (today included) to reach the target.',
    ],
    [
      P.projected,
      'Projected results',
      ifPace(`=IFERROR(IF(${P.daysElapsed}>0,ROUND(${P.results}/${P.daysElapsed}*${days},0),""),"")`),
      '#,##0',
      'Results at the end date if the pace of the completed days continues.',
    ],
  ];
}

export const CHANCE_NOTE =
  'If results keep arriving independently at the average daily rate of the completed days, the chance of at least the missing results in the days left (1 - POISSON.DIST(target - results - 1, rate x days left, TRUE)). Blank until the first result: a rate of none says nothing yet. Shown between 1% and 99% until the target is reached or no day is left.';

/**
 * The chance to reach the target: P(N >= missing) for N ~ Poisson(rate x days left), written as the
 * equal GAMMA.DIST(rate x days left, missing, 1, TRUE) - the local engine's POISSON.DIST fails from
 * 170 on (test/local/engine-distributions.test.ts), and a fractional result count (attributed
 * conversions) needs ROUNDUP(target - results) whole results either way. Blank before the first
 * completed day and while no result came in (a rate of 0 would say 0% on day 2 of a campaign whose
 * rows are not pasted yet); 0% with no day left; 100% once the target is reached. In between it is
 * held to 1%-99%: the cell's whole-percent format would round 99.6% to a "100%" that is not sure yet.
 */
function chanceFormula(ctx: GoalContext): string {
  const { target } = ctx.ref;
  const P = LAYOUT.progress;
  const rate = `${P.results}/${P.daysElapsed}`;
  const chance = `GAMMA.DIST(${rate}*${P.daysLeft},ROUNDUP(${target}-${P.results},0),1,TRUE())`;
  return `=IF(AND(${datesOk(ctx)},${targetOk(ctx)}),IFERROR(IF(${P.results}>=${target},1,IF(${P.daysLeft}=0,0,IF((${P.daysElapsed}>0)*(${P.results}>0),MIN(99/100,MAX(1/100,${chance})),""))),""),"")`;
}

export const progressBlock: PlanBlock = (ctx, grid) => {
  const { goal, model, f } = ctx;
  const { limit, target } = ctx.ref;
  const P = LAYOUT.progress;
  for (const [cell, label, formula, format, note] of progressRows(ctx)) {
    const { row } = parseCell(cell);
    grid.put(`D${row}`, text(label));
    grid.put(cell, f(formula), format);
    if (note) grid.style(`D${row}`, { note });
  }
  grid.put(
    P.datesCheck,
    f(
      `=IF(NOT(${datesInOrder(ctx)}),"Check the dates: a start date (${LAYOUT.goal.startDate}) on or before the end date (${LAYOUT.goal.endDate})",IF(${datesOk(ctx)},"","Check the dates: a campaign lasts at most ${GOAL_LIMITS.maxDays} days (${LAYOUT.goal.startDate} to ${LAYOUT.goal.endDate})"))`,
    ),
  );
  grid.put(P.targetBar, f(bar(P.pctOfTarget)));
  grid.put(P.budgetBar, f(bar(P.budgetUsed)));
  grid.put(
    P.blendedStatus,
    f(
      breachVerdict({
        spend: P.spend,
        results: P.results,
        limit,
        over: `Over the goal's ${model} by `,
        none: `Over the goal's ${model}: no ${RESULT_WORD[model]} after `,
        within: `Within the goal's ${model}`,
        missingLimit: `Set the ${model} limit in ${LAYOUT.goal.limit}`,
        currency: goal.currency,
        locale: ctx.locale,
        confidence: { level: ctx.ref.level, model },
      }),
    ),
  );
  grid.put(P.chance, f(chanceFormula(ctx)), '"Chance to reach the target "0%');
  grid.style(P.chance, { note: CHANCE_NOTE });
  // Whole results: the expected count is whole, and a whole number joined to text reads the same in
  // every locale and engine (a fraction may not: the local one gives 4.300000000000001, no comma).
  const gap = `ROUND(${P.results}-${P.expected},0)`;
  grid.put(
    P.pace,
    f(
      `=IFERROR(IF(${P.expected}="","",IF(${gap}=0,"On pace",IF(${gap}>0,"Ahead by "&${gap},"Behind by "&-${gap}))),"")`,
    ),
  );
  grid.put(
    P.projectedVerdict,
    f(
      `=IFERROR(IF(NOT(${targetOk(ctx)}),"Set the target in ${LAYOUT.goal.target}",IF(${P.projected}="","",IF(${P.projected}>=${target},"On track for the target","Short by "&ROUNDUP(${target}-${P.projected},0)))),"")`,
    ),
  );
  return {};
};
