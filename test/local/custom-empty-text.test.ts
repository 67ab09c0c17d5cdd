// A custom function's "" (issue 18, item 4): Google's custom-function guide is silent, and no report
// was found either way, so the local spreadsheet takes the answer under which a sheet converted to
// native formulas and one still calling the add-on compare strictly: "" is the text "", as a native
// formula's "" is. null leaves the cell empty.
import { describe, expect, it } from 'vitest';
import { openLocalSpreadsheet } from '../../local/index.ts';

const CODE = `
/** @customfunction */
function NOTHING(x) { return ''; }
/** @customfunction */
function NOTHINGS(x) { return [[''], [''], ['a']]; }
/** @customfunction */
function NONE(x) { return null; }
`;

describe("a custom function's empty text", () => {
  it('is text as a native "" is: ISBLANK FALSE, COUNTA counts it (Google: "including zero-length strings", https://support.google.com/docs/answer/3093991)', () => {
    const ss = openLocalSpreadsheet({ code: CODE, sheets: [{ name: 'S' }] });
    ss.type('S!A1', '=NOTHING(1)');
    ss.type('S!B1', '=""');
    ss.type('S!C1', '=NOTHINGS(1)');
    ss.paste('S!D1', [['=""'], ['=""'], ['a']]);
    ss.type('S!E1', '=NONE(1)');
    ss.type('S!F1', '=ISBLANK(A1)');
    ss.type('S!G1', '=ISBLANK(B1)');
    ss.type('S!H1', '=COUNTA(C1:C3)');
    ss.type('S!I1', '=COUNTA(D1:D3)');
    ss.type('S!J1', '=COUNTA(A1,B1,E1)');
    expect(ss.values('S!F1:J1')).toEqual([[false, false, 3, 3, 2]]);
    expect(ss.values('S!A1:E1')).toEqual([['', '', '', '', '']]);
  });
});
