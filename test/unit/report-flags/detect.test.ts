// Pure detection on small grids: exact header names, what is not found, currencies, numbers as text.
import { describe, expect, it } from 'vitest';
import { detectLayout } from '../../../src/plans/report-flags/detect.ts';
import { isTotalLabel } from '../../../src/plans/report-flags/headers.ts';
import { readReportNumber } from '../../../src/plans/report-flags/numbers.ts';
import { isColonTotalCell } from '../../../src/plans/report-flags/total-rows.ts';

const grid = (values: unknown[][]) => ({ values, display: values.map((r) => r.map(String)) });
const ctx = { sheetName: 'S', decimal: '.' as const };

describe('detectLayout', () => {
  it('matches headers exactly: `Cost / conv.` is not Cost, `Conv. value / cost` is not revenue', () => {
    const layout = detectLayout(
      grid([
        ['Campaign', 'Cost / conv.', 'Conv. value / cost', 'Clicks'],
        ['A', 1, 2, 3],
      ]),
      ctx,
    );
    expect(layout.headerRow).toBeNull();
    expect(layout.problems).toEqual([
      expect.stringMatching(/^No header row found: no row has a spend column named Cost/),
    ]);
  });

  it('says the sheet is empty, and never guesses a header from one known name', () => {
    expect(detectLayout(grid([]), ctx).problems).toEqual([
      'The sheet "S" is empty: paste a report into it first.',
    ]);
    expect(detectLayout(grid([['Cost'], [5]]), ctx).headerRow).toBeNull();
  });

  it('names what is missing: no results column, no campaign rows, spend text that is not a number', () => {
    expect(
      detectLayout(
        grid([
          ['Campaign', 'Cost'],
          ['A', 5],
        ]),
        ctx,
      ).problems,
    ).toEqual([
      'No currency found in the headers, a currency column, the lines above the header or the spend cells.',
      'No results column found: no Conversions, Results, Leads or Clicks header.',
    ]);
    expect(detectLayout(grid([['Campaign', 'Cost', 'Clicks']]), ctx).problems).toContain(
      'No campaign rows found below the header row.',
    );
    const text = detectLayout(
      grid([
        ['Campaign', 'Cost', 'Clicks', 'Currency'],
        ['A', '1,2,3', 3, 'USD'],
      ]),
      ctx,
    );
    expect(text.problems).toEqual([
      "1 row has spend that is not a number in the report's number style (row 2): their Status will say Check.",
    ]);
  });

  it('refuses mixed currencies in a currency column, and unknown codes', () => {
    const mixed = detectLayout(
      grid([
        ['Campaign', 'Cost', 'Clicks', 'Currency code'],
        ['A', 1, 1, 'USD'],
        ['B', 1, 1, 'EUR'],
      ]),
      ctx,
    );
    expect(mixed.currency).toBeNull();
    expect(mixed.problems[0]).toBe(
      'The rows are in more than one currency (USD, EUR): flag one currency at a time.',
    );
    const odd = detectLayout(
      grid([
        ['Campaign', 'Amount spent (XYZ)', 'Results'],
        ['A', 1, 1],
      ]),
      ctx,
    );
    expect(odd.problems[0]).toBe('The currency XYZ (in the spend header) is not one this add-on formats.');
  });

  it('takes the currency from the symbol the spend cells show, unless it is the ambiguous $', () => {
    const values = [
      ['Campaign', 'Cost', 'Clicks'],
      ['A', 947.51, 3],
      ['B', 12, 1],
    ];
    const euro = detectLayout(
      {
        values,
        display: [
          ['Campaign', 'Cost', 'Clicks'],
          ['A', '947,51 €', '3'],
          ['B', '12,00 €', '1'],
        ],
      },
      ctx,
    );
    expect(euro.currency).toBe('EUR');
    const dollar = detectLayout(
      {
        values,
        display: [
          ['Campaign', 'Cost', 'Clicks'],
          ['A', '$947.51', '3'],
          ['B', '$12.00', '1'],
        ],
      },
      ctx,
    );
    expect(dollar.currency).toBeNull();
    const mixed = detectLayout(
      {
        values,
        display: [
          ['Campaign', 'Cost', 'Clicks'],
          ['A', '947,51 €', '3'],
          ['B', '£12.00', '1'],
        ],
      },
      ctx,
    );
    expect(mixed.currency).toBeNull();
  });

  it('takes the first of two equally good header rows and ends the table at two blank lines', () => {
    const layout = detectLayout(
      grid([
        ['Campaign', 'Cost', 'Clicks'],
        ['A', 1, 1],
        [],
        [],
        ['Campaign', 'Cost', 'Clicks'],
        ['B', 2, 2],
      ]),
      ctx,
    );
    expect(layout).toMatchObject({ headerRow: 1, firstDataRow: 2, lastDataRow: 2, skippedRows: [] });
  });
});

describe('isTotalLabel and readReportNumber', () => {
  it.each(['Total', 'total: Account', 'Gesamt: Konto', 'Total : campagnes', ' TOTAL '])(
    '%j is a total',
    (t) => {
      expect(isTotalLabel(t)).toBe(true);
    },
  );
  it.each(['Totally new', 'Total Recall promo', 'Subtotal', ''])('%j is not', (t) => {
    expect(isTotalLabel(t)).toBe(false);
  });
  // Any label cell of this form makes its row a total (a conversion-action report's column B).
  it.each(['Total: Campañas', ' Total\u00a0: Cuenta', 'Gesamt：Konto', 'TOTAL:', '合計: アカウント'])(
    '%j is a total word and a colon',
    (t) => {
      expect(isColonTotalCell(t)).toBe(true);
    },
  );
  it.each(['Total', 'Campaign total', 'Total Recall: promo', 'Subtotal: x', 'Totals of: x', ''])(
    '%j is not a total word and a colon',
    (t) => {
      expect(isColonTotalCell(t)).toBe(false);
    },
  );

  it('reads numbers and text in the locale, and names the rest', () => {
    expect(readReportNumber('1,234.50', '.', '$')).toEqual({ kind: 'number', value: 1234.5 });
    expect(readReportNumber('1.234,56', ',', '€')).toEqual({ kind: 'number', value: 1234.56 });
    expect(readReportNumber('1.234,56', '.', '$')).toEqual({ kind: 'notNumber' });
    expect(readReportNumber('--', '.', null)).toEqual({ kind: 'blank' });
    expect(readReportNumber('<5', '.', null)).toEqual({ kind: 'masked', max: 4 });
    expect(readReportNumber(-3, '.', null)).toEqual({ kind: 'negative', value: -3 });
    expect(readReportNumber('#DIV/0!', '.', null)).toEqual({ kind: 'error', text: '#DIV/0!' });
    expect(readReportNumber('12.70%', '.', null)).toEqual({ kind: 'notNumber' });
    expect(readReportNumber(true, '.', null)).toEqual({ kind: 'notNumber' });
  });
});
