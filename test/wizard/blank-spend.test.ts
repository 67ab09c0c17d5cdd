// A tracking row with results but a blank Spend (found by a hostile test): it said nothing and its
// results were counted without their date, channel or sign checked. It now says
// `Check Spend: blank (type 0 if nothing was spent)` and counts nowhere until its spend is typed; a
// row with only a date (filled in ahead) draws no pace line to it.
import { describe, expect, it } from 'vitest';
import { type LocalSpreadsheet, openLocalSpreadsheet } from '../../local/index.ts';
import { createGoal, IN_CAMPAIGN, on, trackingLine } from './helpers.ts';

/** Noon on 2025-03-15 in New York: 14 days of the 30-day campaign (from 2025-03-01) completed. */
const MARCH_15 = new Date('2025-03-15T16:00:00Z');

/** A goal sheet (Social on the goal's $45, LinkedIn on its own $80) on 2025-03-15. */
function goal(ss: LocalSpreadsheet = openLocalSpreadsheet({ now: () => MARCH_15 })) {
  const { sheetName } = createGoal(ss);
  const at = (a1: string): string => on(sheetName, a1);
  const show = (a1: string): string[] => ss.displayValues(at(a1)).flat();
  /** One tracking row: Date, Channel, Leads (F) and Spend (I); '' leaves a cell blank. */
  const row = (r: number, date: string, channel: string, leads: string, spend: string): void =>
    ss.paste(at(`A${r}`), [trackingLine(channel, leads, spend, date)]);
  return { ss, sheetName, at, show, row };
}

describe('a row with results but a blank Spend is still checked before it is counted', () => {
  it('says so, counts nowhere, and counts once 0 is typed as its spend', () => {
    const g = goal();
    g.row(27, IN_CAMPAIGN, 'Social', '3', '');
    expect(g.show('J27')).toEqual(['Check Spend: blank (type 0 if nothing was spent)']);
    expect(g.show('G3')).toEqual(['0']);
    g.ss.type(g.at('I27'), '0');
    expect(g.show('J27')[0]).toMatch(/^OK/);
    expect(g.show('G3')).toEqual(['3']);
  });

  it('leads dated after the end (a typo year) count in no total', () => {
    const g = goal();
    g.row(27, '2099-03-02', 'Social', '10', '');
    expect(g.show('G3')).toEqual(['0']);
    expect(g.show('N4')).toEqual(['0']);
  });

  it('negative leads never make Leads to date negative', () => {
    const g = goal();
    g.row(27, IN_CAMPAIGN, 'Social', '-10', '');
    expect(g.show('G3:G4')).toEqual(['0', '0%']);
    expect(g.show('A2')[0]).toMatch(/^Behind: 0 of 50 leads/);
  });

  it("leads on a channel that is none of the goal's count nowhere (the channels add up to the total)", () => {
    const g = goal();
    g.row(27, IN_CAMPAIGN, 'Pinterest', '7', '');
    const byChannel = g.show('N4:N5').reduce((sum, n) => sum + Number(n), 0);
    expect(Number(g.show('G3')[0])).toBe(byChannel);
  });

  it('the pace lines stop at the last day reported, not at a blank-spend row dated after the end', () => {
    const g = goal();
    g.row(27, IN_CAMPAIGN, 'Social', '2', '60');
    g.row(28, '2099-03-02', 'Social', '1', '');
    // Days 1 and 2 (T4:T5) are reported; day 3 on has no row Status judged.
    expect(g.show('V4:V5')).toEqual(['0%', '4%']);
    expect(g.show('V6:W8')).toEqual(['', '', '', '', '', '']);
  });

  it('a row with only a date, typed ahead for a later day, draws no pace line to it', () => {
    const g = goal();
    g.row(27, IN_CAMPAIGN, 'Social', '2', '60');
    g.ss.type(g.at('A28'), '2025-03-20');
    expect(g.show('J28')).toEqual(['']);
    expect(g.show('V6:W8')).toEqual(['', '', '', '', '', '']);
  });
});
