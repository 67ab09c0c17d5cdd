// createCampaignGoal through the local spreadsheet running dist/Code.js: rows typed as a user would.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type LocalSpreadsheet, openLocalSpreadsheet } from '../../local/index.ts';
import { SheetImpl } from '../../local/services/sheet.ts';
import { gammaCdf, poissonAtLeast } from '../reference/distributions.ts';
import { head, heads } from '../verdict-text.ts';
import { createGoal, leadsGoal, measureCreateCampaignGoalCalls, on, shiftDate } from './helpers.ts';

const RED = '#f4c7c3';
const NOT_YET = '#fce8b2';
const WHITE = '#ffffff';
/** Rows whose Status says Check: lavender, apart from a breach's red and a not-yet-sure amber. */
const CHECK = '#e6dcf2';

/** Types one tracking row (columns A..I) as text, the way a user types it. */
function typeRow(ss: LocalSpreadsheet, sheet: string, row: number, cells: string[]): void {
  cells.forEach((input, i) => {
    if (input !== '') ss.type(on(sheet, `${String.fromCharCode(65 + i)}${row}`), input);
  });
}

/** The Status without its verdict words (the verdicts have their own tests below). */
function status(ss: LocalSpreadsheet, sheet: string, row: number): string {
  return String(head(ss.displayValues(on(sheet, `J${row}`))[0]?.[0] ?? ''));
}

function rowBackgrounds(ss: LocalSpreadsheet, sheet: string, row: number): string[] {
  return ss.backgrounds(on(sheet, `A${row}:J${row}`))[0] ?? [];
}

/** The Status says the breach is confirmed (red); over but not yet sure is amber. */
function confirmed(ss: LocalSpreadsheet, sheet: string, row: number): boolean {
  return (ss.displayValues(on(sheet, `J${row}`))[0]?.[0] ?? '').endsWith(' · confirmed');
}

function expectRow(ss: LocalSpreadsheet, sheet: string, row: number, text: string, breach: boolean): void {
  expect(status(ss, sheet, row), `status of row ${row}`).toBe(text);
  expect(new Set(rowBackgrounds(ss, sheet, row)), `fill of row ${row}`).toEqual(
    new Set([
      breach ? (confirmed(ss, sheet, row) ? RED : NOT_YET) : text.startsWith('Check ') ? CHECK : WHITE,
    ]),
  );
}

/**
 * The row's verdict is the rule's: confirmed when P = GAMMA.DIST(spend / limit, results + 1, 1, TRUE)
 * reaches the default 95%, by the reference Gamma CDF (test/reference), not the sheet's formula.
 */
function expectVerdict(
  ss: LocalSpreadsheet,
  sheet: string,
  row: number,
  spend: number,
  results: number,
  limit: number,
): void {
  expect(confirmed(ss, sheet, row), `verdict of row ${row}`).toBe(
    gammaCdf(spend / limit, results + 1) >= 0.95,
  );
}

