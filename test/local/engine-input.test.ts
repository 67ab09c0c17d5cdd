// Plain-text cells and sheet names.
import { describe, expect, it } from 'vitest';
import { openLocalSpreadsheet } from '../../local/index.ts';

const code = `
function textCell(a1, v) {
  var r = SpreadsheetApp.getActiveSheet().getRange(a1);
  r.setNumberFormat('@');
  r.setValue(v);
  var got = r.getValue();
  return [got, typeof got, r.getFormula(), r.getDisplayValue()];
}
`;

describe("the plain-text format '@' (https://developers.google.com/sheets/api/guides/formats)", () => {
  it('setValue keeps a numeric-looking string as text', () => {
    const ss = openLocalSpreadsheet({ code });
    expect(ss.run('textCell', 'A1', '00123')).toEqual(['00123', 'string', '', '00123']);
    expect(ss.run('textCell', 'A2', '12%')).toEqual(['12%', 'string', '', '12%']);
    expect(ss.run('textCell', 'A3', '3/15/2024')).toEqual(['3/15/2024', 'string', '', '3/15/2024']);
  });

  it("a string starting with '=' is text, not a formula (docs silent; what Sheets does for typed input)", () => {
    const ss = openLocalSpreadsheet({ code });
    expect(ss.run('textCell', 'A1', '=1+1')).toEqual(['=1+1', 'string', '', '=1+1']);
  });

  it('a number written by a script stays a number', () => {
    const ss = openLocalSpreadsheet({ code });
    expect(ss.run('textCell', 'A1', 2024)).toEqual([2024, 'number', '', '2024']);
  });

  it('typed input stays text; other cells still parse', () => {
    const ss = openLocalSpreadsheet({ code });
    ss.services.SpreadsheetApp.getActiveSheet().getRange('A1:A2').setNumberFormat('@');
    ss.type('A1', '2024');
    ss.type('A2', "'007");
    ss.type('B1', '2024');
    expect(ss.values('A1:B2')).toEqual([
      ['2024', 2024],
      ['007', ''],
    ]);
  });
});

describe('sheet names (docs silent; Sheets UI limits)', () => {
  const spreadsheet = () => openLocalSpreadsheet({ code }).services.SpreadsheetApp.getActiveSpreadsheet();

  it('insertSheet refuses empty names, names over 100 characters and line breaks', () => {
    const ss = spreadsheet();
    expect(() => ss.insertSheet('')).toThrow('A sheet name cannot be empty.');
    expect(() => ss.insertSheet('   ')).toThrow('A sheet name cannot be empty.');
    expect(() => ss.insertSheet('x'.repeat(101))).toThrow(
      'A sheet name cannot be longer than 100 characters.',
    );
    expect(() => ss.insertSheet('a\nb')).toThrow('A sheet name cannot contain line breaks');
    expect(ss.insertSheet('x'.repeat(100)).getName()).toHaveLength(100);
  });

  it('setName applies the same rules and words a duplicate like insertSheet', () => {
    const ss = spreadsheet();
    const other = ss.insertSheet('Report');
    expect(() => other.setName('sheet1')).toThrow(
      'A sheet with the name "sheet1" already exists. Please enter another name.',
    );
    expect(() => ss.insertSheet('SHEET1')).toThrow(
      'A sheet with the name "SHEET1" already exists. Please enter another name.',
    );
    expect(() => other.setName('')).toThrow('A sheet name cannot be empty.');
    expect(() => other.setName('y'.repeat(101))).toThrow('longer than 100 characters');
    other.setName('REPORT');
    expect(other.getName()).toBe('REPORT');
  });
});
