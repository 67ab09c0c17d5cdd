// Where the add-on reaches: a client without it (addOnInstalled: false).
import { describe, expect, it } from 'vitest';
import { openLocalSpreadsheet } from '../../local/index.ts';

const report = [
  ['Revenue', 'Spend'],
  [400, 100],
  [90, 30],
];

describe('a client without the add-on (reported #NAME?: https://github.com/evepraisal/evepraisal-google-sheets/issues/7)', () => {
  it('the add-on functions are unknown names, native formulas compute', () => {
    const ss = openLocalSpreadsheet({ addOnInstalled: false, sheets: [{ name: 'Ads', rows: report }] });
    ss.type('C2', '=ROAS(A2, B2)');
    ss.type('D2', '=IF(B2=0, "", A2/B2)');
    ss.type('E2', '=ROUND(ROAS(A2:A3, B2:B3), 2)');
    expect(ss.values('C2:E2')).toEqual([['#NAME?', 4, '#NAME?']]);
    expect(ss.errors('C2')).toEqual([["Unknown function: 'ROAS'."]]);
  });
  it('onOpen does not run: no add-on menu, nothing to click', () => {
    const ss = openLocalSpreadsheet({ addOnInstalled: false });
    expect(ss.menu()).toBeNull();
    expect(ss.openErrors).toEqual([]);
    expect(() => ss.clickMenu('Function reference')).toThrow('No menu item "Function reference"');
  });
  it('the same file with the add-on installed has the menu and computes', () => {
    const ss = openLocalSpreadsheet({ sheets: [{ name: 'Ads', rows: report }] });
    ss.type('C2', '=ROAS(A2, B2)');
    expect(ss.values('C2')).toEqual([[4]]);
    expect(ss.menu()?.items.map((i) => i.caption)).toContain('Function reference');
  });
});
