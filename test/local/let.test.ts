// LET in the local spreadsheet (local/engine/let.ts) against Google's page
// (https://support.google.com/docs/answer/13190535): each name gets its value_expression's result,
// later value_expressions "can use names declared in the previous parameters", usage is
// case-insensitive, and "the value_expressions evaluates only once in the LET function, even if the
// next value_expressions or the formula_expression uses them multiple times".
import { describe, expect, it } from 'vitest';
import { openLocalSpreadsheet } from '../../local/index.ts';

// A custom function that counts its calls: how many times a value_expression is evaluated.
const COUNTED = `var calls = 0;
/** @customfunction */
function COUNTED(x) { calls++; return x; }`;

function sheet(code = '') {
  const ss = openLocalSpreadsheet({
    code,
    sheets: [
      {
        name: 'Sheet1',
        rows: [
          [1, 10],
          [2, 20],
          [3, '--'],
        ],
      },
    ],
  });
  return ss;
}

describe('LET', () => {
  it("gives the page's first example: a name for a value, used twice", () => {
    const ss = sheet();
    ss.type('D1', '=LET(avg,AVERAGE(A1:A3),IF(avg>=4,"Great",IF(avg>=2,"Good","Poor")))');
    expect(ss.values('D1')).toEqual([['Good']]);
    ss.type('D1', '=LET(x,5,SUM(x,1))');
    expect(ss.values('D1')).toEqual([[6]]);
  });

  it('lets a later value use an earlier name, case-insensitively, and an inner LET hide an outer name', () => {
    const ss = sheet();
    ss.type('D1', '=LET(x,2,Y,x*10,y+X)');
    expect(ss.values('D1')).toEqual([[22]]);
    ss.type('D1', '=LET(x,2,LET(x,5,x)+x)');
    expect(ss.values('D1')).toEqual([[7]]);
  });

  it('evaluates each value_expression once, however often its name is used', () => {
    const ss = sheet(COUNTED);
    ss.type('D1', '=LET(x,COUNTED(A2),x+x+x*x)');
    expect(ss.values('D1')).toEqual([[8]]);
    expect(ss.global('calls')).toBe(1);
  });

  it('holds a whole array under a name inside ARRAYFORMULA, and spills it', () => {
    const ss = sheet();
    ss.type('D1', '=ARRAYFORMULA(LET(a,A1:A3,b,ARRAYFORMULA(a*2),b*10+b))');
    expect(ss.values('D1:D3')).toEqual([[22], [44], [66]]);
    // A computed array used twice is the same array both times (HyperFormula's operators write into
    // a computed operand in place: the name hands out a copy).
    ss.type('D1', '=ARRAYFORMULA(LET(y,A1:A3*2,z,y+1,y*z))');
    expect(ss.values('D1:D3')).toEqual([[6], [20], [42]]);
    // An error in one row stays in that row.
    ss.type('D1', '=ARRAYFORMULA(LET(b,B1:B3,IFERROR(b*1,0)+b*0+1))');
    expect(ss.displayValues('D1:D3')).toEqual([['11'], ['21'], ['#VALUE!']]);
  });

  it('refuses a call that is not names and values: #N/A for the count, #NAME? for a non-name or an unknown name', () => {
    const ss = sheet();
    ss.type('D1', '=LET(x,1)');
    expect(ss.displayValues('D1')).toEqual([['#N/A']]);
    ss.type('D1', '=LET(x,1,y,2)');
    expect(ss.displayValues('D1')).toEqual([['#N/A']]);
    ss.type('D1', '=LET(A1,1,A1)');
    expect(ss.displayValues('D1')).toEqual([['#NAME?']]);
    ss.type('D1', '=LET(x,1,nothere)');
    expect(ss.displayValues('D1')).toEqual([['#NAME?']]);
    // Names follow Sheets' named-range rules (https://support.google.com/docs/answer/63175), no more:
    // underscores are letters, a dot is not.
    ss.type('D1', '=LET(_st_a,1,_ST_A+1)');
    expect(ss.values('D1')).toEqual([[2]]);
    ss.type('D1', '=LET(a.b,1,a.b)');
    expect(ss.displayValues('D1')).toEqual([['#NAME?']]);
  });

  it('recomputes when a cell a value reads changes', () => {
    const ss = sheet();
    ss.type('D1', '=LET(x,A1*100,x+1)');
    expect(ss.values('D1')).toEqual([[101]]);
    ss.type('A1', '7');
    expect(ss.values('D1')).toEqual([[701]]);
  });
});
