// The faster SUMIF/COUNTIF path over computed arrays (local/engine/criteria-speed.ts) must give what
// HyperFormula's own path gives over the same cells as a sheet range, for every kind of criterion.
import { describe, expect, it } from 'vitest';
import { openLocalSpreadsheet } from '../../local/index.ts';

const CRITERIA = ['"<=3"', '">2"', '"a*"', '"<>a"', '""', '"<>"', '3', '"=b?"', '"<>Check*"', 'TRUE'];

describe('SUMIF and COUNTIF over a computed array', () => {
  it.each(CRITERIA)('agree with the same cells as a range for the criterion %s', (criterion) => {
    const ss = openLocalSpreadsheet({
      code: 'function onOpen(e) {}',
      sheets: [
        {
          name: 'S',
          rows: [
            ['1', '10'],
            ['3', '20'],
            ['a', '40'],
            ['abc', '80'],
            ['', '160'],
            ['bc', '320'],
            ['TRUE', '640'],
            ["'Check Spend: negative", '1280'],
          ],
        },
      ],
    });
    ss.type('S!D1', `=SUMIF(A1:A8,${criterion},B1:B8)`);
    ss.type('S!D2', `=ARRAYFORMULA(SUMIF(IF(ROW(A1:A8)>0,A1:A8),${criterion},IF(ROW(B1:B8)>0,B1:B8)))`);
    ss.type('S!D3', `=COUNTIF(A1:A8,${criterion})`);
    ss.type('S!D4', `=ARRAYFORMULA(COUNTIF(IF(ROW(A1:A8)>0,A1:A8),${criterion}))`);
    const [sumRange, sumComputed, countRange, countComputed] = ss.values('S!D1:D4').map((r) => r[0]);
    expect(sumComputed).toEqual(sumRange);
    expect(countComputed).toEqual(countRange);
  });

  it('expands over a column of criteria, one total per criterion', () => {
    const ss = openLocalSpreadsheet({
      code: 'function onOpen(e) {}',
      sheets: [
        {
          name: 'S',
          rows: [
            ['1', '10', '1'],
            ['2', '20', '2'],
            ['3', '40', '3'],
          ],
        },
      ],
    });
    ss.type('S!E1', '=ARRAYFORMULA(SUMIF(IF(A1:A3=2,"",A1:A3),"<="&C1:C3,B1:B3))');
    expect(ss.values('S!E1:E3')).toEqual([[10], [10], [50]]);
  });
});