describe('createCampaignGoal (en_US)', () => {
  const ss = openLocalSpreadsheet({});
  const { sheetName } = createGoal(ss);
  // Social uses the goal's $45 limit; LinkedIn has its own $80.
  typeRow(ss, sheetName, 27, ['3/2/2025', 'Social', 'Spring', '1000', '50', '2', '0', '100', '90.02']);
  typeRow(ss, sheetName, 28, ['3/2/2025', 'Social', 'Spring', '1000', '50', '2', '0', '100', '89.98']);
  typeRow(ss, sheetName, 29, ['3/3/2025', 'LinkedIn', 'B2B', '800', '20', '0', '0', '0', '81']);
  typeRow(ss, sheetName, 30, ['3/3/2025', 'LinkedIn', 'B2B', '800', '20', '0', '0', '0', '79']);
  // Row 34 stays blank.
  typeRow(ss, sheetName, 32, ['3/4/2025', 'Social', 'Text', 'lots', '5', '1', '0', '0', 'n/a']);
  typeRow(ss, sheetName, 33, ['3/4/2025', 'Social', 'Text', '10', '5', 'two', '0', '0', '100']);
  typeRow(ss, sheetName, 34, ['3/5/2025', 'LinkedIn', 'B2B', '900', '30', '2', '0', '0', '150']);
  typeRow(ss, sheetName, 35, ['3/5/2025', 'Social', 'Spring', '900', '30', '2', '0', '0', '150']);

  it('names the sheet after the goal and makes it the active sheet', () => {
    expect(sheetName).toBe('Goal - Q4 leads');
    expect(ss.sheetNames()).toEqual(['Sheet1', 'Goal - Q4 leads']);
    expect(ss.activeSheetName()).toBe(sheetName);
  });

  it('writes the goal block with the currency format', () => {
    expect(heads(ss.displayValues(on(sheetName, 'A3:B10')))).toEqual([
      ['Objective', 'Leads (pay per lead)'],
      ['Payment model', 'CPL'],
      ['Target (leads)', '50'],
      ['Start date', '3/1/2025'],
      ['End date', '3/30/2025'],
      ['Max CPL', '$45.00'],
      ['Budget', '$2,250.00'],
      ['Currency', 'USD'],
    ]);
    expect(ss.frozenRows(sheetName)).toBe(2);
  });

  it('has one breach rule over the table, on its own sheet, with no problem the emulator can see', () => {
    const rules = ss.conditionalRules(sheetName);
    expect(rules).toHaveLength(3);
    // Amber first (not yet sure), then red: the first rule that holds colours the row.
    expect(rules[0]).toMatchObject({
      ranges: ['A27:Q1099'],
      criteria: 'CUSTOM_FORMULA',
      background: NOT_YET,
    });
    expect(rules[0]?.formula).toBe('=ISNUMBER(SEARCH("· not yet sure:",$J27))');
    expect(rules[1]).toMatchObject({ ranges: ['A27:Q1099'], criteria: 'CUSTOM_FORMULA', background: RED });
    // The third colours the rows whose Status says Check, lavender.
    expect(rules[2]).toMatchObject({
      ranges: ['A27:Q1099'],
      formula: '=LEFT($J27,6)="Check "',
      background: CHECK,
    });
    for (const rule of rules) {
      expect(rule.problem).toBeUndefined();
      expect(rule.formula).not.toContain('!');
    }
  });

  it('flags a row just over the limit and not one just under', () => {
    expectRow(ss, sheetName, 27, 'Over CPL limit by $0.01', true);
    expectRow(ss, sheetName, 28, 'OK', false);
  });

  it('flags zero results once spend passes the (channel) limit', () => {
    // No lead at all: the Status names the spend, not an excess (issue 19).
    expectRow(ss, sheetName, 29, 'Over CPL limit: no lead after $81.00', true);
    expectVerdict(ss, sheetName, 29, 81, 0, 80);
    expectRow(ss, sheetName, 30, 'OK', false);
  });

  it('never flags a blank row', () => {
    expectRow(ss, sheetName, 31, '', false);
    expect(ss.displayValues(on(sheetName, 'J31:Q31'))[0]).toEqual(['', '', '', '', '', '', '', '']);
  });

  it('says what to check for text in number cells, without a fill or an error', () => {
    expectRow(ss, sheetName, 32, 'Check Spend: not a number', false);
    expectRow(ss, sheetName, 33, 'Check Leads: not a number', false);
    // CVR (leads / clicks) still works; cost columns need a numeric spend.
    expect(ss.displayValues(on(sheetName, 'L32:Q32'))[0]).toEqual(['', '20.00%', '', '', '', '']);
    const flagged = ss
      .dataValidations(sheetName)
      .filter((v) => v.invalid)
      .map((v) => v.a1);
    expect(flagged).toEqual(['D32', 'I32', 'F33']);
  });

  it('applies the channel’s own limit, else the goal’s', () => {
    // 150 / 2 = 75 per lead: within LinkedIn's 80, over the goal's 45 for Social.
    expectRow(ss, sheetName, 34, 'OK', false);
    expectRow(ss, sheetName, 35, 'Over CPL limit by $30.00', true);
  });

  it('computes the KPI columns for typed rows', () => {
    expect(ss.displayValues(on(sheetName, 'L27:Q27'))[0]).toEqual([
      '5.00%',
      '4.00%',
      '$1.80',
      '$45.01',
      '',
      '1.11x',
    ]);
  });

  it('summarises per channel and in the progress block, over the rows Status judged', () => {
    // Social: spend 90.02 + 89.98 + 150, leads 2 + 2 + 2. Rows 19 ("n/a" spend) and 20 ("two"
    // leads) say "Check ..." and are left out of every total, their other cells included.
    expect(heads(ss.displayValues(on(sheetName, 'J4:R4')))[0]).toEqual([
      'Social',
      '$55.00',
      '$45.00',
      '$330.00',
      '6',
      '52%',
      'Over CPL limit by $10.00',
      '0.61x',
      '',
    ]);
    expect(heads(ss.displayValues(on(sheetName, 'J5:R5')))[0]).toEqual([
      'LinkedIn',
      '$155.00',
      '$80.00',
      '$310.00',
      '2',
      '48%',
      'Over CPL limit by $75.00',
      '0.00x',
      '$80.00',
    ]);
    expect(heads(ss.displayValues(on(sheetName, 'G3:H7')))).toEqual([
      ['8', ''],
      ['16%', '██▁▁▁▁▁▁▁▁ 16%'],
      ['$640.00', ''],
      ['28%', '███▁▁▁▁▁▁▁ 28%'],
      ['$80.00', "Over the goal's CPL by $35.00"],
    ]);
    expect(ss.charts(sheetName)).toEqual([
      expect.objectContaining({
        chartType: 'COLUMN',
        ranges: [`${sheetName}!J3:L5`],
        options: {
          title: 'CPL by channel vs limit',
          // The limit series a calm grey-blue, not the alarm red of a breach.
          series: { 0: { color: '#1a73e8' }, 1: { color: '#9fb8d9' } },
          width: 440,
          height: 260,
        },
      }),
      expect.objectContaining({ chartType: 'LINE', ranges: [`${sheetName}!T3:W1099`] }),
    ]);
  });

  it('re-flags rows at once when the limits are edited', () => {
    ss.type(on(sheetName, 'B8'), '46');
    expectRow(ss, sheetName, 27, 'OK', false);
    expectRow(ss, sheetName, 35, 'Over CPL limit by $29.00', true);
    ss.type(on(sheetName, 'R5'), '70');
    expectRow(ss, sheetName, 34, 'Over CPL limit by $5.00', true);
    expectRow(ss, sheetName, 29, 'Over CPL limit: no lead after $81.00', true);
    expectVerdict(ss, sheetName, 29, 81, 0, 70);
    ss.type(on(sheetName, 'R5'), '');
    // LinkedIn falls back to the goal's 46: 79 with zero leads is now over.
    expectRow(ss, sheetName, 30, 'Over CPL limit: no lead after $79.00', true);
    expectVerdict(ss, sheetName, 30, 79, 0, 46);
  });
});

