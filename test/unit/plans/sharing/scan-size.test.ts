// The scan answer crosses google.script.run: on 20,000 add-on cells it stays small (counts and a
// few cells per sheet), where every cell's formula made a 3.3 MB answer.
import { describe, expect, it } from 'vitest';
import {
  EXAMPLES_PER_SHEET,
  LISTED_PER_SHEET,
  planSharing,
  type SheetRead,
  scanAnswer,
} from '../../../../src/plans/sharing/plan.ts';

/** `rows` rows of spend, leads and =CPL(spend, leads); every 4th row has a negative spend (refused). */
function sheet(name: string, rows: number): SheetRead {
  const values = Array.from({ length: rows }, (_, i) => {
    const spend = i % 4 === 3 ? -5 : 100 + i;
    return [spend, 4, spend < 0 ? '#ERROR!' : spend / 4];
  });
  const formulas = Array.from({ length: rows }, (_, i) => ['', '', `=CPL(A${i + 1},B${i + 1})`]);
  return { name, formulas, values: () => values };
}

describe('the scan answer on 20,000 cells', () => {
  const sheets = [sheet('Ads', 15_000), sheet('Leads', 5_000)];
  const plan = planSharing(sheets, 'en_US');
  const answer = scanAnswer(plan);
  const size = JSON.stringify(answer).length;

  it('counts every cell per sheet', () => {
    expect(answer.sheets).toEqual([
      { sheet: 'Ads', convert: 11_250, unconvertible: 3_750 },
      { sheet: 'Leads', convert: 3_750, unconvertible: 1_250 },
    ]);
  });

  it('lists a few cells per sheet, not every formula', () => {
    expect(answer.cells).toHaveLength(2 * EXAMPLES_PER_SHEET);
    expect(answer.unconvertible).toHaveLength(2 * LISTED_PER_SHEET);
    expect(answer.unconvertible[0]).toMatchObject({ sheet: 'Ads', a1: 'C4' });
    // The whole plan is what the answer used to be: megabytes.
    expect(JSON.stringify({ cells: plan.cells, unconvertible: plan.unconvertible }).length).toBeGreaterThan(
      3_000_000,
    );
    expect(size).toBeLessThan(10_000);
  });

  it('does not grow with the number of cells', () => {
    const small = scanAnswer(planSharing([sheet('Ads', 150), sheet('Leads', 50)], 'en_US'));
    expect(Math.abs(JSON.stringify(small).length - size)).toBeLessThan(100);
  });
});
