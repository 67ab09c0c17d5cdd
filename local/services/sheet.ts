// Emulated Sheet: https://developers.google.com/apps-script/reference/spreadsheet/sheet
import { type GridRange, parseA1, resolveA1 } from '../engine/a1.ts';
import type { SheetModel } from '../engine/model.ts';
import { expose, unwrap } from './calls.ts';
import { EmbeddedChartBuilderImpl, EmbeddedChartImpl, insertChart, movedChartRanges } from './charts.ts';
import { ConditionalFormatRuleImpl, ruleModelOf } from './conditional-format.ts';
import { type EnumValue, ProtectionType } from './enums.ts';
import { ProtectionImpl, protectionApi } from './protection.ts';
import { RangeImpl, rangeApi } from './range.ts';
import { copySheet } from './sheet-copy.ts';
import { SheetStructure } from './sheet-structure.ts';
import { SpreadsheetImpl, spreadsheetApi } from './spreadsheet.ts';
import { type DocState, normalizeColor } from './state.ts';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;
type K =
  | 'getName'
  | 'setName'
  | 'getRange'
  | 'getRangeList'
  | 'getDataRange'
  | 'getSheetValues'
  | 'getLastRow'
  | 'getLastColumn'
  | 'getMaxRows'
  | 'getMaxColumns'
  | 'setFrozenRows'
  | 'getFrozenRows'
  | 'setFrozenColumns'
  | 'getFrozenColumns'
  | 'setColumnWidth'
  | 'setColumnWidths'
  | 'getColumnWidth'
  | 'activate'
  | 'setTabColor'
  | 'getTabColor'
  | 'getSheetId'
  | 'getIndex'
  | 'clear'
  | 'clearContents'
  | 'appendRow'
  | 'getParent'
  | 'copyTo';

export function sheetApi(doc: DocState, sheet: SheetModel): Sheet {
  return new SheetImpl(doc, sheet)._api;
}

/** The used area: rows/columns up to the last cell with content (https://developers.google.com/apps-script/reference/spreadsheet/sheet#getLastRow()). */
export function usedSize(doc: DocState, sheet: SheetModel): { rows: number; cols: number } {
  const d = doc.wb.hf.getSheetDimensions(sheet.hfId);
  // The engine can keep the size it had before rows or columns were deleted; the grid is the limit.
  return { rows: Math.min(d.height, sheet.maxRows), cols: Math.min(d.width, sheet.maxCols) };
}

export class SheetImpl extends SheetStructure implements Pick<Sheet, K> {
  readonly _api: Sheet;
  constructor(
    readonly _doc: DocState,
    readonly _sheet: SheetModel,
  ) {
    super();
    this._api = expose<Sheet>(this, 'Sheet', _doc.ctx);
  }

  private _range(grid: GridRange): Range {
    if (grid.row < 1) throw new Error('The starting row of the range is too small.');
    if (grid.col < 1) throw new Error('The starting column of the range is too small.');
    if (grid.numRows < 1) throw new Error('The number of rows in the range must be at least 1.');
    if (grid.numCols < 1) throw new Error('The number of columns in the range must be at least 1.');
    if (
      grid.row + grid.numRows - 1 > this._sheet.maxRows ||
      grid.col + grid.numCols - 1 > this._sheet.maxCols
    ) {
      throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
    }
    return rangeApi(this._doc, this._sheet, grid);
  }

