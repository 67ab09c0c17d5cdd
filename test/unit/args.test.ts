// The shared argument path: coercion, broadcasting, blanks and error messages, through the
// exported custom functions (as Sheets calls them) and runFunction directly.
import { describe, expect, it } from 'vitest';
import { parseNumberText, runFunction } from '../../src/functions/args.ts';
import { CUSTOM_FUNCTIONS } from '../../src/functions/custom.ts';
import { KpiError } from '../../src/functions/errors.ts';
import type { FunctionSpec } from '../../src/functions/spec.ts';
import { SPECS } from '../../src/functions/specs.ts';
import { expectKpi } from './expect-kpi.ts';
import { KPI_CASES, KPI_ERROR_CASES } from './kpi-cases.ts';

const call = (fn: string, args: readonly unknown[]): unknown => {
  const f = CUSTOM_FUNCTIONS[fn];
  if (!f) throw new Error(`no custom function ${fn}`);
  return f(...args);
};

const specOf = (name: string): FunctionSpec => {
  const spec = SPECS.find((s) => s.name === name);
  if (!spec) throw new Error(`no spec ${name}`);
  return spec;
};

/** Calls and returns the thrown KpiError (fails the test if it does not throw one). */
function thrown(fn: string, args: readonly unknown[]): KpiError {
  try {
    call(fn, args);
  } catch (err) {
    expect(err).toBeInstanceOf(KpiError);
    return err as KpiError;
  }
  throw new Error(`${fn} did not throw`);
}

describe('custom functions: values', () => {
  it.each(KPI_CASES.map((c) => [`${c.fn}: ${c.note}`, c] as const))('%s', (_name, c) => {
    expectKpi(call(c.fn, c.args), c.expected);
  });
});

describe('custom functions: errors', () => {
  it.each(KPI_ERROR_CASES.map((c) => [c.message, c] as const))('%s', (_name, c) => {
    const err = thrown(c.fn, c.args);
    expect(err.message).toBe(c.message);
    expect(err.fn).toBe(c.fn);
  });

  it('names the error code', () => {
    expect(thrown('CPL', [1, 'abc']).code).toBe('not_a_number');
    expect(thrown('CPL', [-1, 1]).code).toBe('negative');
    expect(thrown('LTV', [1, 1, 1, 40]).code).toBe('fraction_out_of_range');
    expect(thrown('ROAS', [[[1], [2]], [[1, 2]]]).code).toBe('shape_mismatch');
    expect(thrown('ROAS', [1]).code).toBe('missing_argument');
  });

  it('rejects a Date, naming it as a date', () => {
    expect(thrown('CPC', [10, new Date(2024, 2, 5)]).message).toBe(
      'CPC: clicks must be a number, got a date',
    );
  });

  it('rejects a ragged range', () => {
    expect(thrown('ROAS', [[[1], [2, 3]], 1]).message).toBe('ROAS: revenue is not a rectangular range');
  });

  it('reports the first bad argument in reading order, even next to a blank', () => {
    expect(
      thrown('ROAS', [
        [[''], ['']],
        [[1], ['x']],
      ]).message,
    ).toBe('ROAS: ad_spend must be a number, got "x" (row 2 of the range)');
  });

  it('offers no percent hint for a fraction far above 100', () => {
    expect(thrown('BREAKEVEN_ROAS', [250]).message).toBe(
      'BREAKEVEN_ROAS: gross_margin must be a fraction between 0 and 1, got 250',
    );
  });

  it('rejects NaN passed from script code', () => {
    expect(thrown('ROAS', [Number.NaN, 1]).code).toBe('not_finite');
  });
});

