// Flags on a report after what users do to it - paste next week's export over it, type beside it,
// insert, delete and sort rows and columns, put a second report beside it - typed, pasted and
// edited as a user would in the local spreadsheet. Every cell the user wrote must stay byte for
// byte; Remove must leave nothing of the add-on behind. The flags' rules are two (amber: over but
// not yet sure, red: confirmed); flaggedRows counts either colour.
import { describe, expect, it } from 'vitest';
import type { LocalSpreadsheet } from '../../local/index.ts';
import { detect, FOUR_CAMPAIGNS, flag, flaggedRows, heads, openReport, snapshot } from './helpers.ts';

const REPORT = FOUR_CAMPAIGNS;

const cells = snapshot;

/** Every cell of the range is blank. */
const empty = (ss: LocalSpreadsheet, a1: string): boolean =>
  ss
    .values(a1)
    .flat()
    .every((v) => v === '');

/** Nothing of the add-on: no rule of its own, no metadata, no validation. */
function nothingOfTheAddOn(ss: LocalSpreadsheet, sheet = 'Report'): void {
  expect(ss.conditionalRules(sheet).filter((r) => String(r.formula).includes('Flag limit breaches'))).toEqual(
    [],
  );
  expect(ss.user.metadata()).toEqual([]);
  expect(ss.dataValidations(sheet)).toEqual([]);
}

function remove(ss: LocalSpreadsheet, sheet = 'Report'): { removed: boolean; left: string[] } {
  return ss.run('removeBreachFlags', sheet) as { removed: boolean; left: string[] };
}

/** Rows the test itself judges over a CPA limit: spend > limit x max(conversions, 1). */
function breaching(rows: string[][], spendCol: number, resultsCol: number, limit: number, top = 1): number[] {
  return rows.flatMap((row, i) => {
    if (i === 0) return [];
    const spend = Number(row[spendCol]);
    const results = Number(row[resultsCol] || 0);
    return spend > limit * Math.max(results, 1) ? [top + i] : [];
  });
}

describe('never a cell the add-on did not write', () => {
  it("next week's wider export pasted over the flags: Apply again moves right of it, Remove leaves it whole", () => {
    const ss = openReport(REPORT);
    expect(flag(ss, detect(ss), 'CPA', 100).statusColumn).toBe('E');
    const wider = [
      ['Campaign', 'Cost', 'Conversions', 'Clicks', 'Impr.'],
      ['Alpha', '700', '1', '10', '900'],
      ['Beta', '40', '2', '10', '800'],
      ['Gamma', '500', '2', '10', '700'],
      ['Delta', '90', '3', '10', '600'],
    ];
    ss.paste('Report!A1', wider);
    const report = cells(ss, 'Report!A1:E5');
    const answer = flag(ss, detect(ss), 'CPA', 100);
    expect(answer.statusColumn).toBe('F');
    expect(cells(ss, 'Report!A1:E5')).toEqual(report);
    expect(answer.rowsFlagged).toBe(flaggedRows(ss, 'A', 2, 5).length);
    expect(flaggedRows(ss, 'A', 2, 5)).toEqual(breaching(wider, 1, 2, 100));
    expect(ss.values('Report!F1:G1')).toEqual([['Status', 100]]);
    const removed = remove(ss);
    expect(removed.removed).toBe(true);
    expect(cells(ss, 'Report!A1:E5')).toEqual(report);
    expect(empty(ss, 'Report!F1:G5')).toBe(true);
    nothingOfTheAddOn(ss);
  });

  it('the wider export pasted over and Remove straight away: its new column stays, the answer says so', () => {
    const ss = openReport(REPORT);
    flag(ss, detect(ss), 'CPA', 100);
    ss.paste('Report!A1', [
      ['Campaign', 'Cost', 'Conversions', 'Clicks', 'Impr.'],
      ['Alpha', '700', '1', '10', '900'],
    ]);
    const report = cells(ss, 'Report!A1:E5');
    const removed = remove(ss);
    expect(removed.left.join(' ')).toContain('E1 holds "Impr."');
    expect(cells(ss, 'Report!A1:E5')).toEqual(report);
    expect(ss.values('Report!F1')).toEqual([['']]);
    nothingOfTheAddOn(ss);
  });

  it('a note typed under the level cell (under the limit) stays through Apply again and Remove', () => {
    const ss = openReport(REPORT);
    flag(ss, detect(ss), 'CPA', 100);
    ss.type('Report!F3', 'ask Sam about Alpha');
    ss.type('Report!F4', '42');
    flag(ss, detect(ss), 'CPA', 80);
    expect(ss.values('Report!F1:F4')).toEqual([[80], [0.95], ['ask Sam about Alpha'], [42]]);
    remove(ss);
    expect(ss.values('Report!F1:F4')).toEqual([[''], [''], ['ask Sam about Alpha'], [42]]);
    expect(ss.numberFormats('Report!F2')).toEqual(ss.numberFormats('Report!G2'));
    nothingOfTheAddOn(ss);
  });

  it('text typed under the Status header: detection says so, Apply again refuses in words, Remove keeps the text', () => {
    const ss = openReport(REPORT);
    flag(ss, detect(ss), 'CPA', 100);
    ss.type('Report!E2', 'my own note');
    expect(detect(ss).problems.join(' ')).toContain('The Status in E1 cannot show');
    const before = cells(ss, 'Report!A1:F5');
    expect(() => flag(ss, detect(ss), 'CPA', 100)).toThrow(/E2 holds "my own note"/);
    expect(cells(ss, 'Report!A1:F5')).toEqual(before);
    remove(ss);
    expect(ss.values('Report!E1:F2')).toEqual([
      ['', ''],
      ['my own note', ''],
    ]);
    nothingOfTheAddOn(ss);
  });

  it('text typed over the Status header: detection says so; it is a column of the report now, the flags go right of it', () => {
    const ss = openReport(REPORT);
    flag(ss, detect(ss), 'CPA', 100);
    ss.type('Report!E1', 'my own note');
    expect(detect(ss).problems.join(' ')).toContain('E1 holds "my own note", written over the Status');
    expect(flag(ss, detect(ss), 'CPA', 100).statusColumn).toBe('F');
    expect(ss.values('Report!E1:G1')).toEqual([['my own note', 'Status', 100]]);
    remove(ss);
    expect(ss.values('Report!E1:G1')).toEqual([['my own note', '', '']]);
    nothingOfTheAddOn(ss);
  });
});

