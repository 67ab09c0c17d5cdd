// Rows and columns inserted, deleted and sorted anywhere, and developer metadata, as Sheets does them.
import { describe, expect, it } from 'vitest';
import { openLocalSpreadsheet } from '../../local/index.ts';

function report() {
  const ss = openLocalSpreadsheet({ runOnOpen: false });
  ss.paste('Sheet1!A1', [
    ['Campaign', 'Spend', 'Leads', 'CPL'],
    ['Alpha', '100', '4', '=B2/C2'],
    ['Beta', '300', '2', '=B3/C3'],
    ['Gamma', '50', '5', '=B4/C4'],
    ['Total', '=SUM(B2:B4)', '=SUM(C2:C4)', '=B5/C5'],
  ]);
  return ss;
}

describe('Sheet.insertRowsBefore/After and deleteRows anywhere (https://developers.google.com/apps-script/reference/spreadsheet/sheet#insertRowsBefore(Integer,Integer))', () => {
  it('moves cells, formats and notes down; formulas pointing at them follow, and a SUM over the block widens', () => {
    const ss = report();
    const sheet = ss.services.SpreadsheetApp.getActiveSheet();
    sheet.getRange('B3').setNumberFormat('$#,##0').setNote('check');
    sheet.insertRowsBefore(3, 2);
    expect(sheet.getMaxRows()).toBe(1002);
    expect(ss.values('Sheet1!A3:A7').map((r) => r[0])).toEqual(['', '', 'Beta', 'Gamma', 'Total']);
    expect(ss.formulas('Sheet1!B7:D7')).toEqual([['=SUM(B2:B6)', '=SUM(C2:C6)', '=B7/C7']]);
    expect(ss.formulas('Sheet1!D5')).toEqual([['=B5/C5']]);
    expect(ss.notes('Sheet1!B5')).toEqual([['check']]);
    expect(ss.numberFormats('Sheet1!B5')[0]?.[0]).toBe('$#,##0');
    expect(ss.notes('Sheet1!B3')).toEqual([['']]);
    sheet.insertRowAfter(1);
    expect(ss.values('Sheet1!A2:A3')).toEqual([[''], ['Alpha']]);
  });
  it('deleting rows shrinks ranges and turns a reference to a deleted cell into #REF!', () => {
    const ss = report();
    const sheet = ss.services.SpreadsheetApp.getActiveSheet();
    ss.type('Sheet1!F1', '=B3');
    sheet.deleteRows(3, 1);
    expect(ss.formulas('Sheet1!B4')).toEqual([['=SUM(B2:B3)']]);
    expect(ss.values('Sheet1!B4')).toEqual([[150]]);
    expect(ss.values('Sheet1!F1')).toEqual([['#REF!']]);
    expect(() => sheet.deleteRows(999, 5)).toThrow('out of bounds');
    expect(() => sheet.deleteRows(1, 999)).toThrow('not possible to delete all');
    // A formula spilling to the sheet's end: the data range stays inside the smaller grid.
    ss.type('Sheet1!G1', '=ARRAYFORMULA(B1:B*2)');
    sheet.deleteRows(2, 1);
    expect(sheet.getMaxRows()).toBe(998);
    expect(sheet.getLastRow()).toBe(998);
    expect(sheet.getDataRange().getNumRows()).toBe(998);
  });
  it('conditional formats, validations, protections, named ranges, charts, merges and hidden rows move with their rows', () => {
    const ss = report();
    const app = ss.services.SpreadsheetApp;
    const sheet = app.getActiveSheet();
    const rule = app
      .newConditionalFormatRule()
      .whenFormulaSatisfied('=$D2>$B$5')
      .setBackground('#f4cccc')
      .setRanges([sheet.getRange('A2:D4')])
      .build();
    sheet.setConditionalFormatRules([rule]);
    sheet
      .getRange('C2:C4')
      .setDataValidation(app.newDataValidation().requireNumberGreaterThanOrEqualTo(0).build());
    sheet.getRange('B5').protect().setDescription('total');
    ss.defineName('Spend', 'Sheet1!B2:B4');
    const chart = sheet
      .newChart()
      .asColumnChart()
      .addRange(sheet.getRange('A1:B4'))
      .setPosition(7, 1, 0, 0)
      .build();
    sheet.insertChart(chart);
    sheet.getRange('A6:B6').merge();
    sheet.hideRows(4);
    sheet.insertRowsBefore(2, 1);
    expect(ss.conditionalRules('Sheet1')[0]).toMatchObject({ ranges: ['A3:D5'], formula: '=$D3>$B$6' });
    expect(ss.dataValidations('Sheet1').map((v) => v.a1)).toEqual(['C3', 'C4', 'C5']);
    expect(ss.protections()[0]?.a1).toBe('B6');
    expect(ss.namedRanges()).toContainEqual({ name: 'Spend', a1: 'Sheet1!B3:B5' });
    expect(ss.charts('Sheet1')[0]?.ranges).toEqual(['Sheet1!A1:B5']);
    expect(ss.charts('Sheet1')[0]?.position?.row).toBe(8);
    expect(ss.merges('Sheet1')).toEqual(['A7:B7']);
    expect(sheet.isRowHiddenByUser(5)).toBe(true);
    expect(sheet.isRowHiddenByUser(4)).toBe(false);
    sheet.deleteRows(3, 3);
    expect(ss.conditionalRules('Sheet1')).toEqual([]);
    expect(ss.dataValidations('Sheet1')).toEqual([]);
    expect(ss.namedRanges().map((n) => n.name)).not.toContain('Spend');
    expect(ss.protections()[0]?.a1).toBe('B3');
  });
});

