// Reports as wide as their sheet (issue 14, item 1): imported, a 27-column Google Ads download and a
// 68-column LinkedIn pt-BR export fill their sheet exactly; flagBreaches adds the columns it needs.
import { describe, expect, it } from 'vitest';
import { openLocalSpreadsheet } from '../../local/index.ts';
import { detect, flag, flaggedRows } from './helpers.ts';

type LocalSs = ReturnType<typeof openLocalSpreadsheet>;
const width = (ss: LocalSs): number =>
  ss.services.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Report')?.getMaxColumns() ?? 0;

/** `named` columns first (with their cells per row), then `total - named.length` filler columns. */
function wideCsv(named: [string, string[]][], total: number): string {
  const header = [
    ...named.map(([h]) => h),
    ...Array.from({ length: total - named.length }, (_, i) => `Metric ${i + 1}`),
  ];
  const rows = (named[0]?.[1] ?? []).map((_, r) => [
    ...named.map(([, cells]) => cells[r] ?? ''),
    ...Array.from({ length: total - named.length }, (_, i) => String(i + r)),
  ]);
  return [header, ...rows]
    .map((row) => row.map((c) => (c.includes(',') ? `"${c}"` : c)).join(','))
    .join('\n');
}

describe.each([
  {
    name: 'Google Ads, 27 columns',
    columns: 27,
    named: [
      ['Campaign', ['Brand', 'Generic', 'Display']],
      ['Currency code', ['USD', 'USD', 'USD']],
      ['Cost', ['120.00', '450.00', '35.00']],
      ['Conversions', ['10', '12', '0']],
    ] as [string, string[]][],
    model: 'CPA',
    limit: 30,
    over: [3, 4],
  },
  {
    name: 'LinkedIn pt-BR, 68 columns',
    columns: 68,
    named: [
      ['Nome da campanha', ['Marca', 'Leads B2B', 'Retargeting']],
      ['Moeda', ['BRL', 'BRL', 'BRL']],
      ['Total investido', ['300.00', '80.00', '500.00']],
      ['Impressões', ['10000', '4000', '9000']],
      ['Cliques', ['120', '40', '200']],
      ['Leads', ['2', '4', '3']],
    ] as [string, string[]][],
    model: 'CPL',
    limit: 100,
    over: [2, 4],
  },
])('$name', ({ columns, named, model, limit, over }) => {
  it('opens exactly as wide as the report, and is flagged after the columns it needs are added', () => {
    const ss = openLocalSpreadsheet({ csv: { name: 'Report', text: wideCsv(named, columns) } });
    expect(width(ss)).toBe(columns);
    const layout = detect(ss);
    expect(layout.problems).toEqual([]);
    // The test's reading: spend > limit x MAX(results, 1).
    const answer = flag(ss, layout, model, limit);
    expect(flaggedRows(ss, 'A', 2, 4)).toEqual(over);
    expect(answer.rowsFlagged).toBe(over.length);
    expect(width(ss)).toBe(columns + 2);
  });
});