describe('structural edits', () => {
  it('a row inserted right under the header and one inside the report are judged', () => {
    const ss = openReport(REPORT);
    flag(ss, detect(ss), 'CPA', 100);
    ss.user.insertRows('Report', 2);
    ss.paste('Report!A2', [['Epsilon', '900', '1', '10']]);
    ss.user.insertRows('Report', 5);
    ss.paste('Report!A5', [['Zeta', '250', '1', '10']]);
    expect(heads(ss.displayValues('Report!E2'))).toEqual([['Over CPA limit by $800.00']]);
    expect(heads(ss.displayValues('Report!E5'))).toEqual([['Over CPA limit by $150.00']]);
    expect(flaggedRows(ss, 'A', 2, 7)).toEqual([2, 3, 5, 6]);
    expect(ss.values('Report!E1')).toEqual([['Status']]);
  });

  it('a column inserted before the Status: Status and limit move with it; Apply again and Remove leave nothing', () => {
    const ss = openReport(REPORT);
    flag(ss, detect(ss), 'CPA', 100);
    ss.user.insertColumns('Report', 3);
    ss.paste('Report!C1', [['Note'], ['x'], ['y'], ['z'], ['w']]);
    expect(ss.values('Report!F1:G1')).toEqual([['Status', 100]]);
    expect(flaggedRows(ss, 'A', 2, 5)).toEqual([2, 4]);
    const report = cells(ss, 'Report!A1:E5');
    expect(flag(ss, detect(ss), 'CPA', 100).statusColumn).toBe('F');
    expect(ss.conditionalRules('Report')).toHaveLength(2);
    remove(ss);
    expect(cells(ss, 'Report!A1:E5')).toEqual(report);
    expect(empty(ss, 'Report!F1:G5')).toBe(true);
    nothingOfTheAddOn(ss);
  });

  it('a column inserted between the Status and its limit: the limit still counts, Apply again keeps one set', () => {
    const ss = openReport(REPORT);
    flag(ss, detect(ss), 'CPA', 100);
    ss.user.insertColumns('Report', 6);
    expect(ss.values('Report!E1:G1')).toEqual([['Status', '', 100]]);
    ss.type('Report!G1', '250');
    expect(flaggedRows(ss, 'A', 2, 5)).toEqual([2]);
    flag(ss, detect(ss), 'CPA', 100);
    expect(ss.values('Report!E1:G1')).toEqual([['Status', 100, '']]);
    expect(ss.user.metadata()).toHaveLength(2);
    remove(ss);
    expect(empty(ss, 'Report!E1:G5')).toBe(true);
    nothingOfTheAddOn(ss);
  });

  it('sorted by cost: every Status stays with its row and the colours follow', () => {
    const ss = openReport(REPORT);
    flag(ss, detect(ss), 'CPA', 100);
    ss.user.sort('Report!A2:D5', 2, false);
    expect(ss.values('Report!A2:A5').map((r) => r[0])).toEqual(['Alpha', 'Gamma', 'Delta', 'Beta']);
    expect(flaggedRows(ss, 'A', 2, 5)).toEqual([2, 3]);
    expect(heads(ss.displayValues('Report!E2:E3'))).toEqual([
      ['Over CPA limit by $500.00'],
      ['Over CPA limit by $50.00'],
    ]);
  });

  it('hidden and filtered rows are still judged; Apply again counts them', () => {
    const ss = openReport(REPORT);
    ss.user.hideRows('Report', 2);
    ss.user.filter('Report!A1:D5', 1, ['Gamma']);
    const answer = flag(ss, detect(ss), 'CPA', 100);
    expect(answer.rowsChecked).toBe(4);
    expect(answer.rowsFlagged).toBe(2);
    expect(flaggedRows(ss, 'A', 2, 5)).toEqual([2, 4]);
  });

  it('the Status column deleted: Apply again puts one set back, Remove leaves no stray limit, rule or metadata', () => {
    const ss = openReport(REPORT);
    flag(ss, detect(ss), 'CPA', 100);
    ss.user.deleteColumns('Report', 5);
    expect(ss.values('Report!E1')).toEqual([[100]]);
    const report = cells(ss, 'Report!A1:D5');
    flag(ss, detect(ss), 'CPA', 100);
    expect(ss.values('Report!E1:F1')).toEqual([['Status', 100]]);
    expect(ss.conditionalRules('Report')).toHaveLength(2);
    expect(ss.user.metadata()).toHaveLength(2);
    ss.user.deleteColumns('Report', 5);
    remove(ss);
    expect(cells(ss, 'Report!A1:D5')).toEqual(report);
    expect(empty(ss, 'Report!E1:F5')).toBe(true);
    nothingOfTheAddOn(ss);
  });

  it('the sheet renamed: Apply again and Remove find their flags under the new name', () => {
    const ss = openReport(REPORT);
    flag(ss, detect(ss), 'CPA', 100);
    ss.user.renameSheet('Report', 'Week 48');
    const layout = detect(ss, 'Week 48');
    expect(flag(ss, layout, 'CPA', 100).statusColumn).toBe('E');
    expect(ss.conditionalRules('Week 48')).toHaveLength(2);
    expect(remove(ss, 'Week 48').removed).toBe(true);
    nothingOfTheAddOn(ss, 'Week 48');
  });
});

