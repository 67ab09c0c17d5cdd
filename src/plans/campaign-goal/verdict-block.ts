// The verdict (A2, in the frozen rows): where the goal stands in one line of words, read from the
// Progress block and the table's Status, e.g.
// `Behind: 14 of 50 leads · CPL $44.00 vs $45.00 limit · 1 row over (LinkedIn) · 2 rows to check`.
import { amountText, CHECK_PREFIX } from '../shared/breach-rule.ts';
import type { GoalContext, PlanBlock } from './block.ts';
import { COLORS, channelColumn, LAYOUT, tableColumn, tableRange } from './layout.ts';

/** en_US text of the verdict; every part is words built from cells, never an error. */
export function verdictFormula(ctx: GoalContext): string {
  const { model, resultWord, goal } = ctx;
  const { target, limit } = ctx.ref;
  const P = LAYOUT.progress;
  const T = LAYOUT.table;
  const status = tableRange('Status', true);
  const readAs = tableRange('Channel read as', true);
  const head =
    `IF(${P.datesCheck}<>"","Check the dates",IF(LEFT(${P.pace},6)="Behind","Behind",` +
    `IF(LEFT(${P.pace},5)="Ahead","Ahead",IF(${P.pace}="On pace","On pace","So far"))))`;
  const count = `ROUND(N(${P.results}),0)&" of "&IF(ISNUMBER(${target}),${target},"?")&" ${resultWord}"`;
  const amount = (ref: string): string => amountText(ref, goal.currency, ctx.locale);
  const cost =
    `IF(N(${P.blendedCost})>0,"${model} "&${amount(P.blendedCost)},"no ${model} yet")&` +
    `IF(IF(ISNUMBER(${limit}),${limit}>0,FALSE())," vs "&${amount(limit)}&" limit"," (set the limit in ${LAYOUT.goal.limit})")`;
  const C = LAYOUT.channels;
  const overIn = goal.channels
    .map((_, i) => {
      const name = `$${channelColumn('Channel')}$${C.firstRow + i}`;
      return `IF(COUNTIFS(${readAs},${name},${status},"Over *")>0,", "&${name},"")`;
    })
    .join('&');
  const over = `COUNTIF(${status},"Over *")`;
  const overText = `IF(${over}=0,"no row over",${over}&IF(${over}=1," row"," rows")&" over ("&MID(${overIn},3,200)&")")`;
  const checks = `COUNTIF(${status},"${CHECK_PREFIX}*")`;
  const checkText = `IF(${checks}=0,""," · "&${checks}&IF(${checks}=1," row"," rows")&" to check")`;
  // Rows pasted below the formatted rows are judged and counted; only their colour is missing.
  const spend = tableColumn('Spend');
  const below = `COUNTA(${spend}${T.firstRow}:${spend})>COUNTA(${spend}${T.firstRow}:${spend}${T.formatRows})`;
  const belowText = `IF(${below}," · rows below ${T.formatRows} counted, not coloured","")`;
  return `=IFERROR(${head}&": "&${count}&" · "&${cost}&" · "&${overText}&${checkText}&${belowText},"Check the Goal block: a cell there cannot be read")`;
}

export const verdictBlock: PlanBlock = (ctx, grid) => {
  grid.put(LAYOUT.verdictCell, ctx.f(verdictFormula(ctx)));
  grid.style(LAYOUT.verdictCell, {
    bold: true,
    size: 11,
    color: COLORS.verdict,
    note: `Where the goal stands: pace against the target, the blended ${ctx.model} against the goal's limit, the rows over their limit (by channel) and the rows whose Status says Check (left out of every total).`,
  });
  return {};
};
