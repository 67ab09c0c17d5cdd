// The Channels block (J3:R10): per chosen channel its spend, results, cost per result against the
// limit that applies (its own, else the goal's), share of spend, ROAS; and the chart of cost vs limit.
import { breachVerdict } from '../shared/breach-rule.ts';
import { RESULT_WORD } from '../shared/breach-verdict.ts';
import type { GridBuilder } from '../shared/grid.ts';
import type { GoalContext, PlanBlock } from './block.ts';
import { costPerResult, judgedSum, num, text } from './block.ts';
import { CHANNEL_COLUMNS, type ChannelColumn, COLORS, channelColumn, LAYOUT, tableRange } from './layout.ts';

/** en_US: the limit of channel slot `i` - its own limit if that is a number, else the goal's. */
function channelLimit(ctx: GoalContext, i: number, absolute: boolean): string {
  const d = absolute ? '$' : '';
  const own = `${d}${channelColumn('Your limit')}${d}${LAYOUT.channels.firstRow + i}`;
  return `IF(ISNUMBER(${own}),${own},${ctx.ref.limit})`;
}

/**
 * The limit that applies to a tracking row, as an en_US expression of `channelRef` (the row's
 * Channel read as cell - the goal channel its typed name is read as - or that column inside an
 * ARRAYFORMULA): its channel's own limit, else the goal's. Computed from Your limit and the
 * goal's limit, not read from the Limit applied cells, so clearing one of those (they are
 * display) cannot give a channel a limit of 0.
 */
export function rowLimit(ctx: GoalContext, channelRef: string): string {
  const C = LAYOUT.channels;
  const channel = channelRef;
  return ctx.goal.channels.reduceRight(
    (otherwise, _ch, i) =>
      `IF(${channel}=$${channelColumn('Channel')}$${C.firstRow + i},${channelLimit(ctx, i, true)},${otherwise})`,
    ctx.ref.limit,
  );
}

export const channelsBlock: PlanBlock = (ctx, grid) => {
  const { goal, model } = ctx;
  const C = LAYOUT.channels;
  channelHeader(ctx, grid);
  goal.channels.forEach((ch, i) => {
    channelRow(ctx, grid, ch.name, ch.limit, i);
  });
  const lastChannelRow = C.firstRow + goal.channels.length - 1;
  const yourLimit = channelColumn('Your limit');
  grid.validate(
    `${yourLimit}${C.firstRow}:${yourLimit}${lastChannelRow}`,
    ctx.amountRule,
    false,
    `Blank for the goal's limit, or this channel's own ${model} limit in ${goal.currency}, ${ctx.amountRuleWords}.`,
  );
  return {
    charts: [
      {
        type: 'column',
        ranges: [
          `${channelColumn('Channel')}${C.headerRow}:${channelColumn('Limit applied')}${lastChannelRow}`,
        ],
        headerRows: 1,
        anchor: LAYOUT.chartAnchor,
        width: 440,
        height: LAYOUT.chartHeight,
        // The limit in a calm grey-blue: red is the colour of a breach, and a limit is none.
        options: {
          title: `${model} by channel vs limit`,
          series: { 0: { color: '#1a73e8' }, 1: { color: '#9fb8d9' } },
        },
      },
    ],
  };
};

function channelHeader(ctx: GoalContext, grid: GridBuilder): void {
  const { model, objective } = ctx;
  const row = LAYOUT.channels.headerRow;
  for (const name of CHANNEL_COLUMNS) {
    const cell = `${channelColumn(name)}${row}`;
    const label = name === 'Cost per result' ? model : name === 'Results' ? objective.results : name;
    grid.put(cell, text(label));
    grid.style(cell, { bold: true, bg: COLORS.header, color: COLORS.headerText });
  }
  grid.style(`${channelColumn('Your limit')}${row}`, {
    note: `Optional: this channel's own ${model} limit. Blank means the goal's limit (${LAYOUT.goal.limit}).`,
  });
  grid.style(`${channelColumn('Limit applied')}${row}`, {
    note: `Computed: the channel's own limit (column ${channelColumn('Your limit')}) if set, else the goal's (${LAYOUT.goal.limit}). Edit those, not this.`,
  });
}

/** Slot `i` of the summary: the channel's totals over the judged rows, and its verdict. */
function channelRow(
  ctx: GoalContext,
  grid: GridBuilder,
  name: string,
  ownLimit: number | null,
  i: number,
): void {
  const { goal, model, resultsColumn, resultsFormat, money, f } = ctx;
  const r = LAYOUT.channels.firstRow + i;
  const c = (column: ChannelColumn): string => `${channelColumn(column)}${r}`;
  const ofChannel: ['Channel read as', string] = ['Channel read as', `$${channelColumn('Channel')}${r}`];
  grid.put(c('Channel'), text(name));
  grid.put(c('Your limit'), ownLimit === null ? null : num(ownLimit), money);
  grid.style(c('Your limit'), { bg: COLORS.input });
  grid.put(c('Limit applied'), f(`=${channelLimit(ctx, i, false)}`), money);
  grid.put(c('Spend'), f(`=${judgedSum('Spend', ofChannel)}`), money);
  grid.put(c('Results'), f(`=${judgedSum(resultsColumn, ofChannel)}`), resultsFormat);
  grid.put(c('Cost per result'), f(`=${costPerResult(c('Spend'), c('Results'))}`), money);
  const verdict = breachVerdict({
    spend: c('Spend'),
    results: c('Results'),
    limit: c('Limit applied'),
    over: `Over ${model} limit by `,
    none: `Over ${model} limit: no ${RESULT_WORD[model]} after `,
    within: 'Within limit',
    missingLimit: `Set the ${model} limit in ${LAYOUT.goal.limit}`,
    currency: goal.currency,
    locale: ctx.locale,
    confidence: { level: ctx.ref.level, model },
  });
  grid.put(c('Status'), f(verdict));
  // Blank, not 0.00x, while no revenue was typed for the channel (as the rows' ROAS column).
  const revenueTyped = `COUNTIFS(${tableRange('Channel read as', true)},${ofChannel[1]},${tableRange('Revenue', true)},"<>")`;
  // Only revenue the rows' ROAS reads (>= 0): one pasted #N/A would turn the channel's sum into an
  // error, and the IFERROR below into a silently blank ROAS. Rows a criterion leaves out do not
  // reach the sum, errors included (as judgedSum relies on for Check rows).
  const revenue = judgedSum('Revenue', ofChannel, ['Revenue', '">=0"']);
  const roas = `IF(${revenueTyped}>0,${revenue}/${c('Spend')},"")`;
  grid.put(c('ROAS'), f(`=IFERROR(IF(${c('Spend')}>0,${roas},""),"")`), '0.00"x"');
  const total = judgedSum('Spend');
  grid.put(c('Share of spend'), f(`=IFERROR(IF(${total}>0,${c('Spend')}/${total},""),"")`), '0%');
}
