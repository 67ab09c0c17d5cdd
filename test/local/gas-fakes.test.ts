// What a peer project's suite recorded on live Apps Script, run against the local spreadsheet. The
// peer: brucemcpherson/gas-fakes, whose tests run both on its fakes and on live Apps Script (its
// README); each case names the test file and section it comes from. An emulated method must agree;
// a method we do not emulate must keep throwing `not emulated`.
import { describe, expect, it } from 'vitest';
import { openLocalSpreadsheet } from '../../local/index.ts';

function app() {
  const ss = openLocalSpreadsheet({ code: 'function onOpen(e) {}', sheets: [{ name: 'S' }] });
  const { SpreadsheetApp, LockService } = ss.services as unknown as {
    SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    LockService: GoogleAppsScript.Lock.LockService;
  };
  const book = SpreadsheetApp.getActiveSpreadsheet();
  const sheet = book.getSheetByName('S') as GoogleAppsScript.Spreadsheet.Sheet;
  return { ss, SpreadsheetApp, LockService, book, sheet };
}

describe('gas-fakes test/testsheetsdeveloper.js, "A1 Notation Range Parsing"', () => {
  it('keeps whole rows and whole columns in their form, and normalises reversed ones', () => {
    const { sheet } = app();
    const rows = sheet.getRange('5:7');
    expect([rows.getNumRows(), rows.getNumColumns(), rows.getA1Notation()]).toEqual([
      3,
      sheet.getMaxColumns(),
      '5:7',
    ]);
    const cols = sheet.getRange('D:F');
    expect([cols.getNumRows(), cols.getNumColumns(), cols.getA1Notation()]).toEqual([
      sheet.getMaxRows(),
      3,
      'D:F',
    ]);
    expect(sheet.getRange('$C$3').getA1Notation()).toBe('C3');
    expect(sheet.getRange('S!E10:F12').getA1Notation()).toBe('E10:F12');
    expect(sheet.getRange('C5:B2').getA1Notation()).toBe('B2:C5');
    expect(sheet.getRange('5:2').getA1Notation()).toBe('2:5');
    expect(sheet.getRange('D:B').getA1Notation()).toBe('B:D');
  });

  it('reads a named range over whole columns back open (what Prepare for sharing parses)', () => {
    const { ss, book, sheet } = app();
    book.setNamedRange('Spend', sheet.getRange('D:F'));
    expect(book.getRangeByName('Spend')?.getA1Notation()).toBe('D:F');
    expect(ss.namedRanges()).toEqual([{ name: 'Spend', a1: 'S!D:F' }]);
    sheet.getRange('D2').setValue(5);
    sheet.getRange('E900').setValue(7);
    sheet.getRange('A1').setFormula('=SUM(Spend)');
    expect(sheet.getRange('A1').getValue()).toBe(12);
  });
});

describe('gas-fakes test/testlock.js, "Lock timeout failures"', () => {
  it('tryLock(0) and waitLock(0) acquire; a negative timeout fails: false, or "Lock timeout"', () => {
    const { LockService } = app();
    const lock = LockService.getScriptLock();
    expect(lock.tryLock(0)).toBe(true);
    lock.releaseLock();
    expect(lock.tryLock(-100)).toBe(false);
    expect(lock.hasLock()).toBe(false);
    lock.waitLock(0);
    expect(lock.hasLock()).toBe(true);
    lock.releaseLock();
    expect(() => lock.waitLock(-100)).toThrow(/Lock timeout/);
    expect(lock.hasLock()).toBe(false);
  });
});

describe('gas-fakes test/testsheetsvui.js (offset)', () => {
  it('refuses zero rows or columns in offset, naming which', () => {
    const { sheet } = app();
    const range = sheet.getRange('B2:D4');
    expect(() => range.offset(0, 0, 0)).toThrow(/number of rows/);
    expect(() => range.offset(0, 0, 1, 0)).toThrow(/number of columns/);
    expect(range.offset(1, 1, 1, 1).getA1Notation()).toBe('C3');
    expect(range.offset(1, 1).getNumRows()).toBe(3);
  });
});

