// Emulated Range: https://developers.google.com/apps-script/reference/spreadsheet/range
import { type GridRange, shiftFormula, toA1 } from '../engine/a1.ts';
import type { CellFormat, SheetModel } from '../engine/model.ts';
import { DEFAULT_NUMBER_FORMAT } from '../engine/number-format.ts';
import { expose, unwrap } from './calls.ts';
import { DataValidationImpl, dataValidationApi, violates } from './data-validation.ts';
import { protectionApi } from './protection.ts';
import { RangeStructure } from './range-structure.ts';
import { sheetApi } from './sheet.ts';
import { DEFAULT_BACKGROUND, DEFAULT_FONT_COLOR, type DocState, normalizeColor } from './state.ts';
import { textStyleModel } from './text-style.ts';

type Range = GoogleAppsScript.Spreadsheet.Range;
type K =
  | 'getValue'
  | 'getValues'
  | 'setValue'
  | 'setValues'
  | 'getFormula'
  | 'getFormulas'
  | 'setFormula'
  | 'setFormulas'
  | 'getDisplayValue'
  | 'getDisplayValues'
  | 'getNumberFormat'
  | 'getNumberFormats'
  | 'setNumberFormat'
  | 'setNumberFormats'
  | 'getBackground'
  | 'getBackgrounds'
  | 'setBackground'
  | 'setBackgrounds'
  | 'getFontWeight'
  | 'getFontWeights'
  | 'setFontWeight'
  | 'setFontWeights'
  | 'setFontColor'
  | 'setFontColors'
  | 'getFontColor'
  | 'getFontColors'
  | 'setFontSize'
  | 'setFontSizes'
  | 'setTextStyles'
  | 'getFontSize'
  | 'getFontSizes'
  | 'getNote'
  | 'getNotes'
  | 'setNote'
  | 'setNotes'
  | 'getA1Notation'
  | 'getRow'
  | 'getColumn'
  | 'getLastRow'
  | 'getLastColumn'
  | 'getNumRows'
  | 'getNumColumns'
  | 'getSheet'
  | 'getGridId'
  | 'getCell'
  | 'merge'
  | 'breakApart'
  | 'setHorizontalAlignment'
  | 'getHorizontalAlignment'
  | 'setWrap'
  | 'clearContent'
  | 'clearFormat'
  | 'clear'
  | 'activate'
  | 'protect'
  | 'getDataValidation'
  | 'getDataValidations'
  | 'setDataValidation'
  | 'setDataValidations'
  | 'clearDataValidations';

/** Sheets' default font size in points. */
const DEFAULT_FONT_SIZE = 10;

/** A font size in points. The reference is silent on invalid sizes; this error wording is ours. */
function fontSizeOf(v: unknown): number {
  if (typeof v !== 'number' || !Number.isFinite(v) || v <= 0) {
    throw new Error(`Invalid font size: ${String(v)}`);
  }
  return v;
}

export function rangeApi(doc: DocState, sheet: SheetModel, grid: GridRange): Range {
  return new RangeImpl(doc, sheet, grid)._api;
}

export class RangeImpl extends RangeStructure implements Pick<Range, K> {
  readonly _api: Range;
  constructor(
    readonly _doc: DocState,
    readonly _sheet: SheetModel,
    readonly _grid: GridRange,
  ) {
    super();
    this._api = expose<Range>(this, 'Range', _doc.ctx);
  }

  private _cells<T>(fn: (row: number, col: number) => T): T[][] {
    const { row, col, numRows, numCols } = this._grid;
    return Array.from({ length: numRows }, (_, r) =>
      Array.from({ length: numCols }, (_, c) => fn(row + r, col + c)),
    );
  }

  /** The dimension check of setValues/setFormulas and friends; message text as Sheets reports it (https://developers.google.com/apps-script/reference/spreadsheet/range#setValues(Object)). */
  private _checkShape(data: unknown): unknown[][] {
    if (!Array.isArray(data) || !data.every((r) => Array.isArray(r))) {
      throw new Error(`The parameters (${typeof data}) don't match the method signature.`);
    }
    const rows = data as unknown[][];
    if (rows.length !== this._grid.numRows) {
      throw new Error(
        `The number of rows in the data does not match the number of rows in the range. The data has ${rows.length} but the range has ${this._grid.numRows}.`,
      );
    }
    for (const r of rows) {
      if (r.length !== this._grid.numCols) {
        throw new Error(
          `The number of columns in the data does not match the number of columns in the range. The data has ${r.length} but the range has ${this._grid.numCols}.`,
        );
      }
    }
    return rows;
  }

