// Real exports downloaded by advertisers (fixtures/real/, sources in fixtures/README.md), imported
// as Sheets imports the file: detected, flagged, and held to what the test reads from the rows.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type LocalSpreadsheet, openLocalSpreadsheet, readReportFile } from '../../local/index.ts';
import { detect, exportNumber, FIXTURES, flag, flaggedRows, redRows } from './helpers.ts';

interface RealCase {
  file: string;
  locale?: string;
  /** 0-based: header row, spend and results columns of the file's rows. */
  header: number;
  spend: number;
  results: number;
  decimal?: '.' | ',';
  /** The test's own knowledge of the file: which rows are not campaigns. */
  notCampaign: (row: string[]) => boolean;
  limits: number[];
  /** The cost model flagged; CPA (on the conversions column) unless said. */
  model?: 'CPA' | 'CPL';
  expect: Record<string, unknown>;
}

const bytes = (file: string): Buffer => readFileSync(join(FIXTURES, 'real', file));
const startsTotal = (cells: string[]): boolean => cells.some((c) => /^\s*Total:/.test(c));

function open(c: RealCase): LocalSpreadsheet {
  return openLocalSpreadsheet({ locale: c.locale ?? 'en_US', csv: { name: 'Report', bytes: bytes(c.file) } });
}

/** Sheet rows (1-based) over the limit, read by the test: spend > limit x MAX(results, 1). */
function wanted(c: RealCase, rows: string[][], limit: number): { over: number[]; campaigns: number[] } {
  const over: number[] = [];
  const campaigns: number[] = [];
  rows.forEach((row, i) => {
    if (i <= c.header || row.every((x) => x.trim() === '') || c.notCampaign(row)) return;
    campaigns.push(i + 1);
    const spend = exportNumber(row[c.spend] ?? '', c.decimal);
    if (spend === null) return;
    const results = exportNumber(row[c.results] ?? '', c.decimal) ?? 0;
    if (spend > limit * Math.max(results, 1)) over.push(i + 1);
  });
  return { over, campaigns };
}

