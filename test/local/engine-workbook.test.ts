// The Workbook itself, below the LocalSpreadsheet API.
import { describe, expect, it } from 'vitest';
import { localeInfo } from '../../local/engine/locale.ts';
import { Workbook } from '../../local/engine/workbook.ts';

function workbook(invoke: (name: string, args: unknown[]) => unknown = () => 0): Workbook {
  return new Workbook({
    locale: localeInfo('en_US'),
    timeZone: 'America/New_York',
    customFunctions: ['DOUBLE'],
    invoke,
  });
}

describe('Workbook.recalculate', () => {
  it('evaluates custom functions again and keeps spilled arrays spilling', () => {
    let ready = false;
    const wb = workbook((_name, args) => {
      if (!ready) throw new Error('Loading...');
      return (args[0] as number[][]).map((r) => r.map((v) => v * 2));
    });
    const sheet = wb.addSheet('Sheet1');
    wb.write(sheet, { row: 1, col: 1, numRows: 3, numCols: 3 }, [
      [1, '=ARRAYFORMULA(A1:A3*10)', '=DOUBLE(A1:A3)'],
      [2, null, null],
      [3, null, null],
    ]);
    expect(wb.value(sheet, 1, 3)).toBe('#ERROR!');
    ready = true;
    wb.recalculate();
    const values = [1, 2, 3].map((r) => [1, 2, 3].map((c) => wb.value(sheet, r, c)));
    expect(values).toEqual([
      [1, 10, 2],
      [2, 20, 4],
      [3, 30, 6],
    ]);
    // The spilled cells are still the array's, not constants: they follow the data.
    wb.write(sheet, { row: 2, col: 1, numRows: 1, numCols: 1 }, [[5]]);
    expect([wb.value(sheet, 2, 2), wb.value(sheet, 2, 3)]).toEqual([50, 10]);
    expect(wb.formula(sheet, 2, 2)).toBe('');
  });
});
