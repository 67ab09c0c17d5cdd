// What an embedded chart shows, worked out from its recorded builder calls and the cells its ranges
// read: categories, series, titles, axes and legend. The page (public/chart.ts) only lays it out.
// Emulated from Google's references, cited where each rule is applied:
//   EmbeddedChartBuilder   https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart-builder
//   Column chart options   https://developers.google.com/chart/interactive/docs/gallery/columnchart#configuration-options
//   Line chart options     https://developers.google.com/chart/interactive/docs/gallery/linechart#configuration-options
//   Combo chart options    https://developers.google.com/chart/interactive/docs/gallery/combochart#configuration-options
//   Sheets' data layout    https://support.google.com/docs/answer/190718 (first column: the labels; others: numbers)
import type { ChartModel } from '../engine/model.ts';
import type { AppsValue } from '../engine/workbook.ts';
import type { ChartSeriesView, ChartView, LegendPosition, TickFormat } from './protocol.ts';

/** The cells of one range, as the chart reads them. */
export interface RangeCells {
  values: AppsValue[][];
  display: string[][];
  formats: string[][];
}

/** Chart types the page draws; any other is shown as a labelled box saying so. */
const DRAWN_TYPES = new Set(['COLUMN', 'LINE', 'COMBO']);

/**
 * Size of a chart built without width/height options. The references are silent on the default;
 * 600 x 371 is what Sheets gives a chart inserted from the menu (reported).
 */
const DEFAULT_SIZE = { width: 600, height: 371 };

/**
 * Sheets' default series colours, in order (its "Standard" chart theme; reported - the Google Charts
 * defaults differ and the references do not list Sheets').
 */
const SHEETS_COLORS = [
  '#4285f4',
  '#ea4335',
  '#fbbc04',
  '#34a853',
  '#ff6d01',
  '#46bdc6',
  '#7baaf7',
  '#f07b72',
];

/** Options this module reads; any other option set on the chart is listed on the drawing as not drawn. */
const DRAWN_OPTIONS = new Set([
  'title',
  'width',
  'height',
  'legend',
  'colors',
  'series',
  'seriesType',
  'hAxis',
  'vAxis',
  'vAxes',
]);

type Json = Record<string, unknown>;
const isJson = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): string => (typeof v === 'string' ? v : '');

/** The ranges side by side, rows aligned (docs silent on several ranges; Sheets' editor shows them so). */
function stitch(ranges: readonly RangeCells[]): RangeCells {
  const rows = Math.max(0, ...ranges.map((r) => r.values.length));
  const side = <K extends keyof RangeCells>(key: K, blank: RangeCells[K][number][number]): RangeCells[K] =>
    Array.from({ length: rows }, (_, r) =>
      ranges.flatMap((range) =>
        Array.from({ length: range.values[0]?.length ?? 0 }, (_, c) => range[key][r]?.[c] ?? blank),
      ),
    ) as RangeCells[K];
  return { values: side('values', ''), display: side('display', ''), formats: side('formats', '') };
}

/**
 * setNumHeaders: "the number of rows or columns of the range that should be treated as headers".
 * Left unset, Sheets guesses (docs silent): here, one header row when every series column starts
 * with text.
 */
function headerRows(model: ChartModel, cells: RangeCells): number {
  if (model.numHeaders !== null) return model.numHeaders;
  const first = cells.values[0] ?? [];
  const series = first.slice(1);
  return series.length > 0 && series.every((v) => typeof v === 'string' && v !== '') ? 1 : 0;
}

/** The axis tick style of a number format: percent, or a currency/literal prefix. */
function tickFormat(pattern: string): TickFormat {
  const percent = /%/.test(pattern.replace(/"[^"]*"/g, ''));
  const quoted = /^"([^"]*)"/.exec(pattern)?.[1];
  const symbol = /^\[\$([^\]-]*)/.exec(pattern)?.[1];
  return { percent, prefix: quoted ?? symbol ?? '' };
}

/** legend: a position string or { position } (Google Charts); Google Charts' default is 'right'. */
function legendPosition(option: unknown): LegendPosition {
  const raw = isJson(option) ? option.position : option;
  return raw === 'top' || raw === 'bottom' || raw === 'left' || raw === 'none' ? raw : 'right';
}