const CASES: RealCase[] = [
  {
    file: 'google-ads-keywords-en-utf16.tsv',
    header: 2,
    spend: 13,
    results: 16,
    notCampaign: (r) => startsTotal(r.slice(0, 3)),
    limits: [1, 1.6],
    expect: {
      platform: 'google-ads',
      headerRow: 3,
      firstDataRow: 4,
      lastDataRow: 9,
      currency: 'USD',
      columns: expect.objectContaining({ spend: 'N', conversions: 'Q', clicks: 'O', impressions: 'I' }),
      skippedRows: [
        { row: 10, reason: 'total row (Total: All but removed keywords)' },
        { row: 11, reason: 'total row (Total: Keywords in your account)' },
        { row: 12, reason: 'total row (Total: Your keywords)' },
        { row: 13, reason: 'total row (Total: AI Max expanded matches)' },
        { row: 14, reason: 'total row (Total: AI Max landing page matches)' },
        { row: 15, reason: 'total row (Total: URL inclusions in your account)' },
        { row: 16, reason: 'total row (Total: Account)' },
        { row: 17, reason: 'total row (Total: Search)' },
        { row: 18, reason: 'total row (Total: Performance Max)' },
      ],
    },
  },
  {
    file: 'google-ads-campaigns-en-inr.csv',
    header: 2,
    spend: 16,
    results: 21,
    notCampaign: (r) => startsTotal(r.slice(0, 1)),
    limits: [100, 1000],
    expect: {
      platform: 'google-ads',
      headerRow: 3,
      lastDataRow: 5,
      currency: 'INR',
      columns: expect.objectContaining({ spend: 'Q', conversions: 'V' }),
      skippedRows: [6, 7, 8, 9].map((row) => ({
        row,
        reason: expect.stringMatching(/^total row \(Total: /),
      })),
    },
  },
  {
    file: 'google-ads-campaigns-en-usd.csv',
    header: 2,
    spend: 13,
    results: 22,
    notCampaign: (r) => startsTotal(r.slice(0, 1)),
    limits: [20, 100],
    expect: {
      platform: 'google-ads',
      headerRow: 3,
      firstDataRow: 4,
      lastDataRow: 15,
      currency: 'USD',
      columns: expect.objectContaining({ spend: 'N', conversions: 'W', clicks: 'U' }),
      skippedRows: [16, 17, 18, 19, 20].map((row) => ({ row, reason: expect.stringMatching(/^total row/) })),
    },
  },
  {
    // A pt-BR export in an en_US spreadsheet: Sheets keeps "2,87" as text; it is read with its comma.
    file: 'google-ads-campaigns-pt-BR.csv',
    header: 2,
    spend: 12,
    results: 16,
    decimal: ',',
    notCampaign: (r) => startsTotal(r.slice(0, 1)),
    limits: [2, 3],
    expect: {
      platform: 'google-ads',
      headerRow: 3,
      currency: 'BRL',
      decimalMark: ',',
      problems: [],
      columns: expect.objectContaining({ campaign: 'B', spend: 'M', conversions: 'Q', clicks: 'O' }),
    },
  },
  {
    file: 'google-ads-campaigns-pt-BR.csv',
    locale: 'pt_BR',
    header: 2,
    spend: 12,
    results: 16,
    decimal: ',',
    notCampaign: (r) => startsTotal(r.slice(0, 1)),
    limits: [2, 3],
    expect: { platform: 'google-ads', currency: 'BRL', decimalMark: ',', problems: [] },
  },
  {
    file: 'google-ads-campaigns-pt-BR-utf16.tsv',
    header: 2,
    spend: 9,
    results: 11,
    decimal: ',',
    notCampaign: (r) => startsTotal(r.slice(0, 1)),
    limits: [0.21, 0.5],
    expect: {
      platform: 'google-ads',
      currency: 'BRL',
      decimalMark: ',',
      problems: [],
      columns: expect.objectContaining({ spend: 'J', conversions: 'L' }),
    },
  },
  {
    // Meta's breakdown export: the account summary first, roll-ups (`All`), NGN (not a listed currency).
    file: 'meta-ads-breakdown-ngn.csv',
    header: 0,
    spend: 13,
    results: 9,
    notCampaign: (r) => r[0] === '' || r.slice(0, 6).includes('All'),
    limits: [300, 500],
    expect: {
      platform: 'meta',
      headerRow: 1,
      currency: 'NGN',
      columns: expect.objectContaining({ spend: 'N', conversions: 'J' }),
    },
  },
  {
    file: 'amazon-sp-search-terms-usd.csv',
    header: 0,
    spend: 13,
    results: 17,
    notCampaign: () => false,
    limits: [2, 5],
    expect: {
      platform: 'amazon',
      headerRow: 1,
      currency: 'USD',
      skippedRows: [],
      columns: expect.objectContaining({ campaign: 'E', spend: 'N', conversions: 'R', revenue: 'O' }),
    },
  },
  {
    // LinkedIn's pt-BR download: UTF-16 tabs, 68 columns, no preamble, `"454,06"` spend, blank
    // cells where a metric does not apply; judged by cost per lead.
    file: 'linkedin-campaigns-pt-BR-utf16.tsv',
    header: 0,
    spend: 15,
    results: 46,
    decimal: ',',
    model: 'CPL',
    notCampaign: () => false,
    limits: [120, 200],
    expect: {
      platform: 'linkedin',
      headerRow: 1,
      firstDataRow: 2,
      lastDataRow: 6,
      currency: 'USD',
      decimalMark: ',',
      problems: [],
      skippedRows: [],
      columns: expect.objectContaining({
        campaign: 'I',
        date: 'A',
        spend: 'P',
        leads: 'AU',
        conversions: 'AN',
      }),
    },
  },
  {
    // Google Ads' Spanish "Excel CSV" download (UTF-16 tabs), PEN; below the totals two blank lines
    // and a row holding only a number in the Costo column (the cost per conversion, typed by the
    // advertiser): no campaign name, so not a campaign.
    file: 'google-ads-campaigns-es-pen-utf16.tsv',
    header: 2,
    spend: 14,
    results: 17,
    notCampaign: (r) => startsTotal(r.slice(0, 1)) || (r[1] ?? '').trim() === '',
    limits: [5, 9],
    expect: {
      platform: 'google-ads',
      headerRow: 3,
      firstDataRow: 4,
      lastDataRow: 7,
      currency: 'PEN',
      decimalMark: '.',
      problems: [],
      columns: expect.objectContaining({
        campaign: 'B',
        spend: 'O',
        conversions: 'R',
        clicks: 'J',
        impressions: 'K',
      }),
      skippedRows: expect.arrayContaining([
        { row: 8, reason: 'total row (Total: Campañas)' },
        { row: 9, reason: 'total row (Total: Cuenta)' },
        { row: 10, reason: 'total row (Total: Búsqueda)' },
      ]),
    },
  },
  {
    // TikTok's English download: `Conversions [MMP]` holds the counts and `Results` is `-` on every
    // row (TikTok's own name wins over Meta's `results`); `Total of 73 results` last.
    file: 'tiktok-campaigns-en-usd.csv',
    header: 0,
    spend: 3,
    results: 9,
    notCampaign: (r) => (r[0] ?? '').startsWith('Total of '),
    limits: [2, 3],
    expect: {
      platform: 'tiktok',
      headerRow: 1,
      firstDataRow: 2,
      lastDataRow: 16,
      currency: 'USD',
      problems: [],
      columns: expect.objectContaining({
        campaign: 'A',
        spend: 'D',
        conversions: 'J',
        clicks: 'H',
        impressions: 'G',
      }),
      skippedRows: [{ row: 17, reason: 'total row (Total of 73 results)' }],
    },
  },
  {
    // TikTok's pt-BR download: `Custo`, `Resultados`, `Cliques (Destino)`, `Moeda`, and a totals row
    // `Total de 7 resultados` with `-` where a sum does not apply.
    file: 'tiktok-campaigns-pt-BR-brl.csv',
    header: 0,
    spend: 7,
    results: 12,
    notCampaign: (r) => (r[0] ?? '').startsWith('Total de '),
    limits: [0.2, 0.25],
    expect: {
      platform: 'tiktok',
      headerRow: 1,
      lastDataRow: 8,
      currency: 'BRL',
      problems: [],
      columns: expect.objectContaining({ campaign: 'A', spend: 'H', conversions: 'M', clicks: 'O' }),
      skippedRows: [{ row: 9, reason: 'total row (Total de 7 resultados)' }],
    },
  },
];

describe.each(CASES)('$file ($locale)', (c) => {
  const rows = readReportFile({ name: 'R', bytes: bytes(c.file) });

  it('is detected as the export it is; it skips exactly the rows the test reads as not campaigns', () => {
    const layout = detect(open(c));
    expect(layout).toMatchObject(c.expect);
    // Blank lines between data rows are listed too; trailing ones are past the report.
    const filled = (row: string[]): boolean => row.some((x) => x.trim() !== '');
    const last = rows.length - 1 - [...rows].reverse().findIndex(filled);
    const notCampaigns = rows.flatMap((row, i) =>
      i > c.header && i <= last && (!filled(row) || c.notCampaign(row)) ? [i + 1] : [],
    );
    expect(layout.skippedRows.map((s) => s.row)).toEqual(notCampaigns);
  });

  it.each(c.limits)(
    'limit %d: exactly the rows the test reads as over are coloured (red confirmed, amber not yet sure); skipped rows get no Status',
    (limit) => {
      const ss = open(c);
      const layout = detect(ss);
      const { over, campaigns } = wanted(c, rows, limit);
      expect(over.length).toBeGreaterThan(0);
      expect(over.length).toBeLessThan(campaigns.length);
      const answer = flag(ss, layout, c.model ?? 'CPA', limit);
      expect(flaggedRows(ss, 'A', 1, rows.length)).toEqual(over);
      expect(answer.rowsFlagged).toBe(over.length);
      // The confirmed count, counted in code, is the red rows the rules colour.
      expect(answer.rowsConfirmed).toBe(redRows(ss, 'A', 1, rows.length).length);
      expect(answer.rowsChecked).toBe(campaigns.length);
      // The panel's skipped list and the Status agree on every row.
      const status = ss.displayValues(`Report!${answer.statusColumn}1:${answer.statusColumn}${rows.length}`);
      const skipped = new Set(layout.skippedRows.map((s) => s.row));
      for (let r = c.header + 2; r <= rows.length; r++) {
        const shown = status[r - 1]?.[0] ?? '';
        if (skipped.has(r)) expect(shown, `row ${r}`).toBe('');
        else if (campaigns.includes(r)) expect(shown, `row ${r}`).not.toBe('');
      }
    },
  );
});
