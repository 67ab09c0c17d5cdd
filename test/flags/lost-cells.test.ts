// The limit or level cell deleted with its row or column (found by a hostile test): the Status
// formula reads #REF! there, so no cell can set it again. Detection says so in words, the panel's
// applied lines do not send the user to a cell that is not the limit, and Apply again restores
// every verdict with one set of flags.
import { describe, expect, it } from 'vitest';
import type { DetectedReport } from '../../src/sheets/report-flags.ts';
import { appliedAt100, detect, flag, flaggedRows, JUDGED_AT_100, statuses } from './helpers.ts';

describe('a limit or level cell deleted with its row or column', () => {
  it('the first campaign row deleted (the level cell F2 with it): detect says so, Apply again restores the verdicts', () => {
    const ss = appliedAt100();
    ss.user.deleteRows('Report', 2);
    expect(statuses(ss, 'Report!E2')).toEqual([
      'The confidence level cell was deleted: Apply again to write it again',
    ]);
    const found = ss.run('detectReport', 'Report') as DetectedReport;
    expect(found.problems).toContain(
      'The confidence level cell of the Status in E1 was deleted with its row or column: no verdict can show. Apply again to write it again.',
    );
    expect(found.applied).toMatchObject({ limit: 100, level: null, lost: ['level'] });
    flag(ss, detect(ss), 'CPA', 100);
    expect(statuses(ss, 'Report!E2:E4')).toEqual(JUDGED_AT_100.slice(1));
    expect(flaggedRows(ss, 'A', 2, 4)).toEqual([3]);
    expect(ss.conditionalRules('Report')).toHaveLength(2);
    expect((ss.run('detectReport', 'Report') as DetectedReport).applied?.lost).toBeUndefined();
  });

  it('the limit column deleted: detect names both cells and reads no limit from the column now there', () => {
    const ss = appliedAt100();
    ss.user.deleteColumns('Report', 6);
    expect(statuses(ss, 'Report!E2:E3')).toEqual([
      'The CPA limit cell was deleted: Apply again to write it again',
      'The CPA limit cell was deleted: Apply again to write it again',
    ]);
    // The column now at F is a blank one; a number typed there is not the flags' limit.
    ss.type('Report!F1', '100');
    const found = ss.run('detectReport', 'Report') as DetectedReport;
    expect(found.problems).toContain(
      'The limit and confidence level cells of the Status in E1 were deleted with their column: no verdict can show. Apply again to write them again.',
    );
    expect(found.applied).toMatchObject({ limit: null, model: null, level: null, lost: ['limit', 'level'] });
    ss.type('Report!F1', '');
    flag(ss, detect(ss), 'CPA', 100);
    expect(statuses(ss, 'Report!E2:E5')).toEqual(JUDGED_AT_100);
    expect(flaggedRows(ss, 'A', 2, 5)).toEqual([2, 4]);
    expect(ss.conditionalRules('Report')).toHaveLength(2);
  });

  it('a row inserted above the header, or a column between the Status and the limit: a cleared limit or level is asked for where it is now', () => {
    const ss = appliedAt100();
    ss.user.insertRows('Report', 1);
    expect(ss.values('Report!F2')).toEqual([[100]]);
    ss.type('Report!F2', '');
    expect(statuses(ss, 'Report!E3')).toEqual(['Set the CPA limit in F2 (a number above 0)']);
    ss.type('Report!F2', '100');
    ss.type('Report!F3', '');
    expect(statuses(ss, 'Report!E3')).toEqual(['Set the confidence level in F3 (50% to 99.9%)']);
    ss.type('Report!F3', '95%');
    ss.user.insertColumns('Report', 6);
    expect(ss.values('Report!G2')).toEqual([[100]]);
    ss.type('Report!G2', '');
    expect(statuses(ss, 'Report!E3')).toEqual(['Set the CPA limit in G2 (a number above 0)']);
    ss.type('Report!G2', '100');
    expect(statuses(ss, 'Report!E3:E6')).toEqual(JUDGED_AT_100);
  });
});
