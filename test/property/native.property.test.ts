// Each spec's native formula template, with cells substituted and evaluated by HyperFormula (a
// real spreadsheet engine), gives what the custom function gives: the same number, or blank.
import fc from 'fast-check';
import { DetailedCellError, HyperFormula } from 'hyperformula';
import { afterAll, describe, expect, it } from 'vitest';
import { CUSTOM_FUNCTIONS } from '../../src/functions/custom.ts';
import type { KpiError } from '../../src/functions/errors.ts';
import type { FunctionSpec } from '../../src/functions/spec.ts';
import { SPECS } from '../../src/functions/specs.ts';

const hf = HyperFormula.buildEmpty({ licenseKey: 'gpl-v3' });
const sheetName = hf.addSheet('Inputs');
const sheet = hf.getSheetId(sheetName) as number;
afterAll(() => hf.destroy());

const COLUMNS = 'ABCD';

/**
 * A cell: a number, empty (null), the `--` ad platforms export for "no data", or (for a parameter
 * that reads it) the masked `<5` count.
 */
type Input = number | null | '--' | '<5';

/**
 * Puts the inputs in row 1 (null = empty cell) and evaluates the template with each `{param}`
 * replaced by its cell, or by the param's default when `omitted`.
 */
function evaluateNative(spec: FunctionSpec, inputs: readonly Input[], omitted: ReadonlySet<number>): unknown {
  hf.setSheetContent(sheet, [inputs.map((x) => x)]);
  let formula = spec.native;
  spec.params.forEach((p, i) => {
    const sub = omitted.has(i) ? String(p.defaultValue) : `${COLUMNS[i]}1`;
    formula = formula.split(`{${p.name}}`).join(sub);
  });
  return hf.calculateFormula(`=${formula}`, sheet);
}

function expectSame(native: unknown, custom: unknown, context: string): void {
  if (custom === '') {
    expect(native, context).toBe('');
    return;
  }
  expect(typeof native, `${context}: native gave ${JSON.stringify(native)}`).toBe('number');
  const n = native as number;
  const c = custom as number;
  expect(Math.abs(n - c), `${context}: native ${n} vs custom ${c}`).toBeLessThanOrEqual(
    1e-9 * Math.max(1, Math.abs(c)),
  );
}

/** Valid spreadsheet numbers for a parameter (cents, whole counts, whole percents), an empty cell or `--`. */
function input(spec: FunctionSpec, i: number): fc.Arbitrary<Input> {
  const kind = spec.params[i]?.kind;
  const num =
    kind === 'fraction'
      ? fc.integer({ min: 0, max: 100 }).map((k) => k / 100)
      : kind === 'count'
        ? fc.integer({ min: 0, max: 1_000_000 })
        : kind === 'number'
          ? fc.integer({ min: -10_000_000, max: 10_000_000 }).map((k) => k / 100)
          : fc.oneof(
              fc.constant(0),
              fc.integer({ min: 0, max: 100_000_000 }).map((k) => k / 100),
            );
  return fc.oneof(
    { arbitrary: num, weight: 8 },
    { arbitrary: fc.constant(null), weight: 1 },
    { arbitrary: fc.constant<Input>('--'), weight: 1 },
    { arbitrary: fc.constant<Input>(spec.params[i]?.masked ? '<5' : '--'), weight: 1 },
  );
}

describe('native formula equivalence (HyperFormula)', () => {
  it.each(SPECS.map((s) => [s.name, s] as const))('%s', (name, spec) => {
    const custom = CUSTOM_FUNCTIONS[name];
    if (!custom) throw new Error(`no custom function ${name}`);
    const optional = spec.params.flatMap((p, i) => (p.optional ? [i] : []));
    fc.assert(
      fc.property(
        fc.tuple(...spec.params.map((_p, i) => input(spec, i))),
        fc.subarray(optional),
        (inputs, omittedList) => {
          const omitted = new Set(omittedList);
          const args = inputs.map((x, i) => (omitted.has(i) ? undefined : x === null ? '' : x));
          const native = evaluateNative(spec, inputs, omitted);
          const context = `${name}(${JSON.stringify(args)}) vs ${spec.native}`;
          let expected: unknown;
          try {
            expected = custom(...args);
          } catch (error) {
            // Inputs that make no sense together (more conversions than trials): an error in both.
            expect((error as KpiError).code, context).toBe('inconsistent_inputs');
            expect(native, context).toBeInstanceOf(DetailedCellError);
            return;
          }
          expectSame(native, expected, context);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('agrees on zero denominators and blanks (fixed cases)', () => {
    const roas = SPECS.find((s) => s.name === 'ROAS') as FunctionSpec;
    expect(evaluateNative(roas, [100, 0], new Set())).toBe('');
    expect(evaluateNative(roas, [null, 50], new Set())).toBe('');
    expect(evaluateNative(roas, [100, 25], new Set())).toBe(4);
    expect(evaluateNative(roas, ['--', 25], new Set())).toBe('');
    expect(evaluateNative(roas, [100, '--'], new Set())).toBe('');
    const payback = SPECS.find((s) => s.name === 'PAYBACK') as FunctionSpec;
    // '--' in a factor of the denominator is blank, not the #VALUE! of '--' * margin.
    expect(evaluateNative(payback, [150, '--', 0.5], new Set())).toBe('');
    const ltv = SPECS.find((s) => s.name === 'LTV') as FunctionSpec;
    expect(evaluateNative(ltv, [80, 3, 2, 0], new Set([3]))).toBe(480);
    // A masked count is 4 in both forms: Gamma(5) at 300 / 60 = 5.
    const breach = SPECS.find((s) => s.name === 'BREACH_CONFIDENCE') as FunctionSpec;
    const at5 = 1 - Math.exp(-5) * (1 + 5 + 25 / 2 + 125 / 6 + 625 / 24);
    expect(evaluateNative(breach, [300, '<5', 60], new Set())).toBeCloseTo(at5, 9);
    expect(CUSTOM_FUNCTIONS.BREACH_CONFIDENCE?.(300, '<5', 60)).toBeCloseTo(at5, 9);
  });
});
