// Totals and summary rows wherever platforms put them, with the odd spaces real labels carry: the
// panel's skipped list (detectReport) and the Status formula (flagBreaches) leave out the same rows.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openLocalSpreadsheet } from '../../local/index.ts';
import { detect, FIXTURES, flag, heads, openReport } from './helpers.ts';

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

/**
 * A Google Ads report segmented by conversion action writes the action in column A and the total
 * in column B (fixtures/real/google-ads-conversion-action-es-pen-utf16.tsv): any label cell that is
 * a total word and a colon makes the row a total, the colon form only (a `Campaign total` budget
 * type or a campaign named `Total Recall` stays a campaign).
 */
describe('totals after a filled label cell (conversion-action segments)', () => {
  const header = [
    'Acción de conversión',
    'Estado de la campaña',
    'Campaña',
    'Tipo de presupuesto',
    'Costo',
    'Conversiones',
  ];
  /** [cells A-D, spend, conversions, whether the test calls it a totals row]. */
  const ROWS: [string[], number, number, boolean][] = [
    [['Lead form', 'Habilitada', 'Campaign 1', 'Diariamente'], 300, 2, false],
    [['Lead form', 'Habilitada', 'Total Recall', 'Campaign total'], 90, 1, false],
    [['WhatsApp click', 'Detenida', 'Campaign 3', 'Diariamente'], 40, 0, false],
    [[' --', 'Total: Campañas', ' --', ' --'], 430, 3, true],
    [['Lead form', 'Total: Campañas', ' --', ' --'], 390, 3, true],
    [['WhatsApp click', 'Total\u00a0: Cuenta', '', ''], 40, 0, true],
    [['Lead form', '', 'Gesamt: Konto', ''], 390, 3, true],
    [['WhatsApp click', 'Total：Búsqueda', '', ''], 40, 0, true],
  ];
  const rows = [
    ['Informe de campaña'],
    header,
    ...ROWS.map(([cells, spend, conv]) => [...cells, String(spend), String(conv)]),
  ];

  it('skips exactly the totals the test names; their Status is blank and the campaigns are judged', () => {
    const ss = openReport(rows);
    const layout = detect(ss);
    expect(layout.headerRow).toBe(2);
    const totals = ROWS.flatMap(([, , , total], i) => (total ? [i + 3] : []));
    expect(layout.skippedRows.map((s) => s.row)).toEqual(totals);
    expect(layout.skippedRows[1]).toEqual({ row: 7, reason: 'total row (Total: Campañas)' });
    const limit = 50;
    const answer = flag(ss, layout, 'CPA', limit);
    const over = ROWS.flatMap(([, s, c, total], i) => (!total && s > limit * Math.max(c, 1) ? [i + 3] : []));
    expect(over.length).toBeGreaterThan(0);
    expect(answer).toMatchObject({ rowsChecked: ROWS.length - totals.length, rowsFlagged: over.length });
    const status = heads(
      ss.displayValues(`Report!${answer.statusColumn}3:${answer.statusColumn}${rows.length}`),
    );
    status.forEach(([shown], i) => {
      if (totals.includes(i + 3)) expect(shown, `row ${i + 3}`).toBe('');
      else expect(shown, `row ${i + 3}`).toMatch(over.includes(i + 3) ? /^Over / : /^OK/);
    });
  });

  it('the real download: its ten totals rows are skipped, the two campaigns judged', () => {
    const bytes = readFileSync(join(FIXTURES, 'real', 'google-ads-conversion-action-es-pen-utf16.tsv'));
    const ss = openLocalSpreadsheet({ locale: 'en_US', csv: { name: 'Report', bytes } });
    const layout = detect(ss);
    expect(layout).toMatchObject({ platform: 'google-ads', headerRow: 3, currency: 'PEN', problems: [] });
    // The test's own reading of the file: a row is a total when a cell of A-C starts with `Total:`.
    const fileRows = bytes
      .toString('utf16le')
      .replace(/^\ufeff/, '')
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => line.split('\t'));
    const totals = fileRows.flatMap((r, i) =>
      i > 2 && r.slice(0, 3).some((c) => /^\s*Total:/.test(c)) ? [i + 1] : [],
    );
    expect(totals).toHaveLength(10);
    expect(layout.skippedRows.map((s) => s.row)).toEqual(totals);
    const answer = flag(ss, layout, 'CPA', 5);
    expect(answer).toMatchObject({ rowsChecked: 2, rowsFlagged: 0 });
    const status = heads(
      ss.displayValues(`Report!${answer.statusColumn}4:${answer.statusColumn}${fileRows.length}`),
    );
    status.forEach(([shown], i) => {
      expect(shown, `row ${i + 4}`).toBe(totals.includes(i + 4) ? '' : 'OK');
    });
  });
});
