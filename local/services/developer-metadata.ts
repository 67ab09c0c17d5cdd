// Emulated developer metadata: https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata
// (with its location and finder). Rows and columns carry it through inserts and deletes (structure.ts).
import type { GridRange } from '../engine/a1.ts';
import type { DeveloperMetadataModel, SheetModel } from '../engine/model.ts';
import { expose, unwrap } from './calls.ts';
import { DeveloperMetadataLocationType, DeveloperMetadataVisibility, type EnumValue } from './enums.ts';
import { RangeImpl, rangeApi } from './range.ts';
import { SheetImpl, sheetApi } from './sheet.ts';
import { spreadsheetApi } from './spreadsheet.ts';
import type { DocState } from './state.ts';

type Metadata = GoogleAppsScript.Spreadsheet.DeveloperMetadata;
type Location = DeveloperMetadataModel['location'];
type Visibility = DeveloperMetadataModel['visibility'];

/** The metadata keys and values the Sheets API allows: a key is required (our wording for an empty one). */
function checkKey(key: unknown): string {
  if (typeof key !== 'string' || key === '') throw new Error('Developer metadata needs a non-empty key.');
  return key;
}

function visibilityOf(v: unknown): Visibility | null {
  const name = String(v);
  return name === String(DeveloperMetadataVisibility.DOCUMENT) ||
    name === String(DeveloperMetadataVisibility.PROJECT)
    ? (name as Visibility)
    : null;
}

/**
 * addDeveloperMetadata(key[, value][, visibility]) on a spreadsheet, sheet or range
 * (https://developers.google.com/apps-script/reference/spreadsheet/range#addDeveloperMetadata(String,String,DeveloperMetadataVisibility)):
 * the second argument is a value when it is a string, else a visibility. DOCUMENT is the default.
 */
export function addMetadata(doc: DocState, location: Location, key: unknown, a?: unknown, b?: unknown): void {
  const value = typeof a === 'string' ? a : null;
  const vis = typeof a === 'string' ? b : a;
  const visibility = vis === undefined ? 'DOCUMENT' : visibilityOf(vis);
  if (!visibility) throw new Error(`Invalid developer metadata visibility: ${String(vis)}`);
  const id = doc.developerMetadata.reduce((n, m) => Math.max(n, m.id), 0) + 1;
  doc.developerMetadata.push({ id, key: checkKey(key), value, visibility, location });
}

/**
 * The location of a range: whole rows or whole columns. The Sheets API keeps metadata on rows,
 * columns, sheets or the spreadsheet only (https://developers.google.com/workspace/sheets/api/guides/metadata),
 * so any other range is refused (our wording; the Apps Script reference is silent).
 */
export function rangeLocation(sheet: SheetModel, g: GridRange): Location {
  if (g.col === 1 && g.numCols === sheet.maxCols) return { type: 'ROW', sheet, start: g.row, len: g.numRows };
  if (g.row === 1 && g.numRows === sheet.maxRows)
    return { type: 'COLUMN', sheet, start: g.col, len: g.numCols };
  throw new Error(
    'Developer metadata can only be added to the spreadsheet, a sheet, or whole rows or columns of a sheet.',
  );
}

/** Where a location lies as a grid, or null for the spreadsheet or a sheet. */
function gridOf(l: Location): { sheet: SheetModel; grid: GridRange } | null {
  if (l.type === 'ROW')
    return { sheet: l.sheet, grid: { row: l.start, col: 1, numRows: l.len, numCols: l.sheet.maxCols } };
  if (l.type === 'COLUMN')
    return { sheet: l.sheet, grid: { row: 1, col: l.start, numRows: l.sheet.maxRows, numCols: l.len } };
  return null;
}

function inside(a: GridRange, b: GridRange): boolean {
  return (
    a.row >= b.row &&
    a.col >= b.col &&
    a.row + a.numRows <= b.row + b.numRows &&
    a.col + a.numCols <= b.col + b.numCols
  );
}