  getName(): string {
    return this._sheet.name;
  }
  /**
   * Renames the tab; conditional formats, protections and charts stay with the sheet, as in Sheets
   * (they belong to the sheet, not to its name: https://developers.google.com/apps-script/reference/spreadsheet/sheet#setName(String)).
   */
  setName(name: string): Sheet {
    const old = this._sheet.name;
    this._doc.wb.renameSheet(this._sheet, name);
    const now = this._sheet.name;
    for (const sheet of this._doc.wb.sheets) {
      for (const rule of sheet.cfRules) {
        for (const r of rule.ranges) if (r.sheet === old) r.sheet = now;
      }
      // A client copy renamed from 'Copy of Ads' keeps its chart on itself, quoted or not.
      for (const chart of sheet.charts) chart.ranges = movedChartRanges(chart.ranges, old, now);
    }
    for (const p of this._doc.protections) if (p.sheet === old) p.sheet = now;
    return this._api;
  }
  /** Within this spreadsheet only; see copySheet for what is copied. */
  copyTo(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): Sheet {
    if (unwrap(spreadsheet, SpreadsheetImpl)?._doc !== this._doc) {
      throw new Error('not emulated: Sheet.copyTo another spreadsheet');
    }
    return sheetApi(this._doc, copySheet(this._doc, this._sheet));
  }
  getParent(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    return spreadsheetApi(this._doc);
  }
  /** By A1 (`'B2:C4'`) or by row, column[, numRows[, numColumns]] (https://developers.google.com/apps-script/reference/spreadsheet/sheet#getRange(Integer,Integer,Integer,Integer)). */
  getRange(a1OrRow: string | number, column?: number, numRows?: number, numColumns?: number): Range {
    if (typeof a1OrRow === 'string') {
      return this._byA1(a1OrRow);
    }
    if (column === undefined)
      throw new Error(
        "The parameters (number) don't match the method signature for SpreadsheetApp.Sheet.getRange.",
      );
    return this._range({ row: a1OrRow, col: column, numRows: numRows ?? 1, numCols: numColumns ?? 1 });
  }
  /**
   * Ranges of this sheet by A1 notations, as one RangeList
   * (https://developers.google.com/apps-script/reference/spreadsheet/sheet#getRangeList(String)).
   * Each notation is resolved as getRange would, so a bad one throws the same error.
   */
  getRangeList(a1Notations: string[]): GoogleAppsScript.Spreadsheet.RangeList {
    if (!Array.isArray(a1Notations) || a1Notations.length === 0) {
      // The reference is silent on an empty list; we reject it rather than guess (our wording).
      throw new Error('Sheet.getRangeList needs at least one A1 notation.');
    }
    const ranges = a1Notations.map((a1) => this._byA1(a1));
    return new RangeListImpl(ranges, this._doc)._api;
  }
  private _byA1(a1: string): Range {
    const p = parseA1(a1);
    if (p.sheet !== undefined && p.sheet.toLowerCase() !== this._sheet.name.toLowerCase()) {
      throw new Error('Range not found');
    }
    return this._range(resolveA1(p, this._sheet.maxRows, this._sheet.maxCols));
  }
  /** From A1 to the last row and column with content, at least A1 (https://developers.google.com/apps-script/reference/spreadsheet/sheet#getDataRange()). */
  getDataRange(): Range {
    const used = usedSize(this._doc, this._sheet);
    return this._range({ row: 1, col: 1, numRows: Math.max(1, used.rows), numCols: Math.max(1, used.cols) });
  }
  /**
   * The values from (startRow, startColumn), numRows x numColumns, in one call: "A -1 value given
   * as the row or column position is equivalent to getting the very last row or column that has data
   * in the sheet" (https://developers.google.com/apps-script/reference/spreadsheet/sheet#getSheetValues(Integer,Integer,Integer,Integer)).
   * Emulated for -1 as numRows / numColumns, as public scripts call it (`getSheetValues(1, 1, -1, -1)`);
   * a -1 start is not. The page is silent on a sheet with no data: we take the strict answer and
   * refuse, as getRange refuses 0 rows (the add-on falls back to getDataRange then).
   */
  getSheetValues(startRow: number, startColumn: number, numRows: number, numColumns: number): unknown[][] {
    if (startRow === -1 || startColumn === -1)
      throw new Error('not emulated: Sheet.getSheetValues with a -1 start');
    const used = usedSize(this._doc, this._sheet);
    const rows = numRows === -1 ? used.rows - startRow + 1 : numRows;
    const cols = numColumns === -1 ? used.cols - startColumn + 1 : numColumns;
    const range = unwrap(
      this._range({ row: startRow, col: startColumn, numRows: rows, numCols: cols }),
      RangeImpl,
    );
    if (!range) throw new Error('Sheet.getSheetValues: no range');
    return range.getValues();
  }
  getLastRow(): number {
    return usedSize(this._doc, this._sheet).rows;
  }
  getLastColumn(): number {
    return usedSize(this._doc, this._sheet).cols;
  }
  getMaxRows(): number {
    return this._sheet.maxRows;
  }
  getMaxColumns(): number {
    return this._sheet.maxCols;
  }
  /** Appends after the last row with content (https://developers.google.com/apps-script/reference/spreadsheet/sheet#appendRow(Object)). */
  appendRow(rowContents: unknown[]): Sheet {
    const row = usedSize(this._doc, this._sheet).rows + 1;
    this._doc.wb.write(this._sheet, { row, col: 1, numRows: 1, numCols: rowContents.length }, [rowContents]);
    return this._api;
  }
  setFrozenRows(rows: number): void {
    this._sheet.frozenRows = rows;
  }
  getFrozenRows(): number {
    return this._sheet.frozenRows;
  }
  setFrozenColumns(columns: number): void {
    this._sheet.frozenCols = columns;
  }
  getFrozenColumns(): number {
    return this._sheet.frozenCols;
  }
  /** Widths in pixels; Sheets' default column width is 100 px. */
  setColumnWidth(columnPosition: number, width: number): Sheet {
    this._sheet.columnWidths.set(columnPosition, width);
    return this._api;
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): Sheet {
    for (let c = startColumn; c < startColumn + numColumns; c++) this._sheet.columnWidths.set(c, width);
    return this._api;
  }
  getColumnWidth(columnPosition: number): number {
    return this._sheet.columnWidths.get(columnPosition) ?? 100;
  }
  getConditionalFormatRules(): GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] {
    return this._sheet.cfRules.map((m) => new ConditionalFormatRuleImpl(this._doc, m)._api);
  }
  /** Replaces ALL existing rules of the sheet (https://developers.google.com/apps-script/reference/spreadsheet/sheet#setConditionalFormatRules(ConditionalFormatRule)). */
  setConditionalFormatRules(rules: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[]): void {
    this._sheet.cfRules = rules.map((r) => ruleModelOf(r));
  }
  clearConditionalFormatRules(): void {
    this._sheet.cfRules = [];
  }
  protect(): GoogleAppsScript.Spreadsheet.Protection {
    return protectionApi(this._doc, 'SHEET', this._sheet, { row: 1, col: 1, numRows: 1, numCols: 1 });
  }
  getProtections(type: EnumValue): GoogleAppsScript.Spreadsheet.Protection[] {
    const kind = String(type) === String(ProtectionType.SHEET) ? 'SHEET' : 'RANGE';
    return this._doc.protections
      .filter((p) => p.sheet === this._sheet.name && p.type === kind)
      .map((p) => new ProtectionImpl(this._doc, p)._api);
  }
  newChart(): GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder {
    return new EmbeddedChartBuilderImpl(this._doc)._api;
  }
  insertChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    insertChart(this._sheet, chart);
  }
  getCharts(): GoogleAppsScript.Spreadsheet.EmbeddedChart[] {
    return this._sheet.charts.map((m) => new EmbeddedChartImpl(this._doc, m)._api);
  }
  removeChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    const id = unwrap(chart, EmbeddedChartImpl)?._model.chartId;
    this._sheet.charts = this._sheet.charts.filter((c) => c.chartId !== id);
  }
  activate(): Sheet {
    this._doc.activeSheet = this._sheet;
    this._doc.activeRange = null;
    return this._api;
  }
  setTabColor(color: string | null): Sheet {
    this._sheet.tabColor = color === null ? null : normalizeColor(color, '#ffffff');
    return this._api;
  }
  getTabColor(): string | null {
    return this._sheet.tabColor;
  }
  getSheetId(): number {
    return this._sheet.gid;
  }
  /** 1-based position among the tabs (https://developers.google.com/apps-script/reference/spreadsheet/sheet#getIndex()). */
  getIndex(): number {
    return this._doc.wb.sheets.indexOf(this._sheet) + 1;
  }
  /** Contents and formats (https://developers.google.com/apps-script/reference/spreadsheet/sheet#clear()). */
  clear(): Sheet {
    this._doc.wb.clear(this._sheet, {
      row: 1,
      col: 1,
      numRows: this._sheet.maxRows,
      numCols: this._sheet.maxCols,
    });
    // Formats go; notes and data validations stay (gas-fakes test/testsheets.js "Sheet clearing
    // methods", recorded on live Apps Script).
    for (const [key, f] of [...this._sheet.cells]) {
      if (f.note === undefined && f.validation === undefined) this._sheet.cells.delete(key);
      else this._sheet.cells.set(key, { note: f.note, validation: f.validation });
    }
    return this._api;
  }
  clearContents(): Sheet {
    this._doc.wb.clear(this._sheet, {
      row: 1,
      col: 1,
      numRows: this._sheet.maxRows,
      numCols: this._sheet.maxCols,
    });
    return this._api;
  }
  hideSheet(): Sheet {
    this._sheet.hidden = true;
    return this._api;
  }
  isSheetHidden(): boolean {
    return this._sheet.hidden;
  }
}

