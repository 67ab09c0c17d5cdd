// Whole-column (A:A) and open-ended (A2:A) ranges, for custom functions and built-ins.
// Arguments: https://developers.google.com/apps-script/guides/sheets/functions#arguments
import { describe, expect, it } from 'vitest';
import { openLocalSpreadsheet } from '../../local/index.ts';

const code = `
/** @customfunction */
function COUNTROWS(range) { return range.length + 'x' + range[0].length; }
/** @customfunction */
function DOUBLE(input) {
  if (input instanceof Array) return input.map(function (row) { return row.map(function (v) { return v === '' ? '' : v * 2; }); });
  return input * 2;
}
/** @customfunction */
function NONBLANK(input) {
  var out = [];
  input.forEach(function (r) { if (r[0] !== '') out.push([r[0]]); });
  return out.length ? out : '';
}
/** @customfunction */
function ROWS_OF(n) { var o = []; for (var i = 0; i < n; i++) o.push([i + 1]); return o; }
/** @customfunction */
function COLS_OF(n) { var o = []; for (var i = 0; i < n; i++) o.push(i + 1); return [o]; }
/** @customfunction */
function BLANKS(range) { var n = 0; range.forEach(function (r) { r.forEach(function (v) { if (v === '') n++; }); }); return n; }
`;

function sheet(rows: (number | string | null)[][] = [[1], [2], [3]]) {
  return openLocalSpreadsheet({ code, sheets: [{ name: 'Sheet1', rows }] });
}

describe('whole-column ranges in custom functions', () => {
  it('A:A arrives with every row of the sheet (1000), blanks as ""', () => {
    const ss = sheet();
    ss.type('C1', '=COUNTROWS(A:A)');
    ss.type('C2', '=COUNTROWS(A:B)');
    ss.type('C3', '=BLANKS(A:A)');
    expect(ss.values('C1:C3')).toEqual([['1000x1'], ['1000x2'], [997]]);
  });

  it('an elementwise result spills over the whole column', () => {
    const ss = sheet();
    ss.type('D1', '=DOUBLE(A:A)');
    expect(ss.values('D1:D4')).toEqual([[2], [4], [6], ['']]);
    expect(ss.formulas('D1:D2')).toEqual([['=DOUBLE(A:A)'], ['']]);
    ss.type('A4', '10');
    ss.type('A1000', '5');
    expect(ss.values('D4')).toEqual([[20]]);
    expect(ss.values('D1000')).toEqual([[10]]);
  });

  it('a result that grows with the data re-spills, and never breaks the workbook', () => {
    const ss = sheet([[1], [null], [3]]);
    ss.type('B1', '=NONBLANK(A:A)');
    expect(ss.values('B1:B3')).toEqual([[1], [3], ['']]);
    ss.type('A5', '7');
    ss.type('A6', '8');
    expect(ss.values('B1:B5')).toEqual([[1], [3], [7], [8], ['']]);
    ss.type('A1', '');
    expect(ss.values('B1:B5')).toEqual([[3], [7], [8], [''], ['']]);
    // Typing into the cells below the spill and reading on keeps working.
    ss.type('B6', '42');
    ss.type('B3', 'in the way');
    expect(ss.values('B1:B3')).toEqual([['#REF!'], [''], ['in the way']]);
    expect(ss.errors('B1')).toEqual([
      ['Array result was not expanded because it would overwrite data in B3.'],
    ]);
    ss.type('B3', '');
    expect(ss.values('B1:B6')).toEqual([[3], [7], [8], [''], [''], [42]]);
    ss.type('C1', '=SUM(B:B)');
    expect(ss.values('C1')).toEqual([[60]]);
  });

  it('placed below row 1, a whole-column result does not fit: #REF!, as in Sheets', () => {
    const ss = sheet();
    ss.type('D2', '=DOUBLE(A:A)');
    expect(ss.values('D2:D3')).toEqual([['#REF!'], ['']]);
    expect(ss.errors('D2')).toEqual([
      ['Result was not automatically expanded, please insert more rows (1).'],
    ]);
  });

  it('a result spilling over its own arguments is a circular dependency', () => {
    const ss = sheet();
    ss.type('A5', '=NONBLANK(A1:A20)');
    expect(ss.values('A5')).toEqual([['#REF!']]);
    expect(ss.errors('A5')).toEqual([['Circular dependency detected.']]);
    ss.type('B1', '=NONBLANK(B1:B20)');
    expect(ss.values('B1')).toEqual([['#REF!']]);
  });

  it('random typing around whole-column formulas never throws', () => {
    const ss = sheet();
    const inputs = [
      '=DOUBLE(A:A)',
      '=NONBLANK(A:A)',
      '=DOUBLE(A2:A)',
      '=ROWS_OF(4)',
      '=NONBLANK(B1:B9)',
      '=ARRAYFORMULA(A:A*2)',
      '=SORT(B:B)',
      '',
      '3',
      'x',
      '=1/0',
    ];
    let seed = 11;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let step = 0; step < 150; step++) {
      const a1 = `${'ABCD'[next(4)]}${1 + next(8)}`;
      ss.type(a1, inputs[next(inputs.length)] ?? '');
      ss.values('A1:D10');
      ss.errors('A1:D10');
    }
  });
});

