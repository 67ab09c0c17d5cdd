// Behaviours where the local spreadsheet follows what Sheets does (issue 10, section 3), each
// against its cited source.
import { describe, expect, it } from 'vitest';
import { openLocalSpreadsheet } from '../../local/index.ts';

const none = 'function x() {}';

describe('a blocked ARRAYFORMULA expands again once the cells in its way are cleared (Sheets: reported wording of the #REF! note)', () => {
  const open = () =>
    openLocalSpreadsheet({ code: none, sheets: [{ name: 'Sheet1', rows: [[1], [2], [3]] }] });

  it('typed over: #REF! naming the cell; cleared: the array is back', () => {
    const ss = open();
    ss.type('B1', '=ARRAYFORMULA(A1:A3*10)');
    ss.type('B3', 'typed');
    expect(ss.values('B1:B3')).toEqual([['#REF!'], [''], ['typed']]);
    expect(ss.errors('B1')).toEqual([
      ['Array result was not expanded because it would overwrite data in B3.'],
    ]);
    ss.type('B3', '');
    expect(ss.values('B1:B3')).toEqual([[10], [20], [30]]);
    expect(ss.errors('B1')).toEqual([[null]]);
  });
  it('blocked from the moment it is entered, by a value on another row; Range.clearContent frees it too', () => {
    const ss = open();
    ss.type('P20', 'in the way');
    ss.type('P18', '=ARRAYFORMULA(A1:A3*10)');
    expect(ss.errors('P18')).toEqual([
      ['Array result was not expanded because it would overwrite data in P20.'],
    ]);
    ss.services.SpreadsheetApp.getActiveSheet().getRange('P20').clearContent();
    expect(ss.values('P18:P20')).toEqual([[10], [20], [30]]);
  });
  it('stays blocked while any cell of its area holds data, naming the first one', () => {
    const ss = open();
    ss.paste('C2', [['x'], ['y']]);
    ss.type('C1', '=ARRAYFORMULA(A1:A3*10)');
    ss.type('C2', '');
    expect(ss.values('C1')).toEqual([['#REF!']]);
    expect(ss.errors('C1')).toEqual([
      ['Array result was not expanded because it would overwrite data in C3.'],
    ]);
    ss.type('C3', '');
    expect(ss.values('C1:C3')).toEqual([[10], [20], [30]]);
  });
});

describe('TRUE and FALSE are literals in formulas (reported: https://infoinspired.com/google-docs/spreadsheet/the-role-of-true-logical-function-in-google-sheets/)', () => {
  it('=TRUE, =false, inside IF and AND, and in a de_DE formula', () => {
    const ss = openLocalSpreadsheet({ code: none });
    ss.type('A1', '=TRUE');
    ss.type('A2', '=false');
    ss.type('A3', '=IF(TRUE, 1, 2)');
    ss.type('A4', '=AND(TRUE, FALSE)');
    ss.type('A5', '=TRUE+TRUE');
    expect(ss.values('A1:A5')).toEqual([[true], [false], [1], [false], [2]]);
    expect(ss.formulas('A1:A2')).toEqual([['=TRUE'], ['=FALSE']]);
    const de = openLocalSpreadsheet({ code: none, locale: 'de_DE' });
    de.type('A1', '=IF(FALSE; 1; 2)');
    expect(de.values('A1')).toEqual([[2]]);
  });
  it("=ROAS(TRUE, 1) shows the function's own error about the boolean, not an unknown name", () => {
    const ss = openLocalSpreadsheet({});
    ss.type('A1', '=ROAS(TRUE, 1)');
    expect(ss.values('A1')).toEqual([['#ERROR!']]);
    expect(ss.errors('A1')[0]?.[0]).toMatch(/^ROAS: revenue .*TRUE/);
  });
  it('a range still cannot be named TRUE (Sheets refuses the name)', () => {
    const ss = openLocalSpreadsheet({ code: none });
    expect(() => ss.defineName('TRUE', 'A1')).toThrow('Invalid name: TRUE');
  });
});
