// The shared breach rule on a table that is not the goal sheet's: a report pasted at C5 with its
// spend in F (number-like text), results in E, a totals row left out by content, the limit in K2.
import { describe, expect, it } from 'vitest';
import { openLocalSpreadsheet } from '../../../local/index.ts';
import { renderFormula } from '../../../src/plans/formula-locale.ts';
import { breachFormulas } from '../../../src/plans/shared/breach-rule.ts';

const RED = '#f4c7c3';

function report(locale: 'en_US' | 'de_DE', readStatus = false) {
  const ss = openLocalSpreadsheet({ code: '', locale, runOnOpen: false });
  const table = {
    spend: { column: 'F', label: 'Cost', read: (ref: string) => `IFERROR(VALUE(${ref}),${ref})` },
    results: { column: 'E', label: 'Conversions' },
    firstRow: 6,
    lastRow: 20,
    limit: () => '$K$2',
    model: 'CPA' as const,
    currency: 'EUR',
    locale,
    exclude: (row: (column: string) => string) => `${row('C')}="Total"`,
    maskedResults: { text: '<5', atMost: 4 },
    ...(readStatus ? { statusColumn: 'L' } : {}),
  };
  const { rule, status } = breachFormulas(table);
  ss.paste('C5', [
    ['Campaign', 'Clicks', 'Conversions', 'Cost'],
    ['Brand', '10', '2', "'100"],
    ['Generic', '10', '0', "'41"],
    ['Promo', '10', '--', "'39"],
    ['Total', '30', '2', "'180"],
    ['Masked fine', '10', '<5', "'39"],
    ['Masked unsure', '10', '<5', "'100"],
    ['Masked over', '10', '<5', "'200"],
    ['Broken', '10', '1', '#N/A'],
  ]);
  ss.type('K2', '40');
  ss.type('L6', status.startsWith('=') ? renderFormula(status, locale) : status);
  const sheet = ss.services.SpreadsheetApp.getActive().getActiveSheet();
  sheet.setConditionalFormatRules([
    ss.services.SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied(renderFormula(rule, locale))
      .setBackground(RED)
      .setRanges([sheet.getRange('C6:F20')])
      .build(),
  ]);
  return ss;
}

describe('breachFormulas on an arbitrary table', () => {
  it.each([
    ['the rule runs the checks itself', false],
    ['the rule reads the Status column', true],
  ])(
    'reads number-like text, leaves the excluded row out, judges masked counts (%s)',
    (_label, readStatus) => {
      const ss = report('en_US', readStatus);
      expect(ss.displayValues('L6:L14').map((r) => r[0])).toEqual([
        'Over CPA limit by 10.00 €',
        'Over CPA limit by 1.00 €',
        'OK',
        '',
        'OK',
        'Conversions masked (<5): cannot tell',
        // Over whatever the count: 200 / 4 - 40 at the least.
        'Over CPA limit by 10.00 €',
        'Check Cost: an error value',
        '',
      ]);
      const W = '#ffffff';
      expect(ss.backgrounds('C6:F13').map((r) => r[0])).toEqual([RED, RED, W, W, W, W, RED, W]);
    },
  );

  it('writes the same formulas for de_DE, with ; and the decimal comma in the text', () => {
    const ss = report('de_DE');
    expect(ss.displayValues('L6:L7').map((r) => r[0])).toEqual([
      'Over CPA limit by 10,00 €',
      'Over CPA limit by 1,00 €',
    ]);
    expect(ss.backgrounds('C9:F9')[0]).toEqual(Array(4).fill('#ffffff'));
  });

  it('refuses a row span that is not one', () => {
    expect(() =>
      breachFormulas({
        spend: { column: 'A', label: 'Spend' },
        results: { column: 'B', label: 'Leads' },
        firstRow: 5,
        lastRow: 4,
        limit: () => '$C$1',
        model: 'CPL',
        currency: 'USD',
        locale: 'en_US',
      }),
    ).toThrow(/rows 5..4/);
  });
});
