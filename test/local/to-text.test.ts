// TO_TEXT (local/engine/to-text.ts) against Google's page (https://support.google.com/docs/answer/3094285):
// a number comes back "as a string, with existing formatting retained. Currencies appear as
// currencies, decimals as decimals, percentages as percentages, and dates as dates"; anything else
// "without modification". Values typed as a user types them, in en_US and de_DE.
import { describe, expect, it } from 'vitest';
import { openLocalSpreadsheet } from '../../local/index.ts';

const FORMAT = `function fmt(a1, pattern) { SpreadsheetApp.getActiveSheet().getRange(a1).setNumberFormat(pattern); }`;

describe('TO_TEXT', () => {
  it.each([
    ['en_US', ['24', '12%', '12.5%', '$12.00', '1,234.50', '11/27/2026', '10:30', 'hello', 'TRUE', '']],
    ['de_DE', ['24', '12 %', '12,5 %', '12,00 €', '1.234,50', '27.11.2026', '10:30', 'hallo', 'TRUE', '']],
  ])('%s: a number as its cell shows it, anything else unchanged', (locale, typed) => {
    const ss = openLocalSpreadsheet({ locale, code: FORMAT });
    typed.forEach((t, i) => {
      ss.type(`A${i + 1}`, t);
    });
    typed.forEach((_, i) => {
      ss.type(`B${i + 1}`, `=TO_TEXT(A${i + 1})`);
    });
    const shown = ss.displayValues(`A1:A${typed.length}`).map((r) => r[0]);
    const values = ss.values(`B1:B${typed.length}`).map((r) => r[0]);
    // Every number: its display text, as text (the percentage, the currency, the date, the time).
    expect(values.slice(0, 7)).toEqual(shown.slice(0, 7));
    expect(values.slice(0, 7).every((v) => typeof v === 'string')).toBe(true);
    expect(values.slice(1, 3).every((v) => String(v).includes('%'))).toBe(true);
    expect(String(values[6])).toContain(':');
    // Text, a logical value and a blank: as they are.
    expect(values.slice(7)).toEqual([typed[7], true, '']);
  });

  it('follows a format set later (Format > Number): the formula reads formats again', () => {
    const ss = openLocalSpreadsheet({ code: FORMAT });
    ss.type('A1', '0.12');
    ss.type('B1', '=TO_TEXT(A1)');
    expect(ss.values('B1')).toEqual([['0.12']]);
    ss.run('fmt', 'A1', '0%');
    expect(ss.values('B1')).toEqual([['12%']]);
    ss.run('fmt', 'A1', '"$"#,##0.00');
    expect(ss.values('B1')).toEqual([['$0.12']]);
  });

  it('a number that is no cell: its literal or computed value, shown as its result would be', () => {
    const ss = openLocalSpreadsheet({ code: FORMAT });
    ss.type('A1', '=TO_TEXT(24)');
    ss.type('A2', '=TO_TEXT(DATE(2026,11,27))');
    ss.type('A3', '=TO_TEXT(1/0)');
    expect(ss.values('A1:A2')).toEqual([['24'], ['11/27/2026']]);
    expect(ss.displayValues('A3')).toEqual([['#DIV/0!']]);
  });

  it('inside ARRAYFORMULA: one text per cell, each with its own format; a range outside it is #VALUE!', () => {
    const ss = openLocalSpreadsheet({ code: FORMAT });
    ['12%', '10:30', '$12.00', '12', 'n/a'].forEach((t, i) => {
      ss.type(`A${i + 1}`, t);
    });
    ss.type('B1', '=ARRAYFORMULA(TO_TEXT(A1:A5))');
    expect(ss.values('B1:B5').map((r) => r[0])).toEqual(['12%', '10:30:00', '$12.00', '12', 'n/a']);
    ss.type('C1', '=ARRAYFORMULA(ROWS(TO_TEXT(SEQUENCE(2))))');
    expect(ss.values('C1')).toEqual([[2]]);
    ss.type('D1', '=TO_TEXT(A1:A5)');
    expect(ss.displayValues('D1')).toEqual([['#VALUE!']]);
  });
});
