// The goal sheet's verdicts edited and read as a user would: the confidence level in C8, totals of
// rows without a single result, and the chance to reach the target at its edges. Through the local
// spreadsheet running dist/Code.js; verdicts against the reference Gamma CDF (test/reference).
import { describe, expect, it } from 'vitest';
import { type LocalSpreadsheet, openLocalSpreadsheet } from '../../local/index.ts';
import { gammaCdf, poissonAtLeast } from '../reference/distributions.ts';
import { createGoal, leadsGoal, on } from './helpers.ts';

const RED = '#f4c7c3';
const AMBER = '#fce8b2';
const WHITE = '#ffffff';
/** Noon on 2025-03-05 in New York: day 5 of leadsGoal's March campaign. */
const MARCH_5 = new Date('2025-03-05T17:00:00Z');
const BAD_WORDS = /NaN|Infinity|#NUM!|#VALUE!|#N\/A|#DIV\/0!|#ERROR!/;

/** Social rows of leadsGoal (Social has the goal's $45 limit): [leads as typed, spend as typed]. */
function goalWith(rows: [string, string][], now = MARCH_5): { ss: LocalSpreadsheet; sheet: string } {
  const ss = openLocalSpreadsheet({ now: () => now });
  const { sheetName: sheet } = createGoal(ss, leadsGoal({ channels: [{ id: 'social' }] }));
  if (rows.length > 0)
    ss.paste(
      on(sheet, 'A27'),
      rows.map(([leads, spend]) => ['2025-03-02', 'Social', 'c', '', '', leads, '', '', spend]),
    );
  return { ss, sheet };
}

/** Status (J) of rows 27.. and their fill, checked to follow the words: red confirmed, amber not yet sure. */
function statuses(ss: LocalSpreadsheet, sheet: string, n: number): string[] {
  const texts = ss.displayValues(on(sheet, `J27:J${26 + n}`)).map((r) => String(r[0]));
  const fills = ss.backgrounds(on(sheet, `A27:A${26 + n}`)).map((r) => r[0]);
  texts.forEach((t, i) => {
    expect(t, `row ${27 + i}`).not.toMatch(BAD_WORDS);
    if (t.startsWith('Over ')) expect(fills[i], t).toBe(t.includes('· not yet sure:') ? AMBER : RED);
    else if (!t.startsWith('Check ')) expect(fills[i], t).toBe(WHITE);
  });
  return texts;
}