function meets(a: GridRange, b: GridRange): boolean {
  return (
    a.row < b.row + b.numRows &&
    b.row < a.row + a.numRows &&
    a.col < b.col + b.numCols &&
    b.col < a.col + a.numCols
  );
}

/** A scope to search in: the whole spreadsheet, a sheet, or a range of a sheet. */
export type Scope =
  | { kind: 'spreadsheet' }
  | { kind: 'sheet'; sheet: SheetModel }
  | { kind: 'range'; sheet: SheetModel; grid: GridRange };

/**
 * Whether metadata is in a finder's scope. Sheet: "associated with the sheet itself, or associated
 * with a row, column, or range on that sheet"; range: only metadata wholly inside the range, or
 * meeting it after onIntersectingLocations
 * (https://developers.google.com/apps-script/reference/spreadsheet/range#createDeveloperMetadataFinder()).
 */
function inScope(m: DeveloperMetadataModel, scope: Scope, intersecting: boolean): boolean {
  if (scope.kind === 'spreadsheet') return true;
  const l = m.location;
  if (l.type === 'SPREADSHEET' || l.sheet !== scope.sheet) return false;
  if (scope.kind === 'sheet') return true;
  const g = gridOf(l);
  if (!g) return false;
  return intersecting ? meets(g.grid, scope.grid) : inside(g.grid, scope.grid);
}

/** Metadata exactly at a location (getDeveloperMetadata of a spreadsheet, sheet or range). */
export function metadataAt(doc: DocState, location: Location): Metadata[] {
  return doc.developerMetadata
    .filter((m) => {
      const l = m.location;
      if (l.type !== location.type) return false;
      if (l.type === 'SPREADSHEET' || location.type === 'SPREADSHEET') return true;
      if (l.sheet !== location.sheet) return false;
      if (l.type === 'SHEET' || location.type === 'SHEET') return true;
      return l.start === location.start && l.len === location.len;
    })
    .map((m) => new DeveloperMetadataImpl(doc, m)._api);
}

/** https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata */
export class DeveloperMetadataImpl {
  readonly _api: Metadata;
  constructor(
    readonly _doc: DocState,
    readonly _model: DeveloperMetadataModel,
  ) {
    this._api = expose(this, 'DeveloperMetadata', _doc.ctx);
  }
  private _live(): DeveloperMetadataModel {
    // Metadata removed by remove() or with its rows, columns or sheet is gone (our wording; docs silent).
    if (!this._doc.developerMetadata.includes(this._model))
      throw new Error('This developer metadata no longer exists.');
    return this._model;
  }
  getId(): number {
    return this._live().id;
  }
  getKey(): string {
    return this._live().key;
  }
  /** null when it has no value (https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata#getValue()). */
  getValue(): string | null {
    return this._live().value;
  }
  getVisibility(): EnumValue {
    return DeveloperMetadataVisibility[this._live().visibility];
  }
  getLocation(): GoogleAppsScript.Spreadsheet.DeveloperMetadataLocation {
    return new DeveloperMetadataLocationImpl(this._doc, this._live().location)._api;
  }
  setKey(key: string): Metadata {
    this._live().key = checkKey(key);
    return this._api;
  }
  setValue(value: string): Metadata {
    this._live().value = value;
    return this._api;
  }
  setVisibility(visibility: EnumValue): Metadata {
    const v = visibilityOf(visibility);
    if (!v) throw new Error(`Invalid developer metadata visibility: ${String(visibility)}`);
    this._live().visibility = v;
    return this._api;
  }
  /** https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata#remove() */
  remove(): void {
    const i = this._doc.developerMetadata.indexOf(this._live());
    this._doc.developerMetadata.splice(i, 1);
  }
  moveToSpreadsheet(): Metadata {
    this._live().location = { type: 'SPREADSHEET' };
    return this._api;
  }
  moveToSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet): Metadata {
    const model = unwrap(sheet, SheetImpl)?._sheet;
    if (!model) throw new Error('not emulated: a Sheet from another spreadsheet');
    this._live().location = { type: 'SHEET', sheet: model };
    return this._api;
  }
  /** The range must be whole rows (https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata#moveToRow(Range)). */
  moveToRow(row: GoogleAppsScript.Spreadsheet.Range): Metadata {
    return this._moveTo(row, 'ROW');
  }
  moveToColumn(column: GoogleAppsScript.Spreadsheet.Range): Metadata {
    return this._moveTo(column, 'COLUMN');
  }
  private _moveTo(range: GoogleAppsScript.Spreadsheet.Range, type: 'ROW' | 'COLUMN'): Metadata {
    const impl = unwrap(range, RangeImpl);
    if (!impl) throw new Error('not emulated: a Range from another spreadsheet');
    const location = rangeLocation(impl._sheet, impl._grid);
    if (location.type !== type) throw new Error(`The range is not a whole ${type.toLowerCase()}.`);
    this._live().location = location;
    return this._api;
  }
}

