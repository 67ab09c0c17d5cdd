// Dates in the goal sheet in the locale's own format (issue 17 item 4): the start and end dates, the
// Date column and the pace days show as the locale writes a short date, and a date typed there the
// locale's way (or in ISO form) is a date shown the same way.
import { describe, expect, it } from 'vitest';
import { openLocalSpreadsheet } from '../../local/index.ts';
import { heads } from '../verdict-text.ts';
import { createGoal, leadsGoal, on } from './helpers.ts';

// leadsGoal runs 2025-03-01 to 2025-03-30. Expected texts are the locales' short dates as Sheets
// shows a typed date (en_US 11/27/2026, de_DE 27.11.2026, en_GB 27/11/2026, ja_JP 2026/11/27).
const CASES = [
  { locale: 'en_US', start: '3/1/2025', end: '3/30/2025', typed: '3/2/2025', shown: '3/2/2025' },
  { locale: 'de_DE', start: '01.03.2025', end: '30.03.2025', typed: '2.3.2025', shown: '02.03.2025' },
  { locale: 'en_GB', start: '01/03/2025', end: '30/03/2025', typed: '2.3.2025', shown: '02/03/2025' },
  { locale: 'ja_JP', start: '2025/03/01', end: '2025/03/30', typed: '2025/3/2', shown: '2025/03/02' },
];

describe.each(CASES)('$locale', ({ locale, start, end, typed, shown }) => {
  const ss = openLocalSpreadsheet({ locale });
  const { sheetName } = createGoal(ss, leadsGoal({ channels: [{ id: 'social' }] }));

  it('shows the start and end dates and the first pace day in the locale format', () => {
    expect(ss.displayValues(on(sheetName, 'B6:B7'))).toEqual([[start], [end]]);
    expect(ss.displayValues(on(sheetName, 'T4'))).toEqual([[start]]);
  });

  it('reads a date typed the locale way, and one typed in ISO form, and shows both its way', () => {
    ss.type(on(sheetName, 'A27'), typed);
    ss.type(on(sheetName, 'A28'), '2025-03-02');
    const values = ss.values(on(sheetName, 'A27:A28')).flat();
    expect(values.every((v) => v instanceof Date)).toBe(true);
    expect(ss.displayValues(on(sheetName, 'A27:A28'))).toEqual([[shown], [shown]]);
  });

  it('reads the day and month in the locale order: 12 March, not a day in December', () => {
    ss.type(on(sheetName, 'A29'), typed.replace(/\b2\b/, '12'));
    ss.type(on(sheetName, 'B29'), 'Social');
    ss.type(on(sheetName, 'F29'), '1');
    ss.type(on(sheetName, 'I29'), '10');
    expect(ss.displayValues(on(sheetName, 'A29'))).toEqual([[shown.replace(/\b0?2\b/, '12')]]);
    // Inside the campaign (1 to 30 March), 10 per lead under the limit of 45: OK, where a date read
    // as 3 December would say "Check Date: after the end".
    // (The verdict words after it have their own tests; test/verdict-text.ts drops them.)
    expect(heads(ss.displayValues(on(sheetName, 'J29')))).toEqual([['OK']]);
  });
});