describe('createCampaignGoal (de_DE)', () => {
  const ss = openLocalSpreadsheet({ locale: 'de_DE', timeZone: 'Europe/Berlin' });
  const { sheetName } = createGoal(
    ss,
    leadsGoal({ channels: [{ id: 'social' }, { id: 'linkedin', limit: 80 }] }),
  );
  typeRow(ss, sheetName, 27, ['02.03.2025', 'Social', 'Frühling', '1000', '50', '2', '0', '100', '90,02']);
  typeRow(ss, sheetName, 28, ['02.03.2025', 'Social', 'Frühling', '1000', '50', '2', '0', '100', '89,98']);
  typeRow(ss, sheetName, 29, ['03.03.2025', 'LinkedIn', 'B2B', '800', '20', '0', '0', '0', '81']);
  typeRow(ss, sheetName, 30, ['03.03.2025', 'LinkedIn', 'B2B', '800', '20', '', '', '', '79,5']);
  typeRow(ss, sheetName, 32, ['04.03.2025', 'Social', 'Text', '10', '5', '1', '0', '0', 'viel']);

  it('defaults to euros and formats them the German way', () => {
    expect(heads(ss.displayValues(on(sheetName, 'B8:B10')))).toEqual([['45,00 €'], ['2.250,00 €'], ['EUR']]);
    expect(ss.formulas(on(sheetName, 'L4'))[0]?.[0]).toBe('=IF(ISNUMBER(R4);R4;$B$8)');
  });

  it('flags the same rows as in en_US, with amounts in the locale', () => {
    expectRow(ss, sheetName, 27, 'Over CPL limit by 0,01 €', true);
    expectRow(ss, sheetName, 28, 'OK', false);
    expectRow(ss, sheetName, 29, 'Over CPL limit: no lead after 81,00 €', true);
    expectVerdict(ss, sheetName, 29, 81, 0, 80);
    expectRow(ss, sheetName, 30, 'OK', false);
    expectRow(ss, sheetName, 31, '', false);
    expectRow(ss, sheetName, 32, 'Check Spend: not a number', false);
  });

  it('re-flags when the limit is typed with a decimal comma', () => {
    ss.type(on(sheetName, 'B8'), '45,02');
    expectRow(ss, sheetName, 27, 'OK', false);
    ss.type(on(sheetName, 'R5'), '79,4');
    expectRow(ss, sheetName, 30, 'Over CPL limit: no lead after 79,50 €', true);
    expectVerdict(ss, sheetName, 30, 79.5, 0, 79.4);
  });

  it('shows no formula errors anywhere on the sheet', () => {
    const errors = ss
      .errors(on(sheetName, 'A1:W60'))
      .flat()
      .filter((e) => e !== null);
    expect(errors).toEqual([]);
  });
});

