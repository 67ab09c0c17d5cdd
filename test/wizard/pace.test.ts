// The pace block (T3:W1099) and its chart, through the local spreadsheet running dist/Code.js:
// rows typed as a user types them, the block read back against cumulative sums worked out by hand.
import { describe, expect, it } from 'vitest';
import { type LocalSpreadsheet, openLocalSpreadsheet } from '../../local/index.ts';
import { paceFormulas } from '../../src/plans/campaign-goal/pace-block.ts';
import { renderFormula } from '../../src/plans/shared/formula-locale.ts';
import { createGoal, leadsGoal, on } from './helpers.ts';

/** Noon on 2025-03-05 in New York (the local spreadsheet's default zone). */
const MARCH_5 = new Date('2025-03-05T17:00:00Z');

/** A row typed as a user pastes it: each cell parsed as typed, one recalculation. */
function typeRow(ss: LocalSpreadsheet, sheet: string, row: number, cells: string[]): void {
  ss.paste(on(sheet, `A${row}`), [cells]);
}

/** A 30-day goal of 50 leads from 2025-03-01, budget 50 x $45 = $2,250. */
function goalSheet(locale: 'en_US' | 'de_DE' = 'en_US'): { ss: LocalSpreadsheet; sheet: string } {
  const ss = openLocalSpreadsheet({ locale, now: () => MARCH_5 });
  const { sheetName } = createGoal(ss, leadsGoal({ channels: [{ id: 'social' }, { id: 'linkedin' }] }));
  return { ss, sheet: sheetName };
}

describe('the pace block', () => {
  const { ss, sheet } = goalSheet();
  // Date, Channel, Campaign, Impressions, Clicks, Leads, Conversions, Revenue, Spend.
  typeRow(ss, sheet, 27, ['2025-03-01', 'Social', 'a', '1000', '50', '2', '0', '0', '90']);
  typeRow(ss, sheet, 28, ['2025-03-03', 'LinkedIn', 'b', '800', '20', '3', '0', '0', '135']);
  typeRow(ss, sheet, 29, ['2025-03-01', 'Social', 'a', '500', '10', '1', '0', '0', '45']);
  // Negative spend: Status says Check, so the row counts nowhere.
  typeRow(ss, sheet, 30, ['2025-03-02', 'Social', 'a', '500', '10', '4', '0', '0', '-20']);
  // The latest day reported: the lines stop there.
  typeRow(ss, sheet, 31, ['2025-03-05', 'Social', 'a', '500', '10', '5', '0', '0', '100']);

  it('has one dated row per campaign day and blanks after the end date', () => {
    const days = ss.displayValues(on(sheet, 'T3:T35')).map((r) => r[0]);
    expect(days.slice(0, 3)).toEqual(['Day', '3/1/2025', '3/2/2025']);
    expect(days[30]).toBe('3/30/2025');
    expect(days.slice(31)).toEqual(['', '']);
  });

  it('sums results and spend up to each day reported, as % of target and budget', () => {
    expect(ss.displayValues(on(sheet, 'U3:W3'))).toEqual([['Plan', 'Leads to date', 'Spend to date']]);
    const rows = ss.values(on(sheet, 'U4:W10'));
    // Day n of 30: n/30. Leads by day: 3-01: 2+1, 3-02: +0 (row 17 is a Check row), 3-03: +3,
    // 3-05: +5. Spend by day: 90+45, then 135 on 3-03, 100 on 3-05; budget $2,250.
    const expected = [
      [1 / 30, 3 / 50, 135 / 2250],
      [2 / 30, 3 / 50, 135 / 2250],
      [3 / 30, 6 / 50, 270 / 2250],
      [4 / 30, 6 / 50, 270 / 2250],
      [5 / 30, 11 / 50, 370 / 2250],
      [6 / 30, '', ''],
      [7 / 30, '', ''],
    ];
    rows.forEach((row, i) => {
      row.forEach((v, j) => {
        const want = expected[i]?.[j];
        if (typeof want === 'number') expect(v, `R${14 + i}:T${14 + i} [${j}]`).toBeCloseTo(want, 12);
        else expect(v, `R${14 + i}:T${14 + i} [${j}]`).toBe(want);
      });
    });
    expect(ss.displayValues(on(sheet, 'U6:W6'))).toEqual([['10%', '12%', '12%']]);
  });

  it('never shows an error: a row holding one counts nowhere or blanks the days from its date', () => {
    // A pasted #N/A and =1/0 on 3-04.
    typeRow(ss, sheet, 33, ['2025-03-04', 'Social', 'a', '500', '10', '#N/A', '0', '0', '=1/0']);
    const block = ss.displayValues(on(sheet, 'T4:W10')).flat();
    expect(block.filter((d) => d.startsWith('#'))).toEqual([]);
    // The days before the error keep their figures.
    expect(ss.values(on(sheet, 'V6:W6'))[0]).toEqual([6 / 50, 270 / 2250]);
    ss.type(on(sheet, 'F33'), '');
    ss.type(on(sheet, 'I33'), '');
    ss.type(on(sheet, 'B5'), '');
    expect(ss.values(on(sheet, 'V4:V6'))).toEqual([[''], [''], ['']]);
    ss.type(on(sheet, 'B5'), '50');
    expect(ss.values(on(sheet, 'V4:V4'))[0]?.[0]).toBeCloseTo(3 / 50, 12);
  });

  it('shows no day at all for a cleared start date or an end before the start', () => {
    ss.type(on(sheet, 'B6'), '');
    expect(ss.displayValues(on(sheet, 'T4:W5'))).toEqual([
      ['', '', '', ''],
      ['', '', '', ''],
    ]);
    ss.type(on(sheet, 'B6'), '2025-04-02');
    expect(ss.displayValues(on(sheet, 'T4:T4'))).toEqual([['']]);
    ss.type(on(sheet, 'B6'), '2025-03-01');
    expect(ss.displayValues(on(sheet, 'T4:T4'))).toEqual([['3/1/2025']]);
  });

  it('draws a line chart of the block: plan, leads and spend, legend at the bottom', () => {
    const pace = ss.charts(sheet).find((c) => c.chartType === 'LINE');
    expect(pace).toMatchObject({
      ranges: [`${sheet}!T3:W1099`],
      numHeaders: 1,
      position: { row: 13, col: 6, offsetX: 0, offsetY: 0 },
      options: { title: 'Pace: leads and spend, % of target and budget', legend: { position: 'bottom' } },
    });
  });
});

