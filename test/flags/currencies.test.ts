// Numbers and currencies as reports write them: any ISO 4217 currency with its own minor unit (LKR
// is not "$"), its other signs (`Rs.201.68`, `R$ 236,86` with a no-break space), the report's own
// decimal comma in an en_US sheet, and the currency column named in the report's language.
import { describe, expect, it } from 'vitest';
import { detectLayout } from '../../src/plans/report-flags/detect.ts';
import { gammaQuantile } from '../reference/distributions.ts';
import { detect, flag, flaggedRows, heads, openReport } from './helpers.ts';

describe('a Meta export in LKR with amounts written Rs.201.68', () => {
  const rows = [
    ['Campaign name', 'Amount spent (LKR)', 'Results', 'Result indicator'],
    ['Leads A', 'Rs.201.68', '2', 'leads'],
    ['Leads B', 'Rs.1,250.00', '10', 'leads'],
    ['Leads C', 'Rs.90.10', '0', 'leads'],
  ];

  it('is read in LKR (its own minor unit), never as dollars, in the Status and the limit cell', () => {
    const ss = openReport(rows);
    const layout = detect(ss);
    expect(layout).toMatchObject({ platform: 'meta', currency: 'LKR', problems: [] });
    const answer = flag(ss, layout, 'CPA', 100);
    // The test's own reading: 201.68/2 > 100, 1250/10 > 100, 90.10 at one allowance is not.
    expect(flaggedRows(ss, 'A', 2, 4)).toEqual([2, 3]);
    expect(answer).toMatchObject({ rowsChecked: 3, rowsFlagged: 2 });
    const status = heads(ss.displayValues('Report!E2:E4')).map((r) => r[0]);
    expect(status).toEqual(['Over CPA limit by 0.84 LKR', 'Over CPA limit by 25.00 LKR', 'OK']);
    expect(heads(ss.displayValues('Report!F1'))[0]?.[0]).toBe('CPA limit 100.00 LKR');
    expect(status.join(' ')).not.toContain('$');
  });
});

describe('a pt-BR export with `R$ 236,86` (no-break space) in an en_US spreadsheet', () => {
  it('reads the amounts with their comma and the R$ sign, and flags exactly the rows over', () => {
    const rows = [
      ['Campanha', 'Custo', 'Conversões', 'Código da moeda'],
      ['Marca', 'R$\u00a0236,86', '4', 'BRL'],
      ['Genérica', 'R$\u00a01.683,00', '10', 'BRL'],
      ['Display', 'R$\u00a012,30', '0', 'BRL'],
    ];
    const ss = openReport(rows);
    const layout = detect(ss);
    expect(layout).toMatchObject({ platform: 'google-ads', currency: 'BRL', decimalMark: ',', problems: [] });
    const answer = flag(ss, layout, 'CPA', 100);
    // 236.86/4 = 59.2 within; 1683/10 = 168.3 over; 12.30 at one allowance within.
    expect(flaggedRows(ss, 'A', 2, 4)).toEqual([3]);
    expect(answer.rowsFlagged).toBe(1);
    expect(heads(ss.displayValues('Report!E3'))[0]?.[0]).toBe('Over CPA limit by R$68.30');
  });
});

describe('three-decimal and zero-decimal currencies keep their minor unit', () => {
  it('KWD: the overage has three decimals; ISK none', () => {
    for (const [code, want] of [
      ['KWD', 'Over CPC limit by 0.125 KWD'],
      ['ISK', 'Over CPC limit by 13 ISK'],
    ] as const) {
      const ss = openReport([
        ['Campaign', 'Cost', 'Clicks', 'Currency code'],
        ['A', code === 'KWD' ? '1.125' : '1013', '1', code],
      ]);
      const layout = detect(ss);
      expect(layout.currency).toBe(code);
      flag(ss, layout, 'CPC', code === 'KWD' ? 1 : 1000);
      expect(heads(ss.displayValues('Report!E2'))[0]?.[0]).toBe(want);
    }
  });
});

describe('the amount still to spend of a not-yet-sure row, rounded UP to the minor unit', () => {
  // limit x GAMMA.INV(95%, 2, 1) - spend by the reference quantile (test/reference): for JPY 65 x
  // 4.7439 - 200 = 108.35 (nearest would say 108), for KWD 63 x 4.7439 - 200 = 98.86346 (nearest
  // 98.863). Rounded down, the amount spent would leave the breach just short of confirmed.
  it.each([
    ['JPY', 65, 0],
    ['KWD', 63, 3],
  ] as const)('%s (%i limit, %i decimals)', (code, limit, decimals) => {
    const more = limit * gammaQuantile(0.95, 2) - 200;
    const scale = 10 ** decimals;
    expect(Math.round(more * scale)).toBeLessThan(Math.ceil(more * scale));
    const ss = openReport([
      ['Campaign', 'Cost', 'Clicks', 'Currency code'],
      ['A', '200', '1', code],
    ]);
    const layout = detect(ss);
    expect(layout.currency).toBe(code);
    flag(ss, layout, 'CPC', limit);
    const status = String(ss.displayValues('Report!E2')[0]?.[0]);
    const m = / · not yet sure: \D*([\d.]+)\D* more without a click confirms it$/.exec(status);
    expect(m, status).not.toBeNull();
    const shown = m?.[1] as string;
    expect(shown, status).toBe((Math.ceil(more * scale) / scale).toFixed(decimals));
  });
});

describe('the currency column in the report language', () => {
  it.each([
    ['Moeda', 'BRL'],
    ['Devise', 'EUR'],
    ['Moneda', 'MXN'],
    ['Valuta', 'EUR'],
    ['通貨', 'JPY'],
    ['Währung', 'CHF'],
  ])('%s holding %s', (header, code) => {
    const layout = detectLayout(
      {
        values: [
          ['Campaign', 'Cost', 'Clicks', header],
          ['A', 5, 3, code],
        ],
        display: [],
      },
      { sheetName: 'S', decimal: '.' },
    );
    expect(layout.currency).toBe(code);
  });
});

describe("a connector table's cost_micros (millionths of the currency)", () => {
  it('is read in the currency: 45,000,000 micros is 45.00, compared with a limit of 20', () => {
    const rows = [
      ['date_day', 'campaign_name', 'currency_code', 'cost_micros', 'conversions'],
      ['2026-11-01', 'Brand', 'USD', '45000000', '1'],
      ['2026-11-01', 'Generic', 'USD', '30000000', '2'],
    ];
    const ss = openReport(rows);
    const layout = detect(ss);
    expect(layout).toMatchObject({
      platform: 'connector',
      currency: 'USD',
      columns: { spend: 'D', conversions: 'E' },
    });
    const answer = flag(ss, layout, 'CPA', 20);
    // The test's reading: 45/1 > 20 over; 30/2 = 15 within.
    expect(flaggedRows(ss, 'A', 2, 3)).toEqual([2]);
    expect(answer.rowsFlagged).toBe(1);
    expect(heads(ss.displayValues('Report!F2:F3')).map((r) => r[0])).toEqual([
      'Over CPA limit by $25.00',
      'OK',
    ]);
  });
});