describe('whole-column ranges in built-ins', () => {
  it('aggregate over the column and follow new rows', () => {
    const ss = sheet([
      [1, 10],
      [2, 20],
      [3, 30],
    ]);
    ss.type('D1', '=SUM(A:A)');
    ss.type('D2', '=SUMIF(A:A,">1",B:B)');
    ss.type('D3', '=VLOOKUP(2,A:B,2,0)');
    ss.type('A5', '9');
    ss.type('B5', '90');
    expect(ss.values('D1:D3')).toEqual([[15], [140], [20]]);
  });

  it('an array built-in over a whole column that outgrows its area does not break the workbook', () => {
    // HyperFormula sizes =ARRAYFORMULA(A:A*2) by the rows in use when it is entered and throws when
    // the result grows; the workbook enters its formulas afresh instead (see Workbook.change).
    const ss = sheet();
    ss.type('D1', '=ARRAYFORMULA(A:A*2)');
    ss.type('E1', '=SUM(D:D)');
    expect(ss.values('D1:D3')).toEqual([[2], [4], [6]]);
    ss.type('A5', '9');
    expect(ss.values('D1:D5')).toEqual([[2], [4], [6], [0], [18]]);
    expect(ss.values('E1')).toEqual([[30]]);
  });
});

describe('open-ended ranges (A2:A)', () => {
  it('work in built-ins and custom functions and read back as typed', () => {
    const ss = sheet([['Header'], [2], [3]]);
    ss.type('B1', '=SUM(A2:A)');
    ss.type('C1', '=COUNTROWS(A2:A)');
    ss.type('D1', '=COUNTROWS($A$3:B)');
    expect(ss.values('B1:D1')).toEqual([[5, '999x1', '998x2']]);
    expect(ss.formulas('B1:D1')).toEqual([['=SUM(A2:A)', '=COUNTROWS(A2:A)', '=COUNTROWS($A$3:B)']]);
    ss.type('A1000', '10');
    expect(ss.values('B1')).toEqual([[15]]);
  });

  it('a sheet-qualified open range follows a rename and reads back open', () => {
    const ss = openLocalSpreadsheet({
      code,
      locale: 'de_DE',
      sheets: [{ name: 'Sheet1' }, { name: 'Ad data', rows: [['Spend'], [5], [6]] }],
    });
    ss.type('A1', "=SUM('Ad data'!A2:A;1)");
    expect(ss.values('A1')).toEqual([[12]]);
    ss.services.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Ad data')?.setName('Spend');
    expect(ss.formulas('A1')).toEqual([['=SUM(Spend!A2:A;1)']]);
    expect(ss.values('A1')).toEqual([[12]]);
  });

  it('text that merely looks like an open range is left alone', () => {
    const ss = sheet();
    ss.type('B1', '=LEN("A2:A")');
    expect(ss.values('B1')).toEqual([[4]]);
    expect(ss.formulas('B1')).toEqual([['=LEN("A2:A")']]);
  });

  it('setFormula / getFormula keep the open range (Apps Script side)', () => {
    const ss = sheet();
    const range = ss.services.SpreadsheetApp.getActiveSheet().getRange('B1');
    range.setFormula('=SUM(A2:A)');
    expect(range.getFormula()).toBe('=SUM(A2:A)');
    expect(range.getValue()).toBe(5);
  });
});

describe('results past the edge of the sheet', () => {
  it('a 10-row result in row 995 of a 1000-row sheet is #REF!, nothing spills', () => {
    const ss = sheet();
    ss.type('B995', '=ROWS_OF(10)');
    expect(ss.values('B995:B996')).toEqual([['#REF!'], ['']]);
    expect(ss.errors('B995')).toEqual([
      ['Result was not automatically expanded, please insert more rows (4).'],
    ]);
    ss.type('B991', '=ROWS_OF(10)');
    expect(ss.values('B991')).toEqual([['#REF!']]);
    ss.type('B995', '');
    expect(ss.values('B991:B1000').map((r) => r[0])).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('a result past the last column is #REF! asking for columns', () => {
    const ss = sheet();
    ss.type('X1', '=COLS_OF(5)');
    expect(ss.values('X1:Z1')).toEqual([['#REF!', '', '']]);
    expect(ss.errors('X1')).toEqual([
      ['Result was not automatically expanded, please insert more columns (2).'],
    ]);
  });
});