describe('progress against today', () => {
  it('counts completed days, expected results at a linear pace and the days left', () => {
    const ss = openLocalSpreadsheet({});
    const { today } = ss.run('getWizardDefaults') as { today: string };
    // Day 10 of 30: 9 days completed, so the linear pace expects 50 x 9 / 30 = 15 leads so far.
    const { sheetName } = createGoal(ss, leadsGoal({ startDate: shiftDate(today, -9), days: 30 }));
    typeRow(ss, sheetName, 27, [shiftDate(today, -1), 'Social', 'x', '', '', '20', '', '', '500']);
    expect(ss.displayValues(on(sheetName, 'G8:H12'))).toEqual([
      ['9', ''],
      ['21', ''],
      ['15', 'Ahead by 5'],
      // 20 leads in 9 days: 20/9 a day for 21 days is a Poisson mean of 46.7; 30 more are needed.
      // Short of the target, the cell holds the chance to 1%-99%.
      [
        '1.4',
        `Chance to reach the target ${Math.min(99, Math.round(100 * poissonAtLeast(30, (20 / 9) * 21)))}%`,
      ],
      ['67', 'On track for the target'],
    ]);
    expect(poissonAtLeast(30, (20 / 9) * 21)).toBeGreaterThan(0.99);
  });
  it('opens on day 1 on pace, with nothing projected yet (not "Behind")', () => {
    const ss = openLocalSpreadsheet({});
    const { today } = ss.run('getWizardDefaults') as { today: string };
    const { sheetName } = createGoal(ss, leadsGoal({ startDate: today, days: 30 }));
    expect(heads(ss.displayValues(on(sheetName, 'G8:H12')))).toEqual([
      ['0', ''],
      ['30', ''],
      ['0', 'On pace'],
      // No completed day yet: no rate, no chance.
      ['1.7', ''],
      ['', ''],
    ]);
  });
  it('after the end date nothing is left and the pace is the whole target', () => {
    const ss = openLocalSpreadsheet({});
    const { today } = ss.run('getWizardDefaults') as { today: string };
    const { sheetName } = createGoal(ss, leadsGoal({ startDate: shiftDate(today, -40), days: 30 }));
    typeRow(ss, sheetName, 27, [shiftDate(today, -15), 'Social', 'x', '', '', '45', '', '', '500']);
    expect(ss.displayValues(on(sheetName, 'G8:H12'))).toEqual([
      ['30', ''],
      ['0', ''],
      ['50', 'Behind by 5'],
      // No day left and 5 leads short: no chance.
      ['', 'Chance to reach the target 0%'],
      ['45', 'Short by 5'],
    ]);
  });
});

