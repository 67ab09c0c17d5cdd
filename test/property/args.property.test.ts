// Properties of the shared argument path over random inputs: any mix of numbers, blanks, text,
// booleans and dates in any shape either throws a KpiError or gives the broadcast shape holding
// only finite numbers and blanks; a range gives what its cells give one by one.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CUSTOM_FUNCTIONS } from '../../src/functions/custom.ts';
import { KpiError } from '../../src/functions/errors.ts';
import type { FunctionSpec } from '../../src/functions/spec.ts';
import { SPECS } from '../../src/functions/specs.ts';

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

function run(spec: FunctionSpec, args: readonly unknown[]): Outcome {
  try {
    return { ok: true, value: CUSTOM_FUNCTIONS[spec.name]?.(...args) };
  } catch (error) {
    return { ok: false, error };
  }
}

const isCell = (x: unknown): boolean => x === '' || (typeof x === 'number' && Number.isFinite(x));

/** Anything a cell can hold, weighted towards values that are valid somewhere. */
const anyCell: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.double({ noNaN: false }), weight: 3 },
  { arbitrary: fc.double({ min: 0, max: 1, noNaN: true }), weight: 3 },
  { arbitrary: fc.integer({ min: -5, max: 100_000 }), weight: 3 },
  {
    arbitrary: fc.constantFrom('', '--', ' ', '12%', '$1,234.50', '€45', ' 7 ', '40', '1,23', 'abc', '-3'),
    weight: 2,
  },
  { arbitrary: fc.string({ maxLength: 6 }), weight: 1 },
  { arbitrary: fc.boolean(), weight: 1 },
  { arbitrary: fc.date({ noInvalidDate: true }), weight: 1 },
);

/** A valid cell for a parameter kind, or blank. */
function validCell(spec: FunctionSpec, i: number): fc.Arbitrary<number | ''> {
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
  return fc.oneof({ arbitrary: num, weight: 6 }, { arbitrary: fc.constant('' as const), weight: 1 });
}

const grid = <T>(cell: fc.Arbitrary<T>, rows: number, cols: number): fc.Arbitrary<T[][]> =>
  fc.array(fc.array(cell, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows });

const specArb = fc.constantFrom(...SPECS);
const shapeArb = fc.record({ rows: fc.integer({ min: 1, max: 4 }), cols: fc.integer({ min: 1, max: 3 }) });

/** Arguments for a call: each a single value, a 1x1 range, a range of the call's shape, or (rarely) another shape. */
const callArb = fc.tuple(specArb, shapeArb).chain(([spec, shape]) =>
  fc
    .tuple(
      ...spec.params.map(() =>
        fc.oneof(
          { arbitrary: anyCell, weight: 3 },
          { arbitrary: grid(anyCell, 1, 1), weight: 1 },
          { arbitrary: grid(anyCell, shape.rows, shape.cols), weight: 4 },
          {
            arbitrary: shapeArb.chain((s) => grid(anyCell, s.rows, s.cols)),
            weight: 1,
          },
        ),
      ),
    )
    .map((args) => ({ spec, args: args as unknown[] })),
);

/** The one shape all ranges larger than 1x1 share, 'mismatch', or undefined when there are none. */
function broadcastShape(args: readonly unknown[]): { rows: number; cols: number } | 'mismatch' | undefined {
  let shape: { rows: number; cols: number } | undefined;
  for (const a of args) {
    if (!Array.isArray(a)) continue;
    const rows = a.length;
    const cols = (a[0] as unknown[]).length;
    if (rows === 1 && cols === 1) continue;
    if (!shape) shape = { rows, cols };
    else if (shape.rows !== rows || shape.cols !== cols) return 'mismatch';
  }
  return shape;
}

