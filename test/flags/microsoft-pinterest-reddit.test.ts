// Microsoft Advertising (every language with a list), Pinterest and Reddit: which header sets name
// their platform and which only give a guess, each flagged on the rows the test computes itself.
// Sources: README.md "Report headers by platform and language".
import { describe, expect, it } from 'vitest';
import { HEADER_LISTS, PLATFORM_NAMES } from '../../src/plans/report-flags/header-tables.ts';
import { detect, expectedBreaches, flag, flaggedRows, openReport } from './helpers.ts';

const letter = (i: number): string =>
  i < 26 ? String.fromCharCode(65 + i) : letter(Math.floor(i / 26) - 1) + String.fromCharCode(65 + (i % 26));

const GUESS = /\(a guess, not a finding\)\.$/;

/** [name, spend, results]: spend/results around the limit of 20, one row without results. */
const CAMPAIGNS: [string, number, number][] = [
  ['Brand', 120, 10],
  ['Generic', 450, 12],
  ['Retargeting', 35, 0],
  ['Display', 15, 0],
  ['Video', 900, 60],
];

/**
 * The header row of a Bing Ads UI download (an Ad report, 2017), as a public Spark job filters it
 * out: Gschiavon/CSVParser-Spark src/main/scala/BingFiles/CSVBingAds.scala. 59 columns.
 */
const BING_2017_HEADER = `
Gregorian date|Hour|Account name|Campaign name|Ad group|Ad title|Ad description|
Ad distribution|Impressions|Clicks|CTR (%)|Average CPC|Spend|Avg. position|Conversions|
Conversion rate (%)|CPA|Account number|Account status|Ad group ID|Ad group status|Ad ID|
Ad status|Ad type|Final App URL|Bid match type|Business category|Business category ID|
Business listing|Business listing ID|Campaign status|Currency code|Custom Parameters|Customer|
Customer name|Delivered match type|Destination URL|Device OS|Device type|Display URL|Final URL|
Language|Final Mobile URL|Network|Path 1|Path 2|Pricing method|Title part 1|Title part 2|
Top vs. other|Tracking Template|Avg. CPM|Assists|Extended cost|Revenue|Return on ad spend (%)|
Cost per assist|Revenue per conversion|Revenue per assist`
  .replace(/\n/g, '')
  .split('|');

function bingReport(): string[][] {
  const at = (name: string): number => BING_2017_HEADER.indexOf(name);
  const rows = CAMPAIGNS.map(([name, spend, conv], i) => {
    const row = BING_2017_HEADER.map(() => '');
    const clicks = 40 + i * 11;
    row[at('Gregorian date')] = '1/18/2017';
    row[at('Hour')] = String(i);
    row[at('Account name')] = 'Account 1';
    row[at('Campaign name')] = name;
    row[at('Ad group')] = `Ad group ${i + 1}`;
    row[at('Impressions')] = String(1000 + i * 37);
    row[at('Clicks')] = String(clicks);
    row[at('Spend')] = spend.toFixed(2);
    row[at('Conversions')] = String(conv);
    row[at('Currency code')] = 'MXN';
    row[at('Revenue')] = (conv * 30).toFixed(2);
    return row;
  });
  return [
    ['Report Name: Ad 1/18/2017'],
    ['Report Time: 1/24/2017'],
    ['Time Zone: Various'],
    ['Last Completed Available Day: 1/25/2017 12:50:00 PM (GMT)'],
    ['Last Completed Available Hour: 1/25/2017 12:50:00 PM (GMT)'],
    ['Report Aggregation: Hour'],
    ['Report Filter: '],
    [`Rows: ${rows.length}`],
    [],
    BING_2017_HEADER,
    ...rows,
  ];
}

