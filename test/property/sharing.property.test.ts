// The native form Prepare for sharing writes, evaluated by HyperFormula (a real spreadsheet engine)
// over random grids of numbers, zeros, blanks and `--`, agrees cell for cell with the custom
// function: the scalar form on one row, and the element-wise ARRAYFORMULA form over whole ranges.
import fc from 'fast-check';
import { DetailedCellError, HyperFormula } from 'hyperformula';
import { afterAll, describe, expect, it } from 'vitest';
import { CUSTOM_FUNCTIONS } from '../../src/functions/custom.ts';
import type { KpiError } from '../../src/functions/errors.ts';
import type { FunctionSpec } from '../../src/functions/spec.ts';
import { SPECS } from '../../src/functions/specs.ts';
import { nativeCall } from '../../src/plans/sharing/native.ts';

const hf = HyperFormula.buildEmpty({ licenseKey: 'gpl-v3' });
const sheet = hf.getSheetId(hf.addSheet('Inputs')) as number;
afterAll(() => hf.destroy());

type Input = number | null | '--';
const COLUMNS = 'ABCD';

function input(spec: FunctionSpec, i: number): fc.Arbitrary<Input> {
  const kind = spec.params[i]?.kind;
  const num =
    kind === 'fraction'
      ? fc.integer({ min: 0, max: 100 }).map((k) => k / 100)
      : kind === 'number'
        ? fc.integer({ min: -1_000_000, max: 1_000_000 }).map((k) => k / 100)
        : fc.oneof(
            fc.constant(0),
            fc.integer({ min: 0, max: 10_000_000 }).map((k) => k / 100),
          );
  return fc.oneof(
    { arbitrary: num, weight: 6 },
    { arbitrary: fc.constant(null), weight: 1 },
    { arbitrary: fc.constant<Input>('--'), weight: 1 },
  );
}

/** A row the custom function refuses in words: the native form must give an error value there. */
const INCONSISTENT = Symbol('inconsistent inputs');

function close(native: unknown, custom: unknown, context: string): void {
  if (custom === INCONSISTENT) {
    expect(native, context).toBeInstanceOf(DetailedCellError);
    return;
  }
  if (custom === '') {
    expect(native, context).toBe('');
    return;
  }
  expect(typeof native, `${context}: native gave ${JSON.stringify(native)}`).toBe('number');
  const c = custom as number;
  expect(Math.abs((native as number) - c), context).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(c)));
}

describe('the sharing native form agrees with the custom function', () => {
  it.each(SPECS.map((s) => [s.name, s] as const))('%s over ranges (spilled) and per row', (name, spec) => {
    const custom = CUSTOM_FUNCTIONS[name] as (...args: unknown[]) => unknown;
    const optional = spec.params.flatMap((p, i) => (p.optional ? [i] : []));
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 8 })
          .chain((rows) =>
            fc.tuple(
              fc.tuple(
                ...spec.params.map((_p, i) => fc.array(input(spec, i), { minLength: rows, maxLength: rows })),
              ),
              fc.subarray(optional),
            ),
          ),
        ([columns, omittedList]) => {
          const rows = columns[0]?.length ?? 1;
          const omitted = new Set(omittedList);
          const grid = Array.from({ length: rows }, (_, r) => columns.map((col) => col[r] ?? null));
          hf.setSheetContent(sheet, grid);
          const arg = (i: number, range: string): string =>
            omitted.has(i) ? String(spec.params[i]?.defaultValue) : range;
          const ranges = spec.params.map((_p, i) => arg(i, `${COLUMNS[i]}1:${COLUMNS[i]}${rows}`));
          const spilled = hf.calculateFormula(`=${nativeCall(spec, ranges, true, 'en_US', omitted)}`, sheet);
          const cell = (i: number, x: Input | undefined): unknown =>
            omitted.has(i) ? undefined : x === null || x === undefined ? '' : x;
          // A row whose inputs make no sense together (more conversions than trials) fails the whole
          // range call; the native form errs in that row alone. So rows are held to one-row calls.
          const perRow = (r: number): unknown => {
            try {
              return custom(...columns.map((col, i) => cell(i, col[r])));
            } catch (error) {
              expect((error as KpiError).code).toBe('inconsistent_inputs');
              return INCONSISTENT;
            }
          };
          let wanted: unknown[][];
          try {
            const expected = custom(
              ...columns.map((col, i) => (omitted.has(i) ? undefined : col.map((x) => [cell(i, x)]))),
            );
            wanted = Array.isArray(expected) ? expected : [[expected]];
          } catch {
            wanted = Array.from({ length: rows }, (_, r) => [perRow(r)]);
          }
          const native = Array.isArray(spilled) ? spilled : [[spilled]];
          expect(native.length).toBe(rows);
          for (let r = 0; r < rows; r++) {
            const context = `${name} row ${r + 1} of ${JSON.stringify(grid)}`;
            close(native[r]?.[0], wanted[r]?.[0], `${context} (range)`);
            const cells = spec.params.map((_p, i) => arg(i, `${COLUMNS[i]}${r + 1}`));
            const one = hf.calculateFormula(`=${nativeCall(spec, cells, false, 'en_US', omitted)}`, sheet);
            close(one, wanted[r]?.[0], `${context} (scalar)`);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