describe('Sheet.insertColumnsBefore and deleteColumns (https://developers.google.com/apps-script/reference/spreadsheet/sheet#insertColumnsBefore(Integer,Integer))', () => {
  it('moves columns right and their widths; formulas follow', () => {
    const ss = report();
    const sheet = ss.services.SpreadsheetApp.getActiveSheet();
    sheet.setColumnWidth(4, 180);
    sheet.insertColumnsBefore(2, 1);
    expect(sheet.getMaxColumns()).toBe(27);
    expect(ss.values('Sheet1!A1:E1')).toEqual([['Campaign', '', 'Spend', 'Leads', 'CPL']]);
    expect(ss.formulas('Sheet1!E2')).toEqual([['=C2/D2']]);
    expect(ss.columnWidth('Sheet1', 5)).toBe(180);
    sheet.deleteColumn(3);
    expect(ss.values('Sheet1!D2')).toEqual([['#REF!']]);
    sheet.insertColumnAfter(1);
    expect(ss.values('Sheet1!A1:C1')).toEqual([['Campaign', '', '']]);
  });
});

describe('Range.sort (https://developers.google.com/apps-script/reference/spreadsheet/range#sort(Object))', () => {
  it('orders rows by a sheet column; each row keeps its own formulas and formats; blanks go last', () => {
    const ss = report();
    const sheet = ss.services.SpreadsheetApp.getActiveSheet();
    sheet.getRange('A3').setBackground('#ff0000');
    ss.type('Sheet1!A6', 'Delta');
    sheet.getRange('A2:D6').sort({ column: 2, ascending: false });
    expect(ss.values('Sheet1!A2:A6').map((r) => r[0])).toEqual(['Total', 'Beta', 'Alpha', 'Gamma', 'Delta']);
    expect(ss.formulas('Sheet1!D3')).toEqual([['=B3/C3']]);
    expect(ss.values('Sheet1!D3')).toEqual([[150]]);
    expect(ss.backgrounds('Sheet1!A3')).toEqual([['#ff0000']]);
    sheet.getRange('A2:D6').sort(1);
    expect(ss.values('Sheet1!A2:A6').map((r) => r[0])).toEqual(['Alpha', 'Beta', 'Delta', 'Gamma', 'Total']);
    expect(() => sheet.getRange('A2:D6').sort(7)).toThrow('outside the range');
  });
});

