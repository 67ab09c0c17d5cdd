// Flags on reports a user has edited in hostile ways: what flagBreaches answers must be what the
// sheet shows, and no edit of the limit cell or the layout may give a Status that is not words.
import { describe, expect, it } from 'vitest';
import { detect, flag, flaggedRows, heads, openReport } from './helpers.ts';

const HEADER = ['Campaign', 'Cost', 'Conversions', 'Clicks'];

describe('rowsFlagged is what the sheet colours', () => {
  it('text of spaces, padded `--` and `<5`, a tab, or a number padded with a no-break space: counted as the Status judges them', () => {
    // Each typed with an apostrophe, as text: spend 600 is over a $50 CPA at any count below 12.
    const rows = [
      HEADER,
      ['spaces only', '600', "' ", '10'],
      ['padded dashes', '600', "' --", '10'],
      ['padded mask', '600', "'<5 ", '10'],
      ['no-break space', "'600\u00a0", '1', '10'],
      ['tab', "'\t600", '1', '10'],
      ['plain text', "'600", "'2", '10'],
      ['spaced text', "' 600 ", "' 3 ", '10'],
    ];
    const ss = openReport(rows);
    const answer = flag(ss, detect(ss), 'CPA', 50);
    const red = flaggedRows(ss, 'A', 2, rows.length);
    expect(answer.rowsChecked).toBe(rows.length - 1);
    expect(answer.rowsFlagged).toBe(red.length);
    // The plain, the space-padded and the no-break-space-padded numbers are read (Sheets' TRIM
    // takes spaces only; no-break spaces sit beside currency signs in exports, `R$ 236,86`) ...
    expect(red).toEqual([5, 7, 8]);
    // ... what the formula cannot read says so.
    expect(heads(ss.displayValues('Report!E2:E6')).map((r) => String(r[0] ?? '').split(':')[0])).toEqual([
      'Check Conversions',
      'Check Conversions',
      'Check Conversions',
      'Over CPA limit by $550.00',
      'Check Cost',
    ]);
  });
});

describe('the limit cell edited to an absurd number', () => {
  it('1e308 is refused by the limit cell in words; cleared, every row says so (no #NUM!), none red', () => {
    const rows = [
      HEADER,
      ['a', '100', '1', '10'],
      ['masked', '100', "'<5", '10'],
      ['Total', '200', '2', '20'],
    ];
    const ss = openReport(rows);
    flag(ss, detect(ss), 'CPA', 50);
    expect(() => ss.type('Report!F1', '1e308')).toThrow(/at most a billion/);
    expect(ss.values('Report!F1')).toEqual([[50]]);
    ss.type('Report!F1', '');
    expect(heads(ss.displayValues('Report!E2:E4'))).toEqual([
      ['Set the CPA limit in F1 (a number above 0)'],
      ['Set the CPA limit in F1 (a number above 0)'],
      [''],
    ]);
    expect(flaggedRows(ss, 'A', 2, 4)).toEqual([]);
    ss.type('Report!F1', '60');
    expect(heads(ss.displayValues('Report!E2:E3'))).toEqual([
      ['Over CPA limit by $40.00'],
      ['Masked count (<5): cannot tell'],
    ]);
    expect(flaggedRows(ss, 'A', 2, 4)).toEqual([2]);
  });
});

describe('a hand-edited layout that cannot be a report is refused, nothing written', () => {
  const rows = [HEADER, ['a', '100', '1', '10'], ['b', '40', '1', '10']];

  it('the results column set to the spend column (spend / spend is never over) is refused by name', () => {
    const ss = openReport(rows);
    const layout = detect(ss);
    const before = ss.values('Report!A1:G4');
    expect(() =>
      flag(ss, { ...layout, columns: { ...layout.columns, conversions: 'B' } }, 'CPA', 50),
    ).toThrow(/columns\.conversions: "B" is the spend column/);
    expect(ss.values('Report!A1:G4')).toEqual(before);
    expect(ss.conditionalRules('Report')).toEqual([]);
  });

  it('a header row that is a data row (its cells numbers, not names) is refused', () => {
    const ss = openReport(rows);
    const layout = detect(ss);
    expect(() => flag(ss, { ...layout, headerRow: 2 }, 'CPA', 50)).toThrow(
      /columns\.spend: 100 is not a header name in row 2/,
    );
    expect(
      ss
        .values('Report!E1:F3')
        .flat()
        .every((v) => v === ''),
    ).toBe(true);
    expect(ss.conditionalRules('Report')).toEqual([]);
  });
});

