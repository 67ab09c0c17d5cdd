// Validation helpers every validator shares: the field error shape, and how a received value reads
// in a message (the goal wizard's, the flags panel's and the KPI functions' messages alike).

/** A message for one named field; `F` narrows the names a validator may use. */
export interface FieldError<F extends string = string> {
  field: F;
  message: string;
}

// Date arrives from another realm in node:vm and from Apps Script, so no instanceof.
const isDate = (value: unknown): value is Date => Object.prototype.toString.call(value) === '[object Date]';

/**
 * A value as the user would recognise it: `-5`, `"abc"` (cut at 40 characters), `TRUE`, `nothing`,
 * `a range` (an array: a range in a cell, a list from the sidebar), `a date`, `an object`.
 */
export function describeValue(value: unknown): string {
  if (value === undefined || value === null) return 'nothing';
  if (typeof value === 'string')
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}...` : value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number') return String(value);
  // No day in the text: a date cell arrives as midnight in the spreadsheet's time zone, but the
  // script reads it in its own (appsscript.json), so the day shown could be off by one.
  // https://developers.google.com/apps-script/guides/sheets/functions#data_types
  if (isDate(value)) return 'a date';
  if (Array.isArray(value)) return 'a range';
  if (typeof value === 'object') return 'an object';
  return `a value of type ${typeof value}`;
}

/** Empty optional fields from a form arrive as undefined, null or ''. */
export function isAbsent(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `field: message; field: message`: a validator's errors in one sentence for a thrown Error. */
export function describeErrors(errors: readonly FieldError[]): string {
  return errors.map((e) => `${e.field}: ${e.message}`).join('; ');
}
