// Emulated embedded charts, recorded only: https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart-builder
import type { ChartModel, SheetModel } from '../engine/model.ts';
import { expose, unwrap } from './calls.ts';
import { ChartType, type EnumValue } from './enums.ts';
import { RangeImpl } from './range.ts';
import type { DocState } from './state.ts';

type Builder = GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;
type Chart = GoogleAppsScript.Spreadsheet.EmbeddedChart;

let nextChartId = 1;

export class EmbeddedChartImpl {
  readonly _api: Chart;
  constructor(
    doc: DocState,
    readonly _model: ChartModel,
  ) {
    this._api = expose(this, 'EmbeddedChart', doc.ctx);
  }
  getChartId(): number {
    return this._model.chartId;
  }
  getOptions(): { get(option: string): unknown } {
    return { get: (option: string) => this._model.options[option] ?? null };
  }
}

export class EmbeddedChartBuilderImpl {
  readonly _api: Builder;
  readonly _model: ChartModel = {
    chartType: 'COLUMN',
    numHeaders: null,
    ranges: [],
    position: null,
    options: {},
    chartId: 0,
  };
  constructor(readonly _doc: DocState) {
    this._api = expose(this, 'EmbeddedChartBuilder', _doc.ctx);
  }
  addRange(range: GoogleAppsScript.Spreadsheet.Range): Builder {
    const impl = unwrap(range, RangeImpl);
    if (!impl) throw new Error('not emulated: a Range that is not from this spreadsheet');
    this._model.ranges.push(`${impl._sheet.name}!${impl.getA1Notation()}`);
    return this._api;
  }
  setChartType(type: EnumValue | string): Builder {
    this._model.chartType = String(type);
    return this._api;
  }
  asLineChart(): Builder {
    return this.setChartType(ChartType.LINE);
  }
  asColumnChart(): Builder {
    return this.setChartType(ChartType.COLUMN);
  }
  asBarChart(): Builder {
    return this.setChartType(ChartType.BAR);
  }
  /** https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart-builder#asComboChart() */
  asComboChart(): Builder {
    return this.setChartType(ChartType.COMBO);
  }
  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): Builder {
    this._model.position = { row: anchorRowPos, col: anchorColPos, offsetX, offsetY };
    return this._api;
  }
  /** Rows (or columns) of the data that are headers (https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart-builder#setNumHeaders(Integer)). */
  setNumHeaders(headers: number): Builder {
    if (!Number.isInteger(headers) || headers < 0) {
      // The reference is silent on bad values; our wording.
      throw new Error(`setNumHeaders needs a whole number >= 0, got ${String(headers)}`);
    }
    this._model.numHeaders = headers;
    return this._api;
  }
  setOption(option: string, value: unknown): Builder {
    this._model.options[option] = value;
    return this._api;
  }
  build(): Chart {
    return new EmbeddedChartImpl(this._doc, { ...this._model, chartId: nextChartId++ })._api;
  }
}

export function insertChart(sheet: SheetModel, chart: unknown): void {
  const impl = unwrap(chart, EmbeddedChartImpl);
  if (!impl) throw new Error('not emulated: a chart not built by this spreadsheet');
  sheet.charts.push(impl._model);
}

const quote = (n: string): string => (/^[A-Za-z_][A-Za-z0-9_]*$/.test(n) ? n : `'${n.replace(/'/g, "''")}'`);

/** Chart ranges on sheet `from` (written `Ads!A1` or `'Copy of Ads'!A1`) given the prefix `to(quoted)`. */
function moveRanges(ranges: readonly string[], from: string, to: (quoted: boolean) => string): string[] {
  return ranges.map((a1) => {
    if (a1.startsWith(`${from}!`)) return `${to(false)}!${a1.slice(from.length + 1)}`;
    if (a1.startsWith(`${quote(from)}!`)) return `${to(true)}!${a1.slice(quote(from).length + 1)}`;
    return a1;
  });
}

/** Chart ranges after sheet `from` was renamed `to` (a client copy renamed keeps its chart on itself). */
export function movedChartRanges(ranges: readonly string[], from: string, to: string): string[] {
  return moveRanges(ranges, from, (quoted) => (quoted ? quote(to) : to));
}

/** A chart of a copied sheet: a new id, its ranges on the original sheet moved to the copy. */
export function copyChart(chart: ChartModel, from: string, to: string): ChartModel {
  const ranges = moveRanges(chart.ranges, from, () => quote(to));
  return {
    ...chart,
    ranges,
    position: chart.position ? { ...chart.position } : null,
    options: structuredClone(chart.options),
    chartId: nextChartId++,
  };
}
