// A percentage or a time typed into a flagged report's spend (issue 15, item 4), as a user types it:
// Sheets stores `12%` as 0.12 and `10:30` as 0.4375 with a percent or time format, so only the
// format tells them from money. The Status reads the cell's shown text (TO_TEXT) and says Check,
// before and after Apply; amounts typed as amounts stay money. en_US and de_DE.
import { describe, expect, it } from 'vitest';
import { detect, fixtureRows, flag, flaggedRows, heads, openReport } from './helpers.ts';

/** A German export: Kosten in F, Conversions in G, so the Status lands in I. */
const GERMAN = [
  ['Kampagne', 'Status', 'Währung', 'Impr.', 'Klicks', 'Kosten', 'Conversions', 'Kosten/Conv.'],
  ['Suche | Marke', 'Aktiv', 'EUR', '20.113', '2.140', '812,40', '71,00', '11,44'],
  ['Suche | Generisch', 'Aktiv', 'EUR', '39.022', '1.730', '1.150,90', '9,00', '127,88'],
  ['Display | Remarketing', 'Aktiv', 'EUR', '88.410', '655', '302,33', '6,00', '50,39'],
];

/** What the Status says of spend showing a percentage or a time. */
const ODD = 'a percentage or a time, not money';

interface Case {
  locale: string;
  rows: string[][];
  spend: string;
  status: string;
  model: string;
  limit: number;
  label: string;
  over: string;
  /** Typed into the spend of row 3, and the end of the Check it gets. */
  typed: [string, string][];
  /** Cell, amount typed, the Status it gets. */
  money: [string, string, string][];
}

const LOCALES: Case[] = [
  {
    locale: 'en_US',
    rows: fixtureRows('meta-ads-campaigns.csv').slice(0, 4),
    spend: 'K',
    status: 'P',
    model: 'CPL',
    limit: 40,
    label: 'Amount spent (USD)',
    // Row 3: $1,287.40 for 23 leads is over $40 per lead.
    over: 'Over CPL limit by $15.97',
    typed: [
      ['12%', ODD],
      ['5%', ODD],
      ['12.5%', ODD],
      ['10:30', ODD],
      ['1:05:00', ODD],
      ['10:30 AM', ODD],
      ['11/27/2026', 'a date'],
      ['11/27/2026 10:30', 'a date'],
    ],
    // Amounts, typed as a user types them: judged as money (row 2 has 64 leads, row 4 41).
    money: [
      ['K2', '12', 'OK'],
      ['K2', '$2,700.00', 'Over CPL limit by $2.19'],
      ['K4', '1,234.50', 'OK'],
      ['K4', '$1,700', 'Over CPL limit by $1.46'],
    ],
  },
  {
    locale: 'de_DE',
    rows: GERMAN,
    spend: 'F',
    status: 'I',
    model: 'CPA',
    limit: 60,
    label: 'Kosten',
    // Row 3: 1.150,90 € for 9 conversions is over 60 € per conversion.
    over: 'Over CPA limit by 67,88 €',
    typed: [
      ['12 %', ODD],
      ['5%', ODD],
      ['12,5 %', ODD],
      ['10:30', ODD],
      ['1:05:00', ODD],
      ['27.11.2026', 'a date'],
      ['27.11.2026 10:30', 'a date'],
    ],
    money: [
      ['F2', '12', 'OK'],
      ['F2', '4.500,00 €', 'Over CPA limit by 3,38 €'],
      ['F4', '1.234,50', 'Over CPA limit by 145,75 €'],
      ['F4', '300', 'OK'],
    ],
  },
];

describe('a percentage or a time typed into spend on a flagged report', () => {
  describe.each(LOCALES)('$locale', (c) => {
    const cell = `Report!${c.spend}3`;
    const status = `Report!${c.status}3`;

    it.each(c.typed)(
      '%s typed after Apply: the Status (not the server) says Check %s, uncoloured',
      (typed, what) => {
        const ss = openReport(c.rows, { locale: c.locale });
        const before = flag(ss, detect(ss), c.model, c.limit);
        expect(heads(ss.displayValues(status))).toEqual([[c.over]]);
        expect(flaggedRows(ss, 'A', 3, 3)).toEqual([3]);
        ss.type(cell, typed);
        expect(ss.displayValues(status)).toEqual([[`Check ${c.label}: ${what}`]]);
        expect(flaggedRows(ss, 'A', 2, 4)).toEqual([]);
        expect(before.rowsFlagged).toBe(1);
      },
    );

    it.each(c.typed)(
      '%s typed before Apply: Check %s, and the answer counts as the sheet colours',
      (typed, what) => {
        const ss = openReport(c.rows, { locale: c.locale });
        ss.type(cell, typed);
        const answer = flag(ss, detect(ss), c.model, c.limit);
        expect(ss.displayValues(status)).toEqual([[`Check ${c.label}: ${what}`]]);
        expect(flaggedRows(ss, 'A', 2, 4)).toEqual([]);
        expect(answer.rowsFlagged).toBe(0);
      },
    );

    it('amounts typed as amounts stay money: plain, grouped, with the currency sign', () => {
      const ss = openReport(c.rows, { locale: c.locale });
      flag(ss, detect(ss), c.model, c.limit);
      for (const [at, typed, want] of c.money) {
        ss.type(`Report!${at}`, typed);
        const row = at.slice(1);
        expect(heads(ss.displayValues(`Report!${c.status}${row}`)), `${typed} in ${at}`).toEqual([[want]]);
      }
      // The percentage format a typed 12% gave a cell goes with Format > Number > Automatic: money again.
      ss.type(cell, c.typed[0]?.[0] ?? '');
      expect(ss.displayValues(status)).toEqual([[`Check ${c.label}: ${ODD}`]]);
      const sheet = ss.services.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Report');
      sheet
        ?.getRange(`${c.spend}3`)
        .setNumberFormat('General')
        .setValue(c.locale === 'en_US' ? 1287.4 : 1150.9);
      expect(heads(ss.displayValues(status))).toEqual([[c.over]]);
    });
  });
});