describe('broadcasting and shapes', () => {
  it('returns a single value when every argument is a single value', () => {
    expect(call('ROAS', [8, 2])).toBe(4);
  });

  it('returns the broadcast shape of a row', () => {
    expect(call('CPC', [[[10, 20, 30]], 10])).toEqual([[1, 2, 3]]);
  });

  it('broadcasts a single value into every argument position', () => {
    expect(call('LTV', [[[80], [100]], 3, [[2], [1]], 0.5])).toEqual([[240], [150]]);
    expect(call('LTV', [80, [[3], [1]], 2, [[1], [0.5]]])).toEqual([[480], [80]]);
  });

  it('gives a blank range when a single argument is blank', () => {
    expect(call('CPL', [[[100], [200]], ''])).toEqual([[''], ['']]);
  });

  it('still checks range cells when a single argument is blank', () => {
    expect(thrown('CPL', [[[100], ['x']], '']).message).toBe(
      'CPL: spend must be a number, got "x" (row 2 of the range)',
    );
  });

  it('uses the default for an omitted optional argument but blank for a blank one', () => {
    expect(call('LTV', [80, 3, 2, undefined])).toBe(480);
    expect(call('LTV', [80, 3, 2, ''])).toBe('');
  });

  it('reads null as blank', () => {
    expect(call('ROAS', [null, 1])).toBe('');
  });

  it('treats a 1x1 range like its single value', () => {
    expect(call('ROAS', [[[6]], 3])).toEqual([[2]]);
    expect(call('ROAS', [6, [[3]]])).toEqual([[2]]);
  });

  it('names both shapes for mismatched 2D ranges', () => {
    expect(
      thrown('CTR', [
        [
          [1, 2],
          [3, 4],
        ],
        [[1, 2, 3]],
      ]).message,
    ).toBe('CTR: clicks is 2x2 but impressions is 1x3; use ranges of the same size or a single value');
  });

  it('does not let a zero denominator leak NaN or Infinity into a range', () => {
    const out = call('CTR', [
      [[0], [5]],
      [[0], [0]],
    ]) as unknown[][];
    expect(out).toEqual([[''], ['']]);
  });

  it('accepts extra undefined arguments (how Apps Script passes omitted ones)', () => {
    expect(runFunction(specOf('ROAS'), [4, 1, undefined])).toBe(4);
  });
});

describe('parseNumberText', () => {
  const CASES: readonly [string, number | undefined][] = [
    ['1,234.50', 1234.5],
    ['$45', 45],
    ['€45', 45],
    ['£1,000', 1000],
    ['45 €', 45],
    ['$ 45', 45],
    ['12%', 0.12],
    ['12.5 %', 0.125],
    [' 7 ', 7],
    ['-3', -3],
    ['-$3', -3],
    ['$-3', -3],
    ['.5', 0.5],
    ['5.', 5],
    ['1e3', 1000],
    ['1,234,567', 1234567],
    // India's lakh grouping, as an en_IN sheet displays amounts (and an export pastes them).
    ['₹1,00,000', 100000],
    ['1,23,45,678.50', 12345678.5],
    ['1,00,00', undefined],
    ['12,345,67', undefined],
    ['abc', undefined],
    ['12abc', undefined],
    ['1,23', undefined],
    ['1.234,50', undefined],
    ['$45$', undefined],
    ['--5', undefined],
    ['$', undefined],
    ['%', undefined],
    ['TRUE', undefined],
  ];
  it.each(CASES)('%j -> %s', (text, expected) => {
    const got = parseNumberText(text);
    if (expected === undefined) expect(got).toBeUndefined();
    else expect(got).toBeCloseTo(expected, 12);
  });

  const DECIMAL_COMMA: readonly [string, number | undefined][] = [
    ['1.234,50', 1234.5],
    ['1.234', 1234],
    ['12,5', 12.5],
    ['12,70%', 0.127],
    ['45 €', 45],
    ['-3,5', -3.5],
    [',5', 0.5],
    ['1,234.50', undefined],
    ['1.23', undefined],
  ];
  it.each(DECIMAL_COMMA)('%j with a decimal comma -> %s', (text, expected) => {
    const got = parseNumberText(text, ',');
    if (expected === undefined) expect(got).toBeUndefined();
    else expect(got).toBeCloseTo(expected, 12);
  });

  it.each(['', '   ', '--', ' -- '])('%j is blank (NaN)', (text) => {
    expect(Number.isNaN(parseNumberText(text))).toBe(true);
  });
});