describe('re-running the wizard and bad input', () => {
  it('leaves the first sheet untouched and picks a new name', () => {
    const ss = openLocalSpreadsheet({});
    const first = createGoal(ss).sheetName;
    ss.type(on(first, 'I27'), '100');
    const snapshot = (): unknown => [
      ss.values(on(first, 'A1:W50')),
      ss.formulas(on(first, 'A1:W50')),
      ss.conditionalRules(first),
      ss.namedRanges().filter((n) => n.a1.startsWith(`'${first}'!`)),
    ];
    const before = snapshot();
    const second = createGoal(ss).sheetName;
    expect(second).toBe('Goal - Q4 leads (2)');
    expect(createGoal(ss).sheetName).toBe('Goal - Q4 leads (3)');
    expect(snapshot()).toEqual(before);
    expect(ss.namedRanges()).toHaveLength(3);
  });

  const invalid: [string, Record<string, unknown>, RegExp][] = [
    ['negative target', { target: -5 }, /target: Target must be a whole number of at least 1, got -5/],
    ['end before start', { days: undefined, endDate: '2025-02-01' }, /endDate: End date must be on or after/],
    [
      'limit 0',
      { maxCostPerResult: 0 },
      /maxCostPerResult: Maximum CPL must be a number greater than 0, got 0/,
    ],
    ['absurd target', { target: 1e9 }, /at most 10,000,000/],
    ['limit below a cent', { maxCostPerResult: 0.004 }, /at least 0.01 \(the smallest amount in USD\)/],
    ['absurd campaign length', { days: 5000 }, /days: Days must be a whole number from 1 to 1096/],
    ['wrong types', { target: '50', channels: 'search' }, /got "50".*channels: Channels must be a list/],
    ['unknown channel', { channels: [{ id: 'radio' }] }, /Unknown channel "radio"/],
  ];
  it.each(invalid)('rejects %s with a clear message and writes nothing', (_label, patch, message) => {
    const ss = openLocalSpreadsheet({});
    ss.calls.reset();
    expect(() => ss.run('createCampaignGoal', { ...leadsGoal(), ...patch })).toThrow(message);
    expect(ss.sheetNames()).toEqual(['Sheet1']);
    expect(ss.namedRanges()).toEqual([]);
    const writes = Object.keys(ss.calls.byMethod()).filter((m) => /\.(set|insert|delete|new|add)/.test(m));
    expect(writes).toEqual([]);
  });

  it('rejects a config that is not an object', () => {
    const ss = openLocalSpreadsheet({});
    expect(() => ss.run('createCampaignGoal', 'make me a goal')).toThrow(/must be an object/);
    expect(ss.sheetNames()).toEqual(['Sheet1']);
  });
});

describe('a failure midway', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('removes the half-built sheet and its named ranges and says so', () => {
    const ss = openLocalSpreadsheet({});
    // Fails after the values, formats and named ranges are written.
    vi.spyOn(SheetImpl.prototype, 'setConditionalFormatRules').mockImplementation(() => {
      throw new Error('Service Spreadsheets failed while accessing document');
    });
    expect(() => createGoal(ss)).toThrow(
      /Could not build the campaign-goal sheet "Goal - Q4 leads": Service Spreadsheets failed.*half-built sheet was removed/,
    );
    expect(ss.sheetNames()).toEqual(['Sheet1']);
    expect(ss.namedRanges()).toEqual([]);
    vi.restoreAllMocks();
    // The lock was released: the next attempt works.
    expect(createGoal(ss).sheetName).toBe('Goal - Q4 leads');
  });

  it('reports a busy document instead of writing', () => {
    const ss = openLocalSpreadsheet({});
    ss.holdLock('document');
    expect(() => createGoal(ss)).toThrow(/Another change to this spreadsheet is still running/);
    expect(ss.sheetNames()).toEqual(['Sheet1']);
  });
});

