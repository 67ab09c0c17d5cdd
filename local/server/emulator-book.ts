// The real local spreadsheet (local/index.ts) running dist/Code.js, adapted to the playground's Book.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sheetsLocale } from '../../src/locale/locales.ts';
import { parseA1, resolveA1 } from '../engine/a1.ts';
import { type LocalSpreadsheet, openLocalSpreadsheet } from '../index.ts';
import type { Book, BookOptions } from './book.ts';
import { chartView } from './chart-view.ts';
import type { CellView, ChartView, EditAction, GridView, MenuView, NoticeView } from './protocol.ts';
import { callableServerFunctions } from './sidebar.ts';

/** Title of the Extensions submenu (Sheets takes it from the add-on's Marketplace listing). */
export const ADD_ON_TITLE = 'Performance-marketing KPIs';

/** Smallest grid drawn, so a new sheet looks like a spreadsheet and not like a table. */
export const MIN_ROWS = 40;
export const MIN_COLS = 16;
/** Blank rows and columns drawn past the data, room to type the next row. */
const PAD_ROWS = 10;
const PAD_COLS = 2;
/** Caps what one response carries; sheets in this add-on stay far below. */
const MAX_ROWS = 1000;
const MAX_COLS = 52;
/** Sheets' default row height in pixels; the playground draws every row at it. */
const ROW_HEIGHT = 21;