describe('shared argument path, any input', () => {
  it('throws a KpiError or returns the broadcast shape of finite numbers and blanks', () => {
    fc.assert(
      fc.property(callArb, ({ spec, args }) => {
        const out = run(spec, args);
        const shape = broadcastShape(args);
        if (!out.ok) {
          expect(out.error).toBeInstanceOf(KpiError);
          expect((out.error as KpiError).message.startsWith(`${spec.name}: `)).toBe(true);
          return;
        }
        expect(shape).not.toBe('mismatch');
        const anyRange = args.some((a) => Array.isArray(a));
        if (!anyRange) {
          expect(isCell(out.value)).toBe(true);
          return;
        }
        const { rows, cols } = shape === undefined || shape === 'mismatch' ? { rows: 1, cols: 1 } : shape;
        const value = out.value as unknown[][];
        expect(Array.isArray(value)).toBe(true);
        expect(value.length).toBe(rows);
        for (const row of value) {
          expect(row.length).toBe(cols);
          for (const cell of row) expect(isCell(cell), `cell ${String(cell)}`).toBe(true);
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('gives the same for a single value and a 1x1 range holding it', () => {
    fc.assert(
      fc.property(
        specArb.chain((spec) => fc.tuple(fc.constant(spec), fc.tuple(...spec.params.map(() => anyCell)))),
        fc.nat(),
        ([spec, cells], mask) => {
          // Wrap a random subset of the arguments (at least one) as 1x1 ranges.
          const wrapped = cells.map((c, i) => (mask & (1 << i) || i === 0 ? [[c]] : c));
          const a = run(spec, cells);
          const b = run(spec, wrapped);
          expect(b.ok).toBe(a.ok);
          if (a.ok && b.ok) expect(b.value).toEqual([[a.value]]);
          if (!a.ok && !b.ok) expect((b.error as Error).message).toBe((a.error as Error).message);
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('gives for each cell of a range what that cell gives alone', () => {
    const arb = fc
      .tuple(specArb, shapeArb)
      .chain(([spec, { rows, cols }]) =>
        fc.tuple(
          fc.constant(spec),
          fc.tuple(
            ...spec.params.map((_p, i) =>
              fc.oneof(
                validCell(spec, i),
                grid(
                  fc.oneof({ arbitrary: validCell(spec, i), weight: 9 }, { arbitrary: anyCell, weight: 1 }),
                  rows,
                  cols,
                ),
              ),
            ),
          ),
        ),
      );
    fc.assert(
      fc.property(arb, ([spec, args]) => {
        const whole = run(spec, args);
        const shape = broadcastShape(args);
        if (shape === undefined || shape === 'mismatch') return;
        const cellResults: Outcome[] = [];
        for (let r = 0; r < shape.rows; r++) {
          for (let c = 0; c < shape.cols; c++) {
            cellResults.push(
              run(
                spec,
                args.map((a) => (Array.isArray(a) ? (a[r] as unknown[])[c] : a)),
              ),
            );
          }
        }
        const firstError = cellResults.find((o) => !o.ok);
        if (firstError) {
          // A bad cell anywhere fails the whole call, with the bad value named.
          expect(whole.ok).toBe(false);
          return;
        }
        expect(whole.ok).toBe(true);
        const flat = (whole.ok ? (whole.value as unknown[][]) : []).flat();
        expect(flat).toEqual(cellResults.map((o) => (o.ok ? o.value : undefined)));
      }),
      { numRuns: 1000 },
    );
  });

  it('never throws for valid numbers and blanks (but for inputs that make no sense together, in the words of the spec), and is blank exactly where an input is blank', () => {
    const arb = specArb.chain((spec) =>
      fc.tuple(fc.constant(spec), fc.tuple(...spec.params.map((_p, i) => validCell(spec, i)))),
    );
    fc.assert(
      fc.property(arb, ([spec, cells]) => {
        const out = run(spec, cells);
        const together = cells.includes('') ? 0 : spec.compute(...(cells as number[]));
        if (spec.invalid && Number.isNaN(together)) {
          // e.g. AB_CONFIDENCE with more conversions than trials.
          expect(out.ok).toBe(false);
          if (!out.ok) expect(String(out.error)).toContain(spec.invalid(...(cells as number[])));
          return;
        }
        expect(out.ok).toBe(true);
        if (!out.ok) return;
        if (cells.includes('')) expect(out.value).toBe('');
        else {
          const v = spec.compute(...(cells as number[]));
          expect(out.value).toBe(v === undefined ? '' : v);
        }
      }),
      { numRuns: 1500 },
    );
  });
});
