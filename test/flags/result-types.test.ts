// Meta's Results column counts what its Result indicator / Result Type says: the report says so,
// and flagBreaches' resultType judges the rows of one type only (real export: fixtures/real/).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openLocalSpreadsheet, readReportFile } from '../../local/index.ts';
import { detect, exportNumber, FIXTURES, flaggedRows, heads } from './helpers.ts';

const file = { name: 'Report', bytes: readFileSync(join(FIXTURES, 'real', 'meta-ads-breakdown-ngn.csv')) };
const rows = readReportFile(file);
const TYPE = 8;
const SPEND = 13;
const RESULTS = 9;
const leaf = (r: string[]): boolean => r[0] !== '' && !r.slice(0, 6).includes('All');

describe('Meta breakdown export with two result types (NGN)', () => {
  it('names the types and their rows, and says one limit judges them alike', () => {
    const layout = detect(openLocalSpreadsheet({ csv: file }));
    const want = new Map<string, number>();
    for (const r of rows.slice(1))
      if (leaf(r) && r[TYPE]) want.set(r[TYPE] as string, (want.get(r[TYPE] as string) ?? 0) + 1);
    expect(want.size).toBe(2);
    expect(layout.resultTypes?.column).toBe('I');
    expect(new Map(layout.resultTypes?.types.map((t) => [t.type, t.rows]))).toEqual(want);
    expect(layout.problems.join(' ')).toMatch(
      /Results counts different things on different rows \(.*; column I\)/,
    );
  });

  it('resultType judges only the Website leads rows; the others get no Status and no colour', () => {
    const ss = openLocalSpreadsheet({ csv: file });
    const layout = detect(ss);
    const limit = 300;
    const answer = ss.run('flagBreaches', {
      ...layout,
      model: 'CPA',
      limit,
      resultType: 'Website leads',
    }) as {
      rowsChecked: number;
      rowsFlagged: number;
      statusColumn: string;
    };
    const judged = rows.flatMap((r, i) => (i > 0 && leaf(r) && r[TYPE] === 'Website leads' ? [i + 1] : []));
    const over = judged.filter((row) => {
      const r = rows[row - 1] as string[];
      return (exportNumber(r[SPEND] ?? '') ?? 0) > limit * Math.max(exportNumber(r[RESULTS] ?? '') ?? 0, 1);
    });
    expect(over.length).toBeGreaterThan(0);
    expect(answer).toMatchObject({ rowsChecked: judged.length, rowsFlagged: over.length });
    expect(flaggedRows(ss, 'A', 2, rows.length)).toEqual(over);
    const status = heads(
      ss.displayValues(`Report!${answer.statusColumn}2:${answer.statusColumn}${rows.length}`),
    );
    status.forEach(([shown], i) => {
      if (!judged.includes(i + 2)) expect(shown, `row ${i + 2}`).toBe('');
    });
  });

  it('a result type the report does not have is refused in words, nothing written', () => {
    const ss = openLocalSpreadsheet({ csv: file });
    const layout = detect(ss);
    expect(() =>
      ss.run('flagBreaches', { ...layout, model: 'CPA', limit: 300, resultType: 'reach' }),
    ).toThrow(/resultType: must be one of .*Website leads.*, got "reach"/);
    expect(ss.conditionalRules('Report')).toEqual([]);
  });
});
