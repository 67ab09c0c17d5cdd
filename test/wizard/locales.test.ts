// End to end in nine Sheets locales (issue 10 section 2): KPI functions typed in the locale's syntax,
// numbers and dates typed and shown in its marks, and a goal sheet built by the wizard's server
// function that has no error cell and flags a breaching row.
import { describe, expect, it } from 'vitest';
import { localeInfo } from '../../local/engine/locale.ts';
import { type LocalSpreadsheet, openLocalSpreadsheet } from '../../local/index.ts';
import { sheetsLocale } from '../../src/locale/locales.ts';
import { currencyInfo } from '../../src/plans/shared/currency.ts';
import { createGoal, leadsGoal, on } from './helpers.ts';

const RED = '#f4c7c3';
const AMBER = '#fce8b2';
const LOCALES = ['en_GB', 'fr_FR', 'es_ES', 'pt_BR', 'it_IT', 'nl_NL', 'nn_NO', 'ja_JP', 'en_IN'];
/** Oddities: dates typed with spaces (hr_HR, ko_KR), apostrophe grouping (de_CH), a currency with no
 * minor unit after the amount (hu_HU), rows outside the cited list (en_ZA, es_419). */
const ODD = ['hr_HR', 'ko_KR', 'de_CH', 'hu_HU', 'en_ZA', 'es_419'];

/** 2025-03-<day> as the locale's date format spells it (what a user there types). */
function typedDate(locale: string, day: number): string {
  return localeInfo(locale)
    .dateFormat.replace(/y+/, '2025')
    .replace(/mm/, '03')
    .replace(/m/, '3')
    .replace(/dd/, String(day).padStart(2, '0'))
    .replace(/d/, String(day));
}

/** `n` with two decimals in the locale's decimal mark, ungrouped. */
function typed(locale: string, n: number): string {
  return n.toFixed(2).replace('.', sheetsLocale(locale).decimal);
}

function formula(locale: string, enUs: string): string {
  return sheetsLocale(locale).argSeparator === ';' ? enUs.replace(/,/g, ';') : enUs;
}

function errorCells(ss: LocalSpreadsheet, a1: string): string[] {
  return ss
    .errors(a1)
    .flat()
    .filter((e): e is string => e !== null);
}