describe('gas-fakes test/testsheets.js, "Sheet clearing methods"', () => {
  it('Sheet.clear() clears values and formats, keeps notes and data validations', () => {
    const { SpreadsheetApp, sheet } = app();
    const range = sheet.getRange('A1:B1');
    range.setValues([['a', 'b']]);
    range.setBackgrounds([['#ff0000', '#00ff00']]);
    range.setNotes([['n1', 'n2']]);
    range.setDataValidation(SpreadsheetApp.newDataValidation().requireValueInList(['a', 'b']).build());
    sheet.clear();
    expect(range.getValues()).toEqual([['', '']]);
    expect(range.getBackgrounds()).toEqual([['#ffffff', '#ffffff']]);
    expect(range.getNotes()).toEqual([['n1', 'n2']]);
    expect(range.getDataValidations()[0]?.[0]).toBeTruthy();
  });
});

describe('gas-fakes test/testsheets.js, number formats', () => {
  it('a number format set as general reads back 0.###############', () => {
    const { sheet } = app();
    const cell = sheet.getRange('A1');
    cell.setNumberFormat('general');
    expect(cell.getNumberFormat()).toBe('0.###############');
    cell.setNumberFormat('General');
    expect(cell.getNumberFormat()).toBe('0.###############');
    cell.setNumberFormat('0.#');
    expect(cell.getNumberFormat()).toBe('0.#');
  });
});

describe('gas-fakes test/testsheetssets.js, "Color Name Support"', () => {
  it('takes CSS colour names, any case, in setBackground(s) and setFontColor(s), read back as hex', () => {
    const { sheet } = app();
    const range = sheet.getRange('A1:C1');
    range.setBackgrounds([['cornflowerblue', 'red', 'darkslategrey']]);
    range.setFontColors([['lightcoral', 'navy', 'black']]);
    expect(range.getBackgrounds()).toEqual([['#6495ed', '#ff0000', '#2f4f4f']]);
    expect(range.getFontColors()).toEqual([['#f08080', '#000080', '#000000']]);
    sheet.getRange('A2').setBackground('LIGHTCORAL');
    expect(sheet.getRange('A2').getBackground()).toBe('#f08080');
  });
});

describe('gas-fakes test/testsheetsdatavalidations.js, "data validation basics"', () => {
  it('a new builder has no criteria and a null help text; checkbox values are as given', () => {
    const { SpreadsheetApp } = app();
    const builder = SpreadsheetApp.newDataValidation();
    expect(builder.getCriteriaType()).toBe(null);
    expect(builder.getCriteriaValues()).toEqual([]);
    expect(builder.getHelpText()).toBe(null);
    expect(builder.getAllowInvalid()).toBe(true);
    expect(String(builder.requireCheckbox().getCriteriaType())).toBe('CHECKBOX');
    expect(builder.getCriteriaValues()).toEqual([]);
    expect(builder.requireCheckbox('A').getCriteriaValues()).toEqual(['A']);
    expect(builder.requireCheckbox('A', 'B').getCriteriaValues()).toEqual(['A', 'B']);
    expect(builder.setHelpText('foo').getHelpText()).toBe('foo');
    const built = builder.build();
    expect(String(built)).toBe('DataValidation');
    expect(built.getCriteriaValues()).toEqual(['A', 'B']);
    expect(built.getHelpText()).toBe('foo');
  });

  it('requireValueInList keeps the list and the dropdown flag', () => {
    const { SpreadsheetApp } = app();
    const rule = SpreadsheetApp.newDataValidation()
      .requireValueInList(['foo', 'bar', 'foobar'], true)
      .build();
    expect(String(rule.getCriteriaType())).toBe('VALUE_IN_LIST');
    expect(rule.getCriteriaValues()).toEqual([['foo', 'bar', 'foobar'], true]);
  });

  it('names the DATE_* criteria as themselves', () => {
    const { SpreadsheetApp } = app();
    const C = SpreadsheetApp.DataValidationCriteria;
    expect([C.DATE_AFTER, C.DATE_BEFORE, C.DATE_BETWEEN, C.DATE_IS_VALID_DATE].map(String)).toEqual([
      'DATE_AFTER',
      'DATE_BEFORE',
      'DATE_BETWEEN',
      'DATE_IS_VALID_DATE',
    ]);
  });
});

