// Report layouts built from the header table (fixtures/README.md): preambles, totals, footers,
// masked counts, a German export in a de_DE spreadsheet, reports that do not start at A1.
import { describe, expect, it } from 'vitest';
import { detect, expectedBreaches, flag, flaggedRows, heads, openReport } from './helpers.ts';

const MICROSOFT = [
  ['Report Name: Campaign performance'],
  ['Report Time: 11/28/2026'],
  ['Time Zone: (GMT-05:00) Eastern Time (US & Canada)'],
  ['Last Completed Available Day: 11/27/2026'],
  ['Currency: USD'],
  ['Rows: 4'],
  [],
  [
    'Campaign name',
    'Impressions',
    'Clicks',
    'CTR',
    'Avg. CPC',
    'Spend',
    'Conversions',
    'Conv. rate',
    'Cost per conversion',
    'Revenue',
    'Return on ad spend',
  ],
  ['Brand - exact', '12004', '1502', '12.51%', '0.62', '931.24', '41', '2.73%', '22.71', '4100.00', '4.40'],
  [
    'Generic - broad',
    '40110',
    '1211',
    '3.02%',
    '1.85',
    '2240.35',
    '19',
    '1.57%',
    '117.91',
    '1900.00',
    '0.85',
  ],
  ['Competitor', '9120', '402', '4.41%', '2.10', '844.20', '0', '0.00%', '0.00', '0.00', '0.00'],
  ['Retargeting', '22040', '640', '2.90%', '0.71', '454.40', '12', '1.88%', '37.87', '1300.00', '2.86'],
  ['Total', '83274', '3755', '4.51%', '1.19', '4470.19', '72', '1.92%', '62.09', '7300.00', '1.63'],
  [],
  ['©2026 Microsoft Corporation. All rights reserved. '],
];

describe('Microsoft Advertising (preamble, Total, blank line, footer)', () => {
  it('finds the header after the quoted preamble and skips Total, the blank line and the footer', () => {
    const layout = detect(openReport(MICROSOFT));
    expect(layout).toMatchObject({
      platform: 'microsoft',
      headerRow: 8,
      firstDataRow: 9,
      lastDataRow: 12,
      skippedRows: [
        { row: 13, reason: 'total row (Total)' },
        { row: 14, reason: 'blank line' },
        { row: 15, reason: 'footer' },
      ],
      columns: {
        campaign: 'A',
        spend: 'F',
        impressions: 'B',
        clicks: 'C',
        conversions: 'G',
        revenue: 'J',
        date: null,
        leads: null,
      },
      currency: 'USD',
      problems: [],
    });
  });

  it('flags the breaching campaigns only; Total and footer get no Status and no colour', () => {
    const ss = openReport(MICROSOFT);
    const answer = flag(ss, detect(ss), 'CPA', 40);
    const want = expectedBreaches(MICROSOFT, { top: 1, header: 7, spend: 5, results: 6, limit: 40 });
    expect(want).toEqual([10, 11]);
    expect(flaggedRows(ss, 'A', 1, 20)).toEqual(want);
    expect(answer).toMatchObject({ rowsChecked: 4, rowsFlagged: 2, statusColumn: 'L' });
    expect(heads(ss.displayValues('Report!L13:L15'))).toEqual([[''], [''], ['']]);
  });
});

const TIKTOK = [
  [
    'Campaign name',
    'Cost',
    'Impressions',
    'Clicks (destination)',
    'CTR (destination)',
    'CPC (destination)',
    'Conversions',
    'Cost per conversion',
    'Conversion rate (CVR)',
  ],
  ['Spark | UGC', '310.00', '50210', '812', '1.62%', '0.38', '<5', '--', '--'],
  ['Spark | Creator', '60.00', '9020', '140', '1.55%', '0.43', '<5', '--', '--'],
  ['Spark | Tiny', '20.00', '3020', '40', '1.32%', '0.50', '<5', '--', '--'],
  ['Lead | Instant form', '402.10', '61004', '930', '1.52%', '0.43', '21', '19.15', '2.26%'],
  ['Awareness | Broad', '150.00', '88000', '610', '0.69%', '0.25', '--', '--', '--'],
  ['Total', '942.10', '211254', '2532', '1.20%', '0.37', '28', '33.65', '1.11%'],
];

