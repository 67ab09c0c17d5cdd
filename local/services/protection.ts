// Emulated protections, recorded only: https://developers.google.com/apps-script/reference/spreadsheet/protection
import { type GridRange, toA1 } from '../engine/a1.ts';
import type { ProtectionModel, SheetModel } from '../engine/model.ts';
import { expose } from './calls.ts';
import { type EnumValue, ProtectionType } from './enums.ts';
import type { DocState } from './state.ts';

type Protection = GoogleAppsScript.Spreadsheet.Protection;

export function protectionApi(
  doc: DocState,
  type: 'SHEET' | 'RANGE',
  sheet: SheetModel,
  grid: GridRange,
): Protection {
  const model: ProtectionModel = {
    type,
    sheet: sheet.name,
    a1: type === 'SHEET' ? '' : toA1(grid),
    description: '',
    warningOnly: false,
    // The effective user becomes the only editor (https://developers.google.com/apps-script/reference/spreadsheet/protection#removeEditors(String)).
    editors: [doc.userEmail],
  };
  doc.protections.push(model);
  return new ProtectionImpl(doc, model)._api;
}

export class ProtectionImpl {
  readonly _api: Protection;
  constructor(
    readonly _doc: DocState,
    readonly _model: ProtectionModel,
  ) {
    this._api = expose(this, 'Protection', _doc.ctx);
  }
  getProtectionType(): EnumValue {
    return ProtectionType[this._model.type];
  }
  setDescription(description: string): Protection {
    this._model.description = description;
    return this._api;
  }
  getDescription(): string {
    return this._model.description;
  }
  setWarningOnly(warningOnly: boolean): Protection {
    this._model.warningOnly = warningOnly;
    return this._api;
  }
  isWarningOnly(): boolean {
    return this._model.warningOnly;
  }
  addEditor(emailAddress: string): Protection {
    if (!this._model.editors.includes(emailAddress)) this._model.editors.push(emailAddress);
    return this._api;
  }
  removeEditors(emailAddresses: string[]): Protection {
    this._model.editors = this._model.editors.filter((e) => !emailAddresses.includes(e));
    return this._api;
  }
  /** None for a warning-only protection (gas-fakes test/testsheets.js "Protection", recorded on live Apps Script). */
  getEditors(): { getEmail(): string }[] {
    if (this._model.warningOnly) return [];
    return this._model.editors.map((e) => ({ getEmail: () => e }));
  }
  canEdit(): boolean {
    return this._model.warningOnly || this._model.editors.includes(this._doc.userEmail);
  }
  remove(): void {
    const i = this._doc.protections.indexOf(this._model);
    if (i >= 0) this._doc.protections.splice(i, 1);
  }
}
