// Reading typed numbers in the spreadsheet's locale, and the locale-aware display helpers.
import { describe, expect, it } from 'vitest';
import {
  decimalMarkFor,
  decimalMarkHint,
  formatDate,
  formatMoney,
  formatPlain,
  localeTag,
  parseNumber,
} from '../../sidebar/numbers.ts';

describe('parseNumber', () => {
  const cases: [text: string, mark: '.' | ',', expected: number | undefined][] = [
    ['45', '.', 45],
    ['45.50', '.', 45.5],
    [' 45.50 ', '.', 45.5],
    ['1,000', '.', 1000],
    ['1,000.5', '.', 1000.5],
    ['1,234,567', '.', 1234567],
    ['1,00,000', '.', 100000],
    ['₹1,23,45,678.50', '.', 12345678.5],
    ['1,00,000', ',', Number.NaN],
    // The locale's decimal mark decides (src/plans/shared/number-text.ts): no guess at 45.5.
    ['45,50', '.', Number.NaN],
    ['12%', '.', 0.12],
    ['1e5', '.', 100000],
    ['1.000', '.', 1],
    ['1.000', ',', 1000],
    ['45,5', ',', 45.5],
    ['45.50', ',', Number.NaN],
    ['1.234,56', ',', 1234.56],
    ['12 345,6', ',', 12345.6],
    ['12\u00a0345,6', ',', 12345.6],
    ['$45', '.', 45],
    ['45 €', ',', 45],
    ['-5', '.', -5],
    ['.5', '.', 0.5],
    ['0', '.', 0],
    ['', '.', undefined],
    ['   ', '.', undefined],
  ];
  it.each(cases)('%j with decimal mark %s -> %s', (text, mark, expected) => {
    expect(parseNumber(text, mark)).toBe(expected);
  });

  it.each(['abc', '1,2,3', '1.2.3', '12a', '--5', '1,00,00', '$', '4 5.6.7'])(
    '%j is unreadable (NaN)',
    (text) => {
      expect(parseNumber(text, '.')).toBeNaN();
    },
  );
});

describe('locale helpers', () => {
  it('turns Apps Script locales into BCP 47 tags and falls back on nonsense', () => {
    expect(localeTag('en_US')).toBe('en-US');
    expect(localeTag('de_DE')).toBe('de-DE');
    expect(localeTag('not a locale!')).toBe('en-US');
  });

  it('knows the decimal mark of a locale', () => {
    expect(decimalMarkFor('en_US')).toBe('.');
    expect(decimalMarkFor('de_DE')).toBe(',');
    expect(decimalMarkFor('fr_FR')).toBe(',');
    expect(decimalMarkFor('ja_JP')).toBe('.');
  });

  it('formats money and dates for display, surviving unknown codes', () => {
    expect(formatMoney(2250, 'USD', 'en_US')).toBe('$2,250.00');
    expect(formatMoney(2250, 'EUR', 'de_DE')).toBe('2.250,00\u00a0€');
    expect(formatMoney(5, 'NOPE', 'en_US')).toBe('5 NOPE');
    expect(formatDate('2025-06-01', 'en_US')).toBe('Jun 1, 2025');
    expect(formatDate('soon', 'en_US')).toBe('soon');
    expect(formatPlain(45, ',', 2)).toBe('45,00');
  });
});

describe('decimalMarkHint', () => {
  it.each([
    ['45.50', ',', 'Use a comma for decimals in this spreadsheet: 45,5.'],
    ['1,234.50', ',', 'Use a comma for decimals in this spreadsheet: 1234,5.'],
    ['45,50', '.', 'Use a point for decimals in this spreadsheet: 45.5.'],
  ] as const)('%s with the decimal mark %s: %s', (text, mark, hint) => {
    expect(decimalMarkHint(text, mark)).toBe(hint);
  });

  it.each([
    ['45,50', ','],
    ['45.50', '.'],
    ['1.000', ','],
    ['1,000', '.'],
    ['45', ','],
    ['', ','],
    ['abc', '.'],
  ] as const)(
    'says nothing for %s with %s (its own mark, grouping, or no number either way)',
    (text, mark) => {
      expect(decimalMarkHint(text, mark)).toBeUndefined();
    },
  );
});
