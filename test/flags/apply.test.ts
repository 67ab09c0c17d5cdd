// Applying, re-applying and removing flags: the report untouched, the user's rules kept, the limit
// cell live, rows typed later flagged, bad options refused with nothing written.
import { describe, expect, it } from 'vitest';
import type { LocalSpreadsheet } from '../../local/index.ts';
import {
  detect,
  expectedBreaches,
  fixtureRows,
  flag,
  flaggedRows,
  heads,
  measureFlags,
  openReport,
  RED,
  snapshot,
} from './helpers.ts';

const META = fixtureRows('meta-ads-campaigns.csv');
const REPORT = 'Report!A1:O7';

/** A user's own rule: Link clicks above 1000 in bold green. */
function addUserRule(ss: LocalSpreadsheet): void {
  const app = ss.services.SpreadsheetApp;
  const sheet = app.getActive().getSheetByName('Report');
  if (!sheet) throw new Error('no sheet');
  sheet.setConditionalFormatRules([
    app
      .newConditionalFormatRule()
      .whenNumberGreaterThan(1000)
      .setBackground('#b7e1cd')
      .setRanges([sheet.getRange('L2:L7')])
      .build(),
  ]);
}

describe('flagBreaches and removeBreachFlags on a Meta export', () => {
  it('changes no report cell, keeps the user rule, replaces on re-apply and restores on remove', () => {
    const ss = openReport(META);
    addUserRule(ss);
    const before = snapshot(ss, REPORT);
    const userRule = ss.conditionalRules('Report');
    const layout = detect(ss);

    flag(ss, layout, 'CPL', 40);
    expect(snapshot(ss, REPORT)).toEqual(before);
    // The user's rule, then the add-on's amber (not yet sure) and red (confirmed) rules.
    expect(ss.conditionalRules('Report')).toHaveLength(3);
    expect(ss.conditionalRules('Report')[0]).toEqual(userRule[0]);
    expect(ss.backgrounds('Report!L2')[0]?.[0]).toBe('#b7e1cd'); // 1422 clicks, 64 leads: within

    // Again, with another model and limit: one rule and one Status column, never two.
    const again = flag(ss, detect(ss), 'CPC', 1.3);
    expect(again.statusColumn).toBe('P');
    expect(snapshot(ss, REPORT)).toEqual(before);
    expect(ss.conditionalRules('Report')).toHaveLength(3);
    expect(heads(ss.displayValues('Report!P1:Q2'))[0]).toEqual(['Status', 'CPC limit $1.30']);
    expect(heads(ss.displayValues('Report!Q2'))).toEqual([['Confidence 95.0%']]);
    expect(ss.size('Report').cols).toBe(17);

    expect(ss.run('removeBreachFlags', 'Report')).toEqual({ sheetName: 'Report', removed: true, left: [] });
    expect(snapshot(ss, REPORT)).toEqual(before);
    expect(ss.conditionalRules('Report')).toEqual(userRule);
    expect(
      ss
        .formulas('Report!P1:Q8')
        .flat()
        .every((f) => f === ''),
    ).toBe(true);
    expect(
      ss
        .values('Report!P1:Q8')
        .flat()
        .every((v) => v === ''),
    ).toBe(true);
    expect(ss.dataValidations('Report')).toEqual([]);
    expect(ss.numberFormats('Report!Q1')).toEqual(ss.numberFormats('Report!R1'));
    expect(ss.run('removeBreachFlags', 'Report')).toEqual({ sheetName: 'Report', removed: false, left: [] });
  });

  it('re-flags every row when the limit cell changes, and refuses a limit that is not above 0', () => {
    const ss = openReport(META);
    flag(ss, detect(ss), 'CPL', 40);
    const rows = (limit: number) =>
      expectedBreaches(META, { top: 1, header: 0, spend: 10, results: 14, limit });
    expect(flaggedRows(ss, 'A', 2, 7)).toEqual(rows(40));
    ss.type('Report!Q1', '25');
    expect(flaggedRows(ss, 'A', 2, 7)).toEqual(rows(25));
    expect(rows(25)).not.toEqual(rows(40));
    ss.type('Report!Q1', '5000');
    expect(flaggedRows(ss, 'A', 2, 7)).toEqual([]);
    expect(() => ss.type('Report!Q1', '0')).toThrow();
    expect(() => ss.type('Report!Q1', 'sixty')).toThrow();
    expect(ss.values('Report!Q1')).toEqual([[5000]]);
    // Cleared, the limit is not 0 (which would flag every row): every row says so, none is red.
    ss.type('Report!Q1', '');
    expect(heads(ss.displayValues('Report!P2:P3'))).toEqual([
      ['Set the CPL limit in Q1 (a number above 0)'],
      ['Set the CPL limit in Q1 (a number above 0)'],
    ]);
    expect(flaggedRows(ss, 'A', 2, 7)).toEqual([]);
    expect(ss.dataValidations('Report')).toEqual([
      expect.objectContaining({
        a1: 'Q1',
        allowInvalid: false,
        helpText: expect.stringContaining('CPL limit in USD'),
      }),
      expect.objectContaining({
        a1: 'Q2',
        allowInvalid: false,
        helpText: expect.stringContaining('confirmed'),
      }),
    ]);
  });

  it('flags campaign rows typed below the table later; a Total typed later gets no Status', () => {
    const ss = openReport(META);
    flag(ss, detect(ss), 'CPL', 40);
    ss.paste('Report!A8', [
      [
        '2026-11-01',
        '2026-11-27',
        'Late add',
        'active',
        '7-day click',
        '2',
        'actions:lead',
        '1',
        '1',
        '',
        '500',
        '10',
        '',
        '',
        '2',
      ],
    ]);
    ss.paste('Report!A9', [
      [
        '2026-11-01',
        '2026-11-27',
        'Cheap',
        'active',
        '7-day click',
        '20',
        'actions:lead',
        '1',
        '1',
        '',
        '100',
        '10',
        '',
        '',
        '20',
      ],
    ]);
    expect(heads(ss.displayValues('Report!P8:P9'))).toEqual([['Over CPL limit by $210.00'], ['OK']]);
    expect(flaggedRows(ss, 'A', 8, 9)).toEqual([8]);
    // A Total typed later is a total: no Status, no colour.
    ss.paste('Report!A10', [['Total', '', '', '', '', '1', '', '', '', '', '9000', '', '', '', '1']]);
    expect(heads(ss.displayValues('Report!P10'))).toEqual([['']]);
    expect(flaggedRows(ss, 'A', 10, 10)).toEqual([]);
  });

  it('gives text, negative and error values a Check status and no colour', () => {
    const ss = openReport(META);
    flag(ss, detect(ss), 'CPL', 40);
    ss.type('Report!K2', 'lots');
    ss.type('Report!K3', '-5');
    ss.type('Report!K4', '=1/0');
    ss.type('Report!O5', '-2');
    ss.type('Report!O6', 'n/a');
    ss.type('Report!K7', '2026-11-01');
    expect(heads(ss.displayValues('Report!P2:P7')).map((r) => r[0])).toEqual([
      'Check Amount spent (USD): not a number',
      'Check Amount spent (USD): negative',
      'Check Amount spent (USD): an error value',
      'Check Leads: negative',
      'Check Leads: not a number',
      // A date typed in spend is a number to Sheets (its serial), told apart by its date format.
      'Check Amount spent (USD): a date',
    ]);
    expect(flaggedRows(ss, 'A', 2, 7)).toEqual([]);
  });

  it('reads text amounts where the report has them; on an all-number report later text gets Check, never a number', () => {
    const numbers = openReport(META);
    flag(numbers, detect(numbers), 'CPL', 40);
    numbers.type('Report!K2', "'5,000.00");
    expect(heads(numbers.displayValues('Report!P2'))).toEqual([['Check Amount spent (USD): not a number']]);
    const rows = META.map((r) => [...r]);
    (rows[1] as string[])[10] = "'5,000.00";
    const text = openReport(rows);
    flag(text, detect(text), 'CPL', 40);
    expect(heads(text.displayValues('Report!P2'))).toEqual([['Over CPL limit by $38.13']]);
    // The long reader is in the formula (in the Status header cell) only when it is needed.
    const statusFormula = (ss: typeof numbers): string => ss.formulas('Report!P1')[0]?.[0] ?? '';
    const [plain, read] = [statusFormula(numbers), statusFormula(text)];
    expect(read).toContain('VALUE(');
    expect(plain).not.toContain('VALUE(');
    expect(plain.length).toBeLessThan(read.length - 1000);
  });
});

