// Prepare for sharing end to end in the local spreadsheet (dist/Code.js): every KPI function in
// scalar, spilled, nested and cross-sheet forms over zeros, blanks and `--` shows the same values
// after conversion, then again in a spreadsheet without the add-on; en_US and de_DE.
import { describe, expect, it } from 'vitest';
import { type CellInput, type LocalSpreadsheet, openLocalSpreadsheet } from '../../local/index.ts';
import type { ParamKind } from '../../src/functions/spec.ts';
import { SPECS } from '../../src/functions/specs.ts';
import { columnLetters as columnToLetters } from '../../src/plans/shared/a1.ts';
import type { SharingResult, SharingScan } from '../../src/sheets/sharing.ts';

/** Inputs by kind, rows 2-9 of 'Data sheet' columns A-F: numbers, zeros, blanks and `--`. */
const DATA: CellInput[][] = [
  ['Revenue', 'Spend', 'Count', 'Margin', 'Ratio', 'Profit'],
  [400, 100, 4, 0.4, 3, -50],
  [0, 50, 0, 0, 2, 20],
  [null, 20, 3, 0.25, 0, 0],
  ['--', 10, null, null, 1.5, null],
  [250.5, 0, 7, 1, null, 30],
  [90, null, '--', 0.5, 4, '--'],
  [1200, '--', 2, '--', 2, 10],
  [33, 11, 9, 0.1, '--', 5],
];
const COLUMN_OF: Record<ParamKind, string> = {
  amount: 'A',
  count: 'C',
  fraction: 'D',
  ratio: 'E',
  number: 'F',
};

/** The column a spec's i-th parameter reads: a second amount reads Spend (B). */
function columnFor(kinds: readonly ParamKind[], i: number): string {
  const kind = kinds[i] as ParamKind;
  if (kind === 'amount' && kinds.slice(0, i).includes('amount')) return 'B';
  return COLUMN_OF[kind];
}

/** en_US formulas of the KPIs sheet: per function a column of scalar calls (rows 2-9) and one spilled call (row 12). */
function kpiFormulas(): string[][] {
  const rows: string[][] = Array.from({ length: 20 }, () => []);
  SPECS.forEach((spec, j) => {
    const kinds = spec.params.map((p) => p.kind);
    const ref = (i: number, r: string): string => `'Data sheet'!${columnFor(kinds, i)}${r}`;
    (rows[0] as string[])[j] = spec.name;
    for (let r = 2; r <= 9; r++) {
      (rows[r - 1] as string[])[j] =
        `=${spec.name}(${spec.params.map((_p, i) => ref(i, String(r))).join(', ')})`;
    }
    (rows[11] as string[])[j] =
      `=${spec.name}(${spec.params.map((_p, i) => `${ref(i, '2')}:${columnFor(kinds, i)}9`).join(',')})`;
  });
  return rows;
}

/** Nested, mixed-case, optional-argument and same-sheet forms on the Data sheet itself (column H). */
const NESTED = [
  '=ROUND(CPL(A2,C2),2)',
  '=LTV_CAC(600,CAC(A2,C2))',
  '=SUM(ROAS(A2:A9,B2:B9))',
  '=roas(A7,B7)',
  '="ROAS(A2,B2)"',
  '="ROAS: "&ROAS(A2,B2)',
  '=IFERROR(ROAS(A2,B2),"none")',
  '=LTV(80,3,2)',
  '=LTV(A2,E2,E3,D2)',
  '=PAYBACK(150,40,60%)',
  '=CPL(A2,C2)*1.5',
  '=ROAS(A2+A3,B2*2)',
  '=MER(SUM(A2:A9),SUM(B2:B9))',
];
/** Calls that spill, each in its own column from J2 on. */
const SPILLED = [
  '=BREAKEVEN_ROAS(D2:D9)',
  "=POAS('Data sheet'!F2:F9,B2:B9)",
  '=ROAS(A2:A9,10)',
  '=ARRAYFORMULA(CTR(C2:C9,E2:E9)*100)',
];

/** A formula in de_DE syntax: `;` between arguments, decimal commas (outside text). */
function de(formula: string): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part
            .replace(/(\d)\.(\d)/g, '$1#$2')
            .replace(/,/g, ';')
            .replace(/#/g, ','),
    )
    .join('');
}

