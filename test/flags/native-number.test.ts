// The native text-number reader gives what the pure reader gives, in en_US and de_DE local spreadsheets.
import { describe, expect, it } from 'vitest';
import { openLocalSpreadsheet } from '../../local/index.ts';
import { nativeNumberReader } from '../../src/plans/report-flags/native-number.ts';
import { readReportNumber } from '../../src/plans/report-flags/numbers.ts';
import { decimalMark, renderFormula } from '../../src/plans/shared/formula-locale.ts';

/** Texts as exports leave them, and hostile ones; each is stored as text (typed with an apostrophe). */
const TEXTS = [
  '1,234.50',
  '1.234,56',
  '$947.51',
  '947.51 $',
  '947,51 €',
  '12.70%',
  '--',
  '<5',
  '1,234',
  '1.234',
  '1.11.2026',
  '12.34.567',
  '1,234,567.89',
  '1,234,567,890',
  '1.234.567.890',
  '1.234.567,89',
  '1234567',
  '-5',
  '.5',
  ',5',
  'abc',
  '1 234',
  '12',
  '1,2,3',
  '5.',
];

describe.each(['en_US', 'de_DE'])('nativeNumberReader in %s', (locale) => {
  it('reads every text as readReportNumber does', () => {
    const dec = decimalMark(locale);
    const symbol = locale === 'en_US' ? '$' : '€';
    const ss = openLocalSpreadsheet({ locale, code: '', runOnOpen: false });
    TEXTS.forEach((t, i) => {
      ss.type(`A${i + 1}`, `'${t}`);
    });
    ss.type('A30', '=1/0');
    const ref = `A1:A${TEXTS.length}`;
    const { read, readable } = nativeNumberReader(dec, symbol);
    // The rule's use: the value where readable, else the cell as it is.
    const reading = (r: string): string => `IF(${readable(r)},${read(r)},${r})`;
    ss.type('B1', renderFormula(`=ARRAYFORMULA(${reading(ref)})`, locale));
    ss.type('C1', renderFormula(`=${readable('A30')}`, locale));
    const got = ss.values(`B1:B${TEXTS.length}`).map((r) => r[0]);
    const want = TEXTS.map((t) => {
      const read = readReportNumber(t, dec, symbol);
      return read.kind === 'number' ? read.value : t;
    });
    expect(got).toEqual(want);
    expect(ss.values('C1')).toEqual([[0]]);
    // The readings that matter, spelled out: the locale's own marks are numbers, the other's are not.
    const at = (t: string): unknown => got[TEXTS.indexOf(t)];
    if (locale === 'en_US') {
      expect([at('1,234.50'), at('$947.51'), at('1,234,567.89'), at('1.234,56')]).toEqual([
        1234.5,
        947.51,
        1234567.89,
        '1.234,56',
      ]);
    } else {
      expect([at('1.234,56'), at('947,51 €'), at('1.234.567,89'), at('1,234.50'), at('1.11.2026')]).toEqual([
        1234.56,
        947.51,
        1234567.89,
        '1,234.50',
        '1.11.2026',
      ]);
    }
  });
});
