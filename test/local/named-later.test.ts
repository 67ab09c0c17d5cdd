// A custom function over named ranges defined after its formula was typed spills once the names
// exist, as a formula over those ranges would (Sheets recalculates a formula when a name it uses
// is defined; docs silent on array sizes, which follow the ranges as for any range argument).
import { describe, expect, it } from 'vitest';
import { openLocalSpreadsheet } from '../../local/index.ts';

const CODE = `
/** @customfunction */
function HALF(values) { return Array.isArray(values) ? values.map((r) => [r[0] / 2]) : values / 2; }
`;

describe('named ranges defined after the formula', () => {
  it('a custom function over them spills, and shrinks when the name is moved', () => {
    const ss = openLocalSpreadsheet({ code: CODE, sheets: [{ name: 'Ads', rows: [[400], [90], [50]] }] });
    ss.type('Ads!C1', '=HALF(Spend)');
    expect(ss.values('Ads!C1')).toEqual([['#NAME?']]);
    ss.defineName('Spend', 'Ads!A1:A3');
    expect(ss.values('Ads!C1:C3')).toEqual([[200], [45], [25]]);
    ss.defineName('Spend', 'Ads!A1:A2');
    expect(ss.values('Ads!C1:C3')).toEqual([[200], [45], ['']]);
  });
});