describe('filters and hidden rows (https://developers.google.com/apps-script/reference/spreadsheet/filter)', () => {
  it('a filter hides rows showing a hidden value; one filter per sheet; it moves with inserted rows', () => {
    const ss = report();
    const app = ss.services.SpreadsheetApp;
    const sheet = app.getActiveSheet();
    const filter = sheet.getRange('A1:D5').createFilter();
    filter.setColumnFilterCriteria(1, app.newFilterCriteria().setHiddenValues(['Beta']).build());
    expect(sheet.isRowHiddenByFilter(3)).toBe(true);
    expect(sheet.isRowHiddenByFilter(2)).toBe(false);
    expect(sheet.isRowHiddenByUser(3)).toBe(false);
    expect(() => sheet.getRange('A1:B2').createFilter()).toThrow('already has a filter');
    sheet.insertRowsBefore(1, 1);
    expect(sheet.getFilter()?.getRange().getA1Notation()).toBe('A2:D6');
    expect(sheet.isRowHiddenByFilter(4)).toBe(true);
    sheet.getFilter()?.remove();
    expect(sheet.getFilter()).toBeNull();
  });
});

describe('DeveloperMetadata (https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata)', () => {
  it('on a whole column: found by key, located by its column, moved by inserted columns, deleted with it', () => {
    const ss = report();
    const app = ss.services.SpreadsheetApp;
    const sheet = app.getActiveSheet();
    sheet.getRange('D:D').addDeveloperMetadata('flags.status', 'v1');
    sheet.addDeveloperMetadata('flags.sheet');
    const found = sheet.createDeveloperMetadataFinder().withKey('flags.status').find();
    expect(found.map((m) => m.getValue())).toEqual(['v1']);
    expect(String(found[0]?.getLocation().getLocationType())).toBe('COLUMN');
    expect(found[0]?.getLocation().getColumn()?.getColumn()).toBe(4);
    expect(found[0]?.getLocation().getRow()).toBeNull();
    sheet.insertColumnsBefore(2, 2);
    expect(ss.user.metadata().map((m) => m.location)).toEqual(['COLUMN Sheet1!F:F', 'SHEET Sheet1']);
    expect(
      sheet
        .getRange('F:F')
        .getDeveloperMetadata()
        .map((m) => m.getKey()),
    ).toEqual(['flags.status']);
    sheet.insertColumnsAfter(6, 1);
    expect(found[0]?.getLocation().getColumn()?.getColumn()).toBe(6);
    sheet.deleteColumns(6, 1);
    expect(ss.user.metadata().map((m) => m.key)).toEqual(['flags.sheet']);
    expect(() => found[0]?.getKey()).toThrow('no longer exists');
  });
  it('on rows: moves with rows inserted above, survives a delete of some of its rows, goes with the last', () => {
    const ss = report();
    const sheet = ss.services.SpreadsheetApp.getActiveSheet();
    sheet
      .getRange('2:3')
      .addDeveloperMetadata('rows', ss.services.SpreadsheetApp.DeveloperMetadataVisibility.PROJECT);
    ss.user.insertRows('Sheet1', 1, 1);
    expect(ss.user.metadata()).toMatchObject([
      { key: 'rows', value: null, visibility: 'PROJECT', location: 'ROW Sheet1!3:4' },
    ]);
    ss.user.deleteRows('Sheet1', 4);
    expect(ss.user.metadata()[0]?.location).toBe('ROW Sheet1!3:3');
    const range = sheet.getRange('A1:D9');
    expect(range.createDeveloperMetadataFinder().find()).toHaveLength(0);
    expect(range.createDeveloperMetadataFinder().onIntersectingLocations().find()).toHaveLength(1);
    ss.user.deleteRows('Sheet1', 3);
    expect(ss.user.metadata()).toEqual([]);
  });
  it('refuses a range that is not whole rows or columns, and an empty key', () => {
    const ss = report();
    const sheet = ss.services.SpreadsheetApp.getActiveSheet();
    expect(() => sheet.getRange('B2:C3').addDeveloperMetadata('x')).toThrow('whole rows or columns');
    expect(() => sheet.getRange('B:B').addDeveloperMetadata('')).toThrow('non-empty key');
    expect(() => sheet.createDeveloperMetadataFinder().onIntersectingLocations()).toThrow('range-scoped');
  });
  it('a deleted sheet takes its metadata; a renamed one keeps it; finder with* calls are not document calls', () => {
    const ss = report();
    const app = ss.services.SpreadsheetApp;
    const other = app.getActive().insertSheet('Other');
    other.getRange('A:A').addDeveloperMetadata('gone');
    app.getActive().addDeveloperMetadata('doc');
    ss.user.renameSheet('Sheet1', 'Report 1');
    app.getActive().deleteSheet(other);
    expect(ss.user.metadata().map((m) => m.key)).toEqual(['doc']);
    ss.calls.reset();
    app
      .getActive()
      .createDeveloperMetadataFinder()
      .withKey('doc')
      .withLocationType(app.DeveloperMetadataLocationType.SPREADSHEET)
      .find();
    expect(ss.calls.split()).toEqual({ document: 3, builders: 2 });
  });
});

