// What users do to a goal sheet after it is built - clear a limit, paste an error, type nonsense,
// break the dates - each ends in a clear message, never in false flags or errors.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type LocalSpreadsheet, openLocalSpreadsheet } from '../../local/index.ts';
import { SheetImpl } from '../../local/services/sheet.ts';
import { heads } from '../verdict-text.ts';
import { createGoal, IN_CAMPAIGN, leadsGoal, on } from './helpers.ts';

const NOT_YET = '#fce8b2';
const RED = '#f4c7c3';
const WHITE = '#ffffff';
/** Rows whose Status says Check: lavender. */
const CHECK = '#e6dcf2';

/** A fresh goal sheet (Social on the goal's $45, LinkedIn on its own $80) and a typist for it. */
function goalSheet(ss: LocalSpreadsheet = openLocalSpreadsheet({})) {
  const { sheetName } = createGoal(ss);
  const type = (a1: string, input: string): void => ss.type(on(sheetName, a1), input);
  /** Types a date in the campaign, channel, leads, revenue and spend of one row (A, B, F, H, I). */
  const row = (r: number, channel: string, leads: string, spend: string, revenue = ''): void => {
    type(`A${r}`, IN_CAMPAIGN);
    type(`B${r}`, channel);
    if (leads !== '') type(`F${r}`, leads);
    if (revenue !== '') type(`H${r}`, revenue);
    type(`I${r}`, spend);
  };
  // Status and verdict texts without their verdict words (` · confirmed`...): these tests are about
  // which rows are over and by how much; test/property/verdict.property.test.ts holds the verdicts.
  const display = (a1: string): string[][] => heads(ss.displayValues(on(sheetName, a1))) as string[][];
  const status = (r: number): string => display(`J${r}`)[0]?.[0] ?? '';
  const fill = (r: number): string[] => [...new Set(ss.backgrounds(on(sheetName, `A${r}:Q${r}`))[0])];
  const errorCells = (): string[] =>
    ss
      .errors(on(sheetName, 'A1:W60'))
      .flatMap((cells, r) =>
        cells.flatMap((e, c) => (e === null ? [] : [`${String.fromCharCode(65 + c)}${r + 1}`])),
      )
      .filter((a1) => !/^[A-I]\d+$/.test(a1) || Number(a1.slice(1)) < 27);
  return { ss, sheetName, type, row, display, status, fill, errorCells };
}

describe('a blank limit', () => {
  it.each([
    ['cleared', ''],
    ['typed as =""', '=""'],
  ])('%s stops flagging and says to set the limit, in Status and the verdicts', (_label, input) => {
    const g = goalSheet();
    g.row(27, 'Social', '1', '90');
    g.row(28, 'LinkedIn', '1', '90');
    expect(g.status(27)).toBe('Over CPL limit by $45.00');
    g.type('B8', input);
    expect(g.status(27)).toBe('Set the CPL limit in B8');
    expect(g.fill(27)).toEqual([WHITE]);
    // LinkedIn has its own limit: still judged.
    expect(g.status(28)).toBe('Over CPL limit by $10.00');
    expect([[RED], [NOT_YET]]).toContainEqual(g.fill(28));
    expect(g.display('H7')).toEqual([['Set the CPL limit in B8']]);
    expect(g.display('P4')).toEqual([['Set the CPL limit in B8']]);
    expect(g.errorCells()).toEqual([]);
  });

  it('a cleared Limit applied cell (protected, display only) does not give its channel a limit of 0', () => {
    const g = goalSheet();
    g.row(27, 'Social', '1', '40');
    expect(g.ss.protections().map((p) => p.a1)).toEqual(['J3:Q1099', 'T3:W1099']);
    g.type('L4', '');
    expect(g.status(27)).toBe('OK');
    expect(g.fill(27)).toEqual([WHITE]);
  });
});

