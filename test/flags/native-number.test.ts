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

/** Texts a report in the other decimal style, or with its currency's other signs, leaves. */
const FOREIGN = [
  '2,87',
  '1.683,00',
  '1654,43',
  'R$\u00a0236,86',
  'R$ 1.236,86',
  '236,86\u00a0R$',
  'Rs.201.68',
  'Rs 1,201.68',
  'LKR 12.50',
  '1.683',
  '1,234.50',
  'abc',
];

describe.each([
  ['en_US', ',', ['BRL', 'R$']],
  ['de_DE', '.', ['LKR', 'Rs.', 'Rs']],
] as const)('nativeNumberReader in %s reading a report written with "%s"', (locale, reportMark, signs) => {
  it('reads every text as readReportNumber does, VALUE getting the sheet mark', () => {
    const ss = openLocalSpreadsheet({ locale, code: '', runOnOpen: false });
    FOREIGN.forEach((t, i) => {
      ss.type(`A${i + 1}`, `'${t}`);
    });
    const ref = `A1:A${FOREIGN.length}`;
    const { read, readable } = nativeNumberReader(reportMark, signs, decimalMark(locale));
    ss.type('B1', renderFormula(`=ARRAYFORMULA(IF(${readable(ref)},${read(ref)},${ref}))`, locale));
    const got = ss.values(`B1:B${FOREIGN.length}`).map((r) => r[0]);
    const want = FOREIGN.map((t) => {
      const r = readReportNumber(t, reportMark, signs);
      return r.kind === 'number' ? r.value : t;
    });
    expect(got).toEqual(want);
    const at = (t: string): unknown => got[FOREIGN.indexOf(t)];
    if (reportMark === ',') {
      expect([at('2,87'), at('1.683,00'), at('1654,43'), at('R$\u00a0236,86'), at('236,86\u00a0R$')]).toEqual(
        [2.87, 1683, 1654.43, 236.86, 236.86],
      );
    } else {
      expect([at('Rs.201.68'), at('Rs 1,201.68'), at('LKR 12.50'), at('1,234.50')]).toEqual([
        201.68, 1201.68, 12.5, 1234.5,
      ]);
    }
  });
});
