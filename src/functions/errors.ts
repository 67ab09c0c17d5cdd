// The one error vocabulary of the custom functions: a KpiError class with a code, and the message
// builders. Every message names the function, the argument and the offending value (and, for a
// range, where in it), because Sheets shows only the message in the cell's #ERROR! tooltip.
import { describeValue } from '../plans/shared/validation.ts';

export type KpiErrorCode =
  | 'not_a_number'
  | 'negative'
  | 'fraction_out_of_range'
  | 'not_finite'
  | 'shape_mismatch'
  | 'missing_argument'
  | 'too_many_arguments'
  | 'bad_range'
  | 'result_too_large'
  | 'inconsistent_inputs';

export class KpiError extends Error {
  readonly code: KpiErrorCode;
  /** The function users typed, e.g. `CPL`. */
  readonly fn: string;

  constructor(code: KpiErrorCode, fn: string, message: string) {
    super(message);
    this.name = 'KpiError';
    this.code = code;
    this.fn = fn;
  }
}

/** A position inside a range argument, 0-based, with the range's shape. */
export interface CellPosition {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

/** ` (row 3 of the range)`; empty for a single value. */
export function describePosition(at: CellPosition | undefined): string {
  if (!at || (at.rows === 1 && at.cols === 1)) return '';
  if (at.cols === 1) return ` (row ${at.row + 1} of the range)`;
  if (at.rows === 1) return ` (column ${at.col + 1} of the range)`;
  return ` (row ${at.row + 1}, column ${at.col + 1} of the range)`;
}

export const shapeText = (rows: number, cols: number): string => `${rows}x${cols}`;

export function notANumber(fn: string, arg: string, value: unknown, at?: CellPosition): KpiError {
  return new KpiError(
    'not_a_number',
    fn,
    `${fn}: ${arg} must be a number, got ${describeValue(value)}${describePosition(at)}`,
  );
}

export function notFinite(fn: string, arg: string, value: number, at?: CellPosition): KpiError {
  return new KpiError(
    'not_finite',
    fn,
    `${fn}: ${arg} must be a finite number, got ${describeValue(value)}${describePosition(at)}`,
  );
}

export function negative(fn: string, arg: string, value: number, at?: CellPosition): KpiError {
  return new KpiError(
    'negative',
    fn,
    `${fn}: ${arg} must not be negative, got ${describeValue(value)}${describePosition(at)}`,
  );
}

export function fractionOutOfRange(fn: string, arg: string, value: number, at?: CellPosition): KpiError {
  // 40 for a margin is almost always "40 percent" typed without the % sign.
  const hint = value > 1 && value <= 100 ? `; did you mean ${value}% or ${value / 100}?` : '';
  return new KpiError(
    'fraction_out_of_range',
    fn,
    `${fn}: ${arg} must be a fraction between 0 and 1, got ${describeValue(value)}${describePosition(at)}${hint}`,
  );
}

export function shapeMismatch(
  fn: string,
  argA: string,
  shapeA: string,
  argB: string,
  shapeB: string,
): KpiError {
  return new KpiError(
    'shape_mismatch',
    fn,
    `${fn}: ${argA} is ${shapeA} but ${argB} is ${shapeB}; use ranges of the same size or a single value`,
  );
}

export function missingArgument(fn: string, arg: string, params: readonly string[]): KpiError {
  return new KpiError('missing_argument', fn, `${fn}: ${arg} is missing; ${fn} takes (${params.join(', ')})`);
}

export function tooManyArguments(fn: string, params: readonly string[], given: number): KpiError {
  return new KpiError(
    'too_many_arguments',
    fn,
    `${fn}: takes at most ${params.length} arguments (${params.join(', ')}), got ${given}`,
  );
}

export function badRange(fn: string, arg: string, problem: string): KpiError {
  return new KpiError('bad_range', fn, `${fn}: ${arg} ${problem}`);
}

export function resultTooLarge(fn: string, at?: CellPosition): KpiError {
  return new KpiError(
    'result_too_large',
    fn,
    `${fn}: the result is too large to be a number${describePosition(at)}`,
  );
}

/** Inputs that are valid one by one but not together, e.g. more conversions than trials. */
export function inconsistentInputs(fn: string, problem: string, at?: CellPosition): KpiError {
  return new KpiError('inconsistent_inputs', fn, `${fn}: ${problem}${describePosition(at)}`);
}
