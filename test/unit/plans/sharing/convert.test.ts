// The formula tokenizer and the per-formula conversion, as tables of cases (no spreadsheet).
import { describe, expect, it } from 'vitest';
import { convertFormula, type FormulaContext } from '../../../../src/plans/sharing/convert.ts';
import { elementwise } from '../../../../src/plans/sharing/native.ts';
import { parseCalls, tokenize } from '../../../../src/plans/sharing/tokenize.ts';

const EN = { separator: ',', decimal: '.' } as const;
const DE = { separator: ';', decimal: ',' } as const;

/** A grid of values every reference reads: A=100, B=20 on every sheet but 'Gone'. */
const ctx = (locale = 'en_US'): FormulaContext => ({
  locale,
  sheet: 'Ads',
  read: (sheet, range) =>
    sheet === 'Gone'
      ? undefined
      : Array.from({ length: range.rows ?? 3 }, () =>
          Array.from({ length: range.cols ?? 1 }, (_, c) => (range.col + c === 1 ? 100 : 20)),
        ),
});
const convert = (f: string, locale = 'en_US', shown: unknown = 5) =>
  convertFormula(f, () => shown, ctx(locale));

describe('tokenize', () => {
  it('reads strings, quoted sheet names, references, functions and numbers', () => {
    const t = tokenize(`=ROAS('It''s (Q1)!'!B2:B9,"a,""b"")")+1.5`, EN);
    expect(t.map((x) => `${x.type}:${x.text}`)).toEqual([
      'func:ROAS',
      'open:(',
      "ref:'It''s (Q1)!'!B2:B9",
      'sep:,',
      'string:"a,""b"")"',
      'close:)',
      'op:+',
      'number:1.5',
    ]);
  });

  it('reads de_DE: ; between arguments, decimal commas, dotted function names', () => {
    const t = tokenize('=ERROR.TYPE(CPL(A2;1,5))', DE);
    expect(t.filter((x) => x.type !== 'space').map((x) => x.text)).toEqual([
      'ERROR.TYPE',
      '(',
      'CPL',
      '(',
      'A2',
      ';',
      '1,5',
      ')',
      ')',
    ]);
  });

  it('splits arguments by depth, not inside nested calls or array literals', () => {
    const tokens = tokenize('=LTV_CAC(SUM({1,2}),CAC(B2,G2))', EN);
    const calls = parseCalls(tokens);
    expect(calls.map((c) => [c.name, c.args.length, c.parent])).toEqual([
      ['LTV_CAC', 2, -1],
      ['SUM', 1, 0],
      ['CAC', 2, 0],
    ]);
  });

  it('reads a function name before a space and "(" as a call, and LOG10( as a function, not a cell', () => {
    const calls = parseCalls(tokenize('=ROAS (A1,B1)+LOG10(A2)', EN));
    expect(calls.map((c) => [c.name, c.args.length])).toEqual([
      ['ROAS', 2],
      ['LOG10', 1],
    ]);
  });

  it('says what it cannot read', () => {
    expect(() => tokenize('="open', EN)).toThrow('a text is not closed');
    expect(() => parseCalls(tokenize('=ROAS(A1', EN))).toThrow('a parenthesis is not closed');
  });
});

describe('convertFormula', () => {
  it.each([['=SUM(A1:A3)'], ['="ROAS(A2,B2)"'], ['=A1*2']])('%s calls no add-on function: null', (f) => {
    expect(convert(f)).toBeNull();
  });

  // The third column is what the cell shows today (A = 100, B = 20): the value the add-on gives.
  it.each([
    ['=roas(A7,B7)', '=IF(OR(A7="",A7="--",B7="",B7="--"),"",IF(B7=0,"",A7/B7))', 5],
    [
      '="ROAS(x)"&CPC(A2,B2)',
      '="ROAS(x)"&IF(OR(A2="",A2="--",B2="",B2="--"),"",IF(B2=0,"",A2/B2))',
      'ROAS(x)5',
    ],
    // Typed numbers are never blank: their blank tests go, the zero test stays.
    ['=BREAKEVEN_ROAS(50%)', '=IF((50%)=0,"",1/(50%))', 2],
    ['=LTV(80,3,2)', '=80*3*2*1', 480],
    ['=LTV(A2,3,2)', '=IF(OR(A2="",A2="--"),"",A2*3*2*1)', 600],
    [
      '=ROAS(A2:A4,B2:B4)',
      '=ARRAYFORMULA(IF(((A2:A4="")+(A2:A4="--")+(B2:B4="")+(B2:B4="--")),"",IF(B2:B4=0,"",A2:A4/B2:B4)))',
      5,
    ],
  ])('%s', (f, native, shown) => {
    expect(convert(f, 'en_US', shown)).toEqual({ ok: true, native });
  });

  it('writes de_DE syntax and keeps the rest of the formula as the user wrote it', () => {
    expect(convert('=ROAS(A1;B1)*1,5', 'de_DE')).toEqual({
      ok: true,
      native: '=IF(OR(A1="";A1="--";B1="";B1="--");"";IF(B1=0;"";A1/B1))*1,5',
    });
  });

  it.each([
    ['Q1', "'Q1'!$A$2:$A$4"],
    ['fy24', "'fy24'!$A$2:$A$4"],
    ['R1C1', "'R1C1'!$A$2:$A$4"],
    ['TRUE', "'TRUE'!$A$2:$A$4"],
    ["Bob's", "'Bob''s'!$A$2:$A$4"],
    ['Plan_2', 'Plan_2!$A$2:$A$4'],
  ])(
    'a named range on sheet %s is written %s: a name that reads as a cell or a value is quoted',
    (sheet, ref) => {
      const named = (name: string) =>
        name === 'Revs' ? { sheet, row: 2, col: 1, rows: 3, cols: 1 } : undefined;
      const r = convertFormula('=ROAS(Revs,2)', () => 50, { ...ctx(), named });
      expect(r?.ok && r.native).toContain(`(${ref}="")`);
    },
  );

  it.each([
    ['=ROAS(A1,B1)', '#ERROR!', /^It shows #ERROR! today/],
    ['=ROAS(A1,Gone!B1)', 5, /a sheet that does not exist/],
    ['=ROAS(A1,RANDBETWEEN(1,9))', 5, /RANDBETWEEN\(\), whose value changes/],
    ['=ROAS(A1,B1,C1)', 5, /takes at most 2 arguments/],
    ['=ROAS(A1)', 5, /missing its ad_spend/],
    ['=LTV(1,2,3,)', 5, /empty gross_margin/],
    ['=ROAS(A1&"",B1)', 5, /joins text/],
    ['=ROAS(-5,B1)', 5, /must not be negative/],
    ['=IFNA(ROAS(A1*2,B1),0)', 5, /sits inside IFNA/],
    ['=ROAS(A1,B1', 5, /could not be read/],
  ])('%s is listed: %s', (f, shown, reason) => {
    const r = convert(f, 'en_US', shown);
    expect(r?.ok).toBe(false);
    expect(r && !r.ok ? r.reason : '').toMatch(reason);
  });
});

describe('elementwise', () => {
  it('turns OR and AND into + and * of conditions, leaving others alone', () => {
    expect(elementwise('IF(OR(a=1,AND(b=2,c=3)),SUM(d),"")')).toBe('IF(((a=1)+(((b=2)*(c=3)))),SUM(d),"")');
  });
});
