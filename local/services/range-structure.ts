// What users do with a range beyond its cells: sort it, filter it, and the developer metadata of
// its rows or columns. RangeImpl extends this.
// https://developers.google.com/apps-script/reference/spreadsheet/range
import type { GridRange } from '../engine/a1.ts';
import type { SheetModel } from '../engine/model.ts';
import { addMetadata, DeveloperMetadataFinderImpl, metadataAt, rangeLocation } from './developer-metadata.ts';
import { createFilter, filterApi } from './filter.ts';
import { sortRows, sortSpecs } from './sort.ts';
import type { DocState } from './state.ts';

type Range = GoogleAppsScript.Spreadsheet.Range;

export abstract class RangeStructure {
  abstract readonly _doc: DocState;
  abstract readonly _sheet: SheetModel;
  abstract readonly _grid: GridRange;
  abstract readonly _api: Range;

  /** https://developers.google.com/apps-script/reference/spreadsheet/range#sort(Object) */
  sort(sortSpecObj: unknown): Range {
    sortRows(this._doc, this._sheet, this._grid, sortSpecs(sortSpecObj, this._grid));
    return this._api;
  }
  /** https://developers.google.com/apps-script/reference/spreadsheet/range#createFilter() */
  createFilter(): GoogleAppsScript.Spreadsheet.Filter {
    return createFilter(this._doc, this._sheet, this._grid);
  }
  /** The filter of the range's sheet, or null (https://developers.google.com/apps-script/reference/spreadsheet/range#getFilter()). */
  getFilter(): GoogleAppsScript.Spreadsheet.Filter | null {
    return filterApi(this._doc, this._sheet);
  }
  /** Whole rows or columns only (see rangeLocation): https://developers.google.com/apps-script/reference/spreadsheet/range#addDeveloperMetadata(String) */
  addDeveloperMetadata(key: string, a?: unknown, b?: unknown): Range {
    addMetadata(this._doc, rangeLocation(this._sheet, this._grid), key, a, b);
    return this._api;
  }
  /**
   * Metadata on exactly these rows or columns (https://developers.google.com/apps-script/reference/spreadsheet/range#getDeveloperMetadata()
   * is silent on exact versus overlapping; the finder covers the rest).
   */
  getDeveloperMetadata(): GoogleAppsScript.Spreadsheet.DeveloperMetadata[] {
    return metadataAt(this._doc, rangeLocation(this._sheet, this._grid));
  }
  /** https://developers.google.com/apps-script/reference/spreadsheet/range#createDeveloperMetadataFinder() */
  createDeveloperMetadataFinder(): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    return new DeveloperMetadataFinderImpl(this._doc, {
      kind: 'range',
      sheet: this._sheet,
      grid: { ...this._grid },
    })._api;
  }
}
