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

describe('custom functions stop at the time limit ("Custom function runtime: 30 sec / execution", https://developers.google.com/apps-script/guides/services/quotas)', () => {
  const code = `/** @customfunction */ function SPIN(x) { while (true) {} }
    /** @customfunction */ function ONE(x) { return x + 1; }`;

  it("a call that runs too long is #ERROR! with Sheets' message (reported wording: https://github.com/joseballester/muFunds/issues/66); the rest computes", () => {
    const ss = openLocalSpreadsheet({ code, customFunctionTimeLimitMs: 50 });
    ss.type('A1', '=SPIN(1)');
    ss.type('A2', '=ONE(1)');
    expect(ss.values('A1:A2')).toEqual([['#ERROR!'], [2]]);
    expect(ss.errors('A1')).toEqual([['Exceeded maximum execution time (line 0).']]);
    ss.type('A3', '=A2*10');
    expect(ss.values('A3')).toEqual([[20]]);
  });
  it('the default limit is 30 seconds; a limit that is not a positive number is refused', async () => {
    const { CUSTOM_FUNCTION_TIME_LIMIT_MS } = await import('../../local/index.ts');
    expect(CUSTOM_FUNCTION_TIME_LIMIT_MS).toBe(30_000);
    expect(() => openLocalSpreadsheet({ code, customFunctionTimeLimitMs: 0 })).toThrow(
      'customFunctionTimeLimitMs must be a positive number',
    );
  });
});

describe("deleteSheet takes the sheet's protections, rules, charts and notes with it (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#deleteSheet(Sheet))", () => {
  const code = '/** @customfunction */ function WHEN() { return new Date(Date.UTC(2024, 0, 2, 17)); }';

  it('a new sheet of the same name starts clean', () => {
    const ss = openLocalSpreadsheet({ code });
    const app = ss.services.SpreadsheetApp;
    const book = app.getActiveSpreadsheet();
    const goal = book.insertSheet('Goal');
    goal.getRange('A1:B3').setValues([
      [1, 2],
      [3, 4],
      [5, 6],
    ]);
    goal.protect().setWarningOnly(true);
    goal.getRange('B2:B3').protect().setDescription('limits');
    const rule = app
      .newConditionalFormatRule()
      .whenFormulaSatisfied('=$A1>1')
      .setBackground('#ff0000')
      .setRanges([goal.getRange('A1:B3')])
      .build();
    goal.setConditionalFormatRules([rule]);
    goal.insertChart(goal.newChart().addRange(goal.getRange('A1:B3')).setPosition(1, 4, 0, 0).build());
    goal.getRange('C1').setValue('=WHEN()');
    expect(ss.protections().map((p) => p.sheet)).toEqual(['Goal', 'Goal']);

    book.deleteSheet(goal);
    expect(ss.protections()).toEqual([]);
    const again = book.insertSheet('Goal');
    expect(again.getProtections(app.ProtectionType.RANGE)).toHaveLength(0);
    expect(again.getProtections(app.ProtectionType.SHEET)).toHaveLength(0);
    expect(ss.conditionalRules('Goal')).toEqual([]);
    expect(ss.charts('Goal')).toEqual([]);
    again.getRange('C1').setValue(5);
    expect(ss.displayValues('Goal!A1:C1')).toEqual([['', '', '5']]);
    expect(ss.backgrounds('Goal!A1')).toEqual([['#ffffff']]);
  });
  it("other sheets' protections stay", () => {
    const ss = openLocalSpreadsheet({ code, sheets: [{ name: 'Keep' }, { name: 'Drop' }] });
    const book = ss.services.SpreadsheetApp.getActiveSpreadsheet();
    book.getSheetByName('Keep')?.getRange('A1').protect();
    const drop = book.getSheetByName('Drop');
    drop?.protect();
    if (drop) book.deleteSheet(drop);
    expect(ss.protections().map((p) => [p.sheet, p.a1])).toEqual([['Keep', 'A1']]);
  });
});

