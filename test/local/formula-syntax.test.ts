// Formula syntax Sheets reads and HyperFormula does not (local/engine/formula-syntax.ts): doubled
// quotes inside strings, and `\` between array columns in `;` locales - each read back as typed.
import { describe, expect, it } from 'vitest';
import { openLocalSpreadsheet } from '../../local/index.ts';
import { detect, flag, openReport } from '../flags/helpers.ts';
import { heads } from '../verdict-text.ts';

const NO_SCRIPT = 'function onOpen(e) {}';

describe('a doubled quote inside a string (as in Excel: "" is one ")', () => {
  it.each(['en_US', 'de_DE'])('is the text with one quote in %s, and reads back doubled', (locale) => {
    const ss = openLocalSpreadsheet({ code: NO_SCRIPT, locale, sheets: [{ name: 'S' }] });
    const sep = locale === 'de_DE' ? ';' : ',';
    ss.type('S!A1', '="a""b"');
    ss.type('S!A2', '=LEN("say ""hi""")');
    ss.type('S!A3', '=""""');
    ss.type('S!A4', `=IF(A1="a""b"${sep}"same"${sep}"differs")`);
    expect(ss.values('S!A1:A4')).toEqual([['a"b'], [8], ['"'], ['same']]);
    expect(ss.formulas('S!A1:A4')).toEqual([
      ['="a""b"'],
      ['=LEN("say ""hi""")'],
      ['=""""'],
      [`=IF(A1="a""b"${sep}"same"${sep}"differs")`],
    ]);
    expect(ss.errors('S!A1:A4').flat()).toEqual([null, null, null, null]);
  });

  it('in a report header does not turn the Status into an error', () => {
    const ss = openReport([
      ['Campaign', 'Clicks', 'Conversions', 'Cost'],
      ['Brand', '100', '2', '90'],
      ['Generic', '80', '1', '300'],
      ['Video', '80', 'n/a', '30'],
    ]);
    ss.type('Report!C1', '\'Conversions "all"');
    // The user picks the results column in the mapping (its header is not a known name).
    const found = detect(ss);
    const layout = { ...found, columns: { ...found.columns, conversions: 'C' } };
    expect(layout.headers.find((h) => h.column === 'C')?.text).toBe('Conversions "all"');
    const answer = flag(ss, layout, 'CPA', 60);
    const column = answer.statusColumn;
    expect(ss.errors(`Report!${column}2:${column}4`).flat()).toEqual([null, null, null]);
    expect(heads(ss.values(`Report!${column}2:${column}4`)).map((r) => r[0])).toEqual([
      'OK',
      'Over CPA limit by $240.00',
      'Check Conversions "all": not a number',
    ]);
  });
});

describe('array literals in ; locales separate columns with \\ (benlcollins.com, budget-n-sheets)', () => {
  it('reads {1\\2} as one row of two values and {1;2} as two rows, in de_DE', () => {
    const ss = openLocalSpreadsheet({ code: NO_SCRIPT, locale: 'de_DE', sheets: [{ name: 'S' }] });
    ss.type('S!A1', '={1\\2}');
    ss.type('S!A3', '={1;2}');
    ss.type('S!C3', '={1\\2;3\\4}');
    ss.type('S!A6', '={SUMME(1;2)\\"a;b"}'.replace('SUMME', 'SUM'));
    expect(ss.values('S!A1:B1')).toEqual([[1, 2]]);
    expect(ss.values('S!A3:A4')).toEqual([[1], [2]]);
    expect(ss.values('S!C3:D4')).toEqual([
      [1, 2],
      [3, 4],
    ]);
    expect(ss.values('S!A6:B6')).toEqual([[3, 'a;b']]);
    expect(ss.formulas('S!A1')).toEqual([['={1\\2}']]);
    expect(ss.formulas('S!C3')).toEqual([['={1\\2;3\\4}']]);
    expect(ss.formulas('S!A6')).toEqual([['={SUM(1;2)\\"a;b"}']]);
  });

  it('keeps en_US arrays as they are: {1,2;3,4}', () => {
    const ss = openLocalSpreadsheet({ code: NO_SCRIPT, sheets: [{ name: 'S' }] });
    ss.type('S!A1', '={1,2;3,4}');
    expect(ss.values('S!A1:B2')).toEqual([
      [1, 2],
      [3, 4],
    ]);
    expect(ss.formulas('S!A1')).toEqual([['={1,2;3,4}']]);
  });
});