describe('sharing and user text', () => {
  it('evaluates for someone without the add-on installed', () => {
    const ss = openLocalSpreadsheet({ addOnInstalled: false });
    const { sheetName } = createGoal(ss);
    typeRow(ss, sheetName, 27, ['3/2/2025', 'Social', 'x', '1000', '50', '2', '0', '100', '90.02']);
    expectRow(ss, sheetName, 27, 'Over CPL limit by $0.01', true);
    expect(
      ss
        .errors(on(sheetName, 'A1:W60'))
        .flat()
        .filter((e) => e !== null),
    ).toEqual([]);
    const custom = openLocalSpreadsheet({}).customFunctionNames();
    expect(custom.length).toBeGreaterThan(0);
    const used = ss
      .formulas(on(sheetName, 'A1:U4'))
      .flat()
      .filter((f) => custom.some((name) => new RegExp(`\\b${name}\\(`).test(f)));
    expect(used).toEqual([]);
  });

  it('keeps =IMPORTXML(...) as the goal name as text', () => {
    const ss = openLocalSpreadsheet({});
    const name = '=IMPORTXML("http://example.com","//a")';
    const { sheetName } = createGoal(ss, leadsGoal({ name }));
    expect(sheetName).toBe('Goal - =IMPORTXML("http example.com"," a")');
    expect(ss.values(on(sheetName, 'A1'))).toEqual([[name]]);
    expect(ss.formulas(on(sheetName, 'A1'))).toEqual([['']]);
  });
});

describe('look of the sheet', () => {
  it('has white text on the blue table header, a larger title, sized columns and the fill on breaches', () => {
    const ss = openLocalSpreadsheet({});
    const { sheetName } = createGoal(ss);
    expect(ss.backgrounds(on(sheetName, 'A26:Q26')).flat()).toEqual(Array(17).fill('#1a73e8'));
    expect(ss.fontColors(on(sheetName, 'A26:Q26')).flat()).toEqual(Array(17).fill('#ffffff'));
    expect(ss.fontColors(on(sheetName, 'A3'))).toEqual([['#202124']]);
    const title = ss.fontSizes(on(sheetName, 'A1'))[0]?.[0] ?? 0;
    expect(title).toBeGreaterThan(10);
    expect(ss.fontSizes(on(sheetName, 'A3'))).toEqual([[10]]);
    expect(ss.columnWidth(sheetName, 10)).toBeGreaterThan(100);
    typeRow(ss, sheetName, 27, ['3/2/2025', 'Social', 'x', '', '', '0', '', '', '60']);
    // $60 with no lead against $45: P = 1 - e^(-60/45) = 0.74, under 95%, so amber's dark text.
    expect(gammaCdf(60 / 45, 1)).toBeLessThan(0.95);
    expect(ss.fontColors(on(sheetName, 'A27'))).toEqual([['#7a4f01']]);
  });
});

