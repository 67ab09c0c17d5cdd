// Importing report files as Sheets' File > Import does (local/csv.ts): real downloads from
// fixtures/real/ (UTF-16LE tab-separated with a BOM, UTF-8), and the size of the sheet it makes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeReportBytes, openLocalSpreadsheet, REPO_ROOT, readReportFile } from '../../local/index.ts';

const code = `
function size(name) { var s = SpreadsheetApp.getActive().getSheetByName(name); return [s.getMaxRows(), s.getMaxColumns()]; }
function headerCell(name, a1) { return SpreadsheetApp.getActive().getSheetByName(name).getRange(a1).getValue(); }
function grow(name, n) { var s = SpreadsheetApp.getActive().getSheetByName(name); s.insertColumnsAfter(s.getMaxColumns(), n); return s.getMaxColumns(); }
function shrink(name, at, n) { var s = SpreadsheetApp.getActive().getSheetByName(name); s.deleteColumns(at, n); return s.getMaxColumns(); }
function rightOf(name, row, col) { return SpreadsheetApp.getActive().getSheetByName(name).getRange(row, col + 1).getValue(); }
`;
const real = (file: string): Buffer => readFileSync(join(REPO_ROOT, 'fixtures', 'real', file));

describe('import of a UTF-16LE tab-separated download with a BOM (Google Ads "Excel .csv")', () => {
  const bytes = real('google-ads-keywords-en-utf16.tsv');

  it('the file really is UTF-16LE with a BOM and tabs (so the test is not vacuous)', () => {
    expect([bytes[0], bytes[1]]).toEqual([0xff, 0xfe]);
    expect(bytes.includes(0x09)).toBe(true);
    expect(bytes.subarray(2, 6)).toEqual(Buffer.from('Se', 'utf16le'));
  });

  it('splits on tabs, keeps quoted thousands in one cell, and drops the BOM from A1', () => {
    const rows = readReportFile({ name: 'K', bytes });
    expect(rows[0]).toEqual(['Search keyword report']);
    const header = rows[2] ?? [];
    expect(header).toHaveLength(19);
    expect(header[2]).toBe('Match type');
    const account = rows.find((r) => r[2] === 'Total: Account');
    expect(account?.[8]).toBe('1,606,880');
    expect(account?.slice(0, 2)).toEqual(['', '']);
  });

  it('opens as a sheet exactly as large as the data, so a Status column needs a new column', () => {
    const ss = openLocalSpreadsheet({ code, csv: { name: 'Keywords', bytes } });
    const rows = readReportFile({ name: 'K', bytes });
    expect(ss.run('size', 'Keywords')).toEqual([rows.length, 19]);
    expect(ss.run('headerCell', 'Keywords', 'A1')).toBe('Search keyword report');
    expect(ss.run('headerCell', 'Keywords', 'I16')).toBe(1606880);
    // Apps Script refuses a range past the last column: the wide-report case appears by itself.
    expect(() => ss.run('rightOf', 'Keywords', 3, 19)).toThrow(/outside the dimensions of the sheet/);
  });

  it('insertColumnsAfter the last column makes room; deleteColumns of those empty columns takes it back', () => {
    const ss = openLocalSpreadsheet({ code, csv: { name: 'Keywords', bytes } });
    expect(ss.run('grow', 'Keywords', 2)).toBe(21);
    expect(ss.run('rightOf', 'Keywords', 3, 19)).toBe('');
    expect(ss.run('shrink', 'Keywords', 20, 2)).toBe(19);
  });

  it('a pt-BR download keeps "1.683,00" as one cell (a comma inside quotes does not split a tab file)', () => {
    const rows = readReportFile({ name: 'P', bytes: real('google-ads-campaigns-pt-BR-utf16.tsv') });
    expect(rows[2]?.[9]).toBe('Custo');
    expect(rows[3]?.[11]).toBe('1.683,00');
  });
});

describe('import of UTF-8 files', () => {
  it('a BOM is dropped from the first header cell', () => {
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Campaign,Cost\nBrand,12.5\n')]);
    const ss = openLocalSpreadsheet({ code, csv: { name: 'R', bytes: bom } });
    expect(ss.run('headerCell', 'R', 'A1')).toBe('Campaign');
    expect(ss.run('headerCell', 'R', 'B2')).toBe(12.5);
  });

  it('text given with a leading BOM character reads the same', () => {
    expect(readReportFile({ name: 'R', text: '\ufeffCampaign,Cost\nA,1' })[0]).toEqual(['Campaign', 'Cost']);
  });

  it('a real 24-column comma file opens 24 columns wide', () => {
    const ss = openLocalSpreadsheet({
      code,
      csv: { name: 'Wide', bytes: real('google-ads-campaigns-en-usd.csv') },
    });
    expect(ss.run('size', 'Wide')).toEqual([20, 24]);
  });

  it('bytes that are neither UTF-8 nor marked UTF-16 are refused in words', () => {
    const latin1 = Buffer.from([0x43, 0x75, 0x73, 0x74, 0x6f, 0x2c, 0xe9, 0x0a]);
    expect(() => decodeReportBytes(latin1)).toThrow(/not UTF-8 and has no UTF-16 byte-order mark/);
  });
});

describe('a paste into a new sheet (1000 x 26) grows it only when wider', () => {
  const row = (n: number): string[] => Array.from({ length: n }, (_, i) => `h${i + 1}`);
  it('27 pasted columns make the sheet 27 wide; 10 leave it 26', () => {
    const wide = openLocalSpreadsheet({ code, sheets: [{ name: 'P', rows: [row(27)] }] });
    expect(wide.run('size', 'P')).toEqual([1000, 27]);
    const narrow = openLocalSpreadsheet({ code, sheets: [{ name: 'P', rows: [row(10)] }] });
    expect(narrow.run('size', 'P')).toEqual([1000, 26]);
  });
});
