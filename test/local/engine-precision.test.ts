// Stored doubles read back exactly; only the display is rounded.
// https://developers.google.com/apps-script/reference/spreadsheet/range#getValues()
import { describe, expect, it } from 'vitest';
import { openLocalSpreadsheet } from '../../local/index.ts';

const code = `
function writeOne(a1, v) { SpreadsheetApp.getActiveSheet().getRange(a1).setValue(v); }
function readOne(a1) { return SpreadsheetApp.getActiveSheet().getRange(a1).getValue(); }
`;

describe('values keep every bit of their double', () => {
  it('setValue(1/3) reads back 1/3, displayed with 10 significant digits', () => {
    const ss = openLocalSpreadsheet({ code });
    ss.run('writeOne', 'A1', 1 / 3);
    expect(ss.run('readOne', 'A1')).toBe(1 / 3);
    expect(ss.displayValues('A1')).toEqual([['0.3333333333']]);
  });

  it('a Date round-trips to the millisecond', () => {
    const ss = openLocalSpreadsheet({ code });
    const range = ss.services.SpreadsheetApp.getActiveSheet().getRange('A1');
    for (const iso of ['2024-03-15T18:00:00.000Z', '2024-03-15T18:00:00.123Z', '1999-12-31T04:59:59.999Z']) {
      range.setValue(new Date(iso));
      expect((range.getValue() as Date).toISOString()).toBe(iso);
    }
    range.setValue(new Date('2024-03-15T18:00:00Z'));
    expect(range.getDisplayValue()).toBe('3/15/2024 14:00:00');
  });

  it('formula results are the raw double (=0.1+0.2 is 0.30000000000000004, shown 0.3)', () => {
    const ss = openLocalSpreadsheet({ code });
    ss.type('A1', '=0.1+0.2');
    ss.type('A2', '=1/3');
    expect(ss.values('A1:A2')).toEqual([[0.1 + 0.2], [1 / 3]]);
    expect(ss.displayValues('A1:A2')).toEqual([['0.3'], ['0.3333333333']]);
  });

  it('comparisons and differences are exact doubles, as reported for Sheets', () => {
    // https://webapps.stackexchange.com/questions/80125 : no tolerance in = or in subtraction.
    const ss = openLocalSpreadsheet({ code });
    ss.type('A1', '=10.1-10=0.1');
    ss.type('A2', '=0.1+0.2-0.3');
    ss.type('A3', '=0.5+0.25=0.75');
    expect(ss.values('A1:A3')).toEqual([[false], [0.1 + 0.2 - 0.3], [true]]);
    expect(ss.displayValues('A2')).toEqual([['5.55112E-17']]);
  });

  it('General shows large and tiny numbers in E notation', () => {
    const ss = openLocalSpreadsheet({ code });
    ss.run('writeOne', 'A1', 1.5e20);
    ss.run('writeOne', 'A2', 1.2e-12);
    expect(ss.displayValues('A1:A2')).toEqual([['1.5E+20'], ['1.2E-12']]);
  });
});
