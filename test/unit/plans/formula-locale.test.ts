// renderFormula: en_US formulas rendered for a locale; decimal and array literals refused.
import { describe, expect, it } from 'vitest';
import { argSeparator, decimalMark, renderFormula } from '../../../src/plans/shared/formula-locale.ts';

describe('renderFormula', () => {
  it('keeps en_US formulas as they are', () => {
    expect(renderFormula('=IF(A1>0,SUM(B1:B9),"")', 'en_US')).toBe('=IF(A1>0,SUM(B1:B9),"")');
  });
  it('swaps , for ; in decimal-comma locales, but not inside string literals', () => {
    expect(renderFormula('=IF(A1>0,"a, b","c"",d")&TEXT(1,"0")', 'de_DE')).toBe(
      '=IF(A1>0;"a, b";"c"",d")&TEXT(1;"0")',
    );
    expect(renderFormula('=MAX(1,2)', 'fr_FR')).toBe('=MAX(1;2)');
    expect(renderFormula('=MAX(1,2)', 'pt_BR')).toBe('=MAX(1;2)');
  });
  it('refuses decimal literals and array literals outside strings', () => {
    expect(() => renderFormula('=A1*0.5', 'en_US')).toThrow(/Decimal literal/);
    expect(() => renderFormula('=A1*.5', 'de_DE')).toThrow(/Decimal literal/);
    expect(() => renderFormula('=SUM({1,2})', 'en_US')).toThrow(/Array literal/);
    expect(renderFormula('="0.50 {x}"&A1', 'de_DE')).toBe('="0.50 {x}"&A1');
  });
  it('refuses non-formulas and unterminated strings', () => {
    expect(() => renderFormula('A1', 'en_US')).toThrow(/Not a formula/);
    expect(() => renderFormula('="abc', 'en_US')).toThrow(/Unterminated/);
  });
});

describe('decimalMark / argSeparator', () => {
  it.each([
    ['en_US', '.', ','],
    ['en_GB', '.', ','],
    ['ja_JP', '.', ','],
    ['de_DE', ',', ';'],
    ['de_CH', '.', ','],
    ['es_MX', '.', ','],
    ['es_ES', ',', ';'],
    ['fr_FR', ',', ';'],
  ])('%s', (locale, mark, sep) => {
    expect(decimalMark(locale)).toBe(mark);
    expect(argSeparator(locale)).toBe(sep);
  });
});
