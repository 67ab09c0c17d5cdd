// Custom functions in cells: https://developers.google.com/apps-script/guides/sheets/functions
import { describe, expect, it } from 'vitest';
import { openLocalSpreadsheet } from '../../local/index.ts';

const code = `
/**
 * Doubles a number or every cell of a range.
 * @param {number|Array<Array<number>>} input
 * @customfunction
 */
function DOUBLE(input) {
  if (input instanceof Array) return input.map(function (row) { return row.map(function (v) { return v * 2; }); });
  return input * 2;
}
/**
 * Always fails.
 * @customfunction
 */
function FAILS(x) { throw new Error('FAILS: spend must be positive, got ' + x); }
/**
 * Describes its arguments' JS types.
 * @customfunction
 */
function TYPES(a, b, c) {
  function t(v) { return v instanceof Date ? 'Date:' + v.getFullYear() : v instanceof Array ? 'Array' : typeof v + ':' + v; }
  return [[t(a), t(b), t(c)]];
}
/**
 * A row of three.
 * @customfunction
 */
function ROW3() { return [[1, 2, 3]]; }
function notCustom(x) { return x; }
`;

describe('custom functions', () => {
  it('only functions with @customfunction JSDoc are registered', () => {
    const ss = openLocalSpreadsheet({ code });
    expect(ss.customFunctionNames()).toEqual(['DOUBLE', 'FAILS', 'TYPES', 'ROW3']);
    ss.type('A1', '=NOTCUSTOM(1)');
    expect(ss.values('A1')).toEqual([['#NAME?']]);
  });
  it('a range arrives as a 2D array and a returned 2D array spills', () => {
    const ss = openLocalSpreadsheet({
      code,
      sheets: [
        {
          name: 'Sheet1',
          rows: [
            [1, 10],
            [2, 20],
            [3, 30],
          ],
        },
      ],
    });
    ss.type('D1', '=DOUBLE(A1:B3)');
    expect(ss.values('D1:E3')).toEqual([
      [2, 20],
      [4, 40],
      [6, 60],
    ]);
    // Spilled cells hold no formula of their own.
    expect(ss.formulas('D1:E1')).toEqual([['=DOUBLE(A1:B3)', '']]);
    ss.type('A2', '5');
    expect(ss.values('D2')).toEqual([[10]]);
  });
  it('a result wider than its arguments still spills whole', () => {
    const ss = openLocalSpreadsheet({ code });
    ss.type('A1', '=ROW3()');
    expect(ss.values('A1:C1')).toEqual([[1, 2, 3]]);
  });
  it('a thrown Error shows #ERROR! and keeps its message', () => {
    const ss = openLocalSpreadsheet({ code, sheets: [{ name: 'Sheet1', rows: [[-3]] }] });
    ss.type('B1', '=FAILS(A1)');
    expect(ss.values('B1')).toEqual([['#ERROR!']]);
    expect(ss.displayValues('B1')).toEqual([['#ERROR!']]);
    expect(ss.errors('A1:B1')).toEqual([[null, 'FAILS: spend must be positive, got -3']]);
  });
  it('blank cells arrive as "", percentages as fractions, date-formatted cells as Date', () => {
    const ss = openLocalSpreadsheet({
      code,
      sheets: [{ name: 'Sheet1', rows: [['12%', '3/15/2024', null]] }],
    });
    ss.type('A2', '=TYPES(A1, B1, C1)');
    expect(ss.values('A2:C2')).toEqual([['number:0.12', 'Date:2024', 'string:']]);
  });
  it('services that change the document are refused inside a custom function', () => {
    const ss = openLocalSpreadsheet({
      code: `/** @customfunction */ function WRITER() { SpreadsheetApp.getActiveSheet().getRange('Z1').setValue(1); return 1; }`,
    });
    ss.type('A1', '=WRITER()');
    expect(ss.errors('A1')[0]?.[0]).toMatch(/You do not have permission to call Range.setValue/);
  });
  it('without the add-on installed the cells show #NAME? (a client without the add-on)', () => {
    const ss = openLocalSpreadsheet({
      code,
      addOnInstalled: false,
      sheets: [{ name: 'Sheet1', rows: [[1]] }],
    });
    ss.type('B1', '=DOUBLE(A1)');
    ss.type('C1', '=A1*2');
    expect(ss.values('B1:C1')).toEqual([['#NAME?', 2]]);
    expect(ss.errors('B1')).toEqual([["Unknown function: 'DOUBLE'."]]);
  });
});

describe('what the spreadsheet starts with', () => {
  it('an ARRAYFORMULA in the initial rows spills (not blocked by its own values)', () => {
    const ss = openLocalSpreadsheet({
      code: 'function x() {}',
      sheets: [{ name: 'Sheet1', rows: [['1', '=ARRAYFORMULA(A1:A3*10)'], ['2'], ['3']] }],
    });
    expect(ss.values('B1:B3')).toEqual([[10], [20], [30]]);
  });
  it('lists only callable custom functions: not PRIV_ nor a built-in name', () => {
    const ss = openLocalSpreadsheet({
      code: `/** @customfunction */ function DOUBLE(x) { return x * 2; }
        /** @customfunction */ function PRIV_(x) { return x; }
        /** @customfunction */ function SUM(x) { return 0; }`,
    });
    expect(ss.customFunctionNames()).toEqual(['DOUBLE']);
  });
});