/** https://developers.google.com/apps-script/reference/spreadsheet/range-list (getRanges only). */
export class RangeListImpl {
  readonly _api: GoogleAppsScript.Spreadsheet.RangeList;
  constructor(
    private readonly _ranges: Range[],
    doc: DocState,
  ) {
    this._api = expose<GoogleAppsScript.Spreadsheet.RangeList>(this, 'RangeList', doc.ctx);
  }
  /** The ranges in the order they were given (https://developers.google.com/apps-script/reference/spreadsheet/range-list#getRanges()). */
  getRanges(): Range[] {
    return [...this._ranges];
  }
  /** Each range as Range.clearContent does (https://developers.google.com/apps-script/reference/spreadsheet/range-list#clearContent()). */
  clearContent(): GoogleAppsScript.Spreadsheet.RangeList {
    return this._each((r) => r.clearContent());
  }
  /** Each range as Range.clear(options) does (https://developers.google.com/apps-script/reference/spreadsheet/range-list#clear(Object)). */
  clear(options?: {
    contentsOnly?: boolean;
    formatOnly?: boolean;
    validationsOnly?: boolean;
  }): GoogleAppsScript.Spreadsheet.RangeList {
    return this._each((r) => r.clear(options));
  }
  /** https://developers.google.com/apps-script/reference/spreadsheet/range-list#clearFormat() */
  clearFormat(): GoogleAppsScript.Spreadsheet.RangeList {
    return this._each((r) => r.clearFormat());
  }
  /** https://developers.google.com/apps-script/reference/spreadsheet/range-list#clearDataValidations() */
  clearDataValidations(): GoogleAppsScript.Spreadsheet.RangeList {
    return this._each((r) => r.clearDataValidations());
  }
  /** On the emulator objects, so one RangeList call is counted as one. */
  private _each(fn: (r: RangeImpl) => void): GoogleAppsScript.Spreadsheet.RangeList {
    for (const r of this._ranges) {
      const impl = unwrap(r, RangeImpl);
      if (!impl) throw new Error('not emulated: a RangeList of ranges from elsewhere');
      fn(impl);
    }
    return this._api;
  }
}
