// PropertiesService quotas, LockService and data validation.
import { describe, expect, it } from 'vitest';
import { openLocalSpreadsheet } from '../../local/index.ts';

describe('PropertiesService limits (https://developers.google.com/apps-script/guides/services/quotas#current_limitations)', () => {
  const code = `
    function put(k, v) { PropertiesService.getDocumentProperties().setProperty(k, v); }
    function get(k) { return PropertiesService.getDocumentProperties().getProperty(k); }
  `;
  it('stores strings per store and returns null for absent keys', () => {
    const ss = openLocalSpreadsheet({ code });
    ss.run('put', 'goal', '{"leads":50}');
    expect(ss.run('get', 'goal')).toBe('{"leads":50}');
    expect(ss.run('get', 'nope')).toBeNull();
    expect(ss.properties('document')).toEqual({ goal: '{"leads":50}' });
    expect(ss.properties('user')).toEqual({});
  });
  it('a value over 9 KB throws and stores nothing', () => {
    const ss = openLocalSpreadsheet({ code });
    ss.run('put', 'ok', 'x'.repeat(9 * 1024));
    expect(() => ss.run('put', 'big', 'x'.repeat(9 * 1024 + 1))).toThrow(/Argument too large/);
    expect(Object.keys(ss.properties('document'))).toEqual(['ok']);
  });
  it('a store over 500 KB in total throws', () => {
    const ss = openLocalSpreadsheet({ code });
    for (let i = 0; i < 55; i++) ss.run('put', `k${i}`, 'x'.repeat(9200));
    expect(() => ss.run('put', 'k55', 'x'.repeat(9200))).toThrow(/exceeded the property storage quota/);
  });
});

describe('LockService (https://developers.google.com/apps-script/reference/lock/lock)', () => {
  const code = `
    function lockIt() { var l = LockService.getDocumentLock(); var ok = l.tryLock(1000); var had = l.hasLock(); l.releaseLock(); return [ok, had, l.hasLock()]; }
    function waitIt() { LockService.getScriptLock().waitLock(1000); return 'done'; }
  `;
  it('acquires, reports and releases', () => {
    const ss = openLocalSpreadsheet({ code });
    expect(ss.run('lockIt')).toEqual([true, true, false]);
  });
  it('held by another execution: tryLock is false and waitLock throws', () => {
    const ss = openLocalSpreadsheet({ code });
    ss.holdLock('document');
    ss.holdLock('script');
    expect(ss.run('lockIt')).toEqual([false, false, false]);
    expect(() => ss.run('waitIt')).toThrow(/Lock timeout/);
  });
});

