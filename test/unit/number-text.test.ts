// One grammar for number text users type: the KPI functions (cell text) and the sidebar (a typed
// limit) read every text alike, including the en_US cases they used to disagree on.
import { describe, expect, it } from 'vitest';
import { parseNumber } from '../../sidebar/numbers.ts';
import { parseNumberText } from '../../src/functions/args.ts';
import { readNumberText } from '../../src/plans/shared/number-text.ts';

const cases: [text: string, mark: '.' | ',', expected: number | undefined][] = [
  ['45,50', '.', undefined],
  ['45.50', ',', undefined],
  ['12%', '.', 0.12],
  ['12,5%', ',', 0.125],
  ['1,000', '.', 1000],
  ['1.000', '.', 1],
  ['1.000', ',', 1000],
  ['1,00,000', '.', 100000],
  ['1,00,000', ',', undefined],
  ["1'234.50", '.', 1234.5],
  ['12 345,6', ',', 12345.6],
  ['$45', '.', 45],
  ['45 €', ',', 45],
  ['-$5', '.', -5],
  ['1e5', '.', 100000],
  ['--5', '.', undefined],
  ['$45€', '.', undefined],
  ['1,2,3', '.', undefined],
  ['abc', '.', undefined],
];

describe('readNumberText', () => {
  it.each(cases)('%j with decimal mark %s -> %s', (text, mark, expected) => {
    expect(readNumberText(text, mark)).toBe(expected);
  });

  it.each(['', '  ', '--'])('%j is blank (NaN)', (text) => {
    expect(readNumberText(text, '.')).toBeNaN();
  });

  it.each(cases)('the KPI functions and the sidebar agree on %j (%s)', (text, mark, expected) => {
    expect(parseNumberText(text, mark)).toBe(expected);
    const typed = parseNumber(text, mark);
    if (expected === undefined) expect(typed).toBeNaN();
    else expect(typed).toBe(expected);
  });
});