describe('refused options', () => {
  const cases: [string, (l: Record<string, unknown>) => Record<string, unknown>, RegExp][] = [
    [
      'no spend column',
      (l) => ({ ...l, columns: { ...(l.columns as object), spend: null } }),
      /columns\.spend: the report needs a spend column/,
    ],
    ['limit 0', (l) => ({ ...l, limit: 0 }), /limit: must be a number above 0, got 0/],
    ['limit as text', (l) => ({ ...l, limit: '60' }), /limit: must be a number above 0, got "60"/],
    ['negative limit', (l) => ({ ...l, limit: -5 }), /limit: must be a number above 0, got -5/],
    [
      'header row outside the sheet',
      (l) => ({ ...l, headerRow: 900 }),
      /headerRow: must be a row of the sheet \(1 to 7\), got 900/,
    ],
    [
      'a column that does not exist',
      (l) => ({ ...l, columns: { ...(l.columns as object), spend: 'ZZ' } }),
      /columns\.spend: "ZZ" is not a column with a header in row 1/,
    ],
    [
      'a column outside the report',
      (l) => ({ ...l, columns: { ...(l.columns as object), leads: 'T' } }),
      /columns\.leads: "T" is not a column of the report \(its headers run from A to O\)/,
    ],
    ['a model that is not one', (l) => ({ ...l, model: 'CPM' }), /model: must be CPA, CPL or CPC, got "CPM"/],
    [
      'no results column for the model',
      (l) => ({ ...l, columns: { ...(l.columns as object), leads: null } }),
      /columns\.leads: a CPL limit needs the leads column/,
    ],
    [
      'a sheet that does not exist',
      (l) => ({ ...l, sheetName: 'Nope' }),
      /sheetName: there is no sheet named "Nope"/,
    ],
  ];

  it.each(cases)('%s: refused with the field named, nothing written', (_name, change, message) => {
    const ss = openReport(META);
    const before = snapshot(ss, 'Report!A1:T10');
    const options = change({ ...detect(ss), model: 'CPL', limit: 40 });
    expect(() => ss.run('flagBreaches', options)).toThrow(message);
    expect(snapshot(ss, 'Report!A1:T10')).toEqual(before);
    expect(ss.conditionalRules('Report')).toEqual([]);
  });

  it('never writes over a cell where the Status or the limit would go', () => {
    const ss = openReport(META);
    ss.type('Report!P6', 'my note');
    expect(() => flag(ss, detect(ss), 'CPL', 40)).toThrow(/P6 holds "my note"/);
    expect(ss.values('Report!P1:Q2')).toEqual([
      ['', ''],
      ['', ''],
    ]);
    expect(ss.conditionalRules('Report')).toEqual([]);
    expect(ss.backgrounds('Report!A5')[0]?.[0]).not.toBe(RED);
  });
});

