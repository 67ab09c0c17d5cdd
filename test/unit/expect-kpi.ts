// Compares a custom-function result with an expected value cell by cell, with a tolerance for
// floating point, and the same shape (a single value vs. a 2D range).
import { expect } from 'vitest';
import type { Expected } from './kpi-cases.ts';

export function expectKpi(got: unknown, expected: Expected): void {
  if (!Array.isArray(expected)) {
    expect(Array.isArray(got)).toBe(false);
    if (expected === '') expect(got).toBe('');
    else expect(got).toBeCloseTo(expected, 9);
    return;
  }
  expect(Array.isArray(got)).toBe(true);
  const rows = got as unknown[][];
  expect(rows.map((r) => r.length)).toEqual(expected.map((r) => r.length));
  expected.forEach((row, r) => {
    row.forEach((cell, c) => {
      const value = rows[r]?.[c];
      if (cell === '') expect(value, `row ${r + 1} column ${c + 1}`).toBe('');
      else expect(value, `row ${r + 1} column ${c + 1}`).toBeCloseTo(cell, 9);
    });
  });
}
