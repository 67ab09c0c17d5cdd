// Range values and formulas as Apps Script documents them (https://developers.google.com/apps-script/reference/spreadsheet/range).
import { describe, expect, it } from 'vitest';
import { openLocalSpreadsheet } from '../../local/index.ts';

const code = `
function writeBlock(rows) { SpreadsheetApp.getActiveSheet().getRange('A1:B2').setValues(rows); }
function writeOne(a1, v) { SpreadsheetApp.getActiveSheet().getRange(a1).setValue(v); }
function readOne(a1) { return SpreadsheetApp.getActiveSheet().getRange(a1).getValue(); }
function formulaOf(a1) { return SpreadsheetApp.getActiveSheet().getRange(a1).getFormula(); }
function fill(a1, f) { SpreadsheetApp.getActiveSheet().getRange(a1).setFormula(f); }
`;

describe('Range.setValues (https://developers.google.com/apps-script/reference/spreadsheet/range#setValues(Object))', () => {
  it("throws when the data has fewer rows than the range, with Google's message", () => {
    const ss = openLocalSpreadsheet({ code });
    expect(() => ss.run('writeBlock', [[1, 2]])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
  });
  it('throws when a row has the wrong number of columns', () => {
    const ss = openLocalSpreadsheet({ code });
    expect(() =>
      ss.run('writeBlock', [
        [1, 2, 3],
        [4, 5, 6],
      ]),
    ).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 3 but the range has 2.',
    );
  });
  it('writes a matching block', () => {
    const ss = openLocalSpreadsheet({ code });
    ss.run('writeBlock', [
      [1, 'a'],
      [true, null],
    ]);
    expect(ss.values('A1:B2')).toEqual([
      [1, 'a'],
      [true, ''],
    ]);
  });
});

describe('setValue string semantics (https://developers.google.com/apps-script/reference/spreadsheet/range#setValue(Object))', () => {
  it("a string starting with '=' becomes a formula (formula injection is real)", () => {
    const ss = openLocalSpreadsheet({ code, sheets: [{ name: 'Sheet1', rows: [[2, 3]] }] });
    ss.run('writeOne', 'C1', '=A1*B1');
    expect(ss.values('C1')).toEqual([[6]]);
    expect(ss.run('formulaOf', 'C1')).toBe('=A1*B1');
  });
  it('a leading apostrophe stores the rest as literal text, without the apostrophe', () => {
    const ss = openLocalSpreadsheet({ code });
    ss.run('writeOne', 'A1', "'=1+1");
    expect(ss.run('readOne', 'A1')).toBe('=1+1');
    expect(ss.formulas('A1')).toEqual([['']]);
  });
  it("a numeric string is parsed to a number, as Sheets parses typed text ('123' -> 123)", () => {
    const ss = openLocalSpreadsheet({ code });
    ss.run('writeOne', 'A1', '123');
    expect(ss.run('readOne', 'A1')).toBe(123);
  });
  it("'--' (an ad report's empty metric) stays text", () => {
    const ss = openLocalSpreadsheet({
      code,
      csv: { name: 'Report', text: 'Campaign,Cost\nBrand,--\nSearch,"1,234.50"' },
    });
    expect(ss.values('Report!A2:B3')).toEqual([
      ['Brand', '--'],
      ['Search', 1234.5],
    ]);
  });
  it('setFormula on a multi-cell range shifts relative references per cell, $-anchored parts stay', () => {
    const ss = openLocalSpreadsheet({ code, sheets: [{ name: 'Sheet1', rows: [[1], [2], [3]] }] });
    ss.run('fill', 'B1:B3', '=A1*$A$1*10');
    expect(ss.formulas('B1:B3')).toEqual([['=A1*$A$1*10'], ['=A2*$A$1*10'], ['=A3*$A$1*10']]);
    expect(ss.values('B1:B3')).toEqual([[10], [20], [30]]);
  });
});

describe('named ranges (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#setNamedRange(String,Range))', () => {
  const named = `
    function name(n, a1) { var ss = SpreadsheetApp.getActive(); ss.setNamedRange(n, ss.getRange(a1)); }
    function named(n) { var r = SpreadsheetApp.getActive().getRangeByName(n); return r ? r.getA1Notation() : null; }
  `;
  it('are usable in formulas and follow setNamedRange when moved', () => {
    const ss = openLocalSpreadsheet({
      code: named,
      sheets: [
        {
          name: 'Goal sheet',
          rows: [
            [10, 100],
            [20, 200],
          ],
        },
      ],
    });
    ss.run('name', 'Budget', "'Goal sheet'!A1:A2");
    ss.type('C1', '=SUM(Budget)');
    expect(ss.values('C1')).toEqual([[30]]);
    ss.run('name', 'Budget', "'Goal sheet'!B1:B2");
    expect(ss.values('C1')).toEqual([[300]]);
    expect(ss.namedRanges()).toEqual([{ name: 'Budget', a1: "'Goal sheet'!B1:B2" }]);
    expect(ss.run('named', 'budget')).toBe('B1:B2');
    expect(ss.run('named', 'Nope')).toBeNull();
  });
  it('rejects names that look like cell references', () => {
    const ss = openLocalSpreadsheet({ code: named });
    expect(() => ss.run('name', 'AB12', 'A1')).toThrow(/Invalid name/);
  });
});

