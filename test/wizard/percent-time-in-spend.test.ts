// A percentage or a time typed into the goal sheet's Spend or Leads (issue 15, item 4). The tracking table's
// Status shares the breach rule with flags on reports: a number whose cell shows `%` or a time is a
// Check, left out of every total. The Spend column is created with a money format, and whether
// Sheets swaps a money format for a percent or time one when `12%` or `10:30` is typed over it is
// not documented (for a typed date it is reported to): the local spreadsheet keeps the money format
// (the stricter answer), so there the cell shows $0.12 and is judged as that amount, as the README
// says. With the format cleared (Format > Clear formatting), the typed value brings its own format.
import { describe, expect, it } from 'vitest';
import { openLocalSpreadsheet } from '../../local/index.ts';
import { heads } from '../verdict-text.ts';
import { createGoal, on, trackingLine } from './helpers.ts';

/** Rows whose Status says Check: lavender. */
const CHECK = '#e6dcf2';

describe('a percentage or a time typed into Spend on the goal sheet', () => {
  it.each([
    ['en_US', '90', ['12%', '5%', '10:30', '1:05:00'], '$90.12', 'Over CPL limit by $45.00', '$0.12'],
    ['de_DE', '90', ['12 %', '5%', '10:30', '1:05:00'], '90,12 €', 'Over CPL limit by 45,00 €', '0,12 €'],
  ])(
    '%s: a Check once the cell shows it, left out of the totals',
    (locale, amount, typed, spent, over, cents) => {
      const ss = openLocalSpreadsheet({ locale });
      const { sheetName } = createGoal(ss);
      const at = (a1: string): string => on(sheetName, a1);
      const sheet = ss.services.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(sheetName);
      const last = 27 + typed.length;
      // Format > Clear formatting on the Spend cells of rows 28 on, then the rows pasted in one go;
      // the row after them keeps the money format the column was created with.
      sheet?.getRange(`I28:I${last}`).clearFormat();
      const row = (spend: string, leads: string): string[] => trackingLine('Social', leads, spend);
      ss.paste(at('A27'), [row(amount, '1'), ...typed.map((t) => row(t, '1')), row(typed[0] as string, '')]);
      expect(heads(ss.displayValues(at(`J27:J${last}`))).flat()).toEqual([
        over,
        ...typed.map(() => 'Check Spend: a percentage or a time, not money'),
      ]);
      const fills = ss.backgrounds(at(`A28:J${last}`)).map((cells) => [...new Set(cells)]);
      expect(fills).toEqual(typed.map(() => [CHECK]));
      // Results to date count row 27 alone; Spend adds the last row's $0.12 (see below), not the Checks.
      expect(ss.displayValues(at('G3'))).toEqual([['1']]);
      expect(ss.displayValues(at('G5'))).toEqual([[spent]]);

      // Typed over the money format the column was created with: shown as money, judged as money.
      expect(ss.displayValues(at(`I${last + 1}`))).toEqual([[cents]]);
      expect(heads(ss.displayValues(at(`J${last + 1}`)))).toEqual([['OK']]);
    },
  );

  it('typed into Leads (the results column): a Check, not a fraction of a lead, left out of the totals', () => {
    const ss = openLocalSpreadsheet();
    const { sheetName } = createGoal(ss);
    const at = (a1: string): string => on(sheetName, a1);
    const sheet = ss.services.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(sheetName);
    // Format > Clear formatting on the Leads cells, so each typed value brings its own format.
    sheet?.getRange('F28:F29').clearFormat();
    const row = (leads: string): string[] => trackingLine('Social', leads, '90');
    ss.paste(at('A27'), [row('1'), row('12%'), row('10:30')]);
    expect(heads(ss.displayValues(at('J27:J29'))).flat()).toEqual([
      'Over CPL limit by $45.00',
      'Check Leads: a percentage or a time, not a count',
      'Check Leads: a percentage or a time, not a count',
    ]);
    expect(ss.backgrounds(at('A28:J29')).map((cells) => [...new Set(cells)])).toEqual([[CHECK], [CHECK]]);
    // Results to date and Spend count row 27 alone.
    expect(ss.displayValues(at('G3'))).toEqual([['1']]);
    expect(ss.displayValues(at('G5'))).toEqual([['$90.00']]);
  });
});
