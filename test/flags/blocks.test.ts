// More than one block of data on one sheet (issue 15 item 3), pasted and typed as a user would in
// the local spreadsheet: a second export below the first with its columns in another order, campaign
// rows after blank lines, a name column without a header. Each row is judged with its own block's
// mapping or reported as not covered; every cell the user wrote stays as it was.
import { describe, expect, it } from 'vitest';
import type { LocalSpreadsheet } from '../../local/index.ts';
import { detect, FOUR_CAMPAIGNS, flag, flaggedRows, openReport, snapshot } from './helpers.ts';

const REPORT = FOUR_CAMPAIGNS;

/** Next week's export, its columns in another order: read with REPORT's mapping, Zeta's 600 would be 1. */
const REORDERED = [
  ['Campaign', 'Conversions', 'Cost', 'Clicks'],
  ['Zeta', '1', '600', '10'],
  ['Eta', '5', '50', '10'],
];

const cells = snapshot;

/** Rows (1-based) whose Status shows something, between first and last. */
function withStatus(ss: LocalSpreadsheet, column: string, first: number, last: number): number[] {
  return ss
    .displayValues(`Report!${column}${first}:${column}${last}`)
    .flatMap((r, i) => (r[0] === '' ? [] : [first + i]));
}

describe('a second export pasted below the first, its columns in another order', () => {
  describe.each([0, 1, 2])('with %i blank lines between', (gap) => {
    const rows = [...REPORT, ...Array.from({ length: gap }, () => []), ...REORDERED];
    const second = REPORT.length + gap + 1;
    const lastRow = second + REORDERED.length - 1;

    it('is never judged with the first mapping: its rows get no Status and are reported as not covered', () => {
      const ss = openReport(rows);
      const before = cells(ss, `Report!A1:D${lastRow}`);
      const layout = detect(ss);
      expect(layout).toMatchObject({ headerRow: 1, firstDataRow: 2, lastDataRow: 5 });
      expect(layout.uncoveredRows).toMatchObject({ first: second, last: lastRow });
      expect(layout.problems).toContain(layout.uncoveredRows?.reason);
      expect(layout.uncoveredRows?.reason).toContain(`Rows ${second}-${lastRow} are not covered`);
      expect(layout.uncoveredRows?.reason).toContain('spend in C, not B');
      // The skipped list names no row of the second block: those are the uncovered ones.
      expect(layout.skippedRows.filter((s) => s.row >= second)).toEqual([]);
      const answer = flag(ss, layout, 'CPA', 100);
      expect(answer.statusColumn).toBe('E');
      expect(flaggedRows(ss, 'A', 1, lastRow)).toEqual([2, 4]);
      expect(answer.rowsFlagged).toBe(2);
      expect(withStatus(ss, 'E', 2, lastRow + 3)).toEqual([2, 3, 4, 5]);
      expect(cells(ss, `Report!A1:D${lastRow}`)).toEqual(before);
    });

    it('flagged on its own header row, the second block is judged with its own mapping', () => {
      const ss = openReport(rows);
      flag(ss, detect(ss), 'CPA', 100);
      const before = cells(ss, `Report!A1:D${lastRow}`);
      const own = ss.run('detectReport', 'Report', { headerRow: second }) as ReturnType<typeof detect>;
      expect(own.columns).toMatchObject({ spend: 'C', conversions: 'B' });
      flag(ss, own, 'CPA', 100);
      // Zeta: $600 for 1 conversion is over $100; Eta's $50 for 5 is not. The first block keeps its own.
      expect(flaggedRows(ss, 'A', 1, lastRow)).toEqual([2, 4, second + 1]);
      expect(cells(ss, `Report!A1:D${lastRow}`)).toEqual(before);
    });
  });
});

describe('campaign rows after blank lines inside one report', () => {
  const rows = [
    ...REPORT,
    [],
    [],
    ['Epsilon', '500', '1', '10'],
    ['Zeta', '20', '1', '10'],
    [],
    ['Total', '1550', '10', '60'],
  ];

  it('are judged with the rest; the blank lines and the total are skipped, and the Status agrees', () => {
    const ss = openReport(rows);
    const before = cells(ss, 'Report!A1:D12');
    const layout = detect(ss);
    expect(layout).toMatchObject({ headerRow: 1, firstDataRow: 2, lastDataRow: 9, uncoveredRows: null });
    const skipped = layout.skippedRows.map((s) => s.row);
    expect(skipped).toEqual([6, 7, 10, 11]);
    const answer = flag(ss, layout, 'CPA', 100);
    expect(answer.rowsChecked).toBe(6);
    expect(flaggedRows(ss, 'A', 1, 12)).toEqual([2, 4, 8]);
    expect(answer.rowsFlagged).toBe(3);
    // Every row under the header has a Status exactly when it is not in the skipped list.
    const judged = Array.from({ length: 10 }, (_, i) => i + 2).filter((r) => !skipped.includes(r));
    expect(withStatus(ss, 'E', 2, 14)).toEqual(judged);
    expect(cells(ss, 'Report!A1:D12')).toEqual(before);
  });
});

describe('a report whose name column has no header', () => {
  const rows = [
    ['', 'Cost', 'Conversions', 'Clicks'],
    ['Alpha', '600', '1', '10'],
    ['Beta', '40', '2', '10'],
    ['Gamma', '300', '2', '10'],
    ['Total', '940', '5', '30'],
  ];

  it('its Total row is skipped, not coloured, and the campaign names take the flag colour of their rows', () => {
    const ss = openReport(rows);
    const before = cells(ss, 'Report!A1:D5');
    const layout = detect(ss);
    expect(layout.skippedRows).toEqual([{ row: 5, reason: 'total row (Total)' }]);
    expect(layout.lastDataRow).toBe(4);
    const answer = flag(ss, layout, 'CPA', 100);
    expect(answer.statusColumn).toBe('E');
    expect(flaggedRows(ss, 'A', 1, 5)).toEqual([2, 4]);
    expect(flaggedRows(ss, 'B', 1, 5)).toEqual([2, 4]);
    expect(answer.rowsFlagged).toBe(2);
    expect(withStatus(ss, 'E', 2, 6)).toEqual([2, 3, 4]);
    expect(cells(ss, 'Report!A1:D5')).toEqual(before);
  });

  it('a blank-headed column of numbers left of the report is not taken for names', () => {
    // Row numbers typed in A (pasted text `1` is the number 1, as Sheets reads it).
    const ss = openReport([
      ['', 'Campaign', 'Cost', 'Conversions'],
      ['1', 'Alpha', '600', '1'],
      ['2', 'Total', '600', '1'],
    ]);
    const layout = detect(ss);
    expect(layout.headers[0]?.column).toBe('B');
    expect(layout.skippedRows).toEqual([{ row: 3, reason: 'total row (Total)' }]);
  });
});