describe('TikTok Ads Manager (<5, --, Total)', () => {
  it('reads the platform from Cost + Clicks (destination), Total skipped', () => {
    const layout = detect(openReport(TIKTOK));
    expect(layout).toMatchObject({
      platform: 'tiktok',
      headerRow: 1,
      lastDataRow: 6,
      skippedRows: [{ row: 7, reason: 'total row (Total)' }],
      columns: { spend: 'B', conversions: 'G', clicks: 'D', campaign: 'A' },
      currency: null,
    });
    expect(layout.problems).toEqual([expect.stringMatching(/^No currency found/)]);
  });

  it('a masked count breaches only when spend > 4 x limit, is fine when spend <= limit, else cannot tell', () => {
    const ss = openReport(TIKTOK);
    flag(ss, { ...detect(ss), currency: 'USD' }, 'CPA', 50);
    expect(heads(ss.displayValues('Report!J2:J7')).map((r) => r[0])).toEqual([
      'Over CPA limit by $27.50', // 310 > 4 x 50: over even at 4 results
      'Masked count (<5): cannot tell', // 50 < 60 <= 200
      'OK', // 20 <= 50
      'OK', // 402.10 / 21
      'Over CPA limit: no conversion after $150.00', // `--`: no results
      '',
    ]);
    const want = expectedBreaches(TIKTOK, { top: 1, header: 0, spend: 1, results: 6, limit: 50 });
    expect(want).toEqual([2, 6]);
    expect(flaggedRows(ss, 'A', 1, 8)).toEqual(want);
  });
});

const GERMAN = [
  ['Kampagnenbericht'],
  ['1. November 2026 - 27. November 2026'],
  ['Kampagnenstatus', 'Kampagne', 'Währungscode', 'Impr.', 'Klicks', 'Kosten', 'Conversions', 'Kosten/Conv.'],
  ['Aktiviert', 'Marke | Exakt', 'EUR', '18.204', '2.311', '947,51', '88,00', '10,77'],
  ['Aktiviert', 'Generisch', 'EUR', '41.877', '1.964', '1.234,56', '12,50', '98,76'],
  ['Aktiviert', 'Wettbewerb', 'EUR', '22.410', '803', "'2.095,83", "'21,00", '99,80'],
  ['Pausiert', 'Display', 'EUR', '96.550', '611', "'336,05", '--', '--'],
  ['Gesamt: Konto', '', 'EUR', '179.041', '5.689', '4.613,95', '121,50', '37,97'],
];

