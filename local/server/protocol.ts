// The JSON shapes the playground server and its browser client exchange (types, and the list of edit actions both sides check).

/** One grid cell as the client draws it. Optional fields are left out when they carry nothing. */
export interface CellView {
  /** Display value, as Sheets shows it. */
  d: string;
  /** What the formula bar shows: the formula, else the raw value. */
  f?: string;
  /** Effective background (conditional formats applied), when not white. */
  bg?: string;
  /** Font colour, when not black. */
  fc?: string;
  /** Bold font. */
  b?: true;
  /** Numeric value: drawn right-aligned as Sheets does. */
  n?: true;
  /** The error message of an `#ERROR!`-style cell, shown on hover. */
  e?: string;
  /** The cell's note (Range.setNote), shown on hover with a corner mark as in Sheets. */
  note?: string;
  /** In a warning-only protected range: typing over it asks first (Protection.setWarningOnly). */
  w?: true;
}

export interface GridView {
  sheet: string;
  /** Rows x columns drawn (at least the data, padded to a comfortable minimum). */
  rows: number;
  cols: number;
  /** Column widths in pixels, as the add-on set them (Sheets' default is 100). */
  widths: number[];
  /** Rows frozen at the top (Sheet.setFrozenRows); they stay in view while the grid scrolls. */
  frozenRows?: number;
  cells: CellView[][];
  /** Embedded charts on the sheet, drawn over the grid at their anchor. */
  charts?: ChartView[];
}

export type LegendPosition = 'right' | 'left' | 'top' | 'bottom' | 'none';

/** How an axis labels its ticks, from the number format of the cells it plots. */
export interface TickFormat {
  percent: boolean;
  /** A currency symbol or quoted text the format puts before the number, e.g. `$`. */
  prefix: string;
}

export interface ChartSeriesView {
  label: string;
  /** One per category; null where the cell is blank, text or an error (a gap). */
  values: (number | null)[];
  /** The cells as the sheet shows them, for the tooltips. */
  shown: string[];
  as: 'bars' | 'line';
  color: string;
  dashed: boolean;
  /** 0: the left axis, 1: the right one (series[i].targetAxisIndex). */
  axis: 0 | 1;
  inLegend: boolean;
}

/** One embedded chart, worked out on the server (chart-view.ts); the page only lays it out. */
export interface ChartView {
  id: number;
  /** Sheets' chart type as built: COLUMN, LINE, COMBO are drawn; others show as a labelled box. */
  type: string;
  drawn: boolean;
  /** EmbeddedChartBuilder.setPosition: 1-based anchor cell and pixel offsets. */
  anchor: { row: number; col: number; offsetX: number; offsetY: number };
  width: number;
  height: number;
  title: string;
  hAxisTitle: string;
  vAxisTitles: [string, string];
  legend: LegendPosition;
  /** The x-axis labels: the first column's cells as shown. */
  categories: string[];
  series: ChartSeriesView[];
  ticks: [TickFormat, TickFormat];
  /** What this drawing leaves out (options it does not draw), said on the chart. */
  notes: string[];
}

export interface MenuItemView {
  caption: string;
  functionName: string;
}

export interface MenuView {
  title: string;
  items: MenuItemView[];
}

export interface NoticeView {
  title: string;
  message: string;
}

export interface SidebarView {
  title: string;
  /** Changes whenever the add-on shows a sidebar again, so the client reloads the iframe. */
  version: number;
}

/** Everything the page shows, in one response. */
export interface StateView {
  locale: string;
  fixture: string | null;
  fixtures: string[];
  /** The locales a new spreadsheet can take: code (`fr_FR`) and Sheets' name (`France`). */
  locales: { code: string; name: string }[];
  sheets: string[];
  active: string;
  /** The cell (1-based) a script selected on the active sheet (Range.activate); the page moves there when it changes. */
  selection: { row: number; col: number } | null;
  grid: GridView;
  menu: MenuView | null;
  sidebar: SidebarView | null;
  /** Alerts and toasts raised since the previous response. */
  alerts: NoticeView[];
  toasts: NoticeView[];
}

/** What POST /api/run answers: the server function's value, or its error message. */
export type RunReply = { ok: true; value?: unknown } | { ok: false; message: string };

/** Messages the sidebar iframe posts to the page. */
export type SidebarMessage = { type: 'playground:ran' } | { type: 'playground:close' };

/**
 * What a person does to rows and columns from the Edit menu, at the selected cell: insert or delete
 * its row or column, or sort the rows below row 1 (a header row) by its column.
 */
export type EditAction =
  | 'insertRowAbove'
  | 'insertRowBelow'
  | 'deleteRow'
  | 'insertColumnLeft'
  | 'insertColumnRight'
  | 'deleteColumn'
  | 'sortAscending'
  | 'sortDescending';

export const EDIT_ACTIONS: readonly EditAction[] = [
  'insertRowAbove',
  'insertRowBelow',
  'deleteRow',
  'insertColumnLeft',
  'insertColumnRight',
  'deleteColumn',
  'sortAscending',
  'sortDescending',
];