  private _set(fn: (f: CellFormat, row: number, col: number) => void): Range {
    this._cells((row, col) => fn(this._doc.wb.cell(this._sheet, row, col), row, col));
    return this._api;
  }

  private _setEach<T>(data: unknown, fn: (f: CellFormat, v: T) => void): Range {
    const rows = this._checkShape(data);
    return this._set((f, row, col) => fn(f, rows[row - this._grid.row]?.[col - this._grid.col] as T));
  }

  private _markInvalid(): void {
    // Scripts may write values that break a validation rule; Sheets keeps them and flags the cell (docs silent).
    this._cells((row, col) => {
      const f = this._doc.wb.peek(this._sheet, row, col);
      if (f?.validation) f.invalid = violates(f.validation, this._doc.wb.value(this._sheet, row, col));
    });
  }

  private _write(values: unknown[][]): Range {
    this._doc.wb.write(this._sheet, this._grid, values);
    this._markInvalid();
    return this._api;
  }

  // ---- values ----
  getValue(): unknown {
    return this._doc.wb.value(this._sheet, this._grid.row, this._grid.col);
  }
  getValues(): unknown[][] {
    return this._cells((r, c) => this._doc.wb.value(this._sheet, r, c));
  }
  /**
   * A string starting with '=' becomes a formula - formula injection is real - and a leading
   * apostrophe stores the rest as text (https://developers.google.com/apps-script/reference/spreadsheet/range#setValue(Object)). On a multi-cell range every cell gets the value.
   */
  setValue(value: unknown): Range {
    return this._write(this._cells(() => value));
  }
  setValues(values: unknown[][]): Range {
    return this._write(this._checkShape(values));
  }

  // ---- formulas (in the spreadsheet locale's syntax) ----
  getFormula(): string {
    return this._doc.wb.formula(this._sheet, this._grid.row, this._grid.col);
  }
  getFormulas(): string[][] {
    return this._cells((r, c) => this._doc.wb.formula(this._sheet, r, c));
  }
  /** On a multi-cell range the formula is for the top-left cell and relative references shift per cell (docs silent; Sheets' fill behaviour). */
  setFormula(formula: string): Range {
    const f = formula.startsWith('=') ? formula : `=${formula}`;
    return this._write(this._cells((r, c) => shiftFormula(f, r - this._grid.row, c - this._grid.col)));
  }
  setFormulas(formulas: string[][]): Range {
    const rows = this._checkShape(formulas);
    // An empty string clears the cell (https://developers.google.com/apps-script/reference/spreadsheet/range#setFormulas(String)).
    return this._write(
      rows.map((r) => r.map((f) => (f === '' ? null : String(f).startsWith('=') ? f : `=${f}`))),
    );
  }

  getDisplayValue(): string {
    return this._doc.wb.display(this._sheet, this._grid.row, this._grid.col);
  }
  getDisplayValues(): string[][] {
    return this._cells((r, c) => this._doc.wb.display(this._sheet, r, c));
  }

