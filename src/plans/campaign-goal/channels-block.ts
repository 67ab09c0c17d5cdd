// The Channels block (J3:R10): per chosen channel its spend, results, cost per result against the
// limit that applies (its own, else the goal's), ROAS, share of spend; and the chart of cost vs limit.
import { breachVerdict } from '../shared/breach-rule.ts';
import type { GoalContext, PlanBlock } from './block.ts';
import { num, text } from './block.ts';
import { CHANNEL_COLUMNS, type ChannelColumn, COLORS, channelColumn, LAYOUT, tableRange } from './layout.ts';

/**
 * The limit that applies to a tracking row, as an en_US expression of `channelRef` (the row's
 * Channel cell, or the Channel column range inside an ARRAYFORMULA): the channel's *Limit
 * applied*, else the goal's limit for a channel that is not one of the goal's.
 */
export function rowLimit(ctx: GoalContext, channelRef: string): string {
  const C = LAYOUT.channels;
  return ctx.goal.channels.reduceRight(
    (otherwise, _ch, i) =>
      `IF(${channelRef}=$${channelColumn('Channel')}$${C.firstRow + i},$${channelColumn('Limit applied')}$${C.firstRow + i},${otherwise})`,
    ctx.ref.limit,
  );
}

export const channelsBlock: PlanBlock = (ctx, grid) => {
  const { goal, model, objective, resultsColumn, resultsFormat, money, f } = ctx;
  const C = LAYOUT.channels;
  CHANNEL_COLUMNS.forEach((name) => {
    const cell = `${channelColumn(name)}${C.headerRow}`;
    const label = name === 'Cost per result' ? model : name === 'Results' ? objective.results : name;
    grid.put(cell, text(label));
    grid.style(cell, { bold: true, bg: COLORS.header, color: COLORS.headerText });
  });
  grid.style(`${channelColumn('Your limit')}${C.headerRow}`, {
    note: `Optional: this channel's own ${model} limit. Blank means the goal's limit (${LAYOUT.goal.limit}).`,
  });
  const channelsOf = (r: number): string => `$${channelColumn('Channel')}${r}`;
  const sumIf = (r: number, column: Parameters<typeof tableRange>[0]): string =>
    `SUMIF(${tableRange('Channel', true)},${channelsOf(r)},${tableRange(column, true)})`;
  goal.channels.forEach((ch, i) => {
    const r = C.firstRow + i;
    const c = (name: ChannelColumn): string => `${channelColumn(name)}${r}`;
    grid.put(c('Channel'), text(ch.name));
    grid.put(c('Your limit'), ch.limit === null ? null : num(ch.limit), money);
    grid.style(c('Your limit'), { bg: COLORS.input });
    grid.put(
      c('Limit applied'),
      f(`=IF(ISNUMBER(${c('Your limit')}),${c('Your limit')},${ctx.ref.limit})`),
      money,
    );
    grid.put(c('Spend'), f(`=${sumIf(r, 'Spend')}`), money);
    grid.put(c('Results'), f(`=${sumIf(r, resultsColumn)}`), resultsFormat);
    grid.put(c('Cost per result'), f(`=IF(${c('Results')}>0,${c('Spend')}/${c('Results')},"")`), money);
    grid.put(
      c('Status'),
      f(
        breachVerdict({
          spend: c('Spend'),
          results: c('Results'),
          limit: c('Limit applied'),
          over: `Over ${model} limit by `,
          within: 'Within limit',
          currency: goal.currency,
          locale: ctx.locale,
        }),
      ),
    );
    grid.put(c('ROAS'), f(`=IF(${c('Spend')}>0,${sumIf(r, 'Revenue')}/${c('Spend')},"")`), '0.00"x"');
    grid.put(
      c('Share of spend'),
      f(`=IF(SUM(${tableRange('Spend', true)})>0,${c('Spend')}/SUM(${tableRange('Spend', true)}),"")`),
      '0%',
    );
  });

  const lastChannelRow = C.firstRow + goal.channels.length - 1;
  const yourLimit = channelColumn('Your limit');
  grid.validate(
    `${yourLimit}${C.firstRow}:${yourLimit}${lastChannelRow}`,
    { kind: 'numberAbove', min: 0 },
    false,
    `Blank for the goal's limit, or this channel's own ${model} limit in ${goal.currency}, above 0.`,
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
        width: 480,
        height: 300,
        options: { title: `${model} by channel vs limit` },
      },
    ],
  };
};
