// What users do to a sheet's rows and columns, as Sheet methods: insert, delete, hide, sort, and
// the sheet's filter and developer metadata. SheetImpl extends this.
// https://developers.google.com/apps-script/reference/spreadsheet/sheet
import type { SheetModel } from '../engine/model.ts';
import type { StructuralEdit } from '../engine/structure.ts';
import { addMetadata, DeveloperMetadataFinderImpl, metadataAt } from './developer-metadata.ts';
import { filterApi, hiddenByFilter } from './filter.ts';
import { sortRows } from './sort.ts';
import type { DocState } from './state.ts';
import { applyEdit } from './structure.ts';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** A whole number >= 1 of rows or columns (the reference is silent on bad counts; our wording). */
function countOf(method: string, n: unknown): number {
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 1)
    throw new Error(
      `${method} needs a whole number of ${/Column/.test(method) ? 'columns' : 'rows'} >= 1, got ${String(n)}`,
    );
  return n;
}

export abstract class SheetStructure {
  abstract readonly _doc: DocState;
  abstract readonly _sheet: SheetModel;
  abstract readonly _api: Sheet;

  /** A row (column) position of this sheet, 1 .. max (our wording for one outside). */
  private _position(dim: 'row' | 'col', at: unknown): number {
    const max = dim === 'row' ? this._sheet.maxRows : this._sheet.maxCols;
    if (typeof at !== 'number' || !Number.isInteger(at) || at < 1 || at > max)
      throw new Error(`Those ${dim === 'row' ? 'rows' : 'columns'} are out of bounds.`);
    return at;
  }
  private _edit(e: StructuralEdit): Sheet {
    applyEdit(this._doc, this._sheet, e);
    return this._api;
  }
  private _insert(dim: 'row' | 'col', at: number, howMany: number, method: string): Sheet {
    return this._edit({ dim, at, count: countOf(method, howMany) });
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#insertRowsBefore(Integer,Integer) and its siblings
  insertRowBefore(beforePosition: number): Sheet {
    return this._insert('row', this._position('row', beforePosition), 1, 'insertRowBefore');
  }
  insertRowAfter(afterPosition: number): Sheet {
    return this._insert('row', this._position('row', afterPosition) + 1, 1, 'insertRowAfter');
  }
  insertRowsBefore(beforePosition: number, howMany: number): Sheet {
    return this._insert('row', this._position('row', beforePosition), howMany, 'insertRowsBefore');
  }
  insertRowsAfter(afterPosition: number, howMany: number): Sheet {
    return this._insert('row', this._position('row', afterPosition) + 1, howMany, 'insertRowsAfter');
  }
  /** https://developers.google.com/apps-script/reference/spreadsheet/sheet#insertRows(Integer,Integer): one row when numRows is left out. */
  insertRows(rowIndex: number, numRows?: number): void {
    this._insert('row', this._position('row', rowIndex), numRows ?? 1, 'insertRows');
  }
  insertColumnBefore(beforePosition: number): Sheet {
    return this._insert('col', this._position('col', beforePosition), 1, 'insertColumnBefore');
  }
  insertColumnAfter(afterPosition: number): Sheet {
    return this._insert('col', this._position('col', afterPosition) + 1, 1, 'insertColumnAfter');
  }
  insertColumnsBefore(beforePosition: number, howMany: number): Sheet {
    return this._insert('col', this._position('col', beforePosition), howMany, 'insertColumnsBefore');
  }
  insertColumnsAfter(afterPosition: number, howMany: number): Sheet {
    return this._insert('col', this._position('col', afterPosition) + 1, howMany, 'insertColumnsAfter');
  }
  insertColumns(columnIndex: number, numColumns?: number): void {
    this._insert('col', this._position('col', columnIndex), numColumns ?? 1, 'insertColumns');
  }
  /** https://developers.google.com/apps-script/reference/spreadsheet/sheet#deleteRows(Integer,Integer) */
  deleteRow(rowPosition: number): Sheet {
    return this.deleteRows(rowPosition, 1);
  }
  deleteRows(rowPosition: number, howMany: number): Sheet {
    const n = countOf('deleteRows', howMany);
    this._position('row', rowPosition + n - 1);
    return this._edit({ dim: 'row', at: this._position('row', rowPosition), count: -n });
  }
  deleteColumn(columnPosition: number): Sheet {
    return this.deleteColumns(columnPosition, 1);
  }
  deleteColumns(columnPosition: number, howMany: number): Sheet {
    const n = countOf('deleteColumns', howMany);
    this._position('col', columnPosition + n - 1);
    return this._edit({ dim: 'col', at: this._position('col', columnPosition), count: -n });
  }

  // ---- hidden rows (https://developers.google.com/apps-script/reference/spreadsheet/sheet#hideRows(Integer,Integer)) ----
  hideRows(rowIndex: number, numRows?: number): void {
    this._setHidden(rowIndex, numRows ?? 1, true);
  }
  showRows(rowIndex: number, numRows?: number): void {
    this._setHidden(rowIndex, numRows ?? 1, false);
  }
  hideRow(row: GoogleAppsScript.Spreadsheet.Range): void {
    this._setHidden(row.getRow(), row.getNumRows(), true);
  }
  unhideRow(row: GoogleAppsScript.Spreadsheet.Range): void {
    this._setHidden(row.getRow(), row.getNumRows(), false);
  }
  private _setHidden(first: number, n: number, hidden: boolean): void {
    countOf(hidden ? 'hideRows' : 'showRows', n);
    this._position('row', first);
    this._position('row', first + n - 1);
    for (let r = first; r < first + n; r++) {
      if (hidden) this._sheet.hiddenRows.add(r);
      else this._sheet.hiddenRows.delete(r);
    }
  }
  /** Hidden with hideRows, not by a filter (https://developers.google.com/apps-script/reference/spreadsheet/sheet#isRowHiddenByUser(Integer)). */
  isRowHiddenByUser(rowPosition: number): boolean {
    return this._sheet.hiddenRows.has(this._position('row', rowPosition));
  }
  /** https://developers.google.com/apps-script/reference/spreadsheet/sheet#isRowHiddenByFilter(Integer) */
  isRowHiddenByFilter(rowPosition: number): boolean {
    return hiddenByFilter(this._doc, this._sheet, this._position('row', rowPosition));
  }
  /** null when the sheet has none (https://developers.google.com/apps-script/reference/spreadsheet/sheet#getFilter()). */
  getFilter(): GoogleAppsScript.Spreadsheet.Filter | null {
    return filterApi(this._doc, this._sheet);
  }

  /**
   * Sorts the sheet's rows below the frozen ones by a column
   * (https://developers.google.com/apps-script/reference/spreadsheet/sheet#sort(Integer,Boolean)).
   */
  sort(columnPosition: number, ascending?: boolean): Sheet {
    const first = this._sheet.frozenRows + 1;
    const { height, width } = this._doc.wb.hf.getSheetDimensions(this._sheet.hfId);
    if (height >= first && width > 0) {
      const grid = { row: first, col: 1, numRows: height - first + 1, numCols: width };
      sortRows(this._doc, this._sheet, grid, [
        { column: this._position('col', columnPosition), ascending: ascending ?? true },
      ]);
    }
    return this._api;
  }

  // ---- developer metadata (https://developers.google.com/apps-script/reference/spreadsheet/sheet#addDeveloperMetadata(String)) ----
  addDeveloperMetadata(key: string, a?: unknown, b?: unknown): Sheet {
    addMetadata(this._doc, { type: 'SHEET', sheet: this._sheet }, key, a, b);
    return this._api;
  }
  getDeveloperMetadata(): GoogleAppsScript.Spreadsheet.DeveloperMetadata[] {
    return metadataAt(this._doc, { type: 'SHEET', sheet: this._sheet });
  }
  createDeveloperMetadataFinder(): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    return new DeveloperMetadataFinderImpl(this._doc, { kind: 'sheet', sheet: this._sheet })._api;
  }
}