describe('Microsoft Advertising, a 59-column UI download header (2017)', () => {
  it('is named Microsoft by Gregorian date + Spend and flagged on the rows over the CPA limit', () => {
    const rows = bingReport();
    expect(BING_2017_HEADER).toHaveLength(59);
    const ss = openReport(rows);
    const layout = detect(ss);
    const col = (name: string): string => letter(BING_2017_HEADER.indexOf(name));
    expect(layout).toMatchObject({
      platform: 'microsoft',
      platformGuess: null,
      headerRow: 10,
      firstDataRow: 11,
      lastDataRow: 15,
      currency: 'MXN',
      problems: [],
      columns: {
        campaign: col('Campaign name'),
        date: col('Gregorian date'),
        spend: col('Spend'),
        impressions: col('Impressions'),
        clicks: col('Clicks'),
        conversions: col('Conversions'),
        revenue: col('Revenue'),
      },
    });
    const want = expectedBreaches(rows, {
      top: 1,
      header: 9,
      spend: BING_2017_HEADER.indexOf('Spend'),
      results: BING_2017_HEADER.indexOf('Conversions'),
      limit: 20,
    });
    expect(want.length).toBeGreaterThan(0);
    const answer = flag(ss, layout, 'CPA', 20);
    expect(answer).toMatchObject({ rowsChecked: 5, rowsFlagged: want.length });
    expect(flaggedRows(ss, 'A', 1, rows.length)).toEqual(want);
  });
});

/** A report laid out with a list's names: campaign, impressions, spend, results; currency preamble. */
function laidOut(names: {
  campaign?: string;
  impressions?: string;
  spend: string;
  results: string;
}): string[][] {
  const header = [
    names.campaign ?? 'Campaign',
    names.impressions ?? 'Impressions',
    names.spend,
    names.results,
  ];
  return [
    ['Currency: USD'],
    header,
    ...CAMPAIGNS.map(([name, spend, results], i) => [
      name,
      String(1000 + i * 37),
      String(spend),
      String(results),
    ]),
  ];
}

function flaggedAsComputed(rows: string[][], model: string): void {
  const ss = openReport(rows);
  const layout = detect(ss);
  expect(layout.columns.spend).toBe('C');
  const want = expectedBreaches(rows, { top: 1, header: 1, spend: 2, results: 3, limit: 20 });
  expect(want.length).toBeGreaterThan(0);
  expect(flag(ss, layout, model, 20)).toMatchObject({ rowsChecked: 5, rowsFlagged: want.length });
  expect(flaggedRows(ss, 'A', 1, rows.length)).toEqual(want);
}

describe('Microsoft Advertising in each language: named, or a guess that names it', () => {
  const microsoft = HEADER_LISTS.filter((l) => l.platform === 'microsoft');
  // de names it by Abschlüsse, fr by Dépenses beside Conv., en by Spend beside Conv.; the others'
  // cited names (Gasto, 支出...) head hand-typed tables just as well.
  const named = new Set(['en', 'de', 'fr']);
  it('covers the languages the README lists for it', () => {
    expect(microsoft.map((l) => l.lang).sort()).toEqual(
      ['de', 'en', 'es', 'fr', 'it', 'ja', 'nl', 'pl', 'pt-BR', 'tr'].sort(),
    );
  });

  it.each(microsoft.map((l) => [l.lang, l] as const))('%s', (lang, list) => {
    const role = list.roles.conversions?.length ? 'conversions' : 'clicks';
    const rows = laidOut({
      campaign: list.roles.campaign?.[0],
      impressions: list.roles.impressions?.[0],
      spend: list.roles.spend?.[0] as string,
      results: list.roles[role]?.[0] as string,
    });
    const layout = detect(openReport(rows));
    expect(layout.columns[role]).toBe('D');
    if (named.has(lang)) {
      expect(layout).toMatchObject({ platform: 'microsoft', platformGuess: null });
    } else {
      expect(layout.platform).toBe('unknown');
      expect(layout.platformGuess).toContain('Microsoft Advertising');
      expect(layout.platformGuess).toMatch(GUESS);
    }
    flaggedAsComputed(rows, role === 'conversions' ? 'CPA' : 'CPC');
  });

  // `Gasto` is also TikTok's Spanish spend name (README's `tiktok-es`): the guess names both.
  it('a hand-typed Spanish table with Gasto is not called Microsoft Advertising', () => {
    const layout = detect(
      openReport([
        ['Fecha', 'Gasto', 'Clics'],
        ['2026-11-01', '100', '4'],
      ]),
    );
    expect(layout.platform).toBe('unknown');
    expect(layout.platformGuess).toBe(
      `Not recognised as one platform's export: a "Gasto" column is used by ${PLATFORM_NAMES.microsoft}, ${PLATFORM_NAMES.tiktok} (a guess, not a finding).`,
    );
  });
});