describe('data validation (https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder)', () => {
  const code = `
    function setup() {
      var s = SpreadsheetApp.getActiveSheet();
      s.getRange('A1:A3').setDataValidation(SpreadsheetApp.newDataValidation().requireValueInList(['Leads', 'Sales'])
        .setAllowInvalid(false).setHelpText('Pick Leads or Sales').build());
      s.getRange('B1:B3').setDataValidation(SpreadsheetApp.newDataValidation().requireNumberGreaterThanOrEqualTo(0).build());
      s.getRange('C1').setDataValidation(SpreadsheetApp.newDataValidation().requireNumberBetween(1, 365).setAllowInvalid(false).build());
      var v = s.getRange('A2').getDataValidation();
      return [String(v.getCriteriaType()), v.getCriteriaValues(), v.getAllowInvalid(), v.getHelpText()];
    }
    function scriptWrite() { SpreadsheetApp.getActiveSheet().getRange('A1').setValue('Clicks'); }
  `;
  it('rules read back with their criteria', () => {
    const ss = openLocalSpreadsheet({ code });
    expect(ss.run('setup')).toEqual([
      'VALUE_IN_LIST',
      [['Leads', 'Sales'], true],
      false,
      'Pick Leads or Sales',
    ]);
    expect(ss.dataValidations('Sheet1').map((v) => v.a1)).toEqual(['A1', 'B1', 'C1', 'A2', 'B2', 'A3', 'B3']);
  });
  it('typing rejected input throws with the help text and leaves the cell unchanged', () => {
    const ss = openLocalSpreadsheet({ code });
    ss.run('setup');
    ss.type('A1', 'Leads');
    expect(() => ss.type('A1', 'Clicks')).toThrow('Pick Leads or Sales');
    expect(ss.values('A1')).toEqual([['Leads']]);
    expect(() => ss.type('C1', '400')).toThrow('Input must be a number between 1 and 365.');
  });
  it('with allowInvalid the value is stored and flagged; script writes are never rejected', () => {
    const ss = openLocalSpreadsheet({ code });
    ss.run('setup');
    ss.type('B1', '-5');
    ss.run('scriptWrite');
    expect(ss.values('A1:B1')).toEqual([['Clicks', -5]]);
    const flagged = ss
      .dataValidations('Sheet1')
      .filter((v) => v.invalid)
      .map((v) => v.a1);
    expect(flagged).toEqual(['A1', 'B1']);
  });
  it('a rejected entry leaves the cell exactly as it was: formula as typed, format, value', () => {
    const ss = openLocalSpreadsheet({ code });
    ss.run('setup');
    ss.type('D2', '7');
    ss.type('C1', '=SUM(D2:D)');
    expect(() => ss.type('C1', '$400')).toThrow('Input must be a number between 1 and 365.');
    expect(ss.formulas('C1')).toEqual([['=SUM(D2:D)']]);
    ss.type('D3', '3');
    expect(ss.values('C1')).toEqual([[10]]);
    expect(ss.numberFormats('C1')).toEqual([['0.###############']]);
  });
  it('a paste is checked like typing: flagged under allowInvalid, undone whole if a cell is rejected', () => {
    const ss = openLocalSpreadsheet({ code });
    ss.run('setup');
    ss.paste('B1', [['-5'], ['abc'], ['7']]);
    expect(
      ss
        .dataValidations('Sheet1')
        .filter((v) => v.invalid)
        .map((v) => v.a1),
    ).toEqual(['B1', 'B2']);
    ss.type('A1', 'Leads');
    expect(() =>
      ss.paste('A1', [
        ['Sales', 'x'],
        ['Clicks', 'y'],
      ]),
    ).toThrow('Pick Leads or Sales');
    expect(ss.values('A1:B2')).toEqual([
      ['Leads', -5],
      ['', 'abc'],
    ]);
  });
});

describe('Session and Utilities (https://developers.google.com/apps-script/reference/base/session)', () => {
  const code = `
    function zone() { return Session.getScriptTimeZone(); }
    function fmt(p) { return Utilities.formatDate(new Date(Date.UTC(2026, 10, 29, 1, 30)), 'America/New_York', p); }
  `;
  it('getScriptTimeZone is the manifest time zone, not the spreadsheet one', () => {
    const ss = openLocalSpreadsheet({ code, timeZone: 'Asia/Tokyo' });
    expect(ss.run('zone')).toBe('America/New_York');
  });
  it('formatDate renders the pattern letters it knows and throws on the others (never a wrong guess)', () => {
    const ss = openLocalSpreadsheet({ code });
    expect(ss.run('fmt', "yyyy-MM-dd'T'HH:mm:ss EEE")).toBe('2026-11-28T20:30:00 Sat');
    expect(() => ss.run('fmt', 'MMM d')).toThrow('not emulated: Utilities.formatDate pattern "MMM"');
    expect(() => ss.run('fmt', 'hh:mm a')).toThrow('not emulated');
  });
});

