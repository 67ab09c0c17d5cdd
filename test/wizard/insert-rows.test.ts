// Rows inserted and deleted inside a goal sheet's tracking table, which the Status column's and the
// pace block's ARRAYFORMULAs both read: in Sheets their ranges widen and their results recompute
// (https://developers.google.com/apps-script/reference/spreadsheet/sheet#insertRowsBefore(Integer,Integer)).
// The hostile-kpi session found inserting them threw in the local spreadsheet (test/local/structure.test.ts
// holds the engine-level case).
import { describe, expect, it } from 'vitest';
import { openLocalSpreadsheet } from '../../local/index.ts';
import { createGoal, on, trackingLine } from './helpers.ts';

/** Noon on 2025-03-15 in New York: 14 days of the 30-day campaign (from 2025-03-01) completed. */
const MARCH_15 = new Date('2025-03-15T16:00:00Z');

/** A goal sheet (Social on the goal's $45, LinkedIn on its own $80) with three typed rows, 27-29. */
function goal() {
  const ss = openLocalSpreadsheet({ now: () => MARCH_15 });
  const { sheetName } = createGoal(ss);
  const at = (a1: string): string => on(sheetName, a1);
  const show = (a1: string): string[] => ss.displayValues(at(a1)).flat();
  const line = trackingLine;
  const row = (r: number, cells: string[]): void => ss.paste(at(`A${r}`), [cells]);
  row(27, line('Social', '1', '40'));
  row(28, line('Social', '1', '40'));
  row(29, line('LinkedIn', '1', '60'));
  return { ss, sheetName, at, show, line, row };
}

describe('inserting rows in the middle of the tracking table', () => {
  it.each([29, 28])(
    'before row %i: rows typed in the new rows are judged and counted, and no typed cell changes',
    (before) => {
      const g = goal();
      const formulas = g.ss.formulas(g.at('J27:Q27'));
      const typed = g.ss.formulas(g.at('A27:I29'));
      expect(g.show('G3')).toEqual(['3']);
      g.ss.user.insertRows(g.sheetName, before, 2);
      // The typed rows from `before` on moved down by two; the new rows are blank.
      const blank = Array.from({ length: 9 }, () => '');
      const moved = [...typed.slice(0, before - 27), blank, blank, ...typed.slice(before - 27)];
      expect(g.ss.formulas(g.at('A27:I31'))).toEqual(moved);
      // The table's formulas are still one row of ARRAYFORMULAs reading to the sheet's end.
      expect(g.ss.formulas(g.at('J27:Q27'))).toEqual(formulas);
      expect(
        g.ss
          .formulas(g.at('J28:Q31'))
          .flat()
          .every((f) => f === ''),
      ).toBe(true);
      g.row(before, g.line('Social', '1', '40'));
      g.row(before + 1, g.line('LinkedIn', '2', '300'));
      const status = ['OK', 'OK', 'OK', 'OK', 'OK'];
      status[before + 1 - 27] = 'Over CPL limit by $70.00';
      expect(g.show('J27:J31').map((s) => s.split(' · ')[0])).toEqual(status);
      expect(g.show('G3')).toEqual(['6']);
    },
  );

  it('deleting the rows again leaves the totals as before', () => {
    const g = goal();
    g.ss.user.insertRows(g.sheetName, 29, 2);
    g.row(29, g.line('Social', '1', '40'));
    expect(g.show('G3')).toEqual(['4']);
    g.ss.user.deleteRows(g.sheetName, 29, 2);
    expect(g.show('J27:J30')).toEqual(['OK', 'OK', 'OK', '']);
    expect(g.show('G3')).toEqual(['3']);
  });
});
