// The KPI functions typed as formulas into cells of the local spreadsheet (HyperFormula behind
// emulated Apps Script, running the built dist/Code.js): they spill, recalculate, show blanks
// and #ERROR! with our message, and match their native-formula equivalents.
import { describe, expect, it } from 'vitest';
import { type CellInput, openLocalSpreadsheet } from '../../local/index.ts';
import { CUSTOM_FUNCTIONS } from '../../src/functions/custom.ts';
import type { ParamKind } from '../../src/functions/spec.ts';
import { SPECS } from '../../src/functions/specs.ts';
import { KPI_CASES } from '../unit/kpi-cases.ts';

const REPORT: CellInput[][] = [
  ['Campaign', 'Revenue', 'Ad spend', 'Leads'],
  ['Search', 4000, 1000, 80],
  ['Social', 1500, 750, 0],
  ['Display', 900, 0, 12],
];

const open = (rows: CellInput[][] = REPORT) =>
  openLocalSpreadsheet({ codePath: 'dist/Code.js', sheets: [{ name: 'Report', rows }] });

const unit = (fn: string, ...args: unknown[]): unknown => CUSTOM_FUNCTIONS[fn]?.(...args);

describe('KPI functions typed into cells', () => {
  it('registers every spec as a custom function', () => {
    expect([...open().customFunctionNames()].sort()).toEqual(SPECS.map((s) => s.name).sort());
  });

  it('=ROAS(B2:B4, C2:C4) spills a column equal to the unit results, blank where spend is 0', () => {
    const ss = open();
    ss.type('E2', '=ROAS(B2:B4, C2:C4)');
    const expected = unit('ROAS', [[4000], [1500], [900]], [[1000], [750], [0]]);
    expect(expected).toEqual([[4], [2], ['']]);
    expect(ss.values('E2:E4')).toEqual(expected);
    expect(ss.displayValues('E4')).toEqual([['']]);
    expect(ss.formulas('E2:E3')).toEqual([['=ROAS(B2:B4, C2:C4)'], ['']]);
  });

  it('recalculates when an input cell changes', () => {
    const ss = open();
    ss.type('E2', '=ROAS(B2:B4, C2:C4)');
    ss.type('B3', '3000');
    expect(ss.values('E3')).toEqual([[4]]);
    ss.type('C4', '300');
    expect(ss.values('E4')).toEqual([[3]]);
  });

  it('broadcasts a single cell against a range: =CPL(C2:C4, 50)', () => {
    const ss = open();
    ss.type('F2', '=CPL(C2:C4, 50)');
    expect(ss.values('F2:F4')).toEqual([[20], [15], [0]]);
  });

  it('a bad value gives #ERROR! with our message naming function, argument, value and row', () => {
    const ss = open();
    ss.type('E2', '=ROAS(B2:B4, C2:C4)');
    ss.type('C4', 'abc');
    expect(ss.values('E2')).toEqual([['#ERROR!']]);
    expect(ss.errors('E2')).toEqual([['ROAS: ad_spend must be a number, got "abc" (row 3 of the range)']]);
  });

  it('a margin typed as 40% is a fraction; typed as 40 it is an error with a hint', () => {
    const ss = open([['80', '3', '2', '40%']]);
    ss.type('E1', '=LTV(A1, B1, C1, D1)');
    expect(ss.values('E1')).toEqual([[unit('LTV', 80, 3, 2, 0.4)]]);
    ss.type('D1', '40');
    expect(ss.errors('E1')).toEqual([
      ['LTV: gross_margin must be a fraction between 0 and 1, got 40; did you mean 40% or 0.4?'],
    ]);
  });

  it('mismatched ranges name both shapes', () => {
    const ss = open();
    ss.type('E2', '=CTR(B2:B4, C2:C3)');
    expect(ss.errors('E2')).toEqual([
      ['CTR: clicks is 3x1 but impressions is 2x1; use ranges of the same size or a single value'],
    ]);
  });

  it('blank cells and an export’s -- give blank results', () => {
    const ss = open([
      [100, 4],
      [null, 5],
      [60, '--'],
    ]);
    ss.type('C1', '=CPC(A1:A3, B1:B3)');
    expect(ss.values('C1:C3')).toEqual([[25], [''], ['']]);
  });

  const literalCases = KPI_CASES.filter((c) => c.args.every((a) => typeof a === 'number'));
  it.each(literalCases.map((c) => [`=${c.fn}(${c.args.join(', ')})`, c] as const))(
    '%s in a cell gives the unit result',
    (formula, c) => {
      const ss = open([]);
      ss.type('A1', formula);
      expect(ss.values('A1')).toEqual([[unit(c.fn, ...c.args)]]);
    },
  );

  it.each(SPECS.map((s) => [s.name, s] as const))(
    '%s and its native formula agree in the same sheet',
    (_name, spec) => {
      const sample: Record<ParamKind, number> = {
        amount: 1234.5,
        count: 40,
        fraction: 0.35,
        ratio: 2.5,
        number: -80,
      };
      // Amounts and counts grow along the row, so A/B trials outnumber their conversions.
      const inputs = spec.params.map((p, i) =>
        p.kind === 'amount' || p.kind === 'count' ? sample[p.kind] + i * 100 : sample[p.kind],
      );
      const ss = open([inputs as CellInput[]]);
      const cols = 'ABCD';
      const refs = spec.params.map((_p, i) => `${cols[i]}1`);
      let native = spec.native;
      spec.params.forEach((p, i) => {
        native = native.split(`{${p.name}}`).join(refs[i] as string);
      });
      ss.type('A2', `=${spec.name}(${refs.join(', ')})`);
      ss.type('B2', `=${native}`);
      const [[custom, fromNative]] = ss.values('A2:B2') as [[unknown, unknown]];
      expect(typeof custom).toBe('number');
      expect(fromNative).toBeCloseTo(custom as number, 9);
    },
  );
});

describe('number-like text in the spreadsheet locale', () => {
  it('de_DE reads "1.234" as 1234 and "12,70%" as 0.127 (the US reading would be 1000x off)', () => {
    const ss = openLocalSpreadsheet({ locale: 'de_DE', sheets: [{ name: 'Report', rows: [] }] });
    ss.calls.reset();
    ss.type('A1', '=CTR("1.234";2000)');
    ss.type('A2', '=CTR(12,7;100)');
    expect(ss.values('A1:A2')).toEqual([[0.617], [0.127]]);
    // Plain numbers need no locale lookup; text with a mark asks once.
    expect(ss.calls.byMethod()['Spreadsheet.getSpreadsheetLocale']).toBe(1);
    ss.type('A3', '=CVR("12,70%";1)');
    expect(ss.values('A3')).toEqual([[0.127]]);
    ss.type('A4', '=CPC("1,234.50";1)');
    expect(ss.errors('A4')[0]?.[0]).toBe('CPC: spend must be a number, got "1,234.50"');
  });

  it('en_US keeps reading "1,234.50" as 1234.5', () => {
    const ss = openLocalSpreadsheet({ sheets: [{ name: 'Report', rows: [] }] });
    ss.type('A1', '=CPC("1,234.50", 1)');
    expect(ss.values('A1')).toEqual([[1234.5]]);
  });
});
