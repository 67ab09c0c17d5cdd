// The ISO 4217 table in shared/currency.ts is the pinned currency-codes package's, code for code.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import {
  CURRENCIES,
  currencyInfo,
  currencyNumberFormat,
  currencySigns,
  formatAmount,
  ISO_MINOR_UNITS,
} from '../../../src/plans/shared/currency.ts';

const cc = createRequire(import.meta.url)('currency-codes') as {
  data: { code: string; digits: number | string }[];
};

describe('ISO 4217 minor units (currency-codes 2.2.0)', () => {
  it('lists every code of the package with its digits, and nothing else', () => {
    const fromPackage = new Map(
      cc.data.filter((c) => Number.isInteger(c.digits)).map((c) => [c.code, c.digits as number]),
    );
    expect(fromPackage.size).toBeGreaterThan(150);
    expect(new Map(ISO_MINOR_UNITS)).toEqual(fromPackage);
  });

  it('knows a currency the curated list lacks, with its own minor unit, written with its code', () => {
    for (const code of ['LKR', 'NGN', 'KWD', 'CLF', 'ISK'])
      expect(CURRENCIES.some((c) => c.code === code)).toBe(false);
    expect(currencyInfo('LKR')).toMatchObject({
      code: 'LKR',
      symbol: 'LKR',
      decimals: 2,
      position: 'suffix',
    });
    expect(currencyNumberFormat('LKR')).toBe('#,##0.00 [$LKR]');
    expect(currencyNumberFormat('KWD')).toBe('#,##0.000 [$KWD]');
    expect(currencyNumberFormat('ISK')).toBe('#,##0 [$ISK]');
    expect(formatAmount(12.4, 'LKR')).toBe('12.40 LKR');
    expect(formatAmount(1.5, 'KWD')).toBe('1.500 KWD');
    expect(currencyInfo('XYZ')).toBeUndefined();
  });

  it('the curated list wins: what Sheets shows (IDR without decimals, ISO says 2)', () => {
    expect(ISO_MINOR_UNITS.get('IDR')).toBe(2);
    expect(currencyInfo('IDR')?.decimals).toBe(0);
  });

  it('text signs: LKR amounts written Rs.201.68 are read with Rs. stripped, longest first', () => {
    const lkr = currencySigns('LKR');
    expect(lkr).toEqual(expect.arrayContaining(['LKR', 'Rs.', 'Rs']));
    expect(lkr.indexOf('Rs.')).toBeLessThan(lkr.indexOf('Rs'));
    expect(currencySigns('BRL')).toEqual(['BRL', 'R$']);
    expect(currencySigns('XYZ')).toEqual([]);
  });
});
