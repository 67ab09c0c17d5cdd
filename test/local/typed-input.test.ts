// What typed text becomes in each locale (local/engine/typed-input.ts), as Sheets reads it: numbers
// with a currency sign, percent or exponent, and what stays text.
import { describe, expect, it } from 'vitest';
import { localeInfo } from '../../local/engine/locale.ts';
import { autocorrectSeparators, readTypedNumber } from '../../local/engine/typed-input.ts';
import { openLocalSpreadsheet } from '../../local/index.ts';

describe('readTypedNumber', () => {
  const de = localeInfo('de_DE');
  const en = localeInfo('en_US');
  const fr = localeInfo('fr_FR');
  const ch = localeInfo('de_CH');
  const inr = localeInfo('en_IN');
  it.each([
    [de, '90,02 €', 90.02, '#,##0.00 [$€]'],
    [de, '-90,02 €', -90.02, '#,##0.00 [$€]'],
    [de, '€ 90,02', 90.02, '#,##0.00 [$€]'],
    [de, '12,70 %', 0.127, '0.00%'],
    [de, '12 %', 0.12, '0%'],
    [de, '1.234.567,5', 1234567.5, undefined],
    [de, '1,5E3', 1500, undefined],
    [en, '1.5E3', 1500, undefined],
    [en, '1.5e-3', 0.0015, undefined],
    [en, '-$45', -45, '"$"#,##0.00'],
    [en, '$ 1,234.50', 1234.5, '"$"#,##0.00'],
    [fr, '1 234,5', 1234.5, undefined],
    [fr, '1\u202f234,5 €', 1234.5, '#,##0.00 [$€]'],
    [ch, "1'234.50", 1234.5, undefined],
    [inr, '12,34,567.5', 1234567.5, undefined],
    [inr, '1,234,567', 1234567, undefined],
  ])('%# reads %s', (locale, text, value, format) => {
    const got = readTypedNumber(text, locale);
    expect(got?.value).toBe(value);
    expect(got?.format).toBe(format);
  });
  it.each([
    [en, '1,5'],
    [en, '1,2,3'],
    [en, '45,50'],
    [en, '€45'],
    [en, '$45%'],
    [en, '$45$'],
    [en, '--5'],
    [en, '1e400'],
    [en, '3/15/2024'],
    [de, '1.5E3'],
    [de, '15.03.2024'],
    [de, '1.23'],
    [fr, '1.234,5'],
    [en, ''],
    [en, 'abc'],
  ])('%# leaves %j as text (or to the date parser)', (locale, text) => {
    expect(readTypedNumber(text, locale)).toBeUndefined();
  });
});

describe('";" auto-corrected to "," where "," separates arguments', () => {
  it('outside string and array literals only, and never the other way round', () => {
    const en = localeInfo('en_US');
    expect(autocorrectSeparators('=IF(A1;"x;y";{1,2;3,4})', en)).toBe('=IF(A1,"x;y",{1,2;3,4})');
    expect(autocorrectSeparators('=IF(A1,1,0)', localeInfo('de_DE'))).toBe('=IF(A1,1,0)');
  });
  it('in conditional-format rules too: a rule written with ";" flags and reads back with ","', () => {
    const code = `function rule() {
      const sh = SpreadsheetApp.getActiveSheet();
      const r = SpreadsheetApp.newConditionalFormatRule().whenFormulaSatisfied('=AND($A1>1;$A1<5)')
        .setBackground('#ff0000').setRanges([sh.getRange('A1:A3')]).build();
      sh.setConditionalFormatRules([r]);
      return sh.getConditionalFormatRules()[0].getBooleanCondition().getCriteriaValues()[0];
    }`;
    const ss = openLocalSpreadsheet({ code, sheets: [{ name: 'Sheet1', rows: [[1], [3], [9]] }] });
    expect(ss.run('rule')).toBe('=AND($A1>1,$A1<5)');
    expect(ss.backgrounds('A1:A3').flat()).toEqual(['#ffffff', '#ff0000', '#ffffff']);
  });
});
