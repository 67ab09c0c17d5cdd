// Locale -> currency defaults and currency -> Sheets number formats.
import { describe, expect, it } from 'vitest';
import { currencyForLocale, currencyNumberFormat, formatAmount } from '../../../src/plans/shared/currency.ts';

describe('currencyForLocale', () => {
  it.each([
    ['en_US', 'USD'],
    ['de_DE', 'EUR'],
    ['en_GB', 'GBP'],
    ['fr_FR', 'EUR'],
    ['ja_JP', 'JPY'],
    ['de_CH', 'CHF'],
    ['pt_BR', 'BRL'],
    ['en-GB', 'GBP'],
    ['de', 'EUR'],
    ['xx_YY', 'USD'],
  ])('%s -> %s', (locale, code) => {
    expect(currencyForLocale(locale)).toBe(code);
  });
});

describe('currencyNumberFormat', () => {
  it('puts the symbol where the currency writes it, with no decimals for JPY', () => {
    expect(currencyNumberFormat('USD')).toBe('[$$]#,##0.00');
    expect(currencyNumberFormat('EUR')).toBe('#,##0.00 [$€]');
    expect(currencyNumberFormat('JPY')).toBe('[$¥]#,##0');
  });
  it('throws for an unknown code', () => {
    expect(() => currencyNumberFormat('XYZ')).toThrow(/XYZ/);
  });
});

describe('formatAmount', () => {
  it('formats for messages', () => {
    expect(formatAmount(12.4, 'USD')).toBe('$12.40');
    expect(formatAmount(12.4, 'EUR')).toBe('12.40 €');
  });
});
