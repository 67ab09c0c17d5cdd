// The local engine follows the array-rule table (local/engine/array-rules.ts): inside ARRAYFORMULA a
// function the table says gives one value does not spill, and the general rule (per element) holds
// for the rest - each case against the source the table cites for it.
import { describe, expect, it } from 'vitest';
import { ARRAY_RULES, arrayRule, takesOneValue } from '../../local/engine/array-rules.ts';
import { openLocalSpreadsheet } from '../../local/index.ts';

const NO_SCRIPT = 'function onOpen(e) {}';

/** A1:C4: dates (as serials), amounts, a tag; E1:E3 three cut-off days. */
function book(locale: 'en_US' | 'de_DE' = 'en_US') {
  return openLocalSpreadsheet({
    code: NO_SCRIPT,
    locale,
    sheets: [
      {
        name: 'Data',
        rows: [
          ['1', '10', 'a', '', '1'],
          ['2', '20', 'b', '', '2'],
          ['3', '40', 'a', '', '3'],
          ['4', '80', 'a', '', ''],
        ],
      },
    ],
  });
}

describe('array rules in the local engine', () => {
  it('SUMIF expands over an array criterion (SO 62661367: re-evaluated for each value)', () => {
    const ss = book();
    ss.type('Data!G1', '=ARRAYFORMULA(SUMIF(A1:A4,"<="&E1:E3,B1:B4))');
    expect(ss.values('Data!G1:G3')).toEqual([[10], [30], [70]]);
  });

  it('SUMIF expands over a computed key range too (the SO answer sums over ROW(B3:B))', () => {
    const ss = book();
    ss.type('Data!G1', '=ARRAYFORMULA(SUMIF(IF(C1:C4="a",A1:A4,""),"<="&E1:E3,B1:B4))');
    expect(ss.values('Data!G1:G3')).toEqual([[10], [10], [50]]);
  });

  it('SUMIFS gives one value inside ARRAYFORMULA, no spill (SO 62661367, infoinspired)', () => {
    const ss = book();
    ss.type('Data!G1', '=ARRAYFORMULA(SUMIFS(B1:B4,A1:A4,"<="&E1:E3))');
    const column = ss.values('Data!G1:G3').map((r) => r[0]);
    expect(typeof column[0]).toBe('number');
    expect(column.slice(1)).toEqual(['', '']);
  });

  it('COUNTIFS (reports disagree) is held to one value: the stricter answer', () => {
    const ss = book();
    ss.type('Data!G1', '=ARRAYFORMULA(COUNTIFS(A1:A4,"<="&E1:E3,C1:C4,"a"))');
    expect(ss.values('Data!G2:G3')).toEqual([[''], ['']]);
  });

  it('MAXIFS, MINIFS and INDEX (no report) are held to one value', () => {
    const ss = book();
    ss.type('Data!G1', '=ARRAYFORMULA(MAXIFS(B1:B4,A1:A4,"<="&E1:E3))');
    ss.type('Data!H1', '=ARRAYFORMULA(MINIFS(B1:B4,A1:A4,">="&E1:E3))');
    ss.type('Data!I1', '=ARRAYFORMULA(INDEX(B1:B4,E1:E3))');
    expect(ss.values('Data!G2:I3')).toEqual([
      ['', '', ''],
      ['', '', ''],
    ]);
  });

  it('AND, OR, CONCATENATE, SUM, MAX fold the range into one value', () => {
    const ss = book();
    ss.type('Data!G1', '=ARRAYFORMULA(AND(B1:B4>5))');
    ss.type('Data!H1', '=ARRAYFORMULA(OR(B1:B4>50))');
    ss.type('Data!I1', '=ARRAYFORMULA(CONCATENATE(C1:C4))');
    ss.type('Data!J1', '=ARRAYFORMULA(SUM(B1:B4*A1:A4))');
    ss.type('Data!K1', '=ARRAYFORMULA(MAX(B1:B4-A1:A4))');
    expect(ss.values('Data!G1:K2')).toEqual([
      [true, true, 'abaa', 10 + 40 + 120 + 320, 76],
      ['', '', '', '', ''],
    ]);
  });

  it('the general rule: IF, ISNUMBER, LEFT give one answer per element', () => {
    const ss = book();
    ss.type('Data!G1', '=ARRAYFORMULA(IF(ISNUMBER(B1:B4),LEFT(C1:C4,1)&B1:B4,""))');
    expect(ss.values('Data!G1:G4')).toEqual([['a10'], ['b20'], ['a40'], ['a80']]);
  });
});

describe('the array-rule table', () => {
  it('gives every entry a source, and every unknown entry what the engine does', () => {
    for (const [name, entry] of Object.entries(ARRAY_RULES)) {
      expect(entry.source.length, name).toBeGreaterThan(20);
      if (entry.rule === 'unknown') expect(entry.engine, name).toBeDefined();
      else expect(entry.engine, name).toBeUndefined();
    }
  });

  it("knows SUMIFS's criteria positions, repeated in pairs", () => {
    const sumifs = arrayRule('sumifs');
    if (!sumifs) throw new Error('SUMIFS is in the table');
    expect([1, 2, 3, 4, 5, 6, 7].map((p) => takesOneValue(sumifs, p))).toEqual([
      false,
      false,
      true,
      false,
      true,
      false,
      true,
    ]);
    expect(arrayRule('IF')).toBeUndefined();
  });
});

describe('docs/local-spreadsheet.md', () => {
  it('lists every entry of the table', async () => {
    const { readFileSync } = await import('node:fs');
    const doc = readFileSync(new URL('../../docs/local-spreadsheet.md', import.meta.url), 'utf8');
    const table = doc.slice(doc.indexOf('**Array rules**'), doc.indexOf('**Display values.**'));
    for (const name of Object.keys(ARRAY_RULES)) expect(table, name).toContain(`\`${name}\``);
  });
});