describe('error values in the tracking table', () => {
  it('say Check <column>, are not flagged, and are left out of every total', () => {
    const g = goalSheet();
    g.row(27, 'Social', '2', '100', '300');
    g.row(28, 'LinkedIn', '1', '60');
    g.row(29, 'Social', '1', '=1/0');
    g.ss.paste(on(g.sheetName, 'A30'), [[IN_CAMPAIGN, 'Social', '', '', '', '1', '', '', '#N/A']]);
    g.row(31, 'LinkedIn', '=NA()', '500');
    expect([29, 30, 31].map(g.status)).toEqual([
      'Check Spend: an error value',
      'Check Spend: an error value',
      'Check Leads: an error value',
    ]);
    for (const r of [29, 30, 31]) expect(g.fill(r)).toEqual([CHECK]);
    expect(g.display('G3:G7').flat()).toEqual(['3', '6%', '$160.00', '7%', '$53.33']);
    // Social's share of spend is 100 / 160, LinkedIn's 60 / 160: neither is #N/A.
    expect(g.display('J4:Q5')).toEqual([
      ['Social', '$50.00', '$45.00', '$100.00', '2', '63%', 'Over CPL limit by $5.00', '3.00x'],
      ['LinkedIn', '$60.00', '$80.00', '$60.00', '1', '38%', 'Within limit', ''],
    ]);
    expect(g.errorCells()).toEqual([]);
  });
});

describe('in a de_DE spreadsheet', () => {
  it('says the same things, with ; separators and the decimal comma', () => {
    const g = goalSheet(openLocalSpreadsheet({ locale: 'de_DE', timeZone: 'Europe/Berlin' }));
    g.row(27, 'Social', '1', '90,5');
    g.row(28, 'Social', '1', '=1/0');
    g.row(29, 'Social', '-1', '10');
    expect([27, 28, 29].map(g.status)).toEqual([
      'Over CPL limit by 45,50 €',
      'Check Spend: an error value',
      'Check Leads: negative',
    ]);
    expect(g.display('G5')).toEqual([['90,50 €']]);
    g.type('B8', '');
    expect(g.status(27)).toBe('Set the CPL limit in B8');
    expect(g.fill(27)).toEqual([WHITE]);
    g.type('B6', '');
    expect(g.display('H8')[0]?.[0]).toMatch(/^Check the dates/);
    expect(g.errorCells()).toEqual([]);
  });
});

describe('numbers no one spends or counts', () => {
  it('an absurd amount or count is a Check, not an overage of $Infinity', () => {
    const g = goalSheet();
    g.row(27, 'Social', '1', '1e308');
    g.row(28, 'Social', '1e300', '50');
    g.row(29, 'Social', '1', '50');
    expect(g.status(27)).toBe('Check Spend: too large');
    expect(g.status(28)).toBe('Check Leads: too large');
    expect(g.fill(27)).toEqual([CHECK]);
    expect(g.display('G3:G5').flat()).toEqual(['1', '2%', '$50.00']);
  });

  it('a ratio that overflows (or is past any real KPI) is blank, never infinite or #NUM!', () => {
    const g = goalSheet();
    g.ss.paste(on(g.sheetName, 'A27'), [
      [IN_CAMPAIGN, 'Social', '', '10', '1e-300', '1', '', '1e308', '1e-300'],
    ]);
    // CTR, CVR, CPC, CPL, CPA, ROAS: leads per click and revenue per spend overflow.
    expect(g.display('L27:Q27')).toEqual([['0.00%', '', '$1.00', '$0.00', '', '']]);
    expect(g.status(27)).toBe('OK');
    expect(g.errorCells()).toEqual([]);
  });

  it('a blended or channel cost per result that overflows is blank, never #NUM!', () => {
    const g = goalSheet();
    g.ss.paste(on(g.sheetName, 'A27'), [[IN_CAMPAIGN, 'Social', '', '', '', '1e-300', '', '', '1e12']]);
    expect(g.display('G7')).toEqual([['']]);
    expect(g.display('K4')).toEqual([['']]);
    expect(g.status(27)).toBe('Over CPL limit by $999999999955.00');
    expect(g.errorCells()).toEqual([]);
  });

  it('a negative count is a Check like negative spend, and blanks the ratios that use it', () => {
    const g = goalSheet();
    g.row(27, 'Social', '-2', '500');
    g.row(28, 'Social', '1', '-50');
    expect(g.status(27)).toBe('Check Leads: negative');
    expect(g.status(28)).toBe('Check Spend: negative');
    expect(g.fill(27)).toEqual([CHECK]);
    expect(g.display('O27:O28')).toEqual([[''], ['']]);
    expect(g.display('G3:G5').flat()).toEqual(['0', '0%', '$0.00']);
  });
});

