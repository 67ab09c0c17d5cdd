// Emulated data validation: https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder
import type { ValidationModel } from '../engine/model.ts';
import { isDate } from '../engine/workbook.ts';
import { expose } from './calls.ts';
import { DataValidationCriteria, type EnumValue } from './enums.ts';
import type { DocState } from './state.ts';

type Criteria = keyof typeof DataValidationCriteria;

function criteriaEnum(type: string): EnumValue | null {
  return (DataValidationCriteria as Record<string, EnumValue>)[type] ?? null;
}

export function dataValidationApi(
  doc: DocState,
  model: ValidationModel,
): GoogleAppsScript.Spreadsheet.DataValidation {
  return new DataValidationImpl(doc, model)._api;
}

/** The getters a built rule and its builder share (both classes document them). */
abstract class ValidationReader {
  abstract readonly _model: ValidationModel;
  getCriteriaType(): EnumValue | null {
    return criteriaEnum(this._model.type);
  }
  getCriteriaValues(): unknown[] {
    return [...this._model.values];
  }
  getAllowInvalid(): boolean {
    return this._model.allowInvalid;
  }
  /** "null if no help text is set" (https://developers.google.com/apps-script/reference/spreadsheet/data-validation#getHelpText()). */
  getHelpText(): string | null {
    return this._model.helpText === '' ? null : this._model.helpText;
  }
}

/** A built rule (https://developers.google.com/apps-script/reference/spreadsheet/data-validation). */
export class DataValidationImpl extends ValidationReader {
  readonly _api: GoogleAppsScript.Spreadsheet.DataValidation;
  constructor(
    readonly _doc: DocState,
    readonly _model: ValidationModel,
  ) {
    super();
    this._api = expose(this, 'DataValidation', _doc.ctx);
  }
  copy(): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    return new DataValidationBuilderImpl(this._doc, { ...this._model, values: [...this._model.values] })._api;
  }
}

export class DataValidationBuilderImpl extends ValidationReader {
  readonly _api: GoogleAppsScript.Spreadsheet.DataValidationBuilder;
  constructor(
    readonly _doc: DocState,
    readonly _model: ValidationModel = { type: '', values: [], allowInvalid: true, helpText: '' },
  ) {
    super();
    this._api = expose(this, 'DataValidationBuilder', _doc.ctx);
  }
  private _require(type: Criteria, values: unknown[]): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    this._model.type = type;
    this._model.values = values;
    return this._api;
  }
  /** showDropdown defaults to true (https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder#requireValueInList(String)). */
  requireValueInList(
    values: string[],
    showDropdown = true,
  ): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    return this._require('VALUE_IN_LIST', [[...values], showDropdown]);
  }
  requireNumberGreaterThan(number: number): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    return this._require('NUMBER_GREATER_THAN', [number]);
  }
  requireNumberGreaterThanOrEqualTo(number: number): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    return this._require('NUMBER_GREATER_THAN_OR_EQUAL_TO', [number]);
  }
  requireNumberLessThan(number: number): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    return this._require('NUMBER_LESS_THAN', [number]);
  }
  requireNumberLessThanOrEqualTo(number: number): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    return this._require('NUMBER_LESS_THAN_OR_EQUAL_TO', [number]);
  }
  requireNumberBetween(start: number, end: number): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    return this._require('NUMBER_BETWEEN', [start, end]);
  }
  requireDate(): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    return this._require('DATE_IS_VALID_DATE', []);
  }
  /** Custom checked/unchecked values are kept as given (gas-fakes test/testsheetsdatavalidations.js, recorded on live Apps Script). */
  requireCheckbox(
    checkedValue?: unknown,
    uncheckedValue?: unknown,
  ): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    return this._require(
      'CHECKBOX',
      [checkedValue, uncheckedValue].filter((v) => v !== undefined),
    );
  }
  /** Rules allow invalid input by default (https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder#setAllowInvalid(Boolean)). */
  setAllowInvalid(allowInvalidData: boolean): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    this._model.allowInvalid = allowInvalidData;
    return this._api;
  }
  setHelpText(helpText: string): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    this._model.helpText = helpText;
    return this._api;
  }
  build(): GoogleAppsScript.Spreadsheet.DataValidation {
    if (!this._model.type) throw new Error('You must specify a criteria type (require...) before building.');
    return dataValidationApi(this._doc, { ...this._model, values: [...this._model.values] });
  }
}

/** True when a (non-blank) value breaks the rule. Blank cells always pass, as in Sheets. */
export function violates(rule: ValidationModel, value: unknown): boolean {
  if (value === '' || value === null || value === undefined) return false;
  const [a, b] = rule.values;
  const n = typeof value === 'number' ? value : Number.NaN;
  switch (rule.type) {
    case 'VALUE_IN_LIST':
      return !((a as unknown[]) ?? []).some((x) => String(x) === String(value));
    case 'NUMBER_GREATER_THAN':
      return !(n > Number(a));
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return !(n >= Number(a));
    case 'NUMBER_LESS_THAN':
      return !(n < Number(a));
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
      return !(n <= Number(a));
    case 'NUMBER_BETWEEN':
      return !(n >= Number(a) && n <= Number(b));
    case 'DATE_IS_VALID_DATE':
      return !isDate(value);
    case 'CHECKBOX':
      // With custom values, a cell holds the checked value or the unchecked one (blank when not given).
      if (rule.values.length > 0) return value !== rule.values[0] && value !== (rule.values[1] ?? '');
      return typeof value !== 'boolean';
    default:
      return false;
  }
}

/** The text Sheets shows when input is rejected: the help text, else a description of the rule. */
export function rejectionMessage(rule: ValidationModel): string {
  if (rule.helpText) return rule.helpText;
  const [a, b] = rule.values;
  switch (rule.type) {
    case 'VALUE_IN_LIST':
      return 'Input must be an item on the specified list.';
    case 'NUMBER_BETWEEN':
      return `Input must be a number between ${a} and ${b}.`;
    case 'DATE_IS_VALID_DATE':
      return 'Input must be a valid date.';
    default:
      return `Input must be a number ${rule.type.toLowerCase().replace('number_', '').replace(/_/g, ' ')} ${a}.`;
  }
}
