// Emulated Spreadsheet and NamedRange: https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet
import { type GridRange, isSheetsName, parseA1, qualifiedA1, resolveA1 } from '../engine/a1.ts';
import type { SheetModel } from '../engine/model.ts';
import { expose, unwrap } from './calls.ts';
import { addMetadata, DeveloperMetadataFinderImpl, metadataAt } from './developer-metadata.ts';
import { type EnumValue, ProtectionType } from './enums.ts';
import { ProtectionImpl } from './protection.ts';
import { RangeImpl, rangeApi } from './range.ts';
import { SheetImpl, sheetApi } from './sheet.ts';
import type { DocState } from './state.ts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Range = GoogleAppsScript.Spreadsheet.Range;
type K =
  | 'getName'
  | 'rename'
  | 'getId'
  | 'getUrl'
  | 'getSheets'
  | 'getNumSheets'
  | 'getSheetByName'
  | 'deleteSheet'
  | 'setActiveSheet'
  | 'getActiveSheet'
  | 'getActiveRange'
  | 'getRange'
  | 'getRangeByName'
  | 'setNamedRange'
  | 'removeNamedRange'
  | 'getNamedRanges'
  | 'getSpreadsheetLocale'
  | 'getSpreadsheetTimeZone';

export function spreadsheetApi(doc: DocState): Spreadsheet {
  return new SpreadsheetImpl(doc)._api;
}

/** Resolves an A1 string, sheet-qualified or on the active sheet, to a sheet and grid. */
export function resolveRange(doc: DocState, a1: string): { sheet: SheetModel; grid: GridRange } {
  const p = parseA1(a1);
  const sheet = p.sheet === undefined ? doc.activeSheet : doc.wb.sheetByName(p.sheet);
  if (!sheet) throw new Error(`Range not found`);
  return { sheet, grid: resolveA1(p, sheet.maxRows, sheet.maxCols) };
}

function checkRangeName(name: string): void {
  if (!isSheetsName(name)) throw new Error(`Invalid name: ${name}`);
}

/** https://developers.google.com/apps-script/reference/spreadsheet/named-range */
class NamedRangeImpl {
  readonly _api: GoogleAppsScript.Spreadsheet.NamedRange;
  constructor(
    readonly _doc: DocState,
    readonly _name: string,
  ) {
    this._api = expose(this, 'NamedRange', _doc.ctx);
  }
  getName(): string {
    return this._doc.namedRanges.get(this._name.toLowerCase())?.name ?? this._name;
  }
  getRange(): Range {
    const entry = this._doc.namedRanges.get(this._name.toLowerCase());
    if (!entry) throw new Error(`Named range ${this._name} was removed`);
    return rangeApi(this._doc, entry.sheet, entry.grid);
  }
  remove(): void {
    removeNamed(this._doc, this._name);
  }
}

/**
 * Stores a named range and mirrors it into the engine as a named expression with absolute
 * references (HyperFormula requires them), so `=SUM(Budget)` evaluates.
 */
export function setNamed(doc: DocState, name: string, sheet: SheetModel, grid: GridRange): void {
  checkRangeName(name);
  const expression = `=${qualifiedA1(sheet.name, grid, true)}`;
  const existing = doc.namedRanges.get(name.toLowerCase());
  // Setting an existing name moves it (docs silent; matches the Sheets UI).
  if (existing) doc.wb.hf.changeNamedExpression(existing.name, expression);
  else doc.wb.hf.addNamedExpression(name, expression);
  doc.namedRanges.set(name.toLowerCase(), { name: existing?.name ?? name, sheet, grid: { ...grid } });
  doc.wb.namesChanged(name);
}

function removeNamed(doc: DocState, name: string): void {
  const entry = doc.namedRanges.get(name.toLowerCase());
  if (!entry) throw new Error(`Named range ${name} not found`);
  doc.wb.hf.removeNamedExpression(entry.name);
  doc.namedRanges.delete(name.toLowerCase());
  doc.wb.namesChanged(entry.name);
}