  // ---- formats ----
  getNumberFormat(): string {
    return this.getNumberFormats()[0]?.[0] ?? DEFAULT_NUMBER_FORMAT;
  }
  /** A pattern set as General (any case) reads back as a never-formatted cell's (gas-fakes test/testsheets.js, recorded on live Apps Script). */
  getNumberFormats(): string[][] {
    return this._cells((r, c) => {
      const pattern = this._doc.wb.peek(this._sheet, r, c)?.numberFormat;
      return pattern === undefined || /^general$/i.test(pattern) ? DEFAULT_NUMBER_FORMAT : pattern;
    });
  }
  setNumberFormat(numberFormat: string): Range {
    this._doc.wb.changeFormats(() => this._set((f) => setPattern(f, numberFormat)));
    return this._api;
  }
  setNumberFormats(numberFormats: string[][]): Range {
    this._doc.wb.changeFormats(() => this._setEach<string>(numberFormats, setPattern));
    return this._api;
  }
  /** The cell's own background; conditional formats do not change it (https://developers.google.com/apps-script/reference/spreadsheet/range#getBackground()). */
  getBackground(): string {
    return this.getBackgrounds()[0]?.[0] ?? DEFAULT_BACKGROUND;
  }
  getBackgrounds(): string[][] {
    return this._cells((r, c) => this._doc.wb.peek(this._sheet, r, c)?.background ?? DEFAULT_BACKGROUND);
  }
  /** null resets to white (https://developers.google.com/apps-script/reference/spreadsheet/range#setBackground(String)). */
  setBackground(color: string | null): Range {
    const c = normalizeColor(color, DEFAULT_BACKGROUND);
    return this._set((f) => {
      f.background = c;
    });
  }
  setBackgrounds(color: string[][]): Range {
    return this._setEach<string | null>(color, (f, v) => {
      f.background = normalizeColor(v, DEFAULT_BACKGROUND);
    });
  }
  getFontWeight(): 'bold' | 'normal' {
    return this.getFontWeights()[0]?.[0] ?? 'normal';
  }
  getFontWeights(): ('bold' | 'normal')[][] {
    return this._cells((r, c) => this._doc.wb.peek(this._sheet, r, c)?.fontWeight ?? 'normal');
  }
  setFontWeight(fontWeight: string | null): Range {
    const w = fontWeight === 'bold' ? 'bold' : 'normal';
    return this._set((f) => {
      f.fontWeight = w;
    });
  }
  setFontWeights(fontWeights: (string | null)[][]): Range {
    return this._setEach<string | null>(fontWeights, (f, v) => {
      f.fontWeight = v === 'bold' ? 'bold' : 'normal';
    });
  }
  setFontColor(color: string | GoogleAppsScript.Spreadsheet.Color | null): Range {
    const c = normalizeColor(typeof color === 'string' || color === null ? color : null, DEFAULT_FONT_COLOR);
    return this._set((f) => {
      f.fontColor = c;
    });
  }
  /** One colour per cell; null resets to the default (https://developers.google.com/apps-script/reference/spreadsheet/range#setFontColors(Object)). */
  setFontColors(colors: (string | null)[][]): Range {
    return this._setEach<string | null>(colors, (f, v) => {
      f.fontColor = normalizeColor(v, DEFAULT_FONT_COLOR);
    });
  }
  getFontColor(): string {
    return this.getFontColors()[0]?.[0] ?? DEFAULT_FONT_COLOR;
  }
  getFontColors(): string[][] {
    return this._cells((r, c) => this._doc.wb.peek(this._sheet, r, c)?.fontColor ?? DEFAULT_FONT_COLOR);
  }
  /** Points (https://developers.google.com/apps-script/reference/spreadsheet/range#setFontSize(Integer)). */
  setFontSize(size: number): Range {
    const points = fontSizeOf(size);
    return this._set((f) => {
      f.fontSize = points;
    });
  }
  /** https://developers.google.com/apps-script/reference/spreadsheet/range#setFontSizes(Object) */
  setFontSizes(sizes: number[][]): Range {
    return this._setEach<number>(sizes, (f, v) => {
      f.fontSize = fontSizeOf(v);
    });
  }
  /**
   * One TextStyle per cell (https://developers.google.com/apps-script/reference/spreadsheet/range#setTextStyles(TextStyle)):
   * the bold, size and colour each style sets; what it leaves unset stays. A null style is not
   * emulated (the reference does not say what it does).
   */
  setTextStyles(styles: unknown[][]): Range {
    return this._setEach<unknown>(styles, (f, v) => {
      if (v === null || v === undefined) throw new Error('not emulated: a null TextStyle in setTextStyles');
      const style = textStyleModel(v);
      if (style.bold !== null) f.fontWeight = style.bold ? 'bold' : 'normal';
      if (style.fontSize !== null) f.fontSize = fontSizeOf(style.fontSize);
      if (style.foregroundColor !== null) f.fontColor = style.foregroundColor;
    });
  }
  getFontSize(): number {
    return this.getFontSizes()[0]?.[0] ?? DEFAULT_FONT_SIZE;
  }
  getFontSizes(): number[][] {
    return this._cells((r, c) => this._doc.wb.peek(this._sheet, r, c)?.fontSize ?? DEFAULT_FONT_SIZE);
  }
  setHorizontalAlignment(alignment: 'left' | 'center' | 'normal' | 'right' | null): Range {
    // `normal` reads back `general-left`, null `general` (gas-fakes test/testsheets.js "setting and
    // repeating cell formats", recorded on live Apps Script).
    return this._set((f) => {
      f.horizontalAlignment = alignment === 'normal' ? 'general-left' : (alignment ?? 'general');
    });
  }
  getHorizontalAlignment(): string {
    return this._doc.wb.peek(this._sheet, this._grid.row, this._grid.col)?.horizontalAlignment ?? 'general';
  }
  setWrap(isWrapEnabled: boolean): Range {
    return this._set((f) => {
      f.wrap = isWrapEnabled;
    });
  }