describe('Range.clear(options) and RangeList.clear (https://developers.google.com/apps-script/reference/spreadsheet/range#clear(Object))', () => {
  it('clears what each ...Only flag names, together; the rest of the cell stays', () => {
    const ss = report();
    const app = ss.services.SpreadsheetApp;
    const sheet = app.getActiveSheet();
    const cell = sheet.getRange('B2');
    cell.setNumberFormat('$#,##0').setNote('keep me');
    cell.setDataValidation(app.newDataValidation().requireNumberGreaterThanOrEqualTo(0).build());
    cell.clear({ formatOnly: true, validationsOnly: true });
    expect(ss.values('Sheet1!B2')).toEqual([[100]]);
    expect(ss.numberFormats('Sheet1!B2')).toEqual(ss.numberFormats('Sheet1!B9'));
    expect(ss.dataValidations('Sheet1')).toEqual([]);
    expect(ss.notes('Sheet1!B2')).toEqual([['keep me']]);
    sheet.getRangeList(['B3', 'C3']).clear({ contentsOnly: true });
    expect(ss.values('Sheet1!B3:C3')).toEqual([['', '']]);
    expect(() => cell.clear({ commentsOnly: true } as never)).toThrow(
      'not emulated: Range.clear option commentsOnly',
    );
  });
});

