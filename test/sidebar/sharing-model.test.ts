// The sharing panel's pure logic: per-sheet counts, examples, and the share check's words.
import { describe, expect, it } from 'vitest';
import { examples, shareCheck, summaryLine, unlistedLines } from '../../sidebar/sharing-model.ts';
import { scanAnswer } from '../../src/plans/sharing/plan.ts';

const cell = (sheet: string, a1: string, formula: string) => ({ sheet, a1, formula, native: `=N(${a1})` });
const problem = (sheet: string, a1: string) => ({
  sheet,
  a1,
  formula: '=CPL(A1,B1)',
  reason: 'It shows #ERROR! today.',
});

describe('sharing panel model', () => {
  const scan = scanAnswer({
    cells: [
      cell('Ads', 'C2', '=CPL(A2,B2)'),
      cell('Ads', 'C3', '=CPL(A3,B3)'),
      cell('KPIs', 'B2', '=ROAS(A2,B2)'),
    ],
    unconvertible: [problem('Ads', 'C4'), problem('Notes', 'A1')],
  });
  const none = scanAnswer({ cells: [], unconvertible: [] });

  it('counts per sheet, in the order met', () => {
    expect(scan.sheets).toEqual([
      { sheet: 'Ads', convert: 2, unconvertible: 1 },
      { sheet: 'KPIs', convert: 1, unconvertible: 0 },
      { sheet: 'Notes', convert: 0, unconvertible: 1 },
    ]);
    expect(scan.sheets.map(summaryLine)).toEqual([
      'Ads: 2 cells to convert, 1 left as it is',
      'KPIs: 1 cell to convert',
      'Notes: 0 cells to convert, 1 left as it is',
    ]);
  });

  it('shows examples of different functions first', () => {
    expect(examples(scan.cells, 2).map((c) => c.a1)).toEqual(['C2', 'B2']);
    expect(examples(scan.cells, 3).map((c) => c.a1)).toEqual(['C2', 'B2', 'C3']);
  });

  it('says safe to share only when no cell in scope needs the add-on', () => {
    expect(shareCheck(none)).toEqual({
      safe: true,
      text: 'Safe to share: no cell needs the add-on.',
    });
    expect(shareCheck(scan).text).toBe(
      'Not yet safe to share: 5 cells still need the add-on (listed below with the reason).',
    );
    // After making client copies, only the copies count; the originals in the same file are named.
    expect(shareCheck(scan, ['KPIs (client)'])).toEqual({
      safe: true,
      text: 'Safe to share: no cell of KPIs (client) needs the add-on. Ads, KPIs, Notes still call it: share the safe sheets in a file of their own (tab menu > Copy to > New spreadsheet), or convert the others too.',
    });
    expect(
      shareCheck(scanAnswer({ cells: [], unconvertible: [problem('Notes', 'A1')] }), ['Ads']).text,
    ).toMatch(/^Safe to share: no cell of Ads needs the add-on\. Notes still calls it:/);
    expect(shareCheck(none, ['Ads']).text).toBe('Safe to share: no cell needs the add-on.');
    expect(shareCheck(scan, ['Notes']).text).toMatch(/^Not yet safe to share: 1 cell still needs/);
  });

  it('lists the first cells left per sheet and says how many more there are', () => {
    const many = scanAnswer({
      cells: [],
      unconvertible: Array.from({ length: 13 }, (_, i) => problem('Ads', `C${i + 2}`)),
    });
    expect(many.unconvertible).toHaveLength(10);
    expect(unlistedLines(many)).toEqual(['3 more on Ads are not listed; fix these, then scan again.']);
    expect(unlistedLines(scan)).toEqual([]);
  });
});
