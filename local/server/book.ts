// What the playground needs from a local spreadsheet (emulator-book.ts adapts the real one to it):
// a whole visible sheet in one read, tab activation, and alerts/toasts/sidebar as plain views.
import type { ReportFile } from '../csv.ts';
import type { EditAction, GridView, MenuView, NoticeView } from './protocol.ts';

export interface BookOptions {
  /** A locale code of the one locale table (src/locale/locales.ts), e.g. `fr_FR`. */
  locale: string;
  csv?: ReportFile;
}

/** The local spreadsheet as the playground uses it. */
export interface Book {
  sheetNames(): string[];
  activeSheetName(): string;
  /** The cell (1-based) a script selected on the active sheet with Range.activate, or null. */
  activeCell(): { row: number; col: number } | null;
  activate(sheet: string): void;
  /** The sheet's cells: the used range (spills included) with room around it. */
  grid(sheet: string): GridView;
  type(sheet: string, a1: string, input: string): void;
  /** An Edit-menu action at the 1-based cell (row, col) of `sheet`. */
  edit(sheet: string, action: EditAction, row: number, col: number): void;
  menu(): MenuView | null;
  clickMenu(caption: string): void;
  run(fn: string, args: unknown[]): unknown;
  /** The sidebar last shown; `version` counts showSidebar calls so the page knows to reload it. */
  sidebar(): { title: string; html: string; version: number } | null;
  alerts(): NoticeView[];
  toasts(): NoticeView[];
  callableFunctions(): string[];
}