describe.each([...LOCALES, ...ODD])('%s', (locale) => {
  const l = sheetsLocale(locale);
  const ss = openLocalSpreadsheet({ locale });

  it('reads typed grouped numbers, currency, percent and scientific notation in the locale', () => {
    const grouped = `1${l.grouping === '\u202f' || l.grouping === '\u00a0' ? ' ' : l.grouping}234${l.decimal}5`;
    const symbol = localeInfo(locale).currencySymbols[0] ?? '';
    ss.type('A1', grouped);
    ss.type('A2', `90${l.decimal}02 ${symbol}`);
    ss.type('A3', `12${l.decimal}70 %`);
    ss.type('A4', `1${l.decimal}5E3`);
    ss.type('A5', `1${l.decimal === '.' ? ',' : '.'}5`);
    expect(ss.values('A1:A4').flat()).toEqual([1234.5, 90.02, 0.127, 1500]);
    // "1,5" where the decimal mark is "." (and "1.5" where it is ",") is text, as in Sheets.
    expect(typeof ss.values('A5')[0]?.[0]).toBe('string');
    expect(ss.numberFormats('A2:A3').flat()).toEqual([localeInfo(locale).currencyFormat, '0.00%']);
  });

  it('runs KPI functions typed with its argument separator, on numbers and number text', () => {
    ss.type('B1', typed(locale, 500));
    ss.type('B2', typed(locale, 250.5));
    ss.type('C1', '100');
    ss.type('C2', `'${typed(locale, 50.1)}`);
    ss.type('D1', formula(locale, '=ROAS(B1:B2,C1:C2)'));
    ss.type('D3', formula(locale, '=ROUND(SUM(B1:B2),0)'));
    expect(ss.values('D1:D3').flat()).toEqual([5, 5, 751]);
    expect(errorCells(ss, 'D1:D3')).toEqual([]);
    expect(ss.formulas('D1')[0]?.[0]).toBe(formula(locale, '=ROAS(B1:B2,C1:C2)'));
  });

  it('shows numbers, currencies and dates with its marks', () => {
    const ssFmt = openLocalSpreadsheet({
      locale,
      code: 'function fmt(a1, f) { SpreadsheetApp.getActiveSheet().getRange(a1).setNumberFormat(f); }',
      sheets: [{ name: 'Sheet1', rows: [[1234567.891, 45366]] }],
    });
    ssFmt.run('fmt', 'A1', '#,##0.00');
    ssFmt.run('fmt', 'B1', 'dd mmmm yyyy');
    const g = l.grouping;
    const expected = l.lakh ? `12${g}34${g}567${l.decimal}89` : `1${g}234${g}567${l.decimal}89`;
    expect(ssFmt.displayValues('A1')[0]?.[0]).toBe(expected);
    const month = new Intl.DateTimeFormat(locale.replace('_', '-'), {
      month: 'long',
      timeZone: 'UTC',
    }).format(new Date(Date.UTC(2024, 2, 15)));
    expect(ssFmt.displayValues('B1')[0]?.[0]).toBe(`15 ${month} 2024`);
  });

  it('builds a goal sheet with no error cell that flags a breaching row', () => {
    const goal = openLocalSpreadsheet({ locale });
    const { sheetName } = createGoal(goal, leadsGoal({ channels: [{ id: 'social' }] }));
    // Social's limit is the goal's 45 per lead: 2 leads may cost 90.
    const rows: [number, string][] = [
      [27, typed(locale, 100)],
      [28, typed(locale, 89.5)],
    ];
    for (const [row, spend] of rows) {
      const cells = [typedDate(locale, 2 + row - 27), 'Social', 'Spring', '1000', '50', '2', '0', '0', spend];
      cells.forEach((v, i) => {
        goal.type(on(sheetName, `${String.fromCharCode(65 + i)}${row}`), v);
      });
    }
    expect(
      goal
        .values(on(sheetName, 'A27:A28'))
        .flat()
        .every((v) => v instanceof Date),
    ).toBe(true);
    expect(goal.values(on(sheetName, 'I27:I28')).flat()).toEqual([100, 89.5]);
    const status = goal.displayValues(on(sheetName, 'J27:J28')).flat();
    expect(status[0]).toMatch(/^Over CPL limit by /);
    // Over by 100 / 2 - 45 = 5 per lead, in the locale's currency and decimal mark.
    const info = currencyInfo(l.currency);
    expect(status[0]).toContain(info?.decimals === 0 ? '5' : `5${l.decimal}00`);
    expect(status[0]).toContain(info?.symbol ?? l.currency);
    expect(status[1]).toBe('OK');
    // Over, not yet sure: 2 leads for 100 at a 45 limit, P = GAMMA.DIST(100/45, 3, 1, TRUE) = 0.38 < 95%.
    expect(new Set(goal.backgrounds(on(sheetName, 'A27:J27'))[0])).toEqual(new Set([AMBER]));
    expect(goal.backgrounds(on(sheetName, 'A28:J28'))[0]).not.toContain(RED);
    expect(errorCells(goal, on(sheetName, 'A1:W60'))).toEqual([]);
  });
});

describe('locales the local spreadsheet does not know', () => {
  it('refuses an unknown locale with a clear error', () => {
    expect(() => openLocalSpreadsheet({ locale: 'xx_YY' })).toThrow(
      /not emulated: locale "xx_YY".*Supported/,
    );
    expect(() => openLocalSpreadsheet({ locale: 'de-DE' })).toThrow(/did you mean de_DE/);
  });
});
