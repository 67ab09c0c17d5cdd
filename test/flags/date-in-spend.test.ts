// A date typed into a flagged report's spend (issue 7), as a user would, over an amount typed with
// its currency sign (so the cell had a money format): `Check <spend>: a date`, never coloured, and
// the server's count of flagged rows agrees.
import { describe, expect, it } from 'vitest';
import { detect, fixtureRows, flag, flaggedRows, heads, openReport } from './helpers.ts';

const GERMAN = [
  ['Kampagnenbericht'],
  ['1. November 2026 - 27. November 2026'],
  ['Kampagnenstatus', 'Kampagne', 'Währungscode', 'Impr.', 'Klicks', 'Kosten', 'Conversions', 'Kosten/Conv.'],
  ['Aktiviert', 'Marke | Exakt', 'EUR', '18.204', '2.311', '947,51', '88,00', '10,77'],
  ['Aktiviert', 'Generisch', 'EUR', '41.877', '1.964', '1.234,56', '12,50', '98,76'],
];

describe('a date typed into spend on a flagged report', () => {
  it.each([
    {
      locale: 'en_US',
      rows: fixtureRows('meta-ads-campaigns.csv').slice(0, 4),
      cell: 'K3',
      status: 'P3',
      money: '$1,287.40',
      date: '11/27/2026',
      model: 'CPL',
      limit: 40,
      over: 'Over CPL limit by $15.97',
      check: 'Check Amount spent (USD): a date',
      row: 3,
    },
    {
      locale: 'de_DE',
      rows: GERMAN,
      cell: 'F5',
      status: 'I5',
      money: '1.234,56 €',
      date: '27.11.2026',
      model: 'CPA',
      limit: 60,
      over: 'Over CPA limit by 38,76 €',
      check: 'Check Kosten: a date',
      row: 5,
    },
  ])('$locale: a Check, uncoloured, not counted as flagged', (c) => {
    const ss = openReport(c.rows, { locale: c.locale });
    ss.type(`Report!${c.cell}`, c.money);
    const before = flag(ss, detect(ss), c.model, c.limit);
    expect(heads(ss.displayValues(`Report!${c.status}`))).toEqual([[c.over]]);
    expect(flaggedRows(ss, 'A', c.row, c.row)).toEqual([c.row]);
    ss.type(`Report!${c.cell}`, c.date);
    expect(heads(ss.displayValues(`Report!${c.cell}`))).toEqual([[c.date]]);
    expect(ss.values(`Report!${c.cell}`)[0]?.[0]).toBeInstanceOf(Date);
    expect(heads(ss.displayValues(`Report!${c.status}`))).toEqual([[c.check]]);
    expect(flaggedRows(ss, 'A', c.row, c.row)).toEqual([]);
    // Flagged again, the server counts the row as the Status judges it: not a breach.
    const after = flag(ss, detect(ss), c.model, c.limit);
    expect(after.rowsFlagged).toBe(before.rowsFlagged - 1);
    expect(heads(ss.displayValues(`Report!${c.status}`))).toEqual([[c.check]]);
  });
});