describe('the confidence level in C8', () => {
  // $45 per lead: 200 for 1 lead is over, not yet sure at 95%; 600 for 1 is confirmed.
  const rows: [string, string][] = [
    ['2', '40'],
    ['1', '200'],
    ['1', '600'],
    ['0', '336.05'],
    ['1.5', '130'],
  ];
  const { ss, sheet } = goalWith(rows);
  const confirmedAt = (level: number): boolean[] =>
    rows.map(([leads, spend]) => {
      const n = Number(leads);
      const over = Number(spend) > 45 * Math.max(n, 1);
      const p = gammaCdf(Number(spend) / 45, n + 1);
      return over ? p >= level : 1 - p >= level;
    });
  const sure = (texts: string[]): boolean[] => texts.map((t) => t.endsWith(' · confirmed'));

  it('cleared: every row asks for it, the totals drop their verdict words, nothing is an error', () => {
    ss.type(on(sheet, 'C8'), '');
    expect(statuses(ss, sheet, rows.length)).toEqual(
      rows.map(() => 'Set the confidence level in C8 (50% to 99.9%)'),
    );
    const blended = String(ss.displayValues(on(sheet, 'H7'))[0]?.[0]);
    expect(blended).toMatch(/^Over the goal's CPL by \$[\d.]+$/);
    ss.type(on(sheet, 'C8'), '95%');
    expect(sure(statuses(ss, sheet, rows.length))).toEqual(confirmedAt(0.95));
  });

  it('150%, 100%, 50, text, a date and an error value are refused in words; 95% stays', () => {
    for (const typed of ['150%', '100%', '50', 'sure', '2025-03-02', '=NA()']) {
      expect(() => ss.type(on(sheet, 'C8'), typed), typed).toThrow(/confidence level from 50% to 99\.9%/);
      expect(ss.values(on(sheet, 'C8')), typed).toEqual([[0.95]]);
    }
  });

  it('50% and 99.9% judge every row as the reference does', () => {
    ss.type(on(sheet, 'C8'), '50%');
    expect(sure(statuses(ss, sheet, rows.length))).toEqual(confirmedAt(0.5));
    ss.type(on(sheet, 'C8'), '99.9%');
    expect(sure(statuses(ss, sheet, rows.length))).toEqual(confirmedAt(0.999));
    expect(String(ss.displayValues(on(sheet, 'H7'))[0]?.[0])).not.toMatch(BAD_WORDS);
  });
});

describe('totals without a single result', () => {
  it('the blended and the channel verdict say "no lead after" the spend, as the rows do', () => {
    const { ss, sheet } = goalWith([
      ['0', '300'],
      ['0', '36.05'],
    ]);
    expect(statuses(ss, sheet, 2)).toEqual([
      'Over CPL limit: no lead after $300.00 · confirmed',
      // 36.05 alone is within one allowance of $45.
      'OK',
    ]);
    // 336.05 / 45 = 7.5 allowances without a lead: P = 1 - e^-7.5, confirmed at 95%.
    expect(1 - Math.exp(-336.05 / 45)).toBeGreaterThan(0.95);
    expect(ss.displayValues(on(sheet, 'H7'))).toEqual([
      ["Over the goal's CPL: no lead after $336.05 · confirmed"],
    ]);
    const channels = ss.displayValues(on(sheet, 'J3:S4'));
    const col = (channels[0] ?? []).indexOf('Status');
    expect(col).toBeGreaterThan(0);
    expect(channels[1]?.[col]).toBe('Over CPL limit: no lead after $336.05 · confirmed');
  });
});

describe('the chance to reach the target', () => {
  const chance = (ss: LocalSpreadsheet, sheet: string): string =>
    String(ss.displayValues(on(sheet, 'H11'))[0]?.[0]);

  it('no result yet on day 5: blank (a rate of none says nothing), not 0%', () => {
    const { ss, sheet } = goalWith([]);
    expect(ss.displayValues(on(sheet, 'G8:G9'))).toEqual([['4'], ['26']]);
    expect(chance(ss, sheet)).toBe('');
    ss.paste(on(sheet, 'A27'), [['2025-03-02', 'Social', 'c', '', '', '0', '', '', '20']]);
    expect(chance(ss, sheet)).toBe('');
    // The first lead: 1 in 4 days, 49 more in 26 days at that rate is out of reach - but days are
    // left, so the cell says 1% (its floor), not a 0% that only a passed end date can say.
    ss.paste(on(sheet, 'A28'), [['2025-03-03', 'Social', 'c', '', '', '1', '', '', '20']]);
    expect(poissonAtLeast(49, (1 / 4) * 26)).toBeLessThan(0.005);
    expect(chance(ss, sheet)).toBe('Chance to reach the target 1%');
  });

  it('nearly sure but short of the target: 99% (its ceiling), never a rounded 100%', () => {
    // 45 leads in 4 days, 5 more in 26 days: 1 - P(N <= 4) for N ~ Poisson(292.5), about 1 - 1e-120.
    const { ss, sheet } = goalWith([['45', '900']]);
    expect(poissonAtLeast(5, (45 / 4) * 26)).toBeGreaterThan(0.995);
    expect(chance(ss, sheet)).toBe('Chance to reach the target 99%');
  });

  it('the target reached: 100%, before and after the end date', () => {
    const { ss, sheet } = goalWith([['50', '900']]);
    expect(chance(ss, sheet)).toBe('Chance to reach the target 100%');
    const after = goalWith([['60', '900']], new Date('2025-05-01T17:00:00Z'));
    expect(after.ss.displayValues(on(after.sheet, 'G9'))).toEqual([['0']]);
    expect(chance(after.ss, after.sheet)).toBe('Chance to reach the target 100%');
  });

  it('the end date passed short of the target, with or without results: 0%', () => {
    const may = new Date('2025-05-01T17:00:00Z');
    for (const rows of [[], [['10', '400']]] as [string, string][][]) {
      const { ss, sheet } = goalWith(rows, may);
      expect(chance(ss, sheet), JSON.stringify(rows)).toBe('Chance to reach the target 0%');
    }
  });
});
