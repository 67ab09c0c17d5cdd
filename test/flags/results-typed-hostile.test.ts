// From the hostile-testing session of stop 22 (branch hostile-flags, test/flags/hostile-2.test.ts),
// where both failed: a time or a percentage typed into a flagged report's results column. They
// hold the fix of this stop (breach-rule.ts: the results column's percent-or-time check;
// count.ts: the number formats read where a row is over) on the session's own report.
import { describe, expect, it } from 'vitest';
import type { LocalSpreadsheet } from '../../local/index.ts';
import { detect, FOUR_CAMPAIGNS, flag, flaggedRows, heads, openReport } from './helpers.ts';

const statuses = (ss: LocalSpreadsheet, a1: string): string[] =>
  heads(ss.displayValues(a1)).map((r) => String(r[0] ?? ''));

/** FOUR_CAMPAIGNS at a $100 CPA: Alpha (600 / 1) and Gamma (300 / 2) are over. */
const JUDGED = ['Over CPA limit by $500.00', 'OK', 'Over CPA limit by $50.00', 'OK'];

describe('a time or a percentage typed into results (hostile session, stop 22)', () => {
  it('typed before Apply: rowsFlagged equals the rows coloured', () => {
    for (const typed of ['10:30', '0:30', '12%']) {
      const ss = openReport(FOUR_CAMPAIGNS);
      ss.type('Report!C4', typed);
      const answer = flag(ss, detect(ss), 'CPA', 100);
      expect(answer.rowsFlagged, typed).toBe(flaggedRows(ss, 'A', 2, 5).length);
      expect(answer.rowsFlagged, typed).toBe(1);
    }
  });

  it('typed after Apply: says Check, never judged as a fraction of a result', () => {
    for (const typed of ['12%', '10:30']) {
      const ss = openReport(FOUR_CAMPAIGNS);
      flag(ss, detect(ss), 'CPA', 100);
      expect(statuses(ss, 'Report!E2:E5')).toEqual(JUDGED);
      ss.type('Report!C4', typed);
      expect(statuses(ss, 'Report!E4')[0], typed).toMatch(/^Check Conversions: /);
      expect(flaggedRows(ss, 'A', 2, 5), typed).toEqual([2]);
    }
  });
});