describe('what detectReport says about text amounts is what the Status then shows', () => {
  const rows = [HEADER, ['a', "'$947.51", '1', '10'], ['b', "'$40.00", '1', '10']];

  it('en_US: `$947.51` stored as text, no currency named: no row is said to be unreadable, and none says Check', () => {
    const ss = openReport(rows);
    const layout = detect(ss);
    expect(layout.problems.join(' ')).not.toMatch(/not a number/);
    flag(ss, layout, 'CPA', 50);
    expect(heads(ss.displayValues('Report!E2:E3'))).toEqual([['Over CPA limit by $897.51'], ['OK']]);
  });

  it('en_GB (pounds by default): the same text is said to be unreadable, and its Status says Check', () => {
    const ss = openReport(rows, { locale: 'en_GB' });
    const layout = detect(ss);
    expect(layout.problems).toContain(
      "2 rows have spend that is not a number in the report's number style (row 2, 3): their Status will say Check.",
    );
    flag(ss, layout, 'CPA', 50);
    expect(heads(ss.displayValues('Report!E2:E3'))).toEqual([
      ['Check Cost: not a number'],
      ['Check Cost: not a number'],
    ]);
  });
});

describe('detectReport says what it will not flag', () => {
  it('a Cost column of only `--` (no spend anywhere): says so, instead of "0 of 3 rows breach" in silence', () => {
    const ss = openReport([HEADER, ['a', '--', '1', '10'], ['b', '--', '--', '10'], ['c', '', '2', '10']]);
    expect(detect(ss).problems).toContain(
      'No campaign row has spend in Cost (all blank or --): nothing can breach.',
    );
  });

  it('a header row repeated inside the report (two pastes): says the rows below it are not flagged', () => {
    const rows = [HEADER, ['a', '100', '1', '10'], HEADER, ['b', '900', '1', '10']];
    const ss = openReport(rows);
    const layout = detect(ss);
    expect(layout.lastDataRow).toBe(2);
    expect(layout.uncoveredRows).toMatchObject({ first: 3, last: 4 });
    expect(layout.problems).toContain(
      'Rows 3-4 are not covered by these flags and get no Status: row 3 is a header row again and the rows under it are another paste. Delete row 3 to flag them with the rest, or move them to a sheet of their own.',
    );
    // And what is flagged stops above it: row 4's 900 is not judged.
    flag(ss, layout, 'CPA', 50);
    expect(heads(ss.displayValues('Report!E2:E4'))).toEqual([['Over CPA limit by $50.00'], [''], ['']]);
    expect(flaggedRows(ss, 'A', 2, 4)).toEqual([2]);
  });
});

describe('something typed into the Status column below the report', () => {
  it('blocks the Status (#REF!, none red); applying again works around it, keeps it and counts only red rows', () => {
    const rows = [HEADER, ['a', '100', '1', '10'], ['b', '40', '1', '10'], ['c', '1000', '0.5', '10']];
    const ss = openReport(rows);
    flag(ss, detect(ss), 'CPA', 50);
    ss.type('Report!E10', 'my note');
    expect(heads(ss.displayValues('Report!E1'))).toEqual([['#REF!']]);
    expect(flaggedRows(ss, 'A', 2, 4)).toEqual([]);
    const again = flag(ss, detect(ss), 'CPA', 50);
    expect(flaggedRows(ss, 'A', 2, 4)).toEqual([2, 4]);
    expect(again.rowsFlagged).toBe(2);
    expect(heads(ss.displayValues('Report!E2:E4'))).toEqual([
      ['Over CPA limit by $50.00'],
      ['OK'],
      ['Over CPA limit by $950.00'],
    ]);
    expect(ss.values('Report!E10')).toEqual([['my note']]);
    // Amber (not yet sure) and red (confirmed): the add-on's two rules, nothing else.
    expect(ss.conditionalRules('Report')).toHaveLength(2);
  });
});

describe('a limit finer than the currency smallest amount', () => {
  it('is refused by flagBreaches, which would show ¥45.5 as ¥46 and a row at ¥46 as over it; cents pass', () => {
    const ss = openReport([HEADER, ['a', '100', '1', '10']]);
    const layout = { ...detect(ss), currency: 'JPY' };
    expect(() => flag(ss, layout, 'CPA', 45.5)).toThrow(
      /limit: 45\.5 is not in steps of the smallest amount in JPY \(1\)/,
    );
    expect(ss.conditionalRules('Report')).toEqual([]);
    // 45.1 is 4509.999999999999 cents in binary: still a whole number of cents.
    expect(flag(ss, detect(ss), 'CPA', 45.1).rowsFlagged).toBe(1);
  });
});

describe('a limit below the currency smallest amount', () => {
  it('is refused by flagBreaches and by the limit cell, which would show it as $0.00', () => {
    const ss = openReport([HEADER, ['a', '100', '1', '10']]);
    expect(() => flag(ss, detect(ss), 'CPA', 0.004)).toThrow(
      /limit: 0\.004 is less than the smallest amount in USD \(0\.01\)/,
    );
    expect(ss.conditionalRules('Report')).toEqual([]);
    flag(ss, detect(ss), 'CPA', 0.01);
    expect(heads(ss.displayValues('Report!F1'))).toEqual([['CPA limit $0.01']]);
    expect(() => ss.type('Report!F1', '0.001')).toThrow(/at least 0\.01/);
    expect(ss.values('Report!F1')).toEqual([[0.01]]);
  });
});
