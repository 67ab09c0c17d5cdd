// Never a dead end: a report whose headers no list knows is read under the header row and columns
// the user picks (detectReport's `choice`), then flagged like any other.
import { describe, expect, it } from 'vitest';
import type { ReportLayout } from '../../src/plans/report-flags/detect.ts';
import { detect, flag, flaggedRows, openReport } from './helpers.ts';

const ROWS = [
  ['Relatório interno'],
  ['Nome', 'Investimento', 'Vendas', 'Moeda'],
  ['Loja A', '500', '4', 'BRL'],
  ['Loja B', '90', '2', 'BRL'],
  ['Loja C', '300', '0', 'BRL'],
];

describe('a report no header list knows', () => {
  it('detection says so and asks for a choice', () => {
    const layout = detect(openReport(ROWS));
    expect(layout.headerRow).toBeNull();
    expect(layout.problems[0]).toMatch(/Choose the header row and the columns yourself\.$/);
  });

  it('is read under the chosen header row and columns, and flagged on the rows the test computes', () => {
    const ss = openReport(ROWS);
    const choice = { headerRow: 2, columns: { spend: 'B', conversions: 'C' } };
    const layout = ss.run('detectReport', 'Report', choice) as ReportLayout;
    expect(layout).toMatchObject({
      headerRow: 2,
      firstDataRow: 3,
      lastDataRow: 5,
      currency: 'BRL',
      columns: { spend: 'B', conversions: 'C' },
      problems: [],
    });
    // 500/4 = 125 > 100 over; 90/2 within; 300 at one allowance > 100 over.
    const answer = flag(ss, layout, 'CPA', 100);
    expect(flaggedRows(ss, 'A', 3, 5)).toEqual([3, 5]);
    expect(answer).toMatchObject({ rowsChecked: 3, rowsFlagged: 2 });
  });

  it('a bad choice is named, not guessed around', () => {
    const ss = openReport(ROWS);
    const bad = (choice: unknown): string[] =>
      (ss.run('detectReport', 'Report', choice) as ReportLayout).problems;
    expect(bad({ headerRow: 0 })[0]).toMatch(/^headerRow: must be a row number from 1 to 5/);
    expect(bad({ headerRow: 2, columns: { spend: 'F' } })[0]).toBe(
      'columns.spend: F is not a header of row 2',
    );
    expect(bad({ headerRow: 2, columns: { budget: 'B' } })[0]).toMatch(/^columns\.budget: not a column role/);
    expect(bad({ headerRow: 2 })).toContain('No spend column: choose the column that holds spend.');
  });
});
