// Flags on a report, behaviours a hostile-test session verified and no other test covered:
// a sheet with only a header, the first campaign row deleted then Apply again at once, and the
// model switched CPA -> CPL -> CPC on one report, then Remove.
import { describe, expect, it } from 'vitest';
import {
  appliedAt100,
  detect,
  FOUR_CAMPAIGNS,
  flag,
  flaggedRows,
  JUDGED_AT_100,
  openReport,
  snapshot,
  statuses,
} from './helpers.ts';

describe('verified behaviours no other test covers', () => {
  it('a sheet with only a header: detect says there are no campaign rows, Apply refuses in words, nothing written', () => {
    const ss = openReport([FOUR_CAMPAIGNS[0] as string[]]);
    const layout = detect(ss);
    expect(layout.problems).toContain('No campaign rows found below the header row.');
    expect(() => flag(ss, layout, 'CPA', 100)).toThrow(/headerRow: no campaign rows below row 1/);
    expect(ss.values('Report!E1:F2').flat()).toEqual(['', '', '', '']);
    expect(ss.conditionalRules('Report')).toEqual([]);
    expect(ss.user.metadata()).toEqual([]);
  });

  it('the first campaign row deleted and Apply again straight away: one set of flags, judged again', () => {
    const ss = appliedAt100();
    ss.user.deleteRows('Report', 2);
    const answer = flag(ss, detect(ss), 'CPA', 100);
    expect(statuses(ss, 'Report!E2:E4')).toEqual(JUDGED_AT_100.slice(1));
    expect(answer.rowsFlagged).toBe(flaggedRows(ss, 'A', 2, 4).length);
    expect(ss.values('Report!F1:F2')).toEqual([[100], [0.95]]);
    expect(ss.conditionalRules('Report')).toHaveLength(2);
    expect(ss.user.metadata()).toHaveLength(2);
  });

  it('CPA, then CPL, then CPC on one report: the words, the limit label and the count follow the model; Remove leaves nothing', () => {
    const rows = [
      ['Campaign', 'Cost', 'Conversions', 'Leads', 'Clicks'],
      ['a', '600', '1', '2', '50'],
      ['b', '40', '2', '0', '10'],
      ['c', '300', '0', '', '1000'],
      ['d', '0', '0', '0', '0'],
    ];
    const ss = openReport(rows);
    const report = snapshot(ss, 'Report!A1:E5');
    const runs = [
      ['CPA', 100, ['Over CPA limit by $500.00', 'OK', 'Over CPA limit: no conversion after $300.00', 'OK']],
      ['CPL', 100, ['Over CPL limit by $200.00', 'OK', 'Over CPL limit: no lead after $300.00', 'OK']],
      ['CPC', 1, ['Over CPC limit by $11.00', 'Over CPC limit by $3.00', 'OK', 'OK']],
    ] as const;
    for (const [model, limit, want] of runs) {
      const answer = flag(ss, detect(ss), model, limit);
      expect(statuses(ss, 'Report!F2:F5'), model).toEqual(want);
      expect(answer.rowsFlagged, model).toBe(flaggedRows(ss, 'A', 2, 5).length);
      expect(ss.displayValues('Report!G1'), model).toEqual([[`${model} limit $${limit}.00`]]);
      expect(ss.conditionalRules('Report')).toHaveLength(2);
      expect(ss.user.metadata()).toHaveLength(2);
      expect(snapshot(ss, 'Report!A1:E5')).toEqual(report);
    }
    expect(ss.run('removeBreachFlags', 'Report')).toEqual({ sheetName: 'Report', removed: true, left: [] });
    expect(
      ss
        .values('Report!F1:G5')
        .flat()
        .every((v) => v === ''),
    ).toBe(true);
    expect(ss.conditionalRules('Report')).toEqual([]);
    expect(ss.user.metadata()).toEqual([]);
    expect(ss.dataValidations('Report')).toEqual([]);
  });
});