/** https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata-location */
class DeveloperMetadataLocationImpl {
  readonly _api: GoogleAppsScript.Spreadsheet.DeveloperMetadataLocation;
  constructor(
    readonly _doc: DocState,
    readonly _location: Location,
  ) {
    this._api = expose(this, 'DeveloperMetadataLocation', _doc.ctx);
  }
  getLocationType(): EnumValue {
    return DeveloperMetadataLocationType[this._location.type];
  }
  /** Each getter is null unless the location is of its type (as the reference says of each). */
  getRow(): GoogleAppsScript.Spreadsheet.Range | null {
    return this._location.type === 'ROW' ? this._range() : null;
  }
  getColumn(): GoogleAppsScript.Spreadsheet.Range | null {
    return this._location.type === 'COLUMN' ? this._range() : null;
  }
  getSheet(): GoogleAppsScript.Spreadsheet.Sheet | null {
    return this._location.type === 'SHEET' ? sheetApi(this._doc, this._location.sheet) : null;
  }
  getSpreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet | null {
    return this._location.type === 'SPREADSHEET' ? spreadsheetApi(this._doc) : null;
  }
  private _range(): GoogleAppsScript.Spreadsheet.Range | null {
    const g = gridOf(this._location);
    return g ? rangeApi(this._doc, g.sheet, g.grid) : null;
  }
}

/** https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata-finder */
export class DeveloperMetadataFinderImpl {
  readonly _api: GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder;
  private readonly _tests: ((m: DeveloperMetadataModel) => boolean)[] = [];
  private _intersecting = false;
  constructor(
    readonly _doc: DocState,
    readonly _scope: Scope,
  ) {
    this._api = expose(this, 'DeveloperMetadataFinder', _doc.ctx);
  }
  withId(id: number): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    this._tests.push((m) => m.id === id);
    return this._api;
  }
  withKey(key: string): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    this._tests.push((m) => m.key === key);
    return this._api;
  }
  withValue(value: string): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    this._tests.push((m) => m.value === value);
    return this._api;
  }
  withVisibility(visibility: EnumValue): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    const v = visibilityOf(visibility);
    this._tests.push((m) => m.visibility === v);
    return this._api;
  }
  withLocationType(locationType: EnumValue): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    const t = String(locationType);
    this._tests.push((m) => m.location.type === t);
    return this._api;
  }
  /** "only valid for range-scoped searches" (https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata-finder#onIntersectingLocations()); elsewhere refused (our wording). */
  onIntersectingLocations(): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    if (this._scope.kind !== 'range')
      throw new Error('onIntersectingLocations is only valid for a range-scoped search.');
    this._intersecting = true;
    return this._api;
  }
  find(): Metadata[] {
    return this._doc.developerMetadata
      .filter((m) => inScope(m, this._scope, this._intersecting) && this._tests.every((t) => t(m)))
      .map((m) => new DeveloperMetadataImpl(this._doc, m)._api);
  }
}