function seriesStyle(model: ChartModel, index: number): Omit<ChartSeriesView, 'label' | 'values' | 'shown'> {
  const options = model.options;
  const perSeries = isJson(options.series) ? options.series[String(index)] : undefined;
  const own: Json = isJson(perSeries) ? perSeries : {};
  const palette = Array.isArray(options.colors) ? options.colors.filter((c) => typeof c === 'string') : [];
  const color = text(own.color) || palette[index] || SHEETS_COLORS[index % SHEETS_COLORS.length] || '#4285f4';
  // ComboChart: `series[i].type`, else `seriesType` (Google Charts' default 'line'); column and line
  // charts draw every series their own way.
  const comboType = text(own.type) || text(options.seriesType) || 'line';
  const type = model.chartType === 'COLUMN' ? 'bars' : model.chartType === 'LINE' ? 'line' : comboType;
  return {
    as: type === 'bars' ? 'bars' : 'line',
    color,
    dashed: Array.isArray(own.lineDashStyle) && own.lineDashStyle.length > 0,
    axis: own.targetAxisIndex === 1 ? 1 : 0,
    inLegend: own.visibleInLegend !== false,
  };
}

/** Categories, series and axis formats from the chart's cells, into `view`. */
function fillData(view: ChartView, model: ChartModel, cells: RangeCells): void {
  const headers = headerRows(model, cells);
  // The first column holds the categories (x axis). Rows with a blank category are not drawn: a
  // range sized for the longest campaign leaves them empty (docs silent; Sheets skips them, reported).
  const rows = cells.values
    .map((_, r) => r)
    .slice(headers)
    .filter((r) => (cells.display[r]?.[0] ?? '') !== '');
  view.categories = rows.map((r) => cells.display[r]?.[0] ?? '');
  const columns = (cells.values[0]?.length ?? 0) - 1;
  for (let c = 1; c <= columns; c++) {
    const style = seriesStyle(model, c - 1);
    const label = headers > 0 ? (cells.display[headers - 1]?.[c] ?? '') : '';
    view.series.push({
      ...style,
      label: label || `Series ${c}`,
      // Blank, text and error cells are gaps, as in Google Charts (a null value).
      values: rows.map((r) => {
        const v = cells.values[r]?.[c];
        return typeof v === 'number' && Number.isFinite(v) ? v : null;
      }),
      shown: rows.map((r) => cells.display[r]?.[c] ?? ''),
    });
    // Axis labels follow the number format of the series' first numbers (Sheets does, reported).
    const firstNumber = rows.find((r) => typeof cells.values[r]?.[c] === 'number');
    const axis = view.ticks[style.axis];
    if (firstNumber !== undefined && axis.prefix === '' && !axis.percent) {
      view.ticks[style.axis] = tickFormat(cells.formats[firstNumber]?.[c] ?? '');
    }
  }
}

/** The chart as drawn: `read` gives the cells of one A1 range ('Sheet'!A1:B9, as addRange recorded it). */
export function chartView(model: ChartModel, read: (a1: string) => RangeCells): ChartView {
  const options = model.options;
  const vAxes = isJson(options.vAxes) ? options.vAxes : {};
  const axisTitle = (i: 0 | 1): string => {
    const own = vAxes[String(i)];
    if (isJson(own) && typeof own.title === 'string') return own.title;
    return i === 0 && isJson(options.vAxis) ? text(options.vAxis.title) : '';
  };
  const view: ChartView = {
    id: model.chartId,
    type: model.chartType,
    drawn: DRAWN_TYPES.has(model.chartType),
    // setPosition: 1-based anchor row and column, offsets in pixels; unset, Sheets puts it at A1 (docs silent).
    anchor: model.position ?? { row: 1, col: 1, offsetX: 0, offsetY: 0 },
    width: typeof options.width === 'number' ? options.width : DEFAULT_SIZE.width,
    height: typeof options.height === 'number' ? options.height : DEFAULT_SIZE.height,
    title: text(options.title),
    hAxisTitle: isJson(options.hAxis) ? text(options.hAxis.title) : '',
    vAxisTitles: [axisTitle(0), axisTitle(1)],
    legend: legendPosition(options.legend),
    categories: [],
    series: [],
    ticks: [tickFormat(''), tickFormat('')],
    notes: Object.keys(options)
      .filter((k) => !DRAWN_OPTIONS.has(k))
      .map((k) => `option ${k} not drawn by the playground`),
  };
  if (!view.drawn || model.ranges.length === 0) return view;

  fillData(view, model, stitch(model.ranges.map(read)));
  return view;
}