function build(locale: 'en_US' | 'de_DE', addOnInstalled = true): LocalSpreadsheet {
  const local = (f: string): string => (locale === 'de_DE' ? de(f) : f);
  const data: CellInput[][] = Array.from({ length: NESTED.length + 1 }, (_, r) => [
    ...(DATA[r] ?? [null, null, null, null, null, null]),
    null,
    r === 0 ? 'Nested' : local(NESTED[r - 1] as string),
    null,
    ...SPILLED.map((f) => (r === 1 ? local(f) : null)),
  ]);
  const kpis = kpiFormulas().map((row) => row.map((f) => (f ? local(f) : null)));
  return openLocalSpreadsheet({
    locale,
    addOnInstalled,
    sheets: [
      { name: 'Data sheet', rows: data },
      { name: 'KPIs', rows: kpis },
    ],
  });
}

const AREAS = ["'Data sheet'!A1:M30", `KPIs!A1:${columnToLetters(SPECS.length)}20`];

function expectSameValues(after: unknown[][], before: unknown[][], where: string): void {
  before.forEach((row, r) => {
    row.forEach((v, c) => {
      const w = after[r]?.[c];
      const at = `${where} row ${r + 1} col ${c + 1}`;
      if (typeof v === 'number' && typeof w === 'number') {
        expect(Math.abs(w - v), at).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(v)));
      } else {
        expect(w, at).toEqual(v);
      }
    });
  });
}

const ADD_ON_CALL = new RegExp(`\\b(${SPECS.map((s) => s.name).join('|')})\\(`, 'i');

describe.each(['en_US', 'de_DE'] as const)('Prepare for sharing in %s', (locale) => {
  it('converts every call, keeps every value, and a spreadsheet without the add-on shows the same', () => {
    const ss = build(locale);
    const before = AREAS.map((a) => ss.values(a));
    // The data has no error today: every cell the test converts is a number or blank now.
    for (const grid of before)
      for (const row of grid) for (const v of row) expect(String(v)).not.toMatch(/^#/);
    const scan = ss.run('scanForSharing') as SharingScan;
    expect(scan.unconvertible).toEqual([]);
    const toConvert = scan.sheets.reduce((n, s) => n + s.convert, 0);
    expect(toConvert).toBe(NESTED.length - 1 + SPILLED.length + SPECS.length * 9);

    const result = ss.run('convertForSharing') as SharingResult;
    expect(result).toEqual({
      converted: toConvert,
      unconvertible: [],
      sheets: ['Data sheet', 'KPIs'],
    });
    AREAS.forEach((a, i) => {
      expectSameValues(ss.values(a), before[i] as unknown[][], a);
    });
    const formulas = AREAS.map((a) => ss.formulas(a));
    for (const grid of formulas) {
      for (const f of grid.flat()) if (!f.startsWith('="')) expect(f).not.toMatch(ADD_ON_CALL);
    }
    const text = locale === 'de_DE' ? de('="ROAS(A2,B2)"') : '="ROAS(A2,B2)"';
    expect(ss.formulas("'Data sheet'!H6")).toEqual([[text]]);
    expect(ss.formulas("'Data sheet'!H7")[0]?.[0]).toMatch(/^="ROAS: "&IF\(/);
    expect(ss.run('scanForSharing')).toEqual({ sheets: [], cells: [], unconvertible: [] });

    // The converted formulas typed by a client who does not have the add-on.
    const client = build(locale, false);
    expect(client.values("'Data sheet'!H5")).toEqual([['#NAME?']]);
    const [dataFormulas, kpiFormulasAfter] = formulas as [string[][], string[][]];
    dataFormulas.forEach((row, r) => {
      row.forEach((f, c) => {
        if (f) client.type(`'Data sheet'!${columnToLetters(c + 1)}${r + 1}`, f);
      });
    });
    kpiFormulasAfter.forEach((row, r) => {
      row.forEach((f, c) => {
        if (f) client.type(`KPIs!${columnToLetters(c + 1)}${r + 1}`, f);
      });
    });
    AREAS.forEach((a, i) => {
      expectSameValues(client.values(a), before[i] as unknown[][], `client ${a}`);
    });
  });
});
