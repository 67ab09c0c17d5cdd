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

describe('requireEnable: functions compute only once the add-on is used in the document (reported: https://github.com/datacommonsorg/docsite/pull/365)', () => {
  const open = () => openLocalSpreadsheet({ requireEnable: true, sheets: [{ name: 'Ads', rows: report }] });

  it('until then the cells show #NAME?, and onOpen runs in AuthMode.NONE and still builds the menu', () => {
    const ss = open();
    ss.type('C2', '=ROAS(A2:A3, B2:B3)');
    expect(ss.values('C2:C3')).toEqual([['#NAME?'], ['']]);
    expect(ss.errors('C2')).toEqual([["Unknown function: 'ROAS'."]]);
    expect(ss.openErrors).toEqual([]);
    expect(ss.menu()?.items.map((i) => i.caption)).toContain('Enable functions in this spreadsheet');
    expect(ss.addOnEnabled()).toBe(false);
  });
  it('"Enable functions in this spreadsheet" turns them on: the cells compute and spill, a toast says so', () => {
    const ss = open();
    ss.type('C2', '=ROAS(A2:A3, B2:B3)');
    ss.clickMenu('Enable functions in this spreadsheet');
    expect(ss.addOnEnabled()).toBe(true);
    expect(ss.values('C2:C3')).toEqual([[4], [3]]);
    expect(ss.toasts()).toEqual([
      expect.stringMatching(/^KPI functions: The KPI functions .* now work in this spreadsheet/),
    ]);
    ss.type('D2', '=CPA(B2, 2)');
    expect(ss.values('D2')).toEqual([[50]]);
  });
  it.each([['Function reference'], ['Set up campaign goal...']])(
    'any other item of the add-on menu (%s) enables them too',
    (caption) => {
      const ss = open();
      ss.type('C2', '=ROAS(A2, B2)');
      ss.clickMenu(caption);
      expect(ss.values('C2')).toEqual([[4]]);
    },
  );
  it('onInstall from the open document enables them; onOpen does not', () => {
    const ss = open();
    ss.type('C2', '=ROAS(A2, B2)');
    ss.trigger('onOpen');
    expect(ss.values('C2')).toEqual([['#NAME?']]);
    ss.trigger('onInstall');
    expect(ss.values('C2')).toEqual([[4]]);
  });
  it('a function that throws still shows its own error once enabled', () => {
    const ss = open();
    ss.type('C2', '=ROAS(A2, -5)');
    ss.clickMenu('Enable functions in this spreadsheet');
    expect(ss.values('C2')).toEqual([['#ERROR!']]);
    expect(ss.errors('C2')[0]?.[0]).toMatch(/ROAS/);
  });
});
