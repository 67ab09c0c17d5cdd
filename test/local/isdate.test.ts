// ISDATE (local/engine/isdate.ts) against Google's page (https://support.google.com/docs/answer/9061381)
// and on cells, and the format switch when a date is typed into a number-formatted cell.
import { describe, expect, it } from 'vitest';
import { openLocalSpreadsheet } from '../../local/index.ts';

const FORMAT = `function fmt(a1, pattern) { SpreadsheetApp.getActiveSheet().getRange(a1).setNumberFormat(pattern); }`;
const now = (): Date => new Date('2026-12-01T15:00:00Z');

describe('ISDATE', () => {
  it("gives the page's examples", () => {
    const ss = openLocalSpreadsheet({ now });
    ss.paste('A1', [
      ['=ISDATE("July 20 1969")'],
      ['=ISDATE("1969-20-07")'],
      ['=ISDATE("July")'],
      ['=ISDATE("Feb 30")'],
      ['=ISDATE("7/20/1969")'],
      ['=ISDATE("July 20")'],
    ]);
    expect(ss.values('A1:A6').flat()).toEqual([true, true, false, false, true, true]);
  });

  it('on cells: a number shown as a date is TRUE, the same number as money FALSE; text, blank, errors FALSE', () => {
    const ss = openLocalSpreadsheet({ now, code: FORMAT });
    ss.paste('A1', [
      ['3/2/2025'],
      ['45718'],
      ['45718'],
      ['hello'],
      [''],
      ['=1/0'],
      ['2025-03-02'],
      ['=DATE(2025,3,2)'],
    ]);
    ss.run('fmt', 'A3', '"$"#,##0.00');
    ss.run('fmt', 'A2', 'yyyy-mm-dd');
    ss.paste('B1', [
      ['=ISDATE(A1)'],
      ['=ISDATE(A2)'],
      ['=ISDATE(A3)'],
      ['=ISDATE(A4)'],
      ['=ISDATE(A5)'],
      ['=ISDATE(A6)'],
      ['=ISDATE(A7)'],
      ['=ISDATE(A8)'],
    ]);
    expect(ss.values('B1:B8').flat()).toEqual([true, true, false, false, false, false, true, true]);
    // A date format set later on a plain number makes it a date; a money format on a typed date unmakes it.
    ss.run('fmt', 'A1', '0.00');
    ss.run('fmt', 'A3', 'dd.mm.yyyy');
    expect(ss.values('B1:B3').flat()).toEqual([false, true, true]);
  });

  it('element-wise inside ARRAYFORMULA over a range; a range outside it is #VALUE!', () => {
    const ss = openLocalSpreadsheet({ now, code: FORMAT });
    ss.paste('A1', [['12.5'], ['3/2/2025'], ['n/a'], [''], ['July 4 2025']]);
    ss.type('B1', '=ARRAYFORMULA(IF(ISDATE(A1:A5),"date","-"))');
    expect(ss.values('B1:B5').flat()).toEqual(['-', 'date', '-', '-', 'date']);
    ss.type('C1', '=ISDATE(A1:A5)');
    expect(ss.displayValues('C1')).toEqual([['#VALUE!']]);
  });

  it('reads de_DE dates, names and all', () => {
    const ss = openLocalSpreadsheet({ now, locale: 'de_DE' });
    ss.paste('A1', [
      ['=ISDATE("02.03.2025")'],
      ['=ISDATE("20. Juli 1969")'],
      ['=ISDATE("3/2/2025x")'],
      ['=ISDATE("31.02.2025")'],
    ]);
    expect(ss.values('A1:A4').flat()).toEqual([true, true, false, false]);
  });
});

describe('a date typed into a number-formatted cell', () => {
  it.each([
    ['en_US', '3/2/2025', 'm/d/yyyy', '3/2/2025'],
    ['de_DE', '02.03.2025', 'dd.mm.yyyy', '02.03.2025'],
  ])('%s: the money format switches to the date format', (locale, typed, format, shown) => {
    const ss = openLocalSpreadsheet({ now, locale, code: FORMAT });
    ss.run('fmt', 'A1:A4', '"$"#,##0.00');
    ss.run('fmt', 'A3', 'yyyy-mm-dd');
    ss.run('fmt', 'A4', '@');
    ss.type('A1', typed);
    ss.paste('A2', [[typed], [typed], [typed]]);
    expect(ss.numberFormats('A1:A4').flat()).toEqual([format, format, 'yyyy-mm-dd', '@']);
    expect(ss.displayValues('A1:A4').flat()).toEqual([shown, shown, '2025-03-02', typed]);
    expect(ss.values('A1')[0]?.[0]).toBeInstanceOf(Date);
    // A number typed afterwards keeps the date format, as in Excel's account of it.
    ss.type('A1', '45');
    expect(ss.numberFormats('A1')).toEqual([[format]]);
    ss.type('A2', locale === 'de_DE' ? '12,5' : '12.5');
    ss.run('fmt', 'A2', '"$"#,##0.00');
    expect(ss.displayValues('A2')).toEqual([[locale === 'de_DE' ? '$12,50' : '$12.50']]);
  });
});