  // ---- notes ----
  getNote(): string {
    return this._doc.wb.peek(this._sheet, this._grid.row, this._grid.col)?.note ?? '';
  }
  getNotes(): string[][] {
    return this._cells((r, c) => this._doc.wb.peek(this._sheet, r, c)?.note ?? '');
  }
  setNote(note: string | null): Range {
    return this._set((f) => {
      f.note = note ?? '';
    });
  }
  setNotes(notes: (string | null)[][]): Range {
    return this._setEach<string | null>(notes, (f, v) => {
      f.note = v ?? '';
    });
  }

  // ---- data validation ----
  getDataValidation(): GoogleAppsScript.Spreadsheet.DataValidation | null {
    const v = this._doc.wb.peek(this._sheet, this._grid.row, this._grid.col)?.validation;
    return v ? dataValidationApi(this._doc, v) : null;
  }
  getDataValidations(): (GoogleAppsScript.Spreadsheet.DataValidation | null)[][] {
    return this._cells((r, c) => {
      const v = this._doc.wb.peek(this._sheet, r, c)?.validation;
      return v ? dataValidationApi(this._doc, v) : null;
    });
  }
  /** null removes validation (https://developers.google.com/apps-script/reference/spreadsheet/range#setDataValidation(DataValidation)). */
  setDataValidation(rule: GoogleAppsScript.Spreadsheet.DataValidation | null): Range {
    const model = rule === null ? undefined : unwrap(rule, DataValidationImpl)?._model;
    if (rule !== null && !model) throw new Error('not emulated: DataValidation from elsewhere');
    this._set((f) => {
      f.validation = model;
      f.invalid = false;
    });
    this._markInvalid();
    return this._api;
  }
  setDataValidations(rules: (GoogleAppsScript.Spreadsheet.DataValidation | null)[][]): Range {
    this._setEach<GoogleAppsScript.Spreadsheet.DataValidation | null>(rules, (f, v) => {
      f.validation = v === null ? undefined : unwrap(v, DataValidationImpl)?._model;
    });
    this._markInvalid();
    return this._api;
  }
  clearDataValidations(): Range {
    return this.setDataValidation(null);
  }

