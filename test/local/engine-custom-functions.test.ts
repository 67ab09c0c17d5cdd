// Custom functions: error cells in ranges, Date results, which names are callable.
// https://developers.google.com/apps-script/guides/sheets/functions
import { describe, expect, it } from 'vitest';
import { openLocalSpreadsheet } from '../../local/index.ts';

const code = `
/** @customfunction */
function TYPES(input) {
  function t(v) { return v instanceof Date ? 'Date' : typeof v + ':' + v; }
  if (input instanceof Array) return input.map(function (row) { return row.map(t); });
  return t(input);
}
/** @customfunction */
function WHEN(iso) { return new Date(iso); }
/** @customfunction */
function DATES(iso, n) { var out = []; for (var i = 0; i < n; i++) out.push([new Date(new Date(iso).getTime() + i * 864e5)]); return out; }
/** @customfunction */
function SUM(x) { return 'the add-on SUM'; }
/** @customfunction */
function helper_(x) { return 'private'; }
/** @customfunction */
function QUERY(x) { return 'the add-on QUERY'; }
`;

describe('error cells inside a range argument', () => {
  it('arrive as the error text, as a string (docs silent; reported Sheets behaviour)', () => {
    const ss = openLocalSpreadsheet({ code });
    ss.type('A1', '=1/0');
    ss.type('A2', '=NA()');
    ss.type('A3', '=NOSUCHFN()');
    ss.type('A4', '=SQRT(-1)');
    ss.type('A5', '="a"+1');
    ss.type('A6', 'text');
    ss.type('B1', '=TYPES(A1:A6)');
    expect(ss.values('B1:B6')).toEqual([
      ['string:#DIV/0!'],
      ['string:#N/A'],
      ['string:#NAME?'],
      ['string:#NUM!'],
      ['string:#VALUE!'],
      ['string:text'],
    ]);
  });

  it('a single-cell argument that is an error is not passed: the error shows in the cell', () => {
    const ss = openLocalSpreadsheet({ code });
    ss.type('A1', '=1/0');
    ss.type('B1', '=TYPES(A1)');
    expect(ss.values('B1')).toEqual([['#DIV/0!']]);
  });
});

describe('a Date returned by a custom function', () => {
  it('shows as a date-time, reads back as a Date', () => {
    const ss = openLocalSpreadsheet({ code, timeZone: 'America/New_York' });
    ss.type('A1', '=WHEN("2024-03-15T18:00:00Z")');
    expect(ss.displayValues('A1')).toEqual([['3/15/2024 14:00:00']]);
    expect(ss.values('A1')).toEqual([[new Date('2024-03-15T18:00:00Z')]]);
  });

  it('at midnight shows as a date; every spilled Date shows as a date', () => {
    const ss = openLocalSpreadsheet({ code, timeZone: 'America/New_York' });
    ss.type('A1', '=DATES("2024-03-15T04:00:00Z", 3)');
    expect(ss.displayValues('A1:A3')).toEqual([['3/15/2024'], ['3/16/2024'], ['3/17/2024']]);
    // A cell that later holds a plain number loses the date display.
    ss.type('A1', '=DATES("2024-03-15T04:00:00Z", 1)');
    ss.type('A2', '5');
    expect(ss.displayValues('A2')).toEqual([['5']]);
  });

  it('is passed on to another custom function as a Date', () => {
    const ss = openLocalSpreadsheet({ code });
    ss.type('A1', '=WHEN("2024-03-15T18:00:00Z")');
    ss.type('B1', '=TYPES(A1)');
    expect(ss.values('B1')).toEqual([['Date']]);
  });
});

describe('custom function names (https://developers.google.com/apps-script/guides/sheets/functions#naming)', () => {
  it('a name ending in _ is private: not callable from a cell', () => {
    const ss = openLocalSpreadsheet({ code });
    ss.type('A1', '=HELPER_(1)');
    expect(ss.values('A1')).toEqual([['#NAME?']]);
    expect(ss.errors('A1')).toEqual([["Unknown function: 'HELPER_'."]]);
  });

  it('a name of a built-in does not override it', () => {
    const ss = openLocalSpreadsheet({ code, sheets: [{ name: 'Sheet1', rows: [[1], [2]] }] });
    ss.type('B1', '=SUM(A1:A2)');
    expect(ss.values('B1')).toEqual([[3]]);
    // QUERY is a Sheets built-in the engine lacks: still not the add-on's function.
    ss.type('B2', '=QUERY(A1:A2)');
    expect(ss.values('B2')).toEqual([['#NAME?']]);
  });
});