describe('the Channels block', () => {
  it('leaves ROAS blank until revenue is typed for the channel', () => {
    const g = goalSheet();
    g.row(27, 'Social', '2', '60');
    expect(g.display('Q4')).toEqual([['']]);
    g.type('H27', '120');
    expect(g.display('Q4')).toEqual([['2.00x']]);
  });
});

describe('dates edited in the sheet', () => {
  it.each([
    ['a cleared start date', 'B6', ''],
    ['an end date before the start date', 'B7', '2/25/2025'],
  ])('%s gives a message instead of a pace', (_label, cell, input) => {
    const g = goalSheet();
    g.row(27, 'Social', '2', '60');
    g.type(cell, input);
    expect(g.display('H8')).toEqual([['Check the dates: a start date (B6) on or before the end date (B7)']]);
    expect(g.display('G8:H12')).toEqual([
      ['', 'Check the dates: a start date (B6) on or before the end date (B7)'],
      ['', ''],
      ['', ''],
      ['', ''],
      ['', ''],
    ]);
    expect(g.errorCells()).toEqual([]);
  });
});

describe('dates too far apart', () => {
  it.each([
    ['a start date in 1900', 'B6', '1900-01-01'],
    ['an end date in 9999', 'B7', '9999-12-31'],
  ])('%s gives a message instead of a pace of 45,000 days', (_label, cell, input) => {
    const g = goalSheet();
    g.row(27, 'Social', '2', '60');
    g.type(cell, input);
    expect(g.display('G8:H9')).toEqual([
      ['', 'Check the dates: a campaign lasts at most 1096 days (B6 to B7)'],
      ['', ''],
    ]);
    expect(g.display('G10:H12').flat().join('')).toBe('');
    expect(g.errorCells()).toEqual([]);
  });
});

describe('names', () => {
  it('never moves a named range the user already has under the add-on’s name', () => {
    const ss = openLocalSpreadsheet({});
    ss.defineName('CG_Goal_Q4_leads_Limit', 'Sheet1!A1');
    const { sheetName } = createGoal(ss);
    const names = Object.fromEntries(ss.namedRanges().map((n) => [n.name, n.a1]));
    expect(names.CG_Goal_Q4_leads_Limit).toBe('Sheet1!A1');
    expect(names.CG_Goal_Q4_leads_2_Limit).toBe(`'${sheetName}'!B8`);
  });

  it('cuts a name of 50 emoji at a character boundary', () => {
    const ss = openLocalSpreadsheet({});
    const { sheetName } = createGoal(ss, leadsGoal({ name: '🚀'.repeat(50) }));
    expect(sheetName).toBe(`Goal - ${'🚀'.repeat(46)}`);
    expect(sheetName).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });
});

