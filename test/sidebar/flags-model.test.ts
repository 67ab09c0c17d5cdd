// The flags panel's pure logic: the suggested model, the data-row text, the request and its refusals, the summary.
import { describe, expect, it } from 'vitest';
import {
  appliedLines,
  buildOptions,
  dataRowsText,
  limitText,
  mappingLine,
  missingRequired,
  type ReportLayout,
  suggestModel,
  summary,
} from '../../sidebar/flags-model.ts';

const layout: ReportLayout = {
  sheetName: 'Ads',
  platform: 'google-ads',
  headerRow: 3,
  firstDataRow: 4,
  lastDataRow: 12,
  skippedRows: [
    { row: 8, reason: 'blank line' },
    { row: 13, reason: 'total row (Total: Account)' },
  ],
  columns: {
    campaign: 'B',
    date: null,
    spend: 'J',
    impressions: 'F',
    clicks: 'G',
    conversions: 'K',
    leads: null,
    revenue: 'N',
  },
  currency: 'USD',
  problems: [],
  headers: [{ column: 'J', text: 'Cost' }],
};

describe('flags-model', () => {
  it('suggests CPL when there is a Leads column, else CPA, else CPC', () => {
    expect(suggestModel({ ...layout.columns, leads: 'L' })).toBe('CPL');
    expect(suggestModel(layout.columns)).toBe('CPA');
    expect(suggestModel({ ...layout.columns, conversions: null })).toBe('CPC');
  });

  it('counts the campaign rows between first and last data row, skipped ones left out', () => {
    expect(dataRowsText(layout)).toBe('8 campaigns, rows 4–12');
    expect(dataRowsText({ ...layout, firstDataRow: null, lastDataRow: null })).toBe('none found');
  });

  it('builds the request with the chosen columns and a limit read in the locale', () => {
    const mapping = { ...layout.columns, campaign: '' } as Record<string, string>;
    const check = buildOptions(layout, { mapping, model: 'CPA', limit: '1.234,50' }, ',');
    expect(check).toEqual({
      ok: true,
      options: { ...layout, columns: { ...layout.columns, campaign: null }, model: 'CPA', limit: 1234.5 },
    });
  });

  it.each([
    [{ spend: '' }, 'CPA', '60', 'spend', 'Choose the column that holds the spend.'],
    [{}, 'CPL', '60', 'leads', 'A CPL limit needs the leads column: choose it.'],
    [{}, 'CPA', '', 'limit', 'Enter the limit.'],
    [{}, 'CPA', 'sixty', 'limit', 'Enter a number, e.g. 45.50.'],
    [{}, 'CPA', '0', 'limit', 'The limit must be above 0.'],
    [{}, 'CPA', '-4', 'limit', 'The limit must be above 0.'],
  ] as const)('refuses %j with %s and limit %j: %s', (change, model, limit, field, message) => {
    const mapping = { ...layout.columns, ...change } as Record<string, string>;
    expect(buildOptions(layout, { mapping, model, limit }, '.')).toEqual({
      ok: false,
      errors: [{ field, message }],
    });
  });

  it('says how many rows are over and how many of them confirmed, in the report currency and the locale', () => {
    const result = {
      sheetName: 'Ads',
      rowsChecked: 6,
      rowsFlagged: 5,
      rowsConfirmed: 3,
      statusColumn: 'P',
      level: 0.95,
    };
    expect(summary(result, 'CPA', 50, 'USD', 'en_US')).toMatch(
      /^5 of 6 rows over the CPA limit of \$50\.00: 3 confirmed\. /,
    );
    expect(
      summary({ ...result, rowsFlagged: 1, rowsChecked: 1, rowsConfirmed: 0 }, 'CPL', 45.5, 'EUR', 'de_DE'),
    ).toMatch(/^1 of 1 row over the CPL limit of 45,50\s€: 0 confirmed\./);
    // What red and amber mean, in the model's own word, and what the amount of "not yet sure" is.
    const words = summary(result, 'CPL', 45, 'USD', 'en_US');
    expect(words).toContain('Confirmed (red): the cost per lead is over the limit');
    expect(words).toContain(
      'Not yet sure (amber): over the limit so far, but with this few leads it may still be bad luck; the amount in "… more without a lead confirms it" is how much more the row can spend without one more lead before the breach is confirmed.',
    );
    expect(words).not.toMatch(/conversion/);
  });

  it("folds the mapping to one line in the report's own header words, naming what is not chosen", () => {
    const withK = { ...layout, headers: [...layout.headers, { column: 'K', text: 'Conversions' }] };
    expect(mappingLine(withK, layout.columns, 'CPA')).toBe('Cost → spend, Conversions → results');
    expect(mappingLine(withK, layout.columns, 'CPL')).toBe('Cost → spend, results: not chosen');
    expect(missingRequired(layout.columns, 'CPA')).toBe(false);
    expect(missingRequired(layout.columns, 'CPL')).toBe(true);
    expect(missingRequired({ ...layout.columns, spend: null }, 'CPA')).toBe(true);
  });

  it('says what is applied, and where to type a limit that was cleared', () => {
    const applied = {
      statusColumn: 'P',
      limitCell: 'Q3',
      limit: 60,
      model: 'CPA' as const,
      rowsChecked: 6,
      rowsFlagged: 1,
      level: 0.975,
      rowsConfirmed: 0,
    };
    expect(appliedLines(applied, 'USD', 'en_US').map((l) => `${l.term}: ${l.value}`)).toEqual([
      'Limit: CPA limit $60.00',
      'Confidence level: 97.5%',
      'Over the limit: 1 of 6 rows, 0 confirmed',
      'Status: column P',
    ]);
    expect(appliedLines({ ...applied, level: null }, 'USD', 'de_DE')[1]?.value).toBe(
      'none: type it under the limit',
    );
    expect(appliedLines(applied, 'EUR', 'de_DE')[1]?.value).toBe('97,5\u00a0%');
    expect(appliedLines({ ...applied, limit: null }, 'USD', 'en_US')[0]?.value).toBe('none: type it in Q3');
    // A limit or level cell deleted with its row or column: no cell to type into, Apply again.
    const lost = appliedLines(
      { ...applied, limit: null, level: null, lost: ['limit', 'level'] },
      'USD',
      'en_US',
    );
    expect(lost.slice(0, 2).map((l) => l.value)).toEqual([
      'its cell was deleted: Apply again to write it again',
      'its cell was deleted: Apply again to write it again',
    ]);
    expect(limitText(60.5, ',')).toBe('60,5');
    expect(limitText(60.5, '.')).toBe('60.5');
  });

  it('takes a header row and column letters typed by hand, and says what is missing', () => {
    const none = { ...layout, headerRow: null, firstDataRow: null, lastDataRow: null };
    const ok = buildOptions(
      none,
      { mapping: { spend: ' b ', conversions: 'c' }, model: 'CPA', limit: '60', headerRow: '3' },
      '.',
    );
    expect(ok.ok && ok.options.headerRow).toBe(3);
    expect(ok.ok && [ok.options.columns.spend, ok.options.columns.conversions]).toEqual(['B', 'C']);
    const bad = buildOptions(
      none,
      { mapping: { spend: 'Cost' }, model: 'CPA', limit: '60', headerRow: 'x' },
      '.',
    );
    expect(bad.ok ? [] : bad.errors.map((e) => e.field)).toEqual(['spend', 'headerRow', 'conversions']);
  });
});