describe('rows and columns inserted across spilled arrays (https://support.google.com/docs/answer/3093275)', () => {
  // HyperFormula 3.5 keeps a spilled result in place and moves its cells back over the inserted
  // ones; when another formula reads a range over that result, it has put empty cells of its own
  // there first and threw "Cannot move cell. Destination already occupied." (the goal sheet's Status
  // column read by its pace block). In Sheets both results simply recompute over the new rows.
  function spills(first: string, reader: string) {
    const ss = openLocalSpreadsheet({ runOnOpen: false });
    ss.type('Sheet1!A1', first);
    ss.type('Sheet1!B1', reader);
    return { ss, user: ss.user, column: (a1: string) => ss.values(a1).map((r) => r[0]) };
  }

  it('inserting rows inside two ARRAYFORMULA spills, one reading the other: both recompute, the range widens', () => {
    const t = spills('=ARRAYFORMULA(SEQUENCE(10))', '=ARRAYFORMULA(A1:A10*2)');
    t.user.insertRows('Sheet1', 5, 2);
    expect(t.ss.formulas('Sheet1!A1:B1')).toEqual([
      ['=ARRAYFORMULA(SEQUENCE(10))', '=ARRAYFORMULA(A1:A12*2)'],
    ]);
    expect(t.column('Sheet1!A1:A12')).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, '', '']);
    // A11:A12 are blank: blank times two is 0.
    expect(t.column('Sheet1!B1:B13')).toEqual([2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 0, 0, '']);
    expect(
      t.ss
        .formulas('Sheet1!A2:B12')
        .flat()
        .every((f) => f === ''),
    ).toBe(true);
  });

  it('a plain SUM over a spill is enough; open-ended ranges stay open and reach the new last row', () => {
    const t = spills('=ARRAYFORMULA(SEQUENCE(10))', '=SUM(A1:A10)');
    t.ss.type('Sheet1!C1', '=ARRAYFORMULA(IF(A1:A="","",A1:A*3))');
    t.user.insertRows('Sheet1', 2, 3);
    expect(t.ss.formulas('Sheet1!B1:C1')).toEqual([['=SUM(A1:A13)', '=ARRAYFORMULA(IF(A1:A="","",A1:A*3))']]);
    expect(t.ss.values('Sheet1!B1')).toEqual([[55]]);
    expect(t.column('Sheet1!C1:C11')).toEqual([3, 6, 9, 12, 15, 18, 21, 24, 27, 30, '']);
    // At the sheet's last row, and again at row 2.
    t.user.insertRows('Sheet1', 1003, 1);
    t.user.insertRows('Sheet1', 2, 1);
    expect(t.ss.values('Sheet1!B1')).toEqual([[55]]);
    expect(t.ss.formulas('Sheet1!C1')).toEqual([['=ARRAYFORMULA(IF(A1:A="","",A1:A*3))']]);
    expect(t.column('Sheet1!C9:C11')).toEqual([27, 30, '']);
  });

  it('inserting columns inside a spill read by another spill', () => {
    const ss = openLocalSpreadsheet({ runOnOpen: false });
    ss.type('Sheet1!A1', '=ARRAYFORMULA(SEQUENCE(1, 6))');
    ss.type('Sheet1!A2', '=ARRAYFORMULA(A1:F1*2)');
    ss.user.insertColumns('Sheet1', 3, 2);
    expect(ss.formulas('Sheet1!A2')).toEqual([['=ARRAYFORMULA(A1:H1*2)']]);
    expect(ss.values('Sheet1!A1:I2')).toEqual([
      [1, 2, 3, 4, 5, 6, '', '', ''],
      [2, 4, 6, 8, 10, 12, 0, 0, ''],
    ]);
  });

  it('deleting rows and columns inside spills read by other spills', () => {
    const t = spills('=ARRAYFORMULA(SEQUENCE(10))', '=ARRAYFORMULA(A1:A10*2)');
    t.user.deleteRows('Sheet1', 5, 2);
    expect(t.ss.formulas('Sheet1!B1')).toEqual([['=ARRAYFORMULA(A1:A8*2)']]);
    expect(t.column('Sheet1!A1:A11')).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, '']);
    expect(t.column('Sheet1!B1:B9')).toEqual([2, 4, 6, 8, 10, 12, 14, 16, '']);
    const ss = openLocalSpreadsheet({ runOnOpen: false });
    ss.type('Sheet1!A1', '=ARRAYFORMULA(SEQUENCE(1, 6))');
    ss.type('Sheet1!A2', '=ARRAYFORMULA(A1:F1*2)');
    ss.user.deleteColumns('Sheet1', 2, 2);
    expect(ss.formulas('Sheet1!A2')).toEqual([['=ARRAYFORMULA(A1:D1*2)']]);
    expect(ss.values('Sheet1!A1:G2')).toEqual([
      [1, 2, 3, 4, 5, 6, ''],
      [2, 4, 6, 8, '', '', ''],
    ]);
  });
});
