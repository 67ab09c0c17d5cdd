// What an embedded chart shows, from its builder calls and its cells (local/server/chart-view.ts).
import { describe, expect, it } from 'vitest';
import type { ChartModel } from '../../local/engine/model.ts';
import type { AppsValue } from '../../local/engine/workbook.ts';
import { chartView, type RangeCells } from '../../local/server/chart-view.ts';

const model = (over: Partial<ChartModel> = {}): ChartModel => ({
  chartType: 'COLUMN',
  numHeaders: 1,
  ranges: ['S!A1:C4'],
  position: { row: 2, col: 20, offsetX: 0, offsetY: 0 },
  options: {},
  chartId: 7,
  ...over,
});

/** Cells shown as their String(), formats all `pattern`. */
function cells(values: AppsValue[][], pattern = ''): RangeCells {
  return {
    values,
    display: values.map((row) => row.map((v) => String(v))),
    formats: values.map((row) => row.map(() => pattern)),
  };
}

const sheet: Record<string, RangeCells> = {
  'S!A1:C4': cells(
    [
      ['Channel', 'CPL', 'Limit'],
      ['Search', 60, 45],
      ['Social', '', 45],
      ['', '', ''],
    ],
    '"$"#,##0.00',
  ),
  'S!A1:A4': cells([['Day'], ['d1'], ['d2'], ['d3']]),
  'S!E1:E4': cells([['Plan'], [0.1], [0.2], [0.3]], '0%'),
  'S!F1:F4': cells([['Done'], [0.05], ['#N/A'], [0.4]], '0%'),
};
const read = (a1: string): RangeCells => {
  const found = sheet[a1];
  if (!found) throw new Error(`test reads an unknown range ${a1}`);
  return found;
};

describe('chartView', () => {
  it('takes categories from the first column and one series per other column, headers as labels', () => {
    const view = chartView(model({ options: { title: 'CPL by channel', width: 480, height: 300 } }), read);
    expect(view).toMatchObject({
      id: 7,
      drawn: true,
      anchor: { row: 2, col: 20 },
      width: 480,
      height: 300,
      title: 'CPL by channel',
      legend: 'right',
      categories: ['Search', 'Social'],
      ticks: [
        { percent: false, prefix: '$' },
        { percent: false, prefix: '' },
      ],
      notes: [],
    });
    expect(view.series.map((s) => [s.label, s.as, s.values])).toEqual([
      ['CPL', 'bars', [60, null]],
      ['Limit', 'bars', [45, 45]],
    ]);
    // Sheets' palette, in order.
    expect(view.series.map((s) => s.color)).toEqual(['#4285f4', '#ea4335']);
  });

  it('guesses one header row when every series column starts with text, and none otherwise', () => {
    expect(chartView(model({ numHeaders: null }), read).categories).toEqual(['Search', 'Social']);
    const numeric = {
      'S!A1:C4': cells([
        ['a', 1, 2],
        ['b', 3, 4],
      ]),
    };
    const view = chartView(model({ numHeaders: null }), (a1) => numeric[a1 as 'S!A1:C4']);
    expect(view.categories).toEqual(['a', 'b']);
    expect(view.series.map((s) => s.label)).toEqual(['Series 1', 'Series 2']);
  });

  it('puts several ranges side by side; errors and text are gaps; series options style each line', () => {
    const view = chartView(
      model({
        chartType: 'LINE',
        ranges: ['S!A1:A4', 'S!E1:E4', 'S!F1:F4'],
        options: {
          legend: { position: 'bottom' },
          series: {
            0: { lineDashStyle: [4, 4], color: '#9aa0a6', visibleInLegend: false },
            1: { targetAxisIndex: 1 },
          },
          vAxes: { 1: { title: 'Share' } },
          hAxis: { title: 'Day' },
        },
      }),
      read,
    );
    expect(view.categories).toEqual(['d1', 'd2', 'd3']);
    expect(view.series.map((s) => [s.label, s.as, s.values, s.dashed, s.axis, s.color, s.inLegend])).toEqual([
      ['Plan', 'line', [0.1, 0.2, 0.3], true, 0, '#9aa0a6', false],
      ['Done', 'line', [0.05, null, 0.4], false, 1, '#ea4335', true],
    ]);
    expect(view).toMatchObject({ legend: 'bottom', hAxisTitle: 'Day', vAxisTitles: ['', 'Share'] });
    expect(view.ticks.map((t) => t.percent)).toEqual([true, true]);
  });

  it('draws a combo chart series as bars or lines from series[i].type and seriesType', () => {
    const view = chartView(
      model({ chartType: 'COMBO', options: { seriesType: 'bars', series: { 1: { type: 'line' } } } }),
      read,
    );
    expect(view.series.map((s) => s.as)).toEqual(['bars', 'line']);
    expect(chartView(model({ chartType: 'COMBO' }), read).series.map((s) => s.as)).toEqual(['line', 'line']);
  });

  it('says what it does not draw: other chart types and options it does not read', () => {
    const pie = chartView(model({ chartType: 'PIE' }), read);
    expect(pie).toMatchObject({ drawn: false, series: [], categories: [] });
    const view = chartView(model({ options: { isStacked: true, title: 't' } }), read);
    expect(view.notes).toEqual(['option isStacked not drawn by the playground']);
  });

  it('gives a chart with no size options the default size and one with no position the A1 anchor', () => {
    const view = chartView(model({ position: null }), read);
    expect(view).toMatchObject({
      width: 600,
      height: 371,
      anchor: { row: 1, col: 1, offsetX: 0, offsetY: 0 },
    });
  });
});
