// The JSON shapes the playground server and its browser client exchange (types only, no runtime code).

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
  sheets: string[];
  active: string;
  grid: GridView;
  menu: MenuView | null;
  sidebar: SidebarView | null;
  /** Alerts and toasts raised since the previous response. */
  alerts: NoticeView[];
  toasts: NoticeView[];
}

/** What POST /api/run answers: the server function's value, or its error message. */
export type RunReply = { ok: true; value?: unknown } | { ok: false; message: string };

/** Every API error answers with this body and a 4xx/5xx status. */
export interface ErrorReply {
  error: string;
}

/** Messages the sidebar iframe posts to the page. */
export type SidebarMessage = { type: 'playground:ran' } | { type: 'playground:close' };
