// The confidence level cell of a flagged report edited as users do: cleared, typed out of range, as
// text, a date or an error, and at both ends of the range. Every Status stays words, every verdict
// is the reference's (test/reference: not the engine's GAMMA.DIST), and colours follow the words.
import { describe, expect, it } from 'vitest';
import { gammaCdf } from '../reference/distributions.ts';
import { AMBER, detect, flag, openReport, RED } from './helpers.ts';

const LIMIT = 60;
/** [campaign, spend, results as typed, the number the verdict counts or null for a Check row]. */
const ROWS: [string, string, string, number | null][] = [
  ['within', '40', '2', 2],
  ['over, 1 result', '200', '1', 1],
  ['over, well past', '600', '1', 1],
  ['no result', '336.05', '0', 0],
  ['fractional', '130', '1.5', 1.5],
  ['huge count', '60000060', '1000000', 1_000_000],
  ['masked, within', '40', "'<5", 0],
  ['error value', '=1/0', '1', null],
  ['negative results', '100', '-1', null],
];
const FIRST = 2;
const LAST = FIRST + ROWS.length - 1;

/** The verdict words the reference gives a judged row at `level`. */
function expectedVerdict(spend: number, count: number, level: number): string {
  const over = spend > LIMIT * Math.max(count, 1);
  const p = gammaCdf(spend / LIMIT, count + 1);
  if (over) return p >= level ? 'confirmed' : 'not yet sure';
  return 1 - p >= level ? 'OK · confirmed' : 'OK';
}

function verdictOf(status: string): string {
  if (status.startsWith('Over ')) return status.includes(' · not yet sure: ') ? 'not yet sure' : 'confirmed';
  return status;
}

function open() {
  const ss = openReport([['Campaign', 'Cost', 'Conversions'], ...ROWS.map((r) => [r[0], r[1], r[2]])]);
  flag(ss, detect(ss), 'CPA', LIMIT);
  return ss;
}

/** Status texts and row colours, with the checks every state must pass: words, and colours that follow them. */
function read(ss: ReturnType<typeof open>): string[] {
  const status = ss.displayValues(`Report!D${FIRST}:D${LAST}`).map((r) => String(r[0]));
  const colours = ss.backgrounds(`Report!A${FIRST}:A${LAST}`).map((r) => r[0]);
  status.forEach((s, i) => {
    expect(s, `row ${FIRST + i}`).not.toMatch(/NaN|Infinity|#NUM!|#VALUE!|#N\/A|#DIV\/0!|#ERROR!/);
    const want = s.startsWith('Over ') ? (s.includes('not yet sure') ? AMBER : RED) : '#ffffff';
    expect(colours[i], `row ${FIRST + i}: ${s}`).toBe(want);
  });
  return status;
}

function expectVerdicts(ss: ReturnType<typeof open>, level: number): void {
  const status = read(ss);
  ROWS.forEach(([name, spend, , count], i) => {
    const s = status[i] as string;
    if (count === null) expect(s, name).toMatch(/^Check /);
    else expect(verdictOf(s), `${name} at ${level}: ${s}`).toBe(expectedVerdict(Number(spend), count, level));
  });
}

describe('the confidence level cell of a flagged report, edited', () => {
  it('cleared: every judged row asks for it in words, none coloured; a level typed back judges again', () => {
    const ss = open();
    expectVerdicts(ss, 0.95);
    ss.type('Report!E2', '');
    const status = read(ss);
    ROWS.forEach(([name, , , count], i) => {
      if (count !== null) expect(status[i], name).toBe('Set the confidence level in E2 (50% to 99.9%)');
    });
    ss.type('Report!E2', '90%');
    expectVerdicts(ss, 0.9);
  });

  it('150%, 50, 100%, text, a date and an error value are refused in words; the level and verdicts stay', () => {
    const ss = open();
    const before = read(ss);
    for (const typed of ['150%', '50', '100%', 'sure', '2025-03-02', '=1/0']) {
      expect(() => ss.type('Report!E2', typed), typed).toThrow(/50% to 99\.9%/);
      expect(ss.values('Report!E2'), typed).toEqual([[0.95]]);
    }
    expect(read(ss)).toEqual(before);
  });

  it('Apply again keeps the level typed under the limit (the panel sends none) and answers it', () => {
    const ss = open();
    ss.type('Report!E2', '90%');
    const again = flag(ss, detect(ss), 'CPA', LIMIT);
    expect(again.level).toBe(0.9);
    expect(ss.values('Report!E2')).toEqual([[0.9]]);
    expectVerdicts(ss, 0.9);
    // A level cell cleared by the user is no level to keep: the default again.
    ss.type('Report!E2', '');
    expect(flag(ss, detect(ss), 'CPA', LIMIT).level).toBe(0.95);
    expectVerdicts(ss, 0.95);
  });

  it('the ends of the range, 50% (0.5 typed) and 99.9%, are accepted and judge every row', () => {
    const ss = open();
    ss.type('Report!E2', '0.5');
    expectVerdicts(ss, 0.5);
    // Typed 99.9% is 99.9 / 100 = 0.9990000000000001 where a parser divides: still 99.9%.
    ss.type('Report!E2', '99.9%');
    expectVerdicts(ss, 0.999);
    expect(read(ss).filter((s) => s.includes('not yet sure')).length).toBeGreaterThan(0);
  });
});
