// Locale: formula syntax and display values (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getSpreadsheetLocale()).
import { describe, expect, it } from 'vitest';
import { localeInfo } from '../../local/engine/locale.ts';
import { formatNumber } from '../../local/engine/number-format.ts';
import { openLocalSpreadsheet } from '../../local/index.ts';

const code = `
function put(a1, f) { SpreadsheetApp.getActiveSheet().getRange(a1).setFormula(f); }
function locale() { return SpreadsheetApp.getActive().getSpreadsheetLocale(); }
function fmt(a1, f) { SpreadsheetApp.getActiveSheet().getRange(a1).setNumberFormat(f); }
`;

describe('de_DE: ";" between arguments, "," as decimal mark', () => {
  it('parses typed numbers and formulas in German syntax; getFormula returns them in that syntax', () => {
    const ss = openLocalSpreadsheet({ code, locale: 'de_DE', timeZone: 'Europe/Berlin' });
    expect(ss.run('locale')).toBe('de_DE');
    ss.type('A1', '1,5');
    ss.type('A2', '1.234,5');
    ss.run('put', 'B1', '=ROUND(A1*2;0)');
    expect(ss.values('A1:A2')).toEqual([[1.5], [1234.5]]);
    expect(ss.values('B1')).toEqual([[3]]);
    expect(ss.formulas('B1')).toEqual([['=ROUND(A1*2;0)']]);
  });
  it('a formula with en_US "," separators fails as a parse error (#ERROR!)', () => {
    const ss = openLocalSpreadsheet({ code, locale: 'de_DE' });
    ss.type('A1', '5');
    ss.run('put', 'B1', '=IF(A1>0,1,0)');
    expect(ss.values('B1')).toEqual([['#ERROR!']]);
    expect(ss.errors('B1')[0]?.[0]).toMatch(/^Formula parse error/);
  });
  it('en_US takes the same formula, and auto-corrects ";" to "," (reported: stackoverflow.com/questions/73767719)', () => {
    const ss = openLocalSpreadsheet({ code });
    ss.type('A1', '5');
    ss.run('put', 'B1', '=IF(A1>0,1,0)');
    ss.run('put', 'C1', '=IF(A1>0;1;"a;b")');
    ss.type('D1', '={1;2}');
    expect(ss.values('B1:C1')).toEqual([[1, 1]]);
    expect(ss.formulas('C1:D1')).toEqual([['=IF(A1>0,1,"a;b")', '={1;2}']]);
    expect(ss.values('D1:D2')).toEqual([[1], [2]]);
  });
});

describe('display values (https://developers.google.com/apps-script/reference/spreadsheet/range#getDisplayValues()), rendered by numfmt', () => {
  const en = localeInfo('en_US');
  const de = localeInfo('de_DE');
  it.each([
    [1234.5, '0', '1235', '1235'],
    [1234.5, '0.00', '1234.50', '1234,50'],
    [1234567.891, '#,##0', '1,234,568', '1.234.568'],
    [1234.5, '#,##0.00', '1,234.50', '1.234,50'],
    [0.125, '0%', '13%', '13%'],
    [0.125, '0.0%', '12.5%', '12,5%'],
    [0.1234, '0.00%', '12.34%', '12,34%'],
    [1234.5, '"$"#,##0.00', '$1,234.50', '$1.234,50'],
    [1234.5, '[$$]#,##0.00', '$1,234.50', '$1.234,50'],
    [1234.5, '#,##0.00 [$€]', '1,234.50 €', '1.234,50 €'],
    [1234.5, '#,##0.00 "€"', '1,234.50 €', '1.234,50 €'],
    [-45, '"$"#,##0.00', '-$45.00', '-$45,00'],
    [45366, 'yyyy-mm-dd', '2024-03-15', '2024-03-15'],
    [45366, 'dd.mm.yyyy', '15.03.2024', '15.03.2024'],
    [45366, 'm/d/yyyy', '3/15/2024', '3/15/2024'],
    [45366, 'mmm d', 'Mar 15', 'Mär 15'],
    [1 / 3, '0.###############', '0.3333333333', '0,3333333333'],
    [42, 'General', '42', '42'],
    [0.5, '0.00E+00', '5.00E-01', '5,00E-01'],
    [1500, '0.0E+0', '1.5E+3', '1,5E+3'],
    [-1234.5, '#,##0.00;(#,##0.00)', '(1,234.50)', '(1.234,50)'],
    [0, '0.00;-0.00;"none"', 'none', 'none'],
    [-3, '[Red]0;[Blue]-0', '-3', '-3'],
    [3.25, '0.00"x"', '3.25x', '3,25x'],
  ])('%d with %s shows %s (en_US) / %s (de_DE)', (value, pattern, enText, deText) => {
    expect(formatNumber(value, pattern, en)).toBe(enText);
    expect(formatNumber(value, pattern, de)).toBe(deText);
  });
  it('Range.getDisplayValues uses the cell number format; typed % and currency get a format', () => {
    const ss = openLocalSpreadsheet({
      code,
      sheets: [{ name: 'Sheet1', rows: [[1234.5, '12%', '$45', '3/15/2024']] }],
    });
    ss.run('fmt', 'A1', '#,##0.00');
    expect(ss.displayValues('A1:D1')).toEqual([['1,234.50', '12%', '$45.00', '3/15/2024']]);
    expect(ss.values('B1:C1')).toEqual([[0.12, 45]]);
    expect(ss.values('D1')[0]?.[0]).toBeInstanceOf(Date);
  });
});

describe('TODAY() and NOW() in the spreadsheet time zone (https://support.google.com/docs/answer/58515)', () => {
  // 01:30 UTC on 29 Nov is still the evening of 28 Nov in New York and already 29 Nov in Tokyo.
  const instant = new Date(Date.UTC(2026, 10, 29, 1, 30));
  it('gives the date where the spreadsheet is, not where the machine is', () => {
    const ny = openLocalSpreadsheet({ code, timeZone: 'America/New_York', now: () => instant });
    const tokyo = openLocalSpreadsheet({ code, timeZone: 'Asia/Tokyo', now: () => instant });
    for (const ss of [ny, tokyo]) ss.run('put', 'A1', '=TODAY()');
    // getValues gives midnight of that day in the spreadsheet's zone (05:00 UTC in New York).
    expect(ny.values('A1')[0]?.[0]).toEqual(new Date(Date.UTC(2026, 10, 28, 5)));
    expect(ny.displayValues('A1')).toEqual([['11/28/2026']]);
    expect(tokyo.displayValues('A1')).toEqual([['11/29/2026']]);
  });
  it('NOW() carries the wall-clock time of the spreadsheet time zone', () => {
    const ny = openLocalSpreadsheet({ code, timeZone: 'America/New_York', now: () => instant });
    ny.run('put', 'A1', '=NOW()-DATE(2026,11,28)');
    const [fraction] = ny.values('A1')[0] ?? [];
    // 20:30 in New York (UTC-5 in November) = 20.5 / 24 of a day.
    expect(fraction).toBeCloseTo(20.5 / 24, 6);
  });
});