describe("Sheets' size limits, not the engine's: 10 million cells a spreadsheet (https://support.google.com/drive/answer/37603)", () => {
  const LIMIT_MESSAGE =
    'This action would increase the number of cells in the workbook above the limit of 10000000 cells.';

  it('a 50,000-row x 20-column report loads (the engine alone stops at 40,000 rows)', {
    timeout: 120_000,
  }, () => {
    const rows = Array.from({ length: 50_001 }, (_, r) =>
      Array.from({ length: 20 }, (_, c) => (r === 0 ? `Col ${c + 1}` : r + c / 100)),
    );
    const ss = openLocalSpreadsheet({ code: none, sheets: [{ name: 'Report', rows }] });
    expect(ss.size('Report')).toEqual({ rows: 50_001, cols: 20 });
    expect(ss.values('Report!T50001')).toEqual([[50_000.19]]);
    ss.type('Report!U1', '=SUM(A2:A50001)');
    expect(ss.values('Report!U1')).toEqual([[(50_000 * 50_001) / 2]]);
  });
  it('past 10 million cells: an entry is refused in words and nothing changes', () => {
    const ss = openLocalSpreadsheet({ code: none });
    // 26 columns x 384,616 rows is just over 10 million cells.
    expect(() => ss.type('A384616', 'x')).toThrow(LIMIT_MESSAGE);
    expect(ss.services.SpreadsheetApp.getActiveSheet().getMaxRows()).toBe(1000);
    ss.type('A384615', 'fits');
    expect(ss.values('A384615')).toEqual([['fits']]);
    expect(() => ss.services.SpreadsheetApp.getActiveSpreadsheet().insertSheet('More')).toThrow(
      LIMIT_MESSAGE,
    );
    expect(ss.sheetNames()).toEqual(['Sheet1']);
  });
  it('past 18,278 columns (ZZZ) too', () => {
    const ss = openLocalSpreadsheet({ code: none });
    const sheet = ss.services.SpreadsheetApp.getActiveSheet();
    expect(() => sheet.appendRow(Array.from({ length: 18_279 }, () => 1))).toThrow(
      'A sheet can have at most 18,278 columns (up to ZZZ).',
    );
  });
});

describe("number formats: the empty pattern resets to automatic (Sheets API: an unset pattern is the locale's default, https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/cells#NumberFormat)", () => {
  it("'' removes the format: getNumberFormat reads as a never-formatted cell, the value shows as General", () => {
    const ss = openLocalSpreadsheet({
      code: none,
      sheets: [{ name: 'Sheet1', rows: [[0.125, 0.125, 0.125]] }],
    });
    const range = ss.services.SpreadsheetApp.getActiveSheet().getRange('A1:C1');
    range.setNumberFormats([['0.00%', '0.00%', '0.00%']]);
    expect(ss.displayValues('A1:C1')).toEqual([['12.50%', '12.50%', '12.50%']]);
    range.setNumberFormats([['', 'General', '0.0']]);
    // General reads back as a never-formatted cell does (gas-fakes test/testsheets.js, live Apps Script).
    expect(range.getNumberFormats()).toEqual([['0.###############', '0.###############', '0.0']]);
    expect(ss.displayValues('A1:C1')).toEqual([['0.125', '0.125', '0.1']]);
    const untouched = ss.services.SpreadsheetApp.getActiveSheet().getRange('D1');
    expect(untouched.getNumberFormat()).toBe('0.###############');
  });
  it('after the reset a Date written to the cell gets its automatic date format again', () => {
    const ss = openLocalSpreadsheet({ code: none, timeZone: 'UTC' });
    const cell = ss.services.SpreadsheetApp.getActiveSheet().getRange('A1');
    cell.setNumberFormat('0.00');
    cell.setNumberFormat('');
    cell.setValue(new Date(Date.UTC(2024, 2, 15)));
    expect(cell.getNumberFormat()).toBe('m/d/yyyy');
    expect(ss.displayValues('A1')).toEqual([['3/15/2024']]);
  });
});
