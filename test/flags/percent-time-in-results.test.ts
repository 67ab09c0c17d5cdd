// A percentage or a time typed into a flagged report's results column (issue 15, item 4: "the
// summary's count always equals the rows coloured"): `12%` is stored as 0.12 and `10:30` as 0.4375
// with a percent or time format, so read as numbers they would be judged as a fraction of one
// result. The Status reads what the cell shows (TO_TEXT) and says Check; flagBreaches' answer
// reads the cells' number formats where they can change its count, and counts as the sheet colours.
import { describe, expect, it } from 'vitest';
import { RESULTS_ROLE } from '../../src/plans/shared/cost-model.ts';
import { detect, fixtureRows, flag, flaggedRows, heads, openReport } from './helpers.ts';

const ROWS = fixtureRows('meta-ads-campaigns.csv').slice(0, 4);
const COUNT = 'a percentage or a time, not a count';

function report() {
  const ss = openReport(ROWS);
  const layout = detect(ss);
  const results = layout.columns[RESULTS_ROLE.CPL] as string;
  return { ss, layout, results };
}

describe('a percentage or a time typed into the results column of a flagged report', () => {
  // Row 3: $1,287.40 for 23 leads is over $40 per lead; as 0.12 or 0.4375 leads it would be too.
  it.each(['12%', '5%', '10:30', '1:05:00'])(
    '%s typed before Apply: Check, uncoloured, and not counted',
    (typed) => {
      const { ss, layout, results } = report();
      ss.type(`Report!${results}3`, typed);
      const answer = flag(ss, layout, 'CPL', 40);
      expect(ss.displayValues('Report!P3')).toEqual([[`Check Leads: ${COUNT}`]]);
      expect(flaggedRows(ss, 'A', 2, 4)).toEqual([]);
      expect(answer.rowsFlagged).toBe(0);
      expect(answer.rowsConfirmed).toBe(0);
    },
  );

  it('typed after Apply: the Status says Check at once, and Apply again counts as the sheet colours', () => {
    const { ss, layout, results } = report();
    const first = flag(ss, layout, 'CPL', 40);
    expect(heads(ss.displayValues('Report!P3'))).toEqual([['Over CPL limit by $15.97']]);
    expect(first.rowsFlagged).toBe(1);
    ss.type(`Report!${results}3`, '12%');
    expect(ss.displayValues('Report!P3')).toEqual([[`Check Leads: ${COUNT}`]]);
    const again = flag(ss, detect(ss), 'CPL', 40);
    expect(flaggedRows(ss, 'A', 2, 4)).toEqual([]);
    expect(again.rowsFlagged).toBe(0);
  });

  it('a count typed as a count stays a count, and a percentage spend under a limit of cents is no breach', () => {
    const { ss, layout, results } = report();
    ss.type(`Report!${results}3`, '2');
    ss.type('Report!K2', '12%');
    ss.type(`Report!${results}2`, '0');
    // A limit of 10 cents: 0.12 read as money would be over it with no lead.
    const answer = flag(ss, layout, 'CPL', 0.1);
    expect(ss.displayValues('Report!P2')).toEqual([
      ['Check Amount spent (USD): a percentage or a time, not money'],
    ]);
    expect(heads(ss.displayValues('Report!P3'))[0]?.[0]).toMatch(/^Over CPL limit by \$643\.60/);
    expect(flaggedRows(ss, 'A', 2, 4)).toEqual([3, 4]);
    expect(answer.rowsFlagged).toBe(2);
  });
});
