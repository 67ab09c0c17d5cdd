// Sheet.copyTo within one spreadsheet (https://developers.google.com/apps-script/reference/spreadsheet/sheet#copyTo(Spreadsheet)):
// "Copy of <name>", with values, formulas, formats, notes, validations and conditional formats.
import { describe, expect, it } from 'vitest';
import { openLocalSpreadsheet } from '../../local/index.ts';

const CODE = 'function onOpen(e) {}';

describe('Sheet.copyTo', () => {
  it('copies values, formulas, formats, notes, validations and conditional formats; the original stays', () => {
    const ss = openLocalSpreadsheet({
      code: CODE,
      sheets: [
        { name: 'Data', rows: [[1, 2]] },
        { name: 'Ads', rows: [["'00123", 40, '=B1*2', '=Data!A1+B1'], ['=SEQUENCE(2)']] },
      ],
    });
    const { SpreadsheetApp } = ss.services;
    const book = SpreadsheetApp.getActiveSpreadsheet();
    const ads = book.getSheetByName('Ads') as GoogleAppsScript.Spreadsheet.Sheet;
    ads.getRange('B1').setNumberFormat('$0.00').setNote('spend').setBackground('#ffff00');
    ads
      .getRange('B1')
      .setDataValidation(
        SpreadsheetApp.newDataValidation().requireNumberGreaterThan(0).setAllowInvalid(false).build(),
      );
    ads.setConditionalFormatRules([
      SpreadsheetApp.newConditionalFormatRule()
        .whenNumberGreaterThan(10)
        .setBackground('#ff0000')
        .setRanges([ads.getRange('C1')])
        .build(),
    ]);
    ads.setFrozenRows(1);
    const copy = ads.copyTo(book);
    expect(copy.getName()).toBe('Copy of Ads');
    expect(ss.sheetNames()).toEqual(['Data', 'Ads', 'Copy of Ads']);
    expect(ss.activeSheetName()).toBe('Data');
    const q = "'Copy of Ads'";
    expect(ss.values(`${q}!A1:D3`)).toEqual(ss.values('Ads!A1:D3'));
    expect(ss.values(`${q}!A1:A3`)).toEqual([['00123'], [1], [2]]);
    expect(ss.formulas(`${q}!A1:D2`)).toEqual(ss.formulas('Ads!A1:D2'));
    expect(ss.numberFormats(`${q}!B1`)).toEqual([['$0.00']]);
    expect(ss.notes(`${q}!B1`)).toEqual([['spend']]);
    expect(ss.dataValidations('Copy of Ads').map((v) => [v.a1, v.criteria])).toEqual([
      ['B1', 'NUMBER_GREATER_THAN'],
    ]);
    expect(ss.conditionalRules('Copy of Ads').map((r) => r.ranges)).toEqual([['C1']]);
    expect(ss.backgrounds(`${q}!B1:C1`)).toEqual([['#ffff00', '#ff0000']]);
    expect(ss.frozenRows('Copy of Ads')).toBe(1);

    // The copy is its own sheet: its relative references point into it, and it changes alone.
    ss.type(`${q}!B1`, '5');
    expect(ss.values(`${q}!C1`)).toEqual([[10]]);
    expect(ss.values('Ads!C1')).toEqual([[80]]);
    expect(ss.conditionalRules('Ads').map((r) => r.ranges)).toEqual([['C1']]);
  });

  it('says what it does not emulate', () => {
    const ss = openLocalSpreadsheet({ code: CODE, sheets: [{ name: 'Ads' }, { name: 'Copy of Ads' }] });
    const book = ss.services.SpreadsheetApp.getActiveSpreadsheet();
    const ads = book.getSheetByName('Ads') as GoogleAppsScript.Spreadsheet.Sheet;
    expect(() => ads.copyTo(book)).toThrow(
      /^not emulated: Sheet.copyTo while a sheet named "Copy of Ads" exists/,
    );
    expect(ss.sheetNames()).toEqual(['Ads', 'Copy of Ads']);
  });

  it("a copy's chart reads the copy, and still does once the copy is renamed (a client copy)", () => {
    const ss = openLocalSpreadsheet({
      code: CODE,
      sheets: [
        {
          name: 'Ads',
          rows: [
            ['Day', 'Spend'],
            [1, 40],
          ],
        },
      ],
    });
    const book = ss.services.SpreadsheetApp.getActiveSpreadsheet();
    const ads = book.getSheetByName('Ads') as GoogleAppsScript.Spreadsheet.Sheet;
    ads.insertChart(
      ads.newChart().asLineChart().addRange(ads.getRange('A1:B2')).setPosition(1, 4, 0, 0).build(),
    );
    const copy = ads.copyTo(book);
    expect(ss.charts('Copy of Ads').map((c) => c.ranges)).toEqual([["'Copy of Ads'!A1:B2"]]);
    copy.setName('Ads (client)');
    expect(ss.charts('Ads (client)').map((c) => c.ranges)).toEqual([["'Ads (client)'!A1:B2"]]);
    expect(ss.charts('Ads').map((c) => c.ranges)).toEqual([['Ads!A1:B2']]);
  });
});
