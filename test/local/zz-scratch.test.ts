import { it } from 'vitest';
import { openLocalSpreadsheet } from '../../local/index.ts';

const code = `
/** @customfunction */
function LEN2(a) { return a.length; }
/** @customfunction */
function DOUBLE(input) {
  if (input instanceof Array) return input.map(function (row) { return row.map(function (v) { return v === '' ? '' : v * 2; }); });
  return input * 2;
}
`;
it('x', () => {
  const ss = openLocalSpreadsheet({ code, sheets: [{ name: 'Sheet1', rows: [[1], [2], [3]] }] });
  ss.type('C1', '=LEN2(A:A)');
  console.log('LEN2', ss.values('C1'), ss.errors('C1'));
  ss.type('D1', '=DOUBLE(A:A)');
  console.log('DOUBLE', ss.values('D1:D6'), ss.errors('D1:D6'));
  ss.type('A5', '7');
  console.log('DOUBLE', ss.values('D1:D6'), ss.errors('D1:D6'));
  try {
    ss.type('D8', '5');
  } catch (e) {
    console.log('type D8 threw', e);
  }
  console.log('after', ss.values('D1:D9'), ss.errors('D1:D9'));
  ss.type('E1', '=SUM(A:A)');
  console.log('SUM', ss.values('E1'), ss.errors('E1'));
  try {
    ss.type('E2', '=SUM(A2:A)');
  } catch (e) {
    console.log('type E2 threw', e);
  }
  console.log('SUM open', ss.values('E2'), ss.errors('E2'));
});