describe('the document lock', () => {
  it('flagBreaches waits for another change and then says so, writing nothing', () => {
    const ss = openReport(META);
    const layout = detect(ss);
    ss.holdLock('document');
    expect(() => flag(ss, layout, 'CPL', 40)).toThrow(
      'Another change to this spreadsheet is still running; try again in a moment.',
    );
    expect(ss.conditionalRules('Report')).toEqual([]);
    expect(ss.values('Report!P1:Q2')).toEqual([
      ['', ''],
      ['', ''],
    ]);
  });
});

describe('service calls', () => {
  it('detect, flag, flag again and remove cost the same few document calls for 20 and 600 rows (no per-row calls)', () => {
    const [small, large] = [measureFlags(20), measureFlags(600)];
    expect(large.rowsFlagged).toBeGreaterThan(small.rowsFlagged);
    const counts = (m: typeof small) => [
      m.detectCalls,
      m.flagCalls,
      m.againCalls,
      m.removeCalls,
      m.builderCalls,
    ];
    expect(counts(small)).toEqual(counts(large));
    // flagBreaches: 11 reads and writes (the values in one getSheetValues; two developer metadata written; the formulas are read only
    // when a cell or rule may be the add-on's, so Apply again pays them), the document lock (get,
    // wait, release) and the flush the Lock docs ask for before releasing
    // (https://developers.google.com/apps-script/reference/lock/lock#releaseLock()), and the room:
    // the imported report fills its sheet, so the first time Sheet.getMaxColumns and
    // Sheet.insertColumnsAfter add the Status and limit columns (report-flags.ts makeRoom_); with a
    // row over the limit, the number formats of spend and results (getNumberFormats, the range got
    // with the written ones), so the answer counts a `12%` there as the Status does: a Check.
    expect(small.flagCalls).toBeLessThanOrEqual(20);
    // Applied again, the flags' two rules (amber and red) are read: 2 calls each.
    expect(small.againCalls).toBeLessThanOrEqual(22);
    // removeBreachFlags: the lock (3) and the flush, the metadata found (2) and removed (1 each)
    // but not read while the Status formulas say where every cell is; its two rules read, 2 calls each.
    expect(small.removeCalls).toBeLessThanOrEqual(23);
    // detectReport given the sheet's name: spreadsheet, sheet, locale, rules, data range, values and
    // display values (the name it was found by is not asked for again).
    expect(small.detectCalls).toBeLessThanOrEqual(7);
  });
});

describe('the add-on tells its report flags from its goal sheets', () => {
  it('removeBreachFlags on a campaign-goal sheet removes nothing: its status-column rule is not a flag', () => {
    const ss = openReport(META);
    const { sheetName } = ss.run('createCampaignGoal', {
      name: 'Q4',
      objective: 'leads',
      target: 50,
      startDate: '2026-12-01',
      days: 30,
      maxCostPerResult: 45,
      channels: [{ id: 'social' }],
    }) as { sheetName: string };
    const rules = ss.conditionalRules(sheetName);
    // The goal sheet's amber rule (untagged: not a flag's), then its red one.
    expect(rules[0]?.formula).toBe('=ISNUMBER(SEARCH("· not yet sure:",$J27))');
    expect(rules[1]?.formula).toMatch(/^=LEFT\(\$J27,5\)="Over "$/);
    expect(ss.run('removeBreachFlags', sheetName)).toEqual({ sheetName, removed: false, left: [] });
    expect(ss.conditionalRules(sheetName)).toEqual(rules);
    // Nor does the panel offer to flag it a second time.
    const layout = detect(ss, sheetName);
    expect(layout.problems[0]).toMatch(/^This is a campaign-goal sheet/);
    expect(() => flag(ss, layout, 'CPL', 45)).toThrow(/This is a campaign-goal sheet/);
    expect(ss.conditionalRules(sheetName)).toEqual(rules);
  });
});