describe('a failure midway', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('tells the user in words and puts the internals in the log', () => {
    const ss = openLocalSpreadsheet({});
    vi.spyOn(SheetImpl.prototype, 'setConditionalFormatRules').mockImplementation(() => {
      throw new TypeError("Cannot read properties of undefined (reading 'getRow')");
    });
    let message = '';
    try {
      createGoal(ss);
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toBe(
      'Could not build the campaign-goal sheet "Goal - Q4 leads": the add-on hit an internal problem (details are in the log). The half-built sheet was removed; nothing else changed.',
    );
    expect(ss.logs().join('\n')).toContain("Cannot read properties of undefined (reading 'getRow')");
    expect(ss.sheetNames()).toEqual(['Sheet1']);
  });

  it('passes on the spreadsheet’s own message without a double period', () => {
    const ss = openLocalSpreadsheet({});
    vi.spyOn(SheetImpl.prototype, 'setFrozenRows').mockImplementation(() => {
      throw new Error('You can’t freeze all visible rows on the sheet.');
    });
    expect(() => createGoal(ss)).toThrow(
      'Could not build the campaign-goal sheet "Goal - Q4 leads": You can’t freeze all visible rows on the sheet. The half-built sheet was removed; nothing else changed.',
    );
  });
});

describe('the pace in words', () => {
  // Day 11 of the goal's 30: 10 days completed, 17 of the 50 leads expected so far.
  const now = () => new Date('2025-03-11T12:00:00Z');

  it.each([
    ['en_US', 'America/New_York', '11.7', '45.3', '16.6'],
    ['de_DE', 'Europe/Berlin', '11,7', '45,3', '16,6'],
  ])(
    'counts whole results in %s, with no float noise or decimal mark',
    (locale, timeZone, few, many, close) => {
      const g = goalSheet(openLocalSpreadsheet({ locale, timeZone, now }));
      g.row(27, 'Social', few, '100');
      expect(g.display('G10:H10')).toEqual([['17', 'Behind by 5']]);
      g.type('F27', many);
      expect(g.display('H10')).toEqual([['Ahead by 28']]);
      g.type('F27', close);
      expect(g.display('H10')).toEqual([['On pace']]);
    },
  );

  it.each([
    ['cleared', ''],
    ['absurd', '1e308'],
  ])('%s, the target gives no pace and says to set it', (_label, input) => {
    const g = goalSheet(openLocalSpreadsheet({ now }));
    g.row(27, 'Social', '12', '100');
    g.type('B5', input);
    expect(g.display('G10:H12')).toEqual([
      ['', ''],
      ['', ''],
      ['', 'Set the target in B5'],
    ]);
    expect(g.errorCells()).toEqual([]);
  });
});

describe('channel names as exports write them', () => {
  it('a pasted `LinkedIn ` or ` linkedin` is judged against LinkedIn’s own limit, not the goal’s', () => {
    const g = goalSheet();
    g.ss.paste(on(g.sheetName, 'A27'), [
      [IN_CAMPAIGN, 'LinkedIn ', '', '', '', '1', '', '', '70'],
      [IN_CAMPAIGN, ' linkedin', '', '', '', '1', '', '', '70'],
      [IN_CAMPAIGN, 'LinkedIn', '', '', '', '1', '', '', '90'],
    ]);
    expect([27, 28, 29].map(g.status)).toEqual(['OK', 'OK', 'Over CPL limit by $10.00']);
    expect(g.fill(27)).toEqual([WHITE]);
    expect(g.fill(28)).toEqual([WHITE]);
    expect([[RED], [NOT_YET]]).toContainEqual(g.fill(29));
  });
});

describe('revenue that cannot be read', () => {
  it('an error value or a negative in Revenue leaves the row out of its channel’s ROAS, not the ROAS out', () => {
    const g = goalSheet();
    g.row(27, 'Social', '2', '100', '300');
    g.row(28, 'Social', '1', '40', '=NA()');
    g.row(29, 'Social', '1', '40');
    g.ss.paste(on(g.sheetName, 'H29'), [['-50']]);
    expect(g.display('Q27:Q29')).toEqual([['3.00x'], [''], ['']]);
    // 300 of revenue on Social's 180 of spend.
    expect(g.display('Q4')).toEqual([['1.67x']]);
    expect(g.errorCells()).toEqual([]);
  });
});