  // ---- geometry ----
  getA1Notation(): string {
    return toA1(this._grid);
  }
  getRow(): number {
    return this._grid.row;
  }
  getColumn(): number {
    return this._grid.col;
  }
  getLastRow(): number {
    return this._grid.row + this._grid.numRows - 1;
  }
  getLastColumn(): number {
    return this._grid.col + this._grid.numCols - 1;
  }
  getNumRows(): number {
    return this._grid.numRows;
  }
  getNumColumns(): number {
    return this._grid.numCols;
  }
  getSheet(): GoogleAppsScript.Spreadsheet.Sheet {
    return sheetApi(this._doc, this._sheet);
  }
  getGridId(): number {
    return this._sheet.gid;
  }
  /** 1-based within this range (https://developers.google.com/apps-script/reference/spreadsheet/range#getCell(Integer,Integer)). */
  getCell(row: number, column: number): Range {
    if (row < 1 || column < 1 || row > this._grid.numRows || column > this._grid.numCols) {
      throw new Error('Cell reference out of range');
    }
    return rangeApi(this._doc, this._sheet, {
      row: this._grid.row + row - 1,
      col: this._grid.col + column - 1,
      numRows: 1,
      numCols: 1,
    });
  }
  /** (https://developers.google.com/apps-script/reference/spreadsheet/range#offset(Integer,Integer,Integer,Integer)) */
  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): Range {
    const grid = {
      row: this._grid.row + rowOffset,
      col: this._grid.col + columnOffset,
      numRows: numRows ?? this._grid.numRows,
      numCols: numColumns ?? this._grid.numCols,
    };
    if (grid.row < 1 || grid.col < 1)
      throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
    // Zero rows or columns are refused (gas-fakes test/testsheetsvui.js, recorded on live Apps Script).
    if (grid.numRows < 1) throw new Error('The number of rows in the range must be at least 1.');
    if (grid.numCols < 1) throw new Error('The number of columns in the range must be at least 1.');
    return rangeApi(this._doc, this._sheet, grid);
  }

  // ---- structure (recorded) ----
  merge(): Range {
    this._sheet.merges.push({ ...this._grid });
    return this._api;
  }
  breakApart(): Range {
    const g = this._grid;
    this._sheet.merges = this._sheet.merges.filter(
      (m) =>
        m.row + m.numRows <= g.row ||
        m.row >= g.row + g.numRows ||
        m.col + m.numCols <= g.col ||
        m.col >= g.col + g.numCols,
    );
    return this._api;
  }
  /** Values and formulas go, formats stay (https://developers.google.com/apps-script/reference/spreadsheet/range#clearContent()). */
  clearContent(): Range {
    this._doc.wb.clear(this._sheet, this._grid);
    return this._api;
  }
  clearFormat(): Range {
    this._doc.wb.changeFormats(() =>
      this._set((f) => {
        const keep = { note: f.note, validation: f.validation };
        for (const k of Object.keys(f)) delete f[k as keyof CellFormat];
        Object.assign(f, keep);
      }),
    );
    return this._api;
  }
  /**
   * Without options: contents and formats. With options, what each `...Only` flag names, together
   * (https://developers.google.com/apps-script/reference/spreadsheet/range#clear(Object): "Clears the
   * range of contents, format, data validation rules, and/or comments, as specified").
   * commentsOnly and skipFilteredRows are not emulated.
   */
  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean; validationsOnly?: boolean }): Range {
    if (options === undefined) {
      this._doc.wb.clear(this._sheet, this._grid);
      this._cells((r, c) => this._sheet.cells.delete(`${r},${c}`));
      return this._api;
    }
    const known = ['contentsOnly', 'formatOnly', 'validationsOnly'];
    const other = Object.keys(options).find((k) => !known.includes(k));
    if (other) throw new Error(`not emulated: Range.clear option ${other}`);
    if (options.contentsOnly) this.clearContent();
    if (options.formatOnly) this.clearFormat();
    if (options.validationsOnly) this.clearDataValidations();
    return this._api;
  }
  activate(): Range {
    this._doc.activeSheet = this._sheet;
    this._doc.activeRange = { sheet: this._sheet, grid: { ...this._grid } };
    return this._api;
  }
  protect(): GoogleAppsScript.Spreadsheet.Protection {
    return protectionApi(this._doc, 'RANGE', this._sheet, this._grid);
  }
}

/**
 * One cell's number format as setNumberFormat(s) writes it. The empty pattern resets the cell to
 * the automatic format: getNumberFormat then reads what it reads for a never-formatted cell. Google's
 * Apps Script docs are silent on ''; the Sheets API says an unset pattern means "a default pattern
 * based on the spreadsheet's locale" (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/cells#NumberFormat),
 * and scripts in public repositories clear a format with setNumberFormat('') before writing a Date.
 * 'General' is kept as written (it displays as the automatic format).
 */
function setPattern(f: CellFormat, pattern: unknown): void {
  if (typeof pattern !== 'string')
    throw new Error(`not emulated: a number format that is not a string (${String(pattern)})`);
  if (pattern === '') delete f.numberFormat;
  else f.numberFormat = pattern;
}