describe('ad-export quirks and edited goal cells', () => {
  it('reads `--` results as none (flagged once spend passes the limit) and `--` spend as blank: a Check where the row has results', () => {
    const ss = openLocalSpreadsheet({});
    const { sheetName } = createGoal(ss);
    typeRow(ss, sheetName, 27, ['3/2/2025', 'Social', 'x', '', '', '--', '', '', '500']);
    typeRow(ss, sheetName, 28, ['3/2/2025', 'Social', 'x', '', '', '--', '', '', '40']);
    typeRow(ss, sheetName, 29, ['3/2/2025', 'Social', 'x', '', '', '2', '', '', '--']);
    expectRow(ss, sheetName, 27, 'Over CPL limit: no lead after $500.00', true);
    expectVerdict(ss, sheetName, 27, 500, 0, 45);
    expectRow(ss, sheetName, 28, 'OK', false);
    // Its 2 leads count nowhere until a spend (0 if none) is typed: never unjudged.
    expectRow(ss, sheetName, 29, 'Check Spend: blank (type 0 if nothing was spent)', false);
    typeRow(ss, sheetName, 30, ['3/2/2025', 'Social', 'x', '', '', '1', '', '', '-50']);
    expectRow(ss, sheetName, 30, 'Check Spend: negative', false);
  });
  it('shows fractional conversions (as ad platforms report them) with two decimals', () => {
    const ss = openLocalSpreadsheet({});
    const { sheetName } = createGoal(ss, leadsGoal({ objective: 'sales' }));
    typeRow(ss, sheetName, 27, ['3/2/2025', 'Social', 'x', '', '', '', '0.5', '', '20']);
    expect(ss.displayValues(on(sheetName, 'G27'))).toEqual([['0.50']]);
    expect(ss.displayValues(on(sheetName, 'G3'))).toEqual([['0.50']]);
    expect(ss.displayValues(on(sheetName, 'P27'))).toEqual([['$40.00']]);
  });
  it('draws no bar when the target or budget is cleared (not a full one)', () => {
    const ss = openLocalSpreadsheet({});
    const { sheetName } = createGoal(ss);
    typeRow(ss, sheetName, 27, ['3/2/2025', 'Social', 'x', '', '', '2', '', '', '50']);
    ss.type(on(sheetName, 'B5'), '');
    ss.type(on(sheetName, 'B9'), '');
    expect(heads(ss.displayValues(on(sheetName, 'G4:H4')))).toEqual([['', '']]);
    expect(heads(ss.displayValues(on(sheetName, 'G6:H6')))).toEqual([['', '']]);
  });
  it('rejects text or 0 in the goal cells, with a help text, and keeps the value', () => {
    const ss = openLocalSpreadsheet({});
    const { sheetName } = createGoal(ss);
    expect(() => ss.type(on(sheetName, 'B8'), 'abc')).toThrow('An amount in USD, at least 0.01.');
    expect(() => ss.type(on(sheetName, 'B8'), '0')).toThrow('An amount in USD, at least 0.01.');
    // Below the smallest unit, the limit would read $0.00 in every Status.
    expect(() => ss.type(on(sheetName, 'B8'), '0.004')).toThrow('An amount in USD, at least 0.01.');
    expect(() => ss.type(on(sheetName, 'B5'), '-5')).toThrow('The target: a number of leads above 0.');
    expect(() => ss.type(on(sheetName, 'B6'), 'soon')).toThrow('A date, e.g. 2026-12-01.');
    expect(() => ss.type(on(sheetName, 'R4'), 'x')).toThrow(
      /this channel's own CPL limit in USD, at least 0.01/,
    );
    expect(ss.values(on(sheetName, 'B8'))).toEqual([[45]]);
    ss.type(on(sheetName, 'R4'), '');
    ss.type(on(sheetName, 'B8'), '50');
    expect(ss.values(on(sheetName, 'B8:B9'))).toEqual([[50], [2250]]);
  });
  it('protects every computed cell (Limit applied too, the pace block) with warning-only ranges', () => {
    const ss = openLocalSpreadsheet({});
    const { sheetName } = createGoal(ss);
    // J3:Q1099: the channel summary but for Your limit (R), and the table's computed columns.
    expect(ss.protections()).toEqual([
      expect.objectContaining({ type: 'RANGE', sheet: sheetName, a1: 'J3:Q1099', warningOnly: true }),
      // The pace block beside the table, protected on its own (J3:Q1099 widened would take in R).
      expect.objectContaining({ type: 'RANGE', sheet: sheetName, a1: 'T3:W1099', warningOnly: true }),
    ]);
    expect(heads(ss.displayValues(on(sheetName, 'L3:R3')))[0]).toEqual([
      'Limit applied',
      'Spend',
      'Leads',
      'Share of spend',
      'Status',
      'ROAS',
      'Your limit',
    ]);
    expect(ss.backgrounds(on(sheetName, 'R4:R5')).flat()).toEqual(['#fff8e1', '#fff8e1']);
    expect(ss.namedRanges().map((n) => n.name)).toEqual(['CG_Goal_Q4_leads_Limit']);
  });
});

describe('service calls', () => {
  it('costs the same for 1 and 7 channels, within budget', () => {
    const [one, seven] = measureCreateCampaignGoalCalls();
    expect(seven.total).toBe(one.total);
    expect(seven.byMethod).toEqual(one.byMethod);
    // The issue's budget: at most 30 calls that reach the document (reads, writes, range handles,
    // the lock); builder calls only assemble rules and the chart in memory and are reported apart.
    expect(one.document).toBeLessThanOrEqual(30);
    expect(one.document + one.builders).toBe(one.total);
    expect(one.byMethod['Sheet.getRange']).toBeUndefined();
    // No per-row or per-cell writes.
    expect(one.byMethod['Range.setValue']).toBeUndefined();
    expect(one.byMethod['Range.setFormula']).toBeUndefined();
  });
});
