// Emulated SpreadsheetApp: https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app
import { expose } from './calls.ts';
import { ConditionalFormatRuleBuilderImpl } from './conditional-format.ts';
import { DataValidationBuilderImpl } from './data-validation.ts';
import {
  AuthMode,
  BooleanCriteria,
  ChartType,
  DataValidationCriteria,
  DeveloperMetadataLocationType,
  DeveloperMetadataVisibility,
  InterpolationType,
  ProtectionType,
} from './enums.ts';
import { FilterCriteriaBuilderImpl } from './filter.ts';
import { rangeApi } from './range.ts';
import { sheetApi } from './sheet.ts';
import { spreadsheetApi } from './spreadsheet.ts';
import type { DocState } from './state.ts';
import { TextStyleBuilderImpl } from './text-style.ts';
import { uiApi } from './ui.ts';

/**
 * In AuthMode.NONE (an installed add-on's onOpen in a document where it was never used) no
 * service that needs authorization is available - the active document included; menus still
 * work (https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle#authorization_modes). The message is Apps Script's usual wording (reported).
 */
export function requireAuth(doc: DocState, what: string): void {
  if (doc.ctx.authMode === 'NONE') {
    throw new Error(
      `You do not have permission to call ${what}. Required permissions: https://www.googleapis.com/auth/spreadsheets.currentonly`,
    );
  }
}

export class SpreadsheetAppImpl {
  readonly _api: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  readonly AuthMode = AuthMode;
  readonly BooleanCriteria = BooleanCriteria;
  readonly DataValidationCriteria = DataValidationCriteria;
  readonly ProtectionType = ProtectionType;
  readonly ChartType = ChartType;
  readonly DeveloperMetadataVisibility = DeveloperMetadataVisibility;
  readonly DeveloperMetadataLocationType = DeveloperMetadataLocationType;
  readonly InterpolationType = InterpolationType;
  constructor(readonly _doc: DocState) {
    this._api = expose(this, 'SpreadsheetApp', _doc.ctx, [
      'AuthMode',
      'BooleanCriteria',
      'DataValidationCriteria',
      'ProtectionType',
      'ChartType',
      'DeveloperMetadataVisibility',
      'DeveloperMetadataLocationType',
      'InterpolationType',
    ]);
  }
  getActive(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    requireAuth(this._doc, 'SpreadsheetApp.getActive');
    return spreadsheetApi(this._doc);
  }
  getActiveSpreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    requireAuth(this._doc, 'SpreadsheetApp.getActiveSpreadsheet');
    return spreadsheetApi(this._doc);
  }
  getActiveSheet(): GoogleAppsScript.Spreadsheet.Sheet {
    requireAuth(this._doc, 'SpreadsheetApp.getActiveSheet');
    return sheetApi(this._doc, this._doc.activeSheet);
  }
  getActiveRange(): GoogleAppsScript.Spreadsheet.Range {
    requireAuth(this._doc, 'SpreadsheetApp.getActiveRange');
    const a = this._doc.activeRange ?? {
      sheet: this._doc.activeSheet,
      grid: { row: 1, col: 1, numRows: 1, numCols: 1 },
    };
    return rangeApi(this._doc, a.sheet, a.grid);
  }
  setActiveSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet): GoogleAppsScript.Spreadsheet.Sheet {
    requireAuth(this._doc, 'SpreadsheetApp.setActiveSheet');
    return spreadsheetApi(this._doc).setActiveSheet(sheet);
  }
  /** Available in every auth mode (https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle). */
  getUi(): GoogleAppsScript.Base.Ui {
    return uiApi(this._doc);
  }
  /** Writes are applied immediately here, so flush has nothing to do (not a silent stub: there is no pending state). */
  flush(): void {}
  newConditionalFormatRule(): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder {
    return new ConditionalFormatRuleBuilderImpl(this._doc)._api;
  }
  newDataValidation(): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    return new DataValidationBuilderImpl(this._doc)._api;
  }
  /** https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#newFilterCriteria() */
  newFilterCriteria(): GoogleAppsScript.Spreadsheet.FilterCriteriaBuilder {
    return new FilterCriteriaBuilderImpl(this._doc)._api;
  }
  /** https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#newTextStyle() */
  newTextStyle(): GoogleAppsScript.Spreadsheet.TextStyleBuilder {
    return new TextStyleBuilderImpl(this._doc)._api;
  }
}