describe('gas-fakes test/testconditionalformat.js, "ConditionalFormatRule class methods"', () => {
  it('names the rule and condition classes and keeps a rule built with colours and bold', () => {
    const { SpreadsheetApp, sheet } = app();
    const rule = SpreadsheetApp.newConditionalFormatRule()
      .whenNumberGreaterThan(50)
      .setBackground('#FF0000')
      .setFontColor('#FFFFFF')
      .setBold(true)
      .setRanges([sheet.getRange('A1:B10')])
      .build();
    expect(String(rule)).toBe('ConditionalFormatRule');
    sheet.setConditionalFormatRules([rule]);
    const condition = sheet.getConditionalFormatRules()[0]?.getBooleanCondition();
    expect(String(condition)).toBe('ConditionalFormatBooleanCondition');
    expect(String(condition?.getCriteriaType())).toBe('NUMBER_GREATER_THAN');
    expect(condition?.getCriteriaValues()).toEqual([50]);
    expect(condition?.getBold()).toBe(true);
  });
});

describe('gas-fakes test/testsheets.js, "Protection"', () => {
  it('a new sheet protection with a warning only lists no editors and can be edited', () => {
    const { sheet } = app();
    const p = sheet.protect().setDescription('sample1').setWarningOnly(true);
    expect(p.getDescription()).toBe('sample1');
    expect(p.canEdit()).toBe(true);
    expect(p.getEditors().length).toBe(0);
    expect(String(p.getProtectionType())).toBe('SHEET');
    expect(p.isWarningOnly()).toBe(true);
  });
});

describe('gas-fakes test/testsheets.js, "setting and repeating cell formats"', () => {
  it('horizontal alignment normal reads back general-left, null general', () => {
    const { sheet } = app();
    const cell = sheet.getRange('A1');
    cell.setHorizontalAlignment('normal');
    expect(cell.getHorizontalAlignment()).toBe('general-left');
    cell.setHorizontalAlignment(null);
    expect(cell.getHorizontalAlignment()).toBe('general');
    cell.setHorizontalAlignment('center');
    expect(cell.getHorizontalAlignment()).toBe('center');
  });
});

describe('methods the local spreadsheet does not emulate keep saying so', () => {
  it('throws not emulated for builder methods outside its scope', () => {
    const { SpreadsheetApp } = app();
    expect(() => SpreadsheetApp.newDataValidation().requireNumberEqualTo(5)).toThrow(
      'not emulated: DataValidationBuilder.requireNumberEqualTo',
    );
  });
});

describe('gas-fakes test/testsheets.js "getRange with R1C1 notation" and testsheetssets.js "clearing ranges"', () => {
  it('reads R1C1 strings (any case, reversed ones normalised) and a leading ! as this sheet', () => {
    const { sheet } = app();
    const one = sheet.getRange('R5C3');
    expect([one.getA1Notation(), one.getRow(), one.getColumn()]).toEqual(['C5', 5, 3]);
    const box = sheet.getRange('R2C2:R4C5');
    expect([box.getA1Notation(), box.getNumRows(), box.getNumColumns()]).toEqual(['B2:E4', 3, 4]);
    expect(sheet.getRange('R10C5:R1C2').getA1Notation()).toBe('B1:E10');
    expect(sheet.getRange('r1c1:r2c2').getA1Notation()).toBe('A1:B2');
    expect(sheet.getRange('!c2:e5').getA1Notation()).toBe('C2:E5');
  });
});
