// The locale table against its cited source, and the sidebar, the formula renderer and the KPI
// functions' number reader agreeing on every locale of it.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { decimalMarkFor, parseNumber } from '../../../sidebar/numbers.ts';
import { CURRENCY_SIGNS, findLocale, SHEETS_LOCALES, sheetsLocale } from '../../../src/locale/locales.ts';
import { customFunctions } from '../../../src/main.ts';
import { CURRENCIES, currencyForLocale, currencyInfo } from '../../../src/plans/shared/currency.ts';
import { argSeparator, decimalMark, renderFormula } from '../../../src/plans/shared/formula-locale.ts';

// https://stackoverflow.com/questions/73767719 (19 Sep 2022), copied as published: "there are 72
// locales in google sheets ... comma , is used in 28 locales: ... the rest of them use a semicolon".
const CITED_LOCALES = `argentina finland israel serbia armenia france italy slovakia australia georgia japan
slovenia azerbaijan germany kazakhstan south-korea belarus greece latvia spain bolivia hong-kong
lithuania spain-(catalan) brazil hungary mexico sweden bulgaria india mongolia switzerland
canada-(english) india-(bangla) myanmar-(burma) taiwan canada-(french) india-(gujarati) netherlands
thailand chile india-(kannada) norway-(bokmal) turkey china india-(malayalam) norway-(nynorsk)
ukraine colombia india-(marathi) paraguay united-kingdom croatia india-(punjabi) philippines
united-kingdom-(welsh) czechia india-(tamil) poland united-states denmark india-(telugu) portugal
uruguay ecuador indonesia romania venezuala egypt ireland russia vietnam`.split(/\s+/);
const CITED_COMMA = `australia india-(gujarati) ireland south-korea canada-(english) india-(kannada) israel
switzerland china india-(malayalam) japan taiwan egypt india-(marathi) mexico thailand hong-kong
india-(punjabi) mongolia united-kingdom india india-(tamil) myanmar-(burma) united-kingdom-(welsh)
india-(bangla) india-(telugu) philippines united-states`.split(/\s+/);

/** The table's names spelled as the answer spells them (it writes "venezuala" and "bokmal"). */
function citedName(name: string): string {
  return name.toLowerCase().replace('venezuela', 'venezuala').replace('bokmål', 'bokmal').replace(/ /g, '-');
}

const listed = SHEETS_LOCALES.filter((l) => l.source === 'sheets-list');

describe('the locale table against the cited list', () => {
  it('holds exactly the 72 locales of the list, once each', () => {
    expect(CITED_LOCALES).toHaveLength(72);
    expect(CITED_COMMA).toHaveLength(28);
    expect(listed.map((l) => citedName(l.name)).sort()).toEqual([...CITED_LOCALES].sort());
    expect(new Set(SHEETS_LOCALES.map((l) => l.code)).size).toBe(SHEETS_LOCALES.length);
  });
  it.each(listed.map((l) => [l.code, l] as const))('%s: separator and decimal mark as listed', (_, l) => {
    const comma = CITED_COMMA.includes(citedName(l.name));
    expect(l.argSeparator).toBe(comma ? ',' : ';');
    expect(l.decimal).toBe(comma ? '.' : ',');
  });
  it('fixes the reported mistakes: nn_NO has a decimal comma, mn_MN a decimal point', () => {
    expect([decimalMark('nn_NO'), argSeparator('nn_NO')]).toEqual([',', ';']);
    expect([decimalMark('mn_MN'), argSeparator('mn_MN')]).toEqual(['.', ',']);
    expect(renderFormula('=IF(A1>0,1,0)', 'nn_NO')).toBe('=IF(A1>0;1;0)');
  });
  it('a locale outside the table writes ";" (accepted everywhere) and borrows its language', () => {
    expect(findLocale('de_AT')?.code).toBe('de_AT');
    expect(findLocale('xx_YY')).toBeUndefined();
    expect(sheetsLocale('de_XX')).toMatchObject({ decimal: ',', argSeparator: ';', currency: 'EUR' });
    expect(sheetsLocale('xx_YY')).toMatchObject({ decimal: '.', argSeparator: ';', currency: 'USD' });
    expect(sheetsLocale('en-gb').code).toBe('en_GB');
    expect(sheetsLocale('he_IL').code).toBe('iw_IL');
  });
  it('docs/local-spreadsheet.md lists every locale of the table', () => {
    const doc = readFileSync(new URL('../../../docs/local-spreadsheet.md', import.meta.url), 'utf8');
    for (const l of SHEETS_LOCALES) expect(doc, l.code).toContain(`\`${l.code}\``);
  });
  it('rows outside the cited list write ";" between arguments', () => {
    for (const l of SHEETS_LOCALES.filter((x) => x.source === 'cldr')) expect(l.argSeparator).toBe(';');
  });
});

