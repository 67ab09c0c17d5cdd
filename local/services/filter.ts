// Emulated basic filter: https://developers.google.com/apps-script/reference/spreadsheet/filter
// (hidden values only) and its criteria builder.
import type { FilterModel, SheetModel } from '../engine/model.ts';
import { expose, unwrap } from './calls.ts';
import { rangeApi } from './range.ts';
import type { DocState } from './state.ts';

/** https://developers.google.com/apps-script/reference/spreadsheet/filter-criteria (hidden values only). */
export class FilterCriteriaImpl {
  readonly _api: GoogleAppsScript.Spreadsheet.FilterCriteria;
  constructor(
    doc: DocState,
    readonly _hidden: string[],
  ) {
    this._api = expose(this, 'FilterCriteria', doc.ctx);
  }
  getHiddenValues(): string[] {
    return [...this._hidden];
  }
}

/** https://developers.google.com/apps-script/reference/spreadsheet/filter-criteria-builder (setHiddenValues only). */
export class FilterCriteriaBuilderImpl {
  readonly _api: GoogleAppsScript.Spreadsheet.FilterCriteriaBuilder;
  private _hidden: string[] = [];
  constructor(readonly _doc: DocState) {
    this._api = expose(this, 'FilterCriteriaBuilder', _doc.ctx);
  }
  setHiddenValues(values: string[]): GoogleAppsScript.Spreadsheet.FilterCriteriaBuilder {
    this._hidden = values.map(String);
    return this._api;
  }
  getHiddenValues(): string[] {
    return [...this._hidden];
  }
  build(): GoogleAppsScript.Spreadsheet.FilterCriteria {
    return new FilterCriteriaImpl(this._doc, [...this._hidden])._api;
  }
}

/**
 * One filter per sheet: a second is refused (https://developers.google.com/apps-script/reference/spreadsheet/filter
 * says to create one only "if a filter doesn't exist on the sheet yet"); the message is ours.
 */
export function createFilter(
  doc: DocState,
  sheet: SheetModel,
  grid: FilterModel['grid'],
): GoogleAppsScript.Spreadsheet.Filter {
  if (sheet.filter) throw new Error('This sheet already has a filter.');
  sheet.filter = { grid: { ...grid }, hidden: new Map() };
  return new FilterImpl(doc, sheet)._api;
}

export function filterApi(doc: DocState, sheet: SheetModel): GoogleAppsScript.Spreadsheet.Filter | null {
  return sheet.filter ? new FilterImpl(doc, sheet)._api : null;
}

/**
 * Whether the filter hides a row: below its header row, and showing in some filtered column one of
 * the values hidden there. The reference is silent on whether values or displayed text are
 * compared, and on when a filter is re-applied after edits; Sheets' filter menu lists displayed
 * text, which we compare, at every read.
 */
export function hiddenByFilter(doc: DocState, sheet: SheetModel, row: number): boolean {
  const f = sheet.filter;
  if (!f || row <= f.grid.row || row >= f.grid.row + f.grid.numRows) return false;
  for (const [col, hidden] of f.hidden) {
    if (hidden.includes(doc.wb.display(sheet, row, col))) return true;
  }
  return false;
}

class FilterImpl {
  readonly _api: GoogleAppsScript.Spreadsheet.Filter;
  constructor(
    readonly _doc: DocState,
    readonly _sheet: SheetModel,
  ) {
    this._api = expose(this, 'Filter', _doc.ctx);
  }
  private _model(): FilterModel {
    if (!this._sheet.filter) throw new Error('This filter was removed.');
    return this._sheet.filter;
  }
  getRange(): GoogleAppsScript.Spreadsheet.Range {
    return rangeApi(this._doc, this._sheet, { ...this._model().grid });
  }
  /** A sheet column inside the filter's range (https://developers.google.com/apps-script/reference/spreadsheet/filter#setColumnFilterCriteria(Integer,FilterCriteria)). */
  private _column(columnPosition: number): number {
    const g = this._model().grid;
    if (!Number.isInteger(columnPosition) || columnPosition < g.col || columnPosition >= g.col + g.numCols)
      throw new Error(`The column ${String(columnPosition)} is outside the filter's range.`);
    return columnPosition;
  }
  setColumnFilterCriteria(
    columnPosition: number,
    criteria: GoogleAppsScript.Spreadsheet.FilterCriteria | null,
  ): GoogleAppsScript.Spreadsheet.Filter {
    const col = this._column(columnPosition);
    if (criteria === null) this._model().hidden.delete(col);
    else {
      const impl = unwrap(criteria, FilterCriteriaImpl);
      if (!impl)
        throw new Error('not emulated: FilterCriteria not built by SpreadsheetApp.newFilterCriteria');
      this._model().hidden.set(col, [...impl._hidden]);
    }
    return this._api;
  }
  getColumnFilterCriteria(columnPosition: number): GoogleAppsScript.Spreadsheet.FilterCriteria | null {
    const hidden = this._model().hidden.get(this._column(columnPosition));
    return hidden ? new FilterCriteriaImpl(this._doc, [...hidden])._api : null;
  }
  removeColumnFilterCriteria(columnPosition: number): GoogleAppsScript.Spreadsheet.Filter {
    return this.setColumnFilterCriteria(columnPosition, null);
  }
  remove(): void {
    this._model();
    this._sheet.filter = null;
  }
}
