// Apply on a report emptied after detection: the one-call read of the sheet's values
// (getSheetValues(1, 1, -1, -1)) refuses a sheet with no data in the local spreadsheet, as Google's
// page does not say what it does there; the add-on reads the sheet as getDataRange does and
// refuses the stale options in words, writing nothing.
import { describe, expect, it } from 'vitest';
import { detect, FOUR_CAMPAIGNS, openReport } from './helpers.ts';

describe('flagBreaches on a sheet emptied after detection', () => {
  it('refuses in words and writes nothing', () => {
    const ss = openReport(FOUR_CAMPAIGNS);
    const layout = detect(ss);
    const sheet = ss.services.SpreadsheetApp.getActive().getSheetByName('Report');
    sheet?.clear();
    const size = ss.size('Report');
    const error = (() => {
      try {
        ss.run('flagBreaches', { ...layout, model: 'CPA', limit: 60 });
      } catch (e) {
        return e instanceof Error ? e.message : String(e);
      }
      return 'no error';
    })();
    expect(error).toMatch(/^The flag options are not valid: /);
    expect(error).not.toMatch(/internal problem|at least 1/);
    expect(ss.size('Report')).toEqual(size);
    expect(
      ss
        .displayValues('Report!A1:D5')
        .flat()
        .every((v) => v === ''),
    ).toBe(true);
    expect(ss.conditionalRules('Report')).toEqual([]);
  });
});
