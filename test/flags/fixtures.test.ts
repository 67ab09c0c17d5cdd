// Each ad-platform fixture loaded as a sheet: what detectReport finds, and exactly the breaching rows flagged.
import { describe, expect, it } from 'vitest';
import { openLocalSpreadsheet } from '../../local/index.ts';
import { gammaQuantile } from '../reference/distributions.ts';
import {
  AMBER,
  detect,
  expectedBreaches,
  expectedConfirmed,
  fixtureRows,
  fixtureText,
  flag,
  flaggedRows,
  RED,
} from './helpers.ts';

function openFixture(file: string) {
  return openLocalSpreadsheet({ csv: { name: 'Report', text: fixtureText(file) } });
}

describe('Google Ads campaign report', () => {
  const file = 'google-ads-campaigns.csv';

  it('finds the header below the title and date-range rows, the columns, the totals and USD', () => {
    const layout = detect(openFixture(file));
    expect(layout).toMatchObject({
      sheetName: 'Report',
      platform: 'google-ads',
      headerRow: 3,
      firstDataRow: 4,
      lastDataRow: 9,
      skippedRows: [
        { row: 10, reason: 'total row (Total: Account)' },
        { row: 11, reason: 'total row (Total: Search)' },
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
    });
    // `Cost / conv.` is not Cost, `Conv. value / cost` is not revenue.
    expect(layout.headers.find((h) => h.column === 'M')?.text).toBe('Cost / conv.');
  });

  it.each([60, 40, 100])('colours exactly the rows over a CPA limit of %d, and says by how much', (limit) => {
    const ss = openFixture(file);
    const answer = flag(ss, detect(ss), 'CPA', limit);
    const want = expectedBreaches(fixtureRows(file), { top: 1, header: 2, spend: 9, results: 10, limit });
    expect(want.length).toBeGreaterThan(0);
    expect(flaggedRows(ss, 'A', 1, 15)).toEqual(want);
    // The whole width of the row, Status included.
    // Red where the reference Gamma CDF confirms the breach at 95%, amber where it does not yet.
    const confirmed = expectedConfirmed(fixtureRows(file), {
      top: 1,
      header: 2,
      spend: 9,
      results: 10,
      limit,
    });
    for (const row of want) {
      const colour = confirmed.includes(row) ? RED : AMBER;
      expect(ss.backgrounds(`Report!A${row}:P${row}`)[0]).toEqual(Array(16).fill(colour));
    }
    expect(answer).toEqual({
      sheetName: 'Report',
      rowsChecked: 6,
      rowsFlagged: want.length,
      rowsConfirmed: confirmed.length,
      statusColumn: 'P',
      level: 0.95,
    });
    const status = ss.displayValues('Report!P4:P11').map((r) => r[0]);
    status.forEach((text, i) => {
      if (confirmed.includes(i + 4))
        expect(text).toMatch(/^Over CPA limit( by|: no conversion after) \$\d+\.\d\d · confirmed$/);
      else if (want.includes(i + 4))
        expect(text).toMatch(
          /^Over CPA limit( by|: no conversion after) \$\d+\.\d\d · not yet sure: \$\d+\.\d\d more without a conversion confirms it$/,
        );
      else if (i + 4 <= 9) expect(text).toMatch(/^OK( · confirmed)?$/);
      else expect(text).toBe(''); // the totals
    });
  });

  it('says the amount over: Generic spent $3,397.72 for 52.5 conversions, $4.72 over a $60 CPA', () => {
    const ss = openFixture(file);
    flag(ss, detect(ss), 'CPA', 60);
    // 52.5 conversions at $64.72 against $60 is not yet sure at 95%: the reference quantile says
    // how much more spend without a conversion would confirm it.
    const more = Math.ceil((60 * gammaQuantile(0.95, 53.5) - 3397.72) * 100) / 100;
    expect(ss.displayValues('Report!P5')[0]?.[0]).toBe(
      `Over CPA limit by $4.72 · not yet sure: $${more.toFixed(2)} more without a conversion confirms it`,
    );
    // YouTube has `--` conversions: 0 results, $590.94 spent; 1 - e^-(590.94/60) is over 99.9%.
    expect(ss.displayValues('Report!P9')[0]?.[0]).toBe(
      'Over CPA limit: no conversion after $590.94 · confirmed',
    );
    expect(ss.displayValues('Report!P3:Q3')[0]).toEqual(['Status', 'CPA limit $60.00']);
  });
});

describe('Meta Ads Manager report', () => {
  const file = 'meta-ads-campaigns.csv';

  it('reads the currency from `Amount spent (USD)` and prefers Leads for a CPL limit', () => {
    const layout = detect(openFixture(file));
    expect(layout).toMatchObject({
      platform: 'meta',
      headerRow: 1,
      firstDataRow: 2,
      lastDataRow: 7,
      skippedRows: [],
      columns: {
        campaign: 'C',
        date: 'A',
        spend: 'K',
        impressions: 'I',
        clicks: 'L',
        conversions: 'F',
        leads: 'O',
      },
      currency: 'USD',
      problems: [],
    });
  });

  it('flags rows over a CPL limit, a row without results (blank) over one allowance', () => {
    const ss = openFixture(file);
    const answer = flag(ss, detect(ss), 'CPL', 40);
    const want = expectedBreaches(fixtureRows(file), {
      top: 1,
      header: 0,
      spend: 10,
      results: 14,
      limit: 40,
    });
    expect(flaggedRows(ss, 'A', 1, 10)).toEqual(want);
    expect(want).toContain(5); // Webinar: $412.66 and no leads
    expect(answer.rowsFlagged).toBe(want.length);
    expect(answer.statusColumn).toBe('P');
  });
});

describe('LinkedIn Campaign Manager report', () => {
  const file = 'linkedin-campaigns.csv';

  it('finds the header after five report lines; Total Spent and Leads', () => {
    const layout = detect(openFixture(file));
    expect(layout).toMatchObject({
      platform: 'linkedin',
      headerRow: 6,
      firstDataRow: 7,
      lastDataRow: 10,
      columns: {
        campaign: 'C',
        date: 'A',
        spend: 'G',
        impressions: 'H',
        clicks: 'I',
        leads: 'L',
        conversions: 'N',
      },
      currency: 'USD',
      problems: [],
    });
  });

  it('flags the rows over a CPL limit, Leads of 0 with spend included', () => {
    const ss = openFixture(file);
    flag(ss, detect(ss), 'CPL', 100);
    const want = expectedBreaches(fixtureRows(file), {
      top: 1,
      header: 5,
      spend: 6,
      results: 11,
      limit: 100,
    });
    expect(want).toEqual(expect.arrayContaining([8, 10]));
    expect(flaggedRows(ss, 'A', 1, 12)).toEqual(want);
  });
});