describe('default currency per locale (issue 7: zh_TW gave CNY, es_419 and es_AR gave EUR)', () => {
  it.each([
    ['zh_TW', 'TWD'],
    ['es_419', 'USD'],
    ['es_AR', 'ARS'],
    ['es_MX', 'MXN'],
    ['en_IN', 'INR'],
    ['nn_NO', 'NOK'],
    ['de_LI', 'CHF'],
    ['es_EC', 'USD'],
  ])('%s -> %s', (locale, code) => {
    expect(currencyForLocale(locale)).toBe(code);
  });
  it('number text may carry the sign of every currency whose symbol is one non-letter character', () => {
    const signs = CURRENCIES.map((c) => c.symbol).filter(
      (sym) => [...sym].length === 1 && !/\p{L}/u.test(sym),
    );
    expect(signs.length).toBeGreaterThan(10);
    for (const sym of signs) expect(CURRENCY_SIGNS, sym).toContain(sym);
  });
  it('every locale currency is one the add-on can format', () => {
    for (const l of SHEETS_LOCALES) expect(currencyInfo(l.currency), l.code).toBeDefined();
  });
});

/** 1234.5 as a user of `locale` writes it: grouped with its grouping mark, its decimal mark. */
function spelled(code: string): string {
  const l = sheetsLocale(code);
  return `1${l.grouping}234${l.decimal}5`;
}

describe('sidebar, renderer and KPI number reader agree on every locale', () => {
  const g = globalThis as { SpreadsheetApp?: unknown };
  afterEach(() => {
    delete g.SpreadsheetApp;
  });
  /** The KPI functions read number text with the decimal mark of the spreadsheet's locale (main.ts). */
  function kpiReads(locale: string, text: string): unknown {
    g.SpreadsheetApp = { getActiveSpreadsheet: () => ({ getSpreadsheetLocale: () => locale }) };
    return customFunctions.ROAS?.(text, 1);
  }
  it.each(SHEETS_LOCALES.map((l) => [l.code, l] as const))('%s', (code, l) => {
    expect(decimalMarkFor(code)).toBe(l.decimal);
    const rendered = renderFormula('=IF(A1>0,MAX(1,2),"a,b")', code);
    expect(rendered).toBe(l.argSeparator === ',' ? '=IF(A1>0,MAX(1,2),"a,b")' : '=IF(A1>0;MAX(1;2);"a,b")');
    for (const [text, value] of [
      [spelled(code), 1234.5],
      ['1,000', l.decimal === ',' ? 1 : 1000],
      ['1.000', l.decimal === ',' ? 1000 : 1],
      [`45${l.decimal}5`, 45.5],
      [`₹1${l.decimal === '.' ? ',' : '.'}200`, 1200],
      [`12${l.decimal}5 €`, 12.5],
    ] as const) {
      expect(parseNumber(text, decimalMarkFor(code)), `sidebar ${text}`).toBe(value);
      expect(kpiReads(code, text), `KPI ${text}`).toBe(value);
    }
  });
});

/** CLDR's short date of a locale (Node's Intl), with a four-digit year, as a Sheets pattern. */
function cldrShortDate(code: string): string {
  const [lang = 'en', region] = code.split('_');
  const tag = `${lang === 'iw' ? 'he' : lang}${region ? `-${region}` : ''}-u-ca-gregory-nu-latn`;
  const parts = new Intl.DateTimeFormat(tag, { dateStyle: 'short', timeZone: 'UTC' }).formatToParts(
    new Date(Date.UTC(2024, 2, 5)),
  );
  const token = { year: 'yyyy', month: ['m', 'mm'], day: ['d', 'dd'] } as const;
  return parts
    .map((p) => {
      if (p.type === 'year') return token.year;
      if (p.type === 'month' || p.type === 'day') return token[p.type][p.value.length === 2 ? 1 : 0];
      return p.type === 'literal' ? p.value.replace(/[^./\- ]/g, '') : '';
    })
    .join('')
    .trim();
}

describe('date patterns against CLDR', () => {
  it.each(SHEETS_LOCALES.map((l) => [l.code, l] as const))('%s', (code, l) => {
    expect(l.datePattern).toBe(cldrShortDate(code));
  });
  it('writes the reported Sheets formats of the issue', () => {
    expect(['en_US', 'de_DE', 'en_GB', 'ja_JP'].map((c) => sheetsLocale(c).datePattern)).toEqual([
      'm/d/yyyy',
      'dd.mm.yyyy',
      'dd/mm/yyyy',
      'yyyy/mm/dd',
    ]);
  });
});