describe('German Google Ads export in a de_DE spreadsheet', () => {
  it('reads Kampagne, Kosten, Gesamt: Konto and the currency code column', () => {
    const layout = detect(openReport(GERMAN, { locale: 'de_DE' }));
    expect(layout).toMatchObject({
      platform: 'google-ads',
      headerRow: 3,
      firstDataRow: 4,
      lastDataRow: 7,
      skippedRows: [{ row: 8, reason: 'total row (Gesamt: Konto)' }],
      columns: { campaign: 'B', spend: 'F', clicks: 'E', impressions: 'D', conversions: 'G' },
      currency: 'EUR',
      problems: [],
    });
  });

  it('flags with amounts in German (1.234,56 typed, and as text), the Status in the decimal comma', () => {
    const ss = openReport(GERMAN, { locale: 'de_DE' });
    // Rows 6 and 7 hold their amounts as text ('2.095,83): the native formula reads them in de_DE.
    expect(ss.values('Report!F6:F7')).toEqual([['2.095,83'], ['336,05']]);
    const answer = flag(ss, detect(ss), 'CPA', 60);
    const want = expectedBreaches(
      GERMAN.map((r) => r.map((c) => c.replace(/^'/, ''))),
      { top: 1, header: 2, spend: 5, results: 6, limit: 60, decimal: ',' },
    );
    expect(want).toEqual([5, 6, 7]);
    expect(flaggedRows(ss, 'A', 1, 9)).toEqual(want);
    expect(answer.rowsFlagged).toBe(3);
    expect(heads(ss.displayValues('Report!I5'))[0]?.[0]).toBe('Over CPA limit by 38,76 €');
    expect(heads(ss.displayValues('Report!I7'))[0]?.[0]).toBe('Over CPA limit: no conversion after 336,05 €');
    expect(heads(ss.displayValues('Report!I3:J3'))[0]).toEqual(['Status', 'CPA limit 60,00 €']);
    expect(ss.formulas('Report!I3')[0]?.[0]).toContain(';');
  });

  it('refuses an English-formatted text amount in de_DE with a Check status, never a wrong number', () => {
    const rows = GERMAN.map((r) => [...r]);
    (rows[4] as string[])[5] = "'1,234.56";
    const ss = openReport(rows, { locale: 'de_DE' });
    flag(ss, detect(ss), 'CPA', 60);
    expect(heads(ss.displayValues('Report!I5'))[0]?.[0]).toBe('Check Kosten: not a number');
    expect(flaggedRows(ss, 'A', 5, 5)).toEqual([]);
  });
});

describe('Meta export with the currency in the header', () => {
  it('reads EUR from `Ausgegebener Betrag (EUR)` and Ergebnisse as results', () => {
    const rows = [
      [
        'Berichtsbeginn',
        'Kampagnenname',
        'Ergebnisse',
        'Ausgegebener Betrag (EUR)',
        'Impressionen',
        'Link-Klicks',
      ],
      ['2026-11-01', 'Lookalike', '12', '480', '30000', '700'],
      ['2026-11-01', 'Interessen', '3', '90', '9000', '120'],
    ];
    const ss = openReport(rows);
    const layout = detect(ss);
    expect(layout).toMatchObject({
      platform: 'meta',
      currency: 'EUR',
      columns: { campaign: 'B', conversions: 'C', spend: 'D', impressions: 'E', clicks: 'F' },
    });
    flag(ss, layout, 'CPA', 35);
    expect(heads(ss.displayValues('Report!G2:G3'))).toEqual([['Over CPA limit by 5.00 €'], ['OK']]);
  });
});

describe('reports that do not start at A1', () => {
  it('finds a report pasted at C5 and flags it there', () => {
    const ss = openReport(TIKTOK, { at: 'C5' });
    const layout = detect(ss);
    expect(layout).toMatchObject({
      headerRow: 5,
      firstDataRow: 6,
      lastDataRow: 10,
      columns: { spend: 'D', campaign: 'C' },
    });
    const answer = flag(ss, { ...layout, currency: 'USD' }, 'CPA', 50);
    expect(answer.statusColumn).toBe('L');
    expect(flaggedRows(ss, 'C', 1, 12)).toEqual(
      expectedBreaches(TIKTOK, { top: 5, header: 0, spend: 1, results: 6, limit: 50 }),
    );
    expect(flaggedRows(ss, 'A', 1, 12)).toEqual([]); // outside the report
  });

  it('finds a connector block far below row 1 and leaves the block under it alone', () => {
    const above = [['Summary', 'Spend'], ['All', '4470.19'], [], []];
    const below = [
      ['Notes', 'Cost', 'Clicks'],
      ['not a report', '99999', '1'],
    ];
    const rows = [
      ...above,
      ...Array.from({ length: 30 }, () => []),
      ...MICROSOFT.slice(7, 13),
      [],
      [],
      ...below,
    ];
    const ss = openReport(rows, { at: 'B1' });
    const layout = detect(ss);
    expect(layout).toMatchObject({
      headerRow: 35,
      firstDataRow: 36,
      lastDataRow: 39,
      skippedRows: [{ row: 40 }],
    });
    flag(ss, { ...layout, currency: 'USD' }, 'CPA', 40);
    expect(flaggedRows(ss, 'B', 1, 50)).toEqual([37, 38]);
    // The Status stops before the next block: its rows get none. Rule and Status start at the header row.
    expect(heads(ss.displayValues('Report!M43:M44'))).toEqual([[''], ['']]);
    expect(ss.conditionalRules('Report')[0]?.ranges).toEqual(['B35:M42']);
  });
});

describe('the German report is left as it was', () => {
  it('after apply, re-apply and remove, every report cell (text amounts included) is unchanged', () => {
    const ss = openReport(GERMAN, { locale: 'de_DE' });
    const look = () => ({
      values: ss.values('Report!A1:H8'),
      formulas: ss.formulas('Report!A1:H8'),
      display: ss.displayValues('Report!A1:H8'),
      formats: ss.numberFormats('Report!A1:H8'),
    });
    const before = look();
    flag(ss, detect(ss), 'CPA', 60);
    expect(look()).toEqual(before);
    flag(ss, detect(ss), 'CPC', 1);
    expect(look()).toEqual(before);
    // Amber (not yet sure) and red (confirmed).
    expect(ss.conditionalRules('Report')).toHaveLength(2);
    ss.run('removeBreachFlags', 'Report');
    expect(look()).toEqual(before);
    expect(ss.conditionalRules('Report')).toEqual([]);
    expect(
      ss
        .values('Report!I1:J8')
        .flat()
        .every((v) => v === ''),
    ).toBe(true);
  });
});

describe('rows typed inside a report later', () => {
  it('a campaign typed over the blank line between Total and footer is judged; the footer still is not', () => {
    const ss = openReport(MICROSOFT);
    flag(ss, { ...detect(ss), currency: 'USD' }, 'CPA', 40);
    ss.paste('Report!A14', [['Late campaign', '100', '10', '', '', '500', '2']]);
    expect(heads(ss.displayValues('Report!L14:L15'))).toEqual([['Over CPA limit by $210.00'], ['']]);
    expect(flaggedRows(ss, 'A', 13, 15)).toEqual([14]);
  });
});