describe('recorded structure: frozen rows, notes, charts, protections, toasts', () => {
  it('records what the add-on set', () => {
    const ss = openLocalSpreadsheet({
      code: `function build() {
        var ss = SpreadsheetApp.getActive(); var s = ss.insertSheet('Goal', 0);
        s.setFrozenRows(1); s.setColumnWidth(1, 220); s.getRange('A1:C1').merge().setNote('Goal header').setBackground('#FFF');
        s.insertChart(s.newChart().asLineChart().addRange(s.getRange('A1:B5')).setPosition(2, 5, 0, 0).setOption('title', 'Leads').build());
        s.protect().setWarningOnly(true).setDescription('Template');
        ss.toast('Created', 'Goal');
        return [s.getIndex(), ss.getSheets().map(function (x) { return x.getName(); }), s.getCharts().length];
      }`,
    });
    expect(ss.run('build')).toEqual([1, ['Goal', 'Sheet1'], 1]);
    expect(ss.frozenRows('Goal')).toBe(1);
    expect(ss.columnWidth('Goal', 1)).toBe(220);
    expect(ss.merges('Goal')).toEqual(['A1:C1']);
    expect(ss.notes('Goal!A1:B1')).toEqual([['Goal header', 'Goal header']]);
    expect(ss.charts('Goal')[0]).toMatchObject({
      chartType: 'LINE',
      ranges: ['Goal!A1:B5'],
      options: { title: 'Leads' },
    });
    expect(ss.protections()).toMatchObject([
      { type: 'SHEET', sheet: 'Goal', warningOnly: true, description: 'Template' },
    ]);
    expect(ss.toasts()).toEqual(['Goal: Created']);
    expect(ss.backgrounds('Goal!A1')).toEqual([['#ffffff']]);
  });
});

describe('Sheet.insertRowsAfter (https://developers.google.com/apps-script/reference/spreadsheet/sheet#insertRowsAfter(Integer,Integer))', () => {
  it('adds rows after the last one, so ranges below row 1000 exist; a bad count is refused', () => {
    const ss = openLocalSpreadsheet({ runOnOpen: false });
    const sheet = ss.services.SpreadsheetApp.getActiveSheet();
    expect(sheet.getMaxRows()).toBe(1000);
    expect(() => sheet.getRange('A1005')).toThrow('outside the dimensions of the sheet');
    sheet.insertRowsAfter(1000, 109);
    expect(sheet.getMaxRows()).toBe(1109);
    sheet.getRange('A1109').setValue('last');
    expect(ss.values('Sheet1!A1109')).toEqual([['last']]);
    expect(() => sheet.insertRowsAfter(1110, 1)).toThrow('out of bounds');
    expect(() => sheet.insertRowsAfter(1109, 0)).toThrow('whole number of rows >= 1');
  });
});

describe('Range.setTextStyles (https://developers.google.com/apps-script/reference/spreadsheet/range#setTextStyles(TextStyle))', () => {
  it('sets bold, size and colour per cell from built TextStyles; what a style leaves unset stays', () => {
    const ss = openLocalSpreadsheet({ runOnOpen: false });
    const app = ss.services.SpreadsheetApp;
    const sheet = app.getActiveSheet();
    sheet.getRange('B1').setFontColor('#00ff00');
    const title = app.newTextStyle().setBold(true).setFontSize(14).setForegroundColor('#1A73E8').build();
    const sizeOnly = app.newTextStyle().setFontSize(8).build();
    sheet.getRange('A1:B1').setTextStyles([[title, sizeOnly]]);
    expect(ss.fontWeights('Sheet1!A1:B1')).toEqual([['bold', 'normal']]);
    expect(ss.fontSizes('Sheet1!A1:B1')).toEqual([[14, 8]]);
    expect(ss.fontColors('Sheet1!A1:B1')).toEqual([['#1a73e8', '#00ff00']]);
    expect(title.isBold()).toBe(true);
    expect(() => sheet.getRange('A1').setTextStyles([[null as never]])).toThrow('not emulated');
    expect(() => sheet.getRange('A1:B1').setTextStyles([[title]])).toThrow();
  });
});