describe('more than one report on a sheet', () => {
  it('two reports side by side each keep their flags; Remove takes both away and leaves both reports', () => {
    const ss = openReport(REPORT);
    ss.paste('Report!H1', REPORT);
    const first = detect(ss);
    flag(ss, first, 'CPA', 100);
    const second = {
      ...first,
      columns: { ...first.columns, campaign: 'H', spend: 'I', conversions: 'J', clicks: 'K' },
    };
    expect(flag(ss, second, 'CPA', 50).statusColumn).toBe('L');
    expect(ss.values('Report!E1:F1')).toEqual([['Status', 100]]);
    expect(flaggedRows(ss, 'A', 2, 5)).toEqual([2, 4]);
    expect(flaggedRows(ss, 'H', 2, 5)).toEqual([2, 4]);
    expect(ss.conditionalRules('Report')).toHaveLength(4);
    expect(flag(ss, first, 'CPA', 100).statusColumn).toBe('E');
    expect(ss.values('Report!L1:M1')).toEqual([['Status', 50]]);
    const reports = [cells(ss, 'Report!A1:D5'), cells(ss, 'Report!H1:K5')];
    remove(ss);
    expect([cells(ss, 'Report!A1:D5'), cells(ss, 'Report!H1:K5')]).toEqual(reports);
    nothingOfTheAddOn(ss);
  });
});

describe('odd cells', () => {
  it('spend text `.` or `$.` is a Check, not #VALUE!; the count is the rows coloured', () => {
    const rows = [
      ['Campaign', 'Cost', 'Conversions', 'Clicks'],
      ['a', "'$1,200.00", '1', '10'],
      ['b', "'.", '1', '10'],
      ['c', "'$.", '1', '10'],
      ['d', "'40.00", '1', '10'],
      ['e', "'$600.00", '2', '10'],
    ];
    const ss = openReport(rows);
    const answer = flag(ss, detect(ss), 'CPA', 100);
    expect(heads(ss.displayValues('Report!E2:E6')).map((r) => r[0])).toEqual([
      'Over CPA limit by $1100.00',
      'Check Cost: not a number',
      'Check Cost: not a number',
      'OK',
      'Over CPA limit by $200.00',
    ]);
    expect(flaggedRows(ss, 'A', 2, 6)).toEqual([2, 6]);
    expect(answer.rowsFlagged).toBe(2);
  });
});

describe('the limit cell', () => {
  it('refuses 1e308 with words and keeps the limit it had', () => {
    const ss = openReport(REPORT);
    flag(ss, detect(ss), 'CPA', 100);
    expect(() => ss.type('Report!F1', '1e308')).toThrow(/CPA limit/);
    expect(ss.values('Report!F1')).toEqual([[100]]);
  });
});