export class SpreadsheetImpl implements Pick<Spreadsheet, K> {
  readonly _api: Spreadsheet;
  constructor(readonly _doc: DocState) {
    this._api = expose<Spreadsheet>(this, 'Spreadsheet', _doc.ctx);
  }
  getName(): string {
    return this._doc.name;
  }
  rename(newName: string): void {
    this._doc.name = newName;
  }
  getId(): string {
    return this._doc.id;
  }
  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this._doc.id}/edit`;
  }
  getSheets(): GoogleAppsScript.Spreadsheet.Sheet[] {
    return this._doc.wb.sheets.map((s) => sheetApi(this._doc, s));
  }
  getNumSheets(): number {
    return this._doc.wb.sheets.length;
  }
  /** null when absent (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getSheetByName(String)). */
  getSheetByName(name: string): GoogleAppsScript.Spreadsheet.Sheet | null {
    const s = this._doc.wb.sheetByName(name);
    return s ? sheetApi(this._doc, s) : null;
  }
  getSheetById(id: number): GoogleAppsScript.Spreadsheet.Sheet | null {
    const s = this._doc.wb.sheets.find((x) => x.gid === id);
    return s ? sheetApi(this._doc, s) : null;
  }
  /** The new sheet becomes the active sheet; index is 0-based (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#insertSheet(String,Integer)). */
  insertSheet(nameOrIndex?: string | number, index?: number): GoogleAppsScript.Spreadsheet.Sheet {
    let name = typeof nameOrIndex === 'string' ? nameOrIndex : undefined;
    const at = typeof nameOrIndex === 'number' ? nameOrIndex : index;
    if (name === undefined) {
      let n = this._doc.wb.sheets.length + 1;
      while (this._doc.wb.sheetByName(`Sheet${n}`)) n++;
      name = `Sheet${n}`;
    }
    const sheet = this._doc.wb.addSheet(name, at);
    this._doc.activeSheet = sheet;
    this._doc.activeRange = null;
    return sheetApi(this._doc, sheet);
  }
  /** The last sheet cannot be deleted (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#deleteSheet(Sheet)). */
  deleteSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet): void {
    const model = unwrap(sheet, SheetImpl)?._sheet;
    if (!model) throw new Error('not emulated: a Sheet from another spreadsheet');
    if (this._doc.wb.sheets.length === 1) {
      throw new Error("You can't remove all the sheets in a document.");
    }
    for (const [key, entry] of this._doc.namedRanges) {
      if (entry.sheet === model) {
        this._doc.wb.hf.removeNamedExpression(entry.name);
        this._doc.namedRanges.delete(key);
      }
    }
    // A sheet's protections go with it (its rules, charts and validations live on the sheet model),
    // so a new sheet of the same name starts with none: Google's docs are silent, and Sheets'
    // Protected sheets and ranges panel no longer lists them once the sheet is deleted.
    this._doc.protections = this._doc.protections.filter((p) => p.sheet !== model.name);
    // "If the associated object is deleted then its metadata is deleted too"
    // (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets.developerMetadata).
    this._doc.developerMetadata = this._doc.developerMetadata.filter(
      (m) => m.location.type === 'SPREADSHEET' || m.location.sheet !== model,
    );
    this._doc.wb.removeSheet(model);
    if (this._doc.activeSheet === model) {
      this._doc.activeSheet = this._doc.wb.sheets[0] ?? model;
      this._doc.activeRange = null;
    }
  }
  setActiveSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet): GoogleAppsScript.Spreadsheet.Sheet {
    const model = unwrap(sheet, SheetImpl)?._sheet;
    if (!model) throw new Error('not emulated: a Sheet from another spreadsheet');
    this._doc.activeSheet = model;
    this._doc.activeRange = null;
    return sheetApi(this._doc, model);
  }
  getActiveSheet(): GoogleAppsScript.Spreadsheet.Sheet {
    return sheetApi(this._doc, this._doc.activeSheet);
  }
  /** The selection; A1 of the active sheet when nothing was selected (docs silent; what Sheets opens with). */
  getActiveRange(): Range {
    const a = this._doc.activeRange ?? {
      sheet: this._doc.activeSheet,
      grid: { row: 1, col: 1, numRows: 1, numCols: 1 },
    };
    return rangeApi(this._doc, a.sheet, a.grid);
  }
  /** A1, optionally sheet-qualified; unqualified resolves on the active sheet (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getRange(String) is silent on this). */
  getRange(a1Notation: string): Range {
    const { sheet, grid } = resolveRange(this._doc, a1Notation);
    return rangeApi(this._doc, sheet, grid);
  }
  /** null when no such name (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getRangeByName(String)). */
  getRangeByName(name: string): Range | null {
    const entry = this._doc.namedRanges.get(name.toLowerCase());
    return entry ? rangeApi(this._doc, entry.sheet, entry.grid) : null;
  }
  setNamedRange(name: string, range: Range): void {
    const impl = unwrap(range, RangeImpl);
    if (!impl) throw new Error('not emulated: a Range that is not from this spreadsheet');
    setNamed(this._doc, name, impl._sheet, impl._grid);
  }
  removeNamedRange(name: string): void {
    removeNamed(this._doc, name);
  }
  getNamedRanges(): GoogleAppsScript.Spreadsheet.NamedRange[] {
    return [...this._doc.namedRanges.values()].map((e) => new NamedRangeImpl(this._doc, e.name)._api);
  }
  getSpreadsheetLocale(): string {
    return this._doc.wb.locale.code;
  }
  getSpreadsheetTimeZone(): string {
    return this._doc.wb.timeZone;
  }
  /** Recorded; the title, when given, is prefixed as "title: message". */
  toast(msg: string, title?: string, _timeoutSeconds?: number): void {
    this._doc.toasts.push(title ? `${title}: ${msg}` : String(msg));
  }
  getProtections(type: EnumValue): GoogleAppsScript.Spreadsheet.Protection[] {
    const kind = String(type) === String(ProtectionType.SHEET) ? 'SHEET' : 'RANGE';
    return this._doc.protections
      .filter((p) => p.type === kind)
      .map((p) => new ProtectionImpl(this._doc, p)._api);
  }
  /** https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#addDeveloperMetadata(String) */
  addDeveloperMetadata(key: string, a?: unknown, b?: unknown): Spreadsheet {
    addMetadata(this._doc, { type: 'SPREADSHEET' }, key, a, b);
    return this._api;
  }
  /** The spreadsheet's own metadata (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getDeveloperMetadata()). */
  getDeveloperMetadata(): GoogleAppsScript.Spreadsheet.DeveloperMetadata[] {
    return metadataAt(this._doc, { type: 'SPREADSHEET' });
  }
  /** Every metadata of the spreadsheet (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#createDeveloperMetadataFinder()). */
  createDeveloperMetadataFinder(): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    return new DeveloperMetadataFinderImpl(this._doc, { kind: 'spreadsheet' })._api;
  }
}