describe('the pace block in every locale', () => {
  it('renders without decimal literals and computes the same in de_DE', () => {
    const formulas = paceFormulas({
      resultsColumn: 'Leads',
      ref: { limit: '$B$8', level: '$C$8', target: '$B$5', start: '$B$6', end: '$B$7', budget: '$B$9' },
    });
    for (const f of Object.values(formulas)) expect(renderFormula(f, 'de_DE')).not.toContain(',');
    const { ss, sheet } = goalSheet('de_DE');
    typeRow(ss, sheet, 27, ['01.03.2025', 'Social', 'a', '1000', '50', '2', '0', '0', '112,5']);
    expect(ss.displayValues(on(sheet, 'T4:W4'))).toEqual([['01.03.2025', '3%', '4%', '5%']]);
    // Decimal-comma amounts, a Check row (negative leads) and a later day typed before an earlier one.
    typeRow(ss, sheet, 31, ['04.03.2025', 'LinkedIn', 'b', '800', '20', '3', '0', '0', '1.012,25']);
    typeRow(ss, sheet, 32, ['02.03.2025', 'Social', 'a', '500', '10', '-1', '0', '0', '50']);
    typeRow(ss, sheet, 33, ['02.03.2025', 'Social', 'a', '500', '10', '1', '0', '0', '0,75']);
    // Leads by day: 3-01 2, 3-02 +1 (row 32 is a Check row), 3-04 +3; spend 112.5, +0.75, +1012.25.
    const expected = [
      [2 / 50, 112.5 / 2250],
      [3 / 50, 113.25 / 2250],
      [3 / 50, 113.25 / 2250],
      [6 / 50, 1125.5 / 2250],
    ];
    ss.values(on(sheet, 'V4:W7')).forEach((row, i) => {
      row.forEach((v, j) => {
        expect(v, `V${4 + i}:W${4 + i} [${j}]`).toBeCloseTo(expected[i]?.[j] ?? Number.NaN, 12);
      });
    });
    expect(ss.values(on(sheet, 'V8:W8'))).toEqual([['', '']]);
  });
});