describe('sheet geometry (https://developers.google.com/apps-script/reference/spreadsheet/sheet)', () => {
  it('getLastRow/getDataRange follow the content; getRange by row/column matches A1', () => {
    const ss = openLocalSpreadsheet({
      code: `function geo() { var s = SpreadsheetApp.getActiveSheet();
        return [s.getLastRow(), s.getLastColumn(), s.getDataRange().getA1Notation(), s.getRange(2, 1, 2, 3).getA1Notation(),
                s.getRange('B2').offset(1, 1, 2, 2).getA1Notation(), s.getMaxRows(), s.getMaxColumns()]; }`,
      sheets: [
        {
          name: 'Sheet1',
          rows: [
            ['a', 'b'],
            [1, 2],
            [3, 4],
          ],
        },
      ],
    });
    expect(ss.run('geo')).toEqual([3, 2, 'A1:B3', 'A2:C3', 'C3:D4', 1000, 26]);
  });
  it('getSheetValues(1, 1, -1, -1) reads to the last row and column with data; refuses on a sheet with none', () => {
    const code = `function all(n) { return SpreadsheetApp.getActive().getSheetByName(n).getSheetValues(1, 1, -1, -1); }
      function part() { return SpreadsheetApp.getActive().getSheetByName('Data').getSheetValues(2, 2, -1, 1); }`;
    const ss = openLocalSpreadsheet({
      code,
      sheets: [
        {
          name: 'Data',
          rows: [
            ['a', 'b', ''],
            [1, 2, ''],
            [3, 4, 'x'],
          ],
        },
        { name: 'Empty', rows: [] },
      ],
    });
    expect(ss.run('all', 'Data')).toEqual([
      ['a', 'b', ''],
      [1, 2, ''],
      [3, 4, 'x'],
    ]);
    expect(ss.run('part')).toEqual([[2], [4]]);
    // Google's page is silent on a sheet with no data: the emulator takes the strict answer.
    expect(() => ss.run('all', 'Empty')).toThrow(/at least 1/);
  });
  it('insertSheet activates the new sheet; a duplicate name throws', () => {
    const ss = openLocalSpreadsheet({
      code: `function add(n) { return SpreadsheetApp.getActive().insertSheet(n).getName(); }`,
    });
    expect(ss.run('add', 'Goals')).toBe('Goals');
    expect(ss.activeSheetName()).toBe('Goals');
    expect(() => ss.run('add', 'goals')).toThrow(/already exists/);
    expect(ss.sheetNames()).toEqual(['Sheet1', 'Goals']);
  });
});

describe('Sheet.getRangeList (https://developers.google.com/apps-script/reference/spreadsheet/sheet#getRangeList(String))', () => {
  const code = `function list(a1s) { var s = SpreadsheetApp.getActiveSheet();
    return s.getRangeList(a1s).getRanges().map(function (r) { return r.getA1Notation(); }); }`;
  it('gives one Range per notation, in order, for two calls whatever the number of ranges', () => {
    const ss = openLocalSpreadsheet({ code });
    ss.calls.reset();
    expect(ss.run('list', ['B2:C3', '$A$1', 'D4'])).toEqual(['B2:C3', 'A1', 'D4']);
    expect(ss.calls.byMethod()).toEqual({
      'SpreadsheetApp.getActiveSheet': 1,
      'Sheet.getRangeList': 1,
      'RangeList.getRanges': 1,
      'Range.getA1Notation': 3,
    });
  });
  it('a notation outside the sheet throws as getRange does', () => {
    const ss = openLocalSpreadsheet({ code });
    expect(() => ss.run('list', ['A1', 'A2000'])).toThrow(/outside the dimensions of the sheet/);
  });
});

describe('font colours and sizes per cell (https://developers.google.com/apps-script/reference/spreadsheet/range#setFontColors(Object))', () => {
  const code = `function style() { var r = SpreadsheetApp.getActiveSheet().getRange('A1:B1');
      r.setFontColors([['#FFFFFF', null]]); r.setFontSizes([[14, 10]]);
      return [r.getFontColors(), r.getFontSizes()]; }
    function badSize() { SpreadsheetApp.getActiveSheet().getRange('A1:B1').setFontSizes([[14]]); }`;
  it('setFontColors/setFontSizes set each cell; null resets the colour to the default black', () => {
    const ss = openLocalSpreadsheet({ code });
    expect(ss.run('style')).toEqual([[['#ffffff', '#000000']], [[14, 10]]]);
    expect(ss.fontColors('A1:B1')).toEqual([['#ffffff', '#000000']]);
  });
  it('a grid of the wrong size throws, as setValues does', () => {
    const ss = openLocalSpreadsheet({ code });
    expect(() => ss.run('badSize')).toThrow(/number of columns in the data does not match/);
  });
});
