// Apps Script enums: each value is one shared object whose toString() is its name, so `===` and String() work.

export interface EnumValue {
  name(): string;
  ordinal(): number;
  toString(): string;
  toJSON(): string;
}

export type Enum<N extends string> = Readonly<Record<N, EnumValue>>;

export function makeEnum<N extends string>(names: readonly N[]): Enum<N> {
  const out: Partial<Record<N, EnumValue>> = {};
  names.forEach((n, i) => {
    out[n] = Object.freeze({ name: () => n, ordinal: () => i, toString: () => n, toJSON: () => n });
  });
  return Object.freeze(out as Record<N, EnumValue>);
}

/** https://developers.google.com/apps-script/reference/script/auth-mode */
export const AuthMode = makeEnum(['NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL'] as const);
/** https://developers.google.com/apps-script/reference/spreadsheet/boolean-criteria */
export const BooleanCriteria = makeEnum([
  'CELL_EMPTY',
  'CELL_NOT_EMPTY',
  'DATE_AFTER',
  'DATE_BEFORE',
  'DATE_EQUAL_TO',
  'NUMBER_BETWEEN',
  'NUMBER_EQUAL_TO',
  'NUMBER_GREATER_THAN',
  'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  'NUMBER_LESS_THAN',
  'NUMBER_LESS_THAN_OR_EQUAL_TO',
  'NUMBER_NOT_BETWEEN',
  'NUMBER_NOT_EQUAL_TO',
  'TEXT_CONTAINS',
  'TEXT_DOES_NOT_CONTAIN',
  'TEXT_EQUAL_TO',
  'TEXT_NOT_EQUAL_TO',
  'TEXT_STARTS_WITH',
  'TEXT_ENDS_WITH',
  'CUSTOM_FORMULA',
] as const);
/** https://developers.google.com/apps-script/reference/spreadsheet/data-validation-criteria */
// Every value the reference lists (names as gas-fakes' test/testsheetsdatavalidations.js recorded
// them on live Apps Script); the builder emulates only some (the rest throw `not emulated`).
export const DataValidationCriteria = makeEnum([
  'DATE_AFTER',
  'DATE_BEFORE',
  'DATE_BETWEEN',
  'DATE_EQUAL_TO',
  'DATE_IS_VALID_DATE',
  'DATE_NOT_BETWEEN',
  'DATE_ON_OR_AFTER',
  'DATE_ON_OR_BEFORE',
  'DATE_AFTER_RELATIVE',
  'DATE_BEFORE_RELATIVE',
  'DATE_EQUAL_TO_RELATIVE',
  'NUMBER_BETWEEN',
  'NUMBER_EQUAL_TO',
  'NUMBER_GREATER_THAN',
  'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  'NUMBER_LESS_THAN',
  'NUMBER_LESS_THAN_OR_EQUAL_TO',
  'NUMBER_NOT_BETWEEN',
  'NUMBER_NOT_EQUAL_TO',
  'TEXT_CONTAINS',
  'TEXT_DOES_NOT_CONTAIN',
  'TEXT_EQUAL_TO',
  'TEXT_IS_VALID_EMAIL',
  'TEXT_IS_VALID_URL',
  'VALUE_IN_LIST',
  'VALUE_IN_RANGE',
  'CHECKBOX',
  'CUSTOM_FORMULA',
] as const);
/** https://developers.google.com/apps-script/reference/spreadsheet/interpolation-type */
export const InterpolationType = makeEnum(['NUMBER', 'PERCENT', 'PERCENTILE', 'MIN', 'MAX'] as const);
/** https://developers.google.com/apps-script/reference/spreadsheet/protection-type */
export const ProtectionType = makeEnum(['RANGE', 'SHEET'] as const);
/** https://developers.google.com/apps-script/reference/base/button-set */
export const ButtonSet = makeEnum(['OK', 'OK_CANCEL', 'YES_NO', 'YES_NO_CANCEL'] as const);
/** https://developers.google.com/apps-script/reference/base/button */
export const Button = makeEnum(['CLOSE', 'OK', 'CANCEL', 'YES', 'NO'] as const);
/** https://developers.google.com/apps-script/reference/html/sandbox-mode */
export const SandboxMode = makeEnum(['EMULATED', 'IFRAME', 'NATIVE'] as const);
/** https://developers.google.com/apps-script/reference/html/x-frame-options-mode */
export const XFrameOptionsMode = makeEnum(['ALLOWALL', 'DEFAULT'] as const);
/** https://developers.google.com/apps-script/reference/charts/chart-type (subset) */
export const ChartType = makeEnum([
  'AREA',
  'BAR',
  'COLUMN',
  'COMBO',
  'LINE',
  'PIE',
  'SCATTER',
  'TABLE',
] as const);
/** https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata-visibility */
export const DeveloperMetadataVisibility = makeEnum(['DOCUMENT', 'PROJECT'] as const);
/** https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata-location-type */
export const DeveloperMetadataLocationType = makeEnum(['SPREADSHEET', 'SHEET', 'ROW', 'COLUMN'] as const);
