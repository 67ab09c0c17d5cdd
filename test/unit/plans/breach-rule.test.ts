// The shared breach rule on a table that is not the goal sheet's: a report pasted at C5 with its
// spend in F (number-like text), results in E, a totals row left out by content, the limit in K2.
import { describe, expect, it } from 'vitest';
import { openLocalSpreadsheet } from '../../../local/index.ts';
import { breachFormulas, judgeRow, type RuleValue } from '../../../src/plans/shared/breach-rule.ts';
import { renderFormula } from '../../../src/plans/shared/formula-locale.ts';

const RED = '#f4c7c3';

function report(locale: 'en_US' | 'de_DE', readStatus = false) {
  const ss = openLocalSpreadsheet({ code: '', locale, runOnOpen: false });
  const table = {
    spend: { column: 'F', label: 'Cost', read: (ref: string) => `IFERROR(VALUE(${ref}),${ref})` },
    results: { column: 'E', label: 'Conversions' },
    maskedResults: { text: '<5', atMost: 4 },
    firstRow: 6,
    lastRow: 20,
    limit: () => '$K$2',
    model: 'CPA' as const,
    currency: 'EUR',
    locale,
    exclude: (row: (column: string) => string) => `${row('C')}="Total"`,
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

describe('breachFormulas with a reader that needs a guard, open-ended rows and a cleared limit cell', () => {
  // A cheap reader (errors on text it cannot read) and the guard the rule asks first.
  const read = (ref: string) => `IF(ISNUMBER(${ref}),${ref},VALUE(SUBSTITUTE(${ref},",","")))`;
  const readable = (ref: string) =>
    `IF(ISERROR(${ref}),0,IF(ISNUMBER(${ref}),1,IFERROR(0+ISNUMBER(VALUE(SUBSTITUTE(${ref},",",""))),0)))`;
  const rows: [string, string][] = [
    ["'1,234.50", '10'],
    ["'90", "'2"],
    ['lots', '1'],
    ['50', 'two'],
    ['50', '-1'],
    ['', '3'],
    ['#N/A', '1'],
    ['30', ''],
  ];

  function sheet() {
    const ss = openLocalSpreadsheet({ code: '', runOnOpen: false });
    const { rule, status } = breachFormulas({
      spend: { column: 'B', label: 'Cost', read, readable },
      results: { column: 'C', label: 'Leads', read, readable },
      firstRow: 2,
      lastRow: null,
      limit: () => '$F$1',
      model: 'CPL',
      currency: 'USD',
      locale: 'en_US',
      missingLimit: 'Set the CPL limit in F1',
      statusColumn: 'D',
    });
    ss.type('F1', '40');
    ss.paste('B2', rows);
    ss.type('D2', status);
    const s = ss.services.SpreadsheetApp.getActive().getActiveSheet();
    s.setConditionalFormatRules([
      ss.services.SpreadsheetApp.newConditionalFormatRule()
        .whenFormulaSatisfied(rule)
        .setBackground(RED)
        .setRanges([s.getRange('A2:D')])
        .build(),
    ]);
    return ss;
  }

  it('judges every kind of cell, and judgeRow agrees with the Status', () => {
    const ss = sheet();
    const statuses = ss.displayValues('D2:D10').map((r) => r[0]);
    expect(statuses).toEqual([
      'Over CPL limit by $83.45',
      'Over CPL limit by $5.00',
      'Check Cost: not a number',
      'Check Leads: not a number',
      'Check Leads: negative',
      '',
      'Check Cost: an error value',
      'OK',
      '',
    ]);
    expect(ss.backgrounds('A2:A9').map((r) => r[0])).toEqual([RED, RED, ...Array(6).fill('#ffffff')]);
    const value = (text: string): RuleValue => {
      if (text === '') return { kind: 'blank' };
      if (text === '#N/A') return { kind: 'problem' };
      const n = Number(text.replace(/^'/, '').replace(/,/g, ''));
      return Number.isNaN(n) ? { kind: 'problem' } : { kind: 'number', value: n };
    };
    const category = (s: string | undefined) =>
      s === '' ? 'none' : s === 'OK' ? 'ok' : s?.startsWith('Over') ? 'over' : 'check';
    rows.forEach(([spend, results], i) => {
      expect(judgeRow(value(spend), value(results), 40), `row ${i + 2}`).toBe(category(statuses[i]));
    });
  });

  it('judges rows typed below the data too, and says so when the limit cell is cleared', () => {
    const ss = sheet();
    ss.type('B40', '100');
    ss.type('C40', '1');
    expect(ss.displayValues('D40')).toEqual([['Over CPL limit by $60.00']]);
    ss.type('F1', '');
    expect(ss.displayValues('D2:D3').map((r) => r[0])).toEqual([
      'Set the CPL limit in F1',
      'Set the CPL limit in F1',
    ]);
    expect(ss.displayValues('D7')).toEqual([['']]);
    expect(ss.backgrounds('A2:A3').map((r) => r[0])).toEqual(['#ffffff', '#ffffff']);
  });
});
