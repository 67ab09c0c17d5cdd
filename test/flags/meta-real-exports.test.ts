// Real Meta Ads Manager exports in Spanish and Portuguese (fixtures/real/, sources in
// fixtures/README.md): read by their own names, the pt-BR account summary left out, judged by one
// result type, flagged on exactly the rows the test computes from the file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openLocalSpreadsheet, readReportFile } from '../../local/index.ts';
import { detect, exportNumber, FIXTURES, flag, flaggedRows } from './helpers.ts';

const letter = (i: number): string => String.fromCharCode(65 + i);

/** A real export of fixtures/real/ as a CSV import, its rows, and a column's index by its header. */
function realExport(fileName: string) {
  const file = { name: 'Report', bytes: readFileSync(join(FIXTURES, 'real', fileName)) };
  const rows = readReportFile(file);
  const header = rows[0] as string[];
  return { file, rows, at: (name: string): number => header.indexOf(name) };
}

/** Of the sheet rows given, those whose spend > limit x MAX(results, 1), read from the rows. */
function breaching(
  rows: string[][],
  sheetRows: number[],
  spend: number,
  results: number,
  limit: number,
): number[] {
  return sheetRows.filter((row) => {
    const r = rows[row - 1] as string[];
    return (exportNumber(r[spend] ?? '') ?? 0) > limit * Math.max(exportNumber(r[results] ?? '') ?? 0, 1);
  });
}

describe('real Spanish export: Meta campaigns in USD, two result types (fixtures/real/)', () => {
  const { file, rows, at } = realExport('meta-ads-campaigns-es-usd.csv');
  const TYPE = at('Indicador de resultado');
  const SPEND = at('Importe gastado (USD)');
  const RESULTS = at('Resultados');
  const MESSAGING = 'actions:onsite_conversion.messaging_conversation_started_7d';

  it('is Meta in USD, every column read by its Spanish name, the two result types counted', () => {
    const layout = detect(openLocalSpreadsheet({ csv: file }));
    expect(layout).toMatchObject({ platform: 'meta', headerRow: 1, currency: 'USD', skippedRows: [] });
    expect(layout.columns).toMatchObject({
      campaign: letter(at('Nombre de la campaña')),
      date: letter(at('Inicio del informe')),
      spend: letter(SPEND),
      conversions: letter(RESULTS),
      impressions: letter(at('Impresiones')),
      clicks: letter(at('Clics en el enlace')),
    });
    const want = new Map<string, number>();
    for (const r of rows.slice(1))
      if (r[TYPE]) want.set(r[TYPE] as string, (want.get(r[TYPE] as string) ?? 0) + 1);
    expect(want.size).toBe(2);
    expect(layout.resultTypes?.column).toBe(letter(TYPE));
    expect(new Map(layout.resultTypes?.types.map((t) => [t.type, t.rows]))).toEqual(want);
    expect(layout.problems.join(' ')).toMatch(/Results counts different things on different rows/);
  });

  it('judges the messaging rows only, flagged exactly where spend > limit x MAX(results, 1)', () => {
    const ss = openLocalSpreadsheet({ csv: file });
    const layout = detect(ss);
    const limit = 1.5;
    const judged = rows.flatMap((r, i) => (i > 0 && r[TYPE] === MESSAGING ? [i + 1] : []));
    const want = breaching(rows, judged, SPEND, RESULTS, limit);
    expect(want.length).toBeGreaterThan(0);
    expect(want.length).toBeLessThan(judged.length);
    const answer = ss.run('flagBreaches', { ...layout, model: 'CPA', limit, resultType: MESSAGING });
    expect(answer).toMatchObject({ rowsChecked: judged.length, rowsFlagged: want.length });
    expect(flaggedRows(ss, 'A', 2, rows.length)).toEqual(want);
  });
});

describe('real pt-BR export: Meta campaigns in BRL with the account summary first (fixtures/real/)', () => {
  const { file, rows, at } = realExport('meta-ads-campaigns-pt-BR.csv');
  const SPEND = at('Valor usado (BRL)');
  const RESULTS = at('Resultados');

  it('is Meta in BRL; the summary row, whose delivery and budget cells say 0, is left out', () => {
    const layout = detect(openLocalSpreadsheet({ csv: file }));
    expect(rows[1]?.[at('Nome da campanha')]).toBe('');
    expect(rows[1]?.[at('Veiculação da campanha')]).toBe('0');
    expect(layout).toMatchObject({ platform: 'meta', headerRow: 1, currency: 'BRL', problems: [] });
    expect(layout.skippedRows).toEqual([{ row: 2, reason: expect.stringMatching(/^summary row/) }]);
    expect(layout.columns).toMatchObject({
      campaign: letter(at('Nome da campanha')),
      date: letter(at('Início dos relatórios')),
      spend: letter(SPEND),
      conversions: letter(RESULTS),
      impressions: letter(at('Impressões')),
    });
    expect(layout.resultTypes?.column).toBe(letter(at('Indicador de resultados')));
  });

  it('flags exactly the campaigns whose spend > limit x MAX(results, 1); the summary gets no Status', () => {
    const ss = openLocalSpreadsheet({ csv: file });
    const layout = detect(ss);
    const limit = 0.3;
    const campaigns = rows.flatMap((_, i) => (i > 1 ? [i + 1] : []));
    const want = breaching(rows, campaigns, SPEND, RESULTS, limit);
    expect(want.length).toBeGreaterThan(0);
    expect(want.length).toBeLessThan(rows.length - 2);
    const answer = flag(ss, layout, 'CPA', limit);
    expect(answer).toMatchObject({ rowsChecked: rows.length - 2, rowsFlagged: want.length });
    expect(flaggedRows(ss, 'A', 2, rows.length)).toEqual(want);
    const status = ss.displayValues(`Report!${answer.statusColumn}2:${answer.statusColumn}2`);
    expect(status).toEqual([['']]);
  });
});