function columnName(index: number): string {
  let name = '';
  for (let n = index; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

function sheetRange(sheet: string, rows: number, cols: number): string {
  return `'${sheet.replace(/'/g, "''")}'!A1:${columnName(cols)}${rows}`;
}

const notice = (message: string): NoticeView => ({ title: '', message });

export class EmulatorBook implements Book {
  constructor(
    private readonly ss: LocalSpreadsheet,
    private readonly callable: string[],
    private readonly locale: BookOptions['locale'],
  ) {}

  sheetNames(): string[] {
    return this.ss.sheetNames();
  }

  activeSheetName(): string {
    return this.ss.activeSheetName();
  }

  activeCell(): { row: number; col: number } | null {
    return this.ss.activeCell();
  }

  /**
   * The programmatic API has no "activate a tab", so this goes through the emulated SpreadsheetApp,
   * as a user's click would make the sheet active for the add-on's next call.
   */
  activate(sheet: string): void {
    const target = this.ss.services.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(sheet);
    if (!target) throw new Error(`No sheet named ${sheet}`);
    target.activate();
  }

  grid(sheet: string): GridView {
    const shown = this.shownSize(sheet);
    const charts = this.charts(sheet);
    const reach = this.chartReach(sheet, charts);
    const rows = Math.min(MAX_ROWS, Math.max(MIN_ROWS, shown.rows + PAD_ROWS, reach.rows));
    const cols = Math.min(MAX_COLS, Math.max(MIN_COLS, shown.cols + PAD_COLS, reach.cols));
    const a1 = sheetRange(sheet, rows, cols);
    const values = this.ss.values(a1);
    const display = this.ss.displayValues(a1);
    const formulas = this.ss.formulas(a1);
    const errors = this.ss.errors(a1);
    const styles = this.ss.effectiveStyles(a1);
    const notes = this.ss.notes(a1);
    const warned = this.warningOnly(sheet);
    const cells = display.map((line, r) =>
      line.map((d, c): CellView => {
        const cell: CellView = { d };
        const value = values[r]?.[c];
        const formula = formulas[r]?.[c];
        if (formula) cell.f = formula;
        else if (typeof value === 'number')
          cell.f =
            sheetsLocale(this.locale).decimal === ',' ? String(value).replace('.', ',') : String(value);
        if (typeof value === 'number' || value instanceof Date) cell.n = true;
        const style = styles[r]?.[c];
        if (style && style.background !== '#ffffff') cell.bg = style.background;
        if (style && style.fontColor !== '#000000') cell.fc = style.fontColor;
        if (style?.bold) cell.b = true;
        const error = errors[r]?.[c];
        if (error) cell.e = error;
        const note = notes[r]?.[c];
        if (note) cell.note = note;
        if (warned(r + 1, c + 1)) cell.w = true;
        return cell;
      }),
    );
    const widths = Array.from({ length: cols }, (_, c) => this.ss.columnWidth(sheet, c + 1));
    const view: GridView = { sheet, rows, cols, widths, frozenRows: this.ss.frozenRows(sheet), cells };
    if (charts.length > 0) view.charts = charts;
    return view;
  }

  /**
   * Whether a cell (1-based) is in a warning-only protection of the sheet: editing it prompts a
   * warning asking the user to confirm (Protection.setWarningOnly,
   * https://developers.google.com/apps-script/reference/spreadsheet/protection#setwarningonlywarningonly).
   */
  private warningOnly(sheet: string): (row: number, col: number) => boolean {
    const size = this.ss.size(sheet);
    const areas = this.ss
      .protections()
      .filter((p) => p.sheet === sheet && p.warningOnly)
      .map((p) => (p.type === 'SHEET' ? null : resolveA1(parseA1(p.a1), size.rows, size.cols)));
    return (row, col) =>
      areas.some(
        (g) =>
          g === null || (row >= g.row && row < g.row + g.numRows && col >= g.col && col < g.col + g.numCols),
      );
  }

  /** The sheet's charts with the values their ranges read now (one read per range). */
  private charts(sheet: string): ChartView[] {
    return this.ss.charts(sheet).map((model) =>
      chartView(model, (a1) => ({
        values: this.ss.values(a1),
        display: this.ss.displayValues(a1),
        formats: this.ss.numberFormats(a1),
      })),
    );
  }

  /** Rows and columns the grid needs so that every chart lies over drawn cells. */
  private chartReach(sheet: string, charts: readonly ChartView[]): { rows: number; cols: number } {
    let rows = 0;
    let cols = 0;
    for (const chart of charts) {
      let col = chart.anchor.col;
      for (let x = chart.anchor.offsetX + chart.width; x > 0 && col <= MAX_COLS; col++) {
        x -= this.ss.columnWidth(sheet, col);
      }
      cols = Math.max(cols, col);
      rows = Math.max(rows, chart.anchor.row + Math.ceil((chart.anchor.offsetY + chart.height) / ROW_HEIGHT));
    }
    return { rows, cols };
  }

  /**
   * The last row and column that show something. The used size alone can be far larger (an
   * ARRAYFORMULA over a 500-row table yields blanks), and the effective styles cost a rule
   * evaluation per cell, so the grid stops after what a person can see.
   */
  private shownSize(sheet: string): { rows: number; cols: number } {
    const used = this.ss.size(sheet);
    if (used.rows === 0 || used.cols === 0) return { rows: 0, cols: 0 };
    const display = this.ss.displayValues(
      sheetRange(sheet, Math.min(used.rows, MAX_ROWS), Math.min(used.cols, MAX_COLS)),
    );
    let rows = 0;
    let cols = 0;
    for (const [r, line] of display.entries()) {
      for (const [c, d] of line.entries()) {
        if (d === '') continue;
        rows = Math.max(rows, r + 1);
        cols = Math.max(cols, c + 1);
      }
    }
    return { rows, cols };
  }

  type(sheet: string, a1: string, input: string): void {
    this.ss.type(`'${sheet.replace(/'/g, "''")}'!${a1}`, input);
  }

  /** As the Sheets UI does it (LocalSpreadsheet.user): not the add-on's calls. */
  edit(sheet: string, action: EditAction, row: number, col: number): void {
    const u = this.ss.user;
    const sortRows = (ascending: boolean): void => {
      const used = this.ss.size(sheet);
      if (used.rows < 2) return;
      u.sort(sheetRange(sheet, used.rows, Math.max(used.cols, col)).replace('A1:', 'A2:'), col, ascending);
    };
    const actions: Record<EditAction, () => void> = {
      insertRowAbove: () => u.insertRows(sheet, row),
      insertRowBelow: () => u.insertRows(sheet, row + 1),
      deleteRow: () => u.deleteRows(sheet, row),
      insertColumnLeft: () => u.insertColumns(sheet, col),
      insertColumnRight: () => u.insertColumns(sheet, col + 1),
      deleteColumn: () => u.deleteColumns(sheet, col),
      sortAscending: () => sortRows(true),
      sortDescending: () => sortRows(false),
    };
    actions[action]();
  }

  menu(): MenuView | null {
    return this.ss.menu();
  }

  clickMenu(caption: string): void {
    this.ss.clickMenu(caption);
  }

  run(fn: string, args: unknown[]): unknown {
    return this.ss.run(fn, ...args);
  }

  sidebar(): { title: string; html: string; version: number } | null {
    const shown = this.ss.sidebar();
    if (!shown) return null;
    // Each showSidebar call adds a dialog record, so their count tells a new sidebar from the same one.
    const version = this.ss.dialogs().filter((d) => d.kind === 'sidebar').length;
    return { ...shown, version };
  }

  alerts(): NoticeView[] {
    return this.ss.alerts().map(notice);
  }

  toasts(): NoticeView[] {
    return this.ss.toasts().map(notice);
  }

  callableFunctions(): string[] {
    return this.callable;
  }
}

/** Opens local spreadsheets running <root>/dist/Code.js (read at each open, so a rebuild shows up). */
export function emulatorOpener(root: string): (opts: BookOptions) => Book {
  const codePath = join(root, 'dist', 'Code.js');
  const distDir = join(root, 'dist');
  return (opts) => {
    const ss = openLocalSpreadsheet({
      locale: opts.locale,
      codePath,
      distDir,
      addOnTitle: ADD_ON_TITLE,
      ...(opts.csv ? { csv: opts.csv } : {}),
    });
    if (ss.openErrors.length > 0) console.warn(`playground: onOpen failed: ${ss.openErrors.join('; ')}`);
    return new EmulatorBook(ss, callableServerFunctions(readFileSync(codePath, 'utf8')), opts.locale);
  };
}
