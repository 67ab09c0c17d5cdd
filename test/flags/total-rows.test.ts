// Totals and summary rows wherever platforms put them, with the odd spaces real labels carry: the
// panel's skipped list (detectReport) and the Status formula (flagBreaches) leave out the same rows.
import { describe, expect, it } from 'vitest';
import { detect, flag, heads, openReport } from './helpers.ts';

/** [label as written, whether the test calls it a totals row]. */
const LABELS: [string, boolean][] = [
  ['Brand search', false],
  ['Total: Account', true],
  ['Total : campagnes', true],
  ['Total\u00a0: Compte', true],
  ['Total:\u00a0Account', true],
  ['\u00a0Total: Search\u00a0', true],
  ['Total\t: Display', true],
  ['Total\u3000: Video', true],
  ['Total  :  Campaigns', true],
  ['TOTAL', true],
  ['Gesamt: Konto', true],
  ['Total: Conta', true],
  ['Search total', true],
  ['Performance Max total', true],
  ['Total Recall promo', false],
  ['Totally new', false],
  ['totals', true],
  ['Subtotal promo', false],
  ['* wildcard', false],
  ['合計: アカウント', true],
  ['合計：アカウント', true],
  ['Retargeting', false],
  // TikTok counts the rows it sums (fixtures/real/tiktok-campaigns-pt-BR-brl.csv).
  ['Total de 7 resultados', true],
  ['Total de 1\u00a0resultado', true],
  ['Total of 12 results', true],
  ['Total de resultados', false],
  ['Total de 7 resultados Brasil', false],
  ['Total de 7x resultados', false],
];

function report(labelColumn: 0 | 2): string[][] {
  const header = ['Keyword status', 'Keyword', 'Match type', 'Impr.', 'Cost', 'Conversions'];
  const rows = LABELS.map(([label], i) => {
    const cells = ['', '', '', String(100 + i), String(10 + i * 7), String(i % 3)];
    if (labelColumn === 0) cells[0] = label;
    else {
      // Google Ads keyword reports: the total's label in the third column, the first two blank or ` --`.
      cells[0] = i % 2 === 0 ? ' --' : '';
      cells[2] = label;
      if (!LABELS[i]?.[1]) [cells[0], cells[1]] = ['Enabled', `keyword ${i}`];
    }
    return cells;
  });
  return [['Search keyword report'], ['All time'], header, ...rows];
}

describe.each([0, 2] as const)('labels in column %i', (labelColumn) => {
  it('skips exactly the totals the test names, and their Status is blank while campaigns get one', () => {
    const rows = report(labelColumn);
    const ss = openReport(rows);
    const layout = detect(ss);
    const totals = LABELS.flatMap(([, total], i) => (total ? [i + 4] : []));
    expect(layout.skippedRows.map((s) => s.row)).toEqual(totals);
    const answer = flag(ss, layout, 'CPA', 5);
    expect(answer.rowsChecked).toBe(LABELS.length - totals.length);
    const status = heads(
      ss.displayValues(`Report!${answer.statusColumn}4:${answer.statusColumn}${rows.length}`),
    );
    status.forEach(([shown], i) => {
      if (totals.includes(i + 4)) expect(shown, `row ${i + 4}`).toBe('');
      else expect(shown, `row ${i + 4}`).toMatch(/^(OK|Over )/);
    });
  });
});

describe("Meta's summary row (account totals, no name) and roll-up rows", () => {
  it('the first row without a name is skipped, not judged "Over CPA limit by $21231478.12"', () => {
    const rows = [
      ['Campaign name', 'Ad set name', 'Reporting starts', 'Reporting ends', 'Amount spent (USD)', 'Results'],
      ['', '', '2026-01-01', '2026-01-31', '21231578.12', '100'],
      ['Leads EU', 'Lookalike', '2026-01-01', '2026-01-31', '400', '5'],
      ['Leads US', 'Interests', '2026-01-01', '2026-01-31', '90', '3'],
    ];
    const ss = openReport(rows);
    const layout = detect(ss);
    expect(layout.platform).toBe('meta');
    expect(layout.skippedRows).toEqual([{ row: 2, reason: 'summary row (no name in A-B)' }]);
    const answer = flag(ss, layout, 'CPA', 50);
    expect(answer).toMatchObject({ rowsChecked: 2, rowsFlagged: 1 });
    expect(heads(ss.displayValues('Report!G2:G4')).map((r) => r[0])).toEqual([
      '',
      'Over CPA limit by $30.00',
      'OK',
    ]);
  });

  it('breakdown roll-ups (`All`) are skipped in a Meta export', () => {
    const rows = [
      ['Campaign name', 'Ad set name', 'Age', 'Amount spent (NGN)', 'Results'],
      ['Launch', 'All', 'All', '900', '2'],
      ['Launch', 'Set A', 'All', '600', '1'],
      ['Launch', 'Set A', '25-34', '600', '1'],
      ['Launch', 'Set B', '35-44', '300', '1'],
    ];
    const ss = openReport(rows);
    const layout = detect(ss);
    expect(layout.skippedRows.map((s) => s.row)).toEqual([2, 3]);
    const answer = flag(ss, layout, 'CPA', 400);
    expect(answer).toMatchObject({ rowsChecked: 2, rowsFlagged: 1 });
    expect(heads(ss.displayValues('Report!F2:F5')).map((r) => r[0])).toEqual([
      '',
      '',
      expect.stringMatching(/^Over /),
      'OK',
    ]);
  });
});