describe('Pinterest Ads (the reporting dashboard names)', () => {
  it('is named by Pin clicks and flagged on Total conversions, no currency said', () => {
    const rows = [
      ['Campaign name', 'Spend', 'Total conversions', 'Impressions', 'Pin clicks', 'Outbound clicks', 'CTR'],
      ...CAMPAIGNS.map(([name, spend, conv], i) => [
        name,
        String(spend),
        String(conv),
        String(2000 + i),
        String(50 + i),
        String(20 + i),
        '2.5%',
      ]),
    ];
    const ss = openReport(rows);
    const layout = detect(ss);
    expect(layout).toMatchObject({
      platform: 'pinterest',
      platformGuess: null,
      currency: null,
      columns: { campaign: 'A', spend: 'B', conversions: 'C', impressions: 'D', clicks: 'E' },
    });
    expect(layout.problems).toEqual([expect.stringMatching(/^No currency found/)]);
    const want = expectedBreaches(rows, { top: 1, header: 0, spend: 1, results: 2, limit: 20 });
    expect(want.length).toBeGreaterThan(0);
    expect(flag(ss, layout, 'CPA', 20)).toMatchObject({ rowsChecked: 5, rowsFlagged: want.length });
    expect(flaggedRows(ss, 'A', 1, rows.length)).toEqual(want);
  });

  it('Spend and Total conversions alone are a guess that names Pinterest among others', () => {
    const rows = laidOut({ campaign: 'Campaign name', spend: 'Spend', results: 'Total conversions' });
    const layout = detect(openReport(rows));
    expect(layout.platform).toBe('unknown');
    expect(layout.platformGuess).toContain(PLATFORM_NAMES.pinterest);
    expect(layout.platformGuess).toContain(PLATFORM_NAMES.microsoft);
    expect(layout.platformGuess).toMatch(GUESS);
    flaggedAsComputed(rows, 'CPA');
  });
});

describe('Reddit Ads (unverified list, no sign)', () => {
  it("a report with Reddit's metric names is unknown with a guess naming Reddit Ads, flagged on CPC", () => {
    const rows = [
      ['Campaign Name', 'Date', 'Spend', 'Clicks', 'Impressions', 'CTR', 'eCPM', 'CPC'],
      ...CAMPAIGNS.map(([name, spend, clicks], i) => [
        name,
        '2026-11-01',
        String(spend),
        String(clicks),
        String(3000 + i),
        '0.4%',
        '1.10',
        '0.90',
      ]),
    ];
    const ss = openReport(rows);
    const layout = detect(ss);
    expect(layout).toMatchObject({
      platform: 'unknown',
      columns: { campaign: 'A', date: 'B', spend: 'C', clicks: 'D', impressions: 'E' },
    });
    expect(layout.platformGuess).toContain(PLATFORM_NAMES.reddit);
    expect(layout.platformGuess).toMatch(GUESS);
    const want = expectedBreaches(rows, { top: 1, header: 0, spend: 2, results: 3, limit: 20 });
    expect(want.length).toBeGreaterThan(0);
    expect(flag(ss, layout, 'CPC', 20)).toMatchObject({ rowsChecked: 5, rowsFlagged: want.length });
    expect(flaggedRows(ss, 'A', 1, rows.length)).toEqual(want);
  });
});
