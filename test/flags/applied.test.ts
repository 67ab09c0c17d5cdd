// detectReport on a sheet the add-on already flagged: what is applied (limit, model, counts) comes
// back, computed from the sheet's own cells, and follows edits of the limit cell and Remove.
import { describe, expect, it } from 'vitest';
import type { DetectedReport } from '../../src/sheets/report-flags.ts';
import { detect, expectedBreaches, expectedConfirmed, fixtureRows, flag, openReport } from './helpers.ts';

const FILE = 'google-ads-campaigns.csv';
const COLS = { top: 1, header: 2, spend: 9, results: 10 };

describe('detectReport answers the flags already applied', () => {
  it('has no applied field on a report without flags', () => {
    const ss = openReport(fixtureRows(FILE));
    expect('applied' in detect(ss)).toBe(false);
  });

  it('reads the limit, the model and the red rows back after flagBreaches', () => {
    const ss = openReport(fixtureRows(FILE));
    const answer = flag(ss, detect(ss), 'CPA', 60);
    const again = detect(ss) as DetectedReport;
    const want = expectedBreaches(fixtureRows(FILE), { ...COLS, limit: 60 });
    expect(again.applied).toEqual({
      statusColumn: answer.statusColumn,
      limitCell: 'Q3',
      limit: 60,
      model: 'CPA',
      rowsChecked: answer.rowsChecked,
      rowsFlagged: want.length,
      level: 0.95,
      rowsConfirmed: expectedConfirmed(fixtureRows(FILE), { ...COLS, limit: 60 }).length,
    });
    expect(answer.rowsConfirmed).toBe(again.applied?.rowsConfirmed);
    // The report itself reads as before: the Status column is not taken for a report column.
    expect(again.headers.map((h) => h.column)).not.toContain('P');
  });

  it('follows a limit typed into the sheet, and is gone after Remove', () => {
    const ss = openReport(fixtureRows(FILE));
    flag(ss, detect(ss), 'CPA', 60);
    ss.type('Q3', '3000');
    const want = expectedBreaches(fixtureRows(FILE), { ...COLS, limit: 3000 });
    const applied = (detect(ss) as DetectedReport).applied;
    expect(applied?.limit).toBe(3000);
    expect(applied?.rowsFlagged).toBe(want.length);
    expect(want.length).toBeLessThan(expectedBreaches(fixtureRows(FILE), { ...COLS, limit: 60 }).length);
    ss.run('removeBreachFlags', 'Report');
    expect('applied' in detect(ss)).toBe(false);
  });
});
