// Unique, valid sheet names for goals, and user text kept literal.
import { describe, expect, it } from 'vitest';
import { asLiteralText } from '../../../src/plans/shared/literal-text.ts';
import { baseSheetName, SHEET_NAME_MAX, uniqueSheetName } from '../../../src/plans/shared/sheet-name.ts';

describe('sheet names', () => {
  it('prefixes Goal and strips characters a tab name should not have', () => {
    expect(baseSheetName('Q4 leads')).toBe('Goal - Q4 leads');
    expect(baseSheetName('a/b\\c[d]:e*f?g\nh')).toBe('Goal - a b c d e f g h');
    expect(baseSheetName("x'")).toBe('Goal - x');
  });
  it('numbers duplicates and never passes 100 characters', () => {
    const taken = new Set(['Goal - Q4 leads', 'Goal - Q4 leads (2)']);
    expect(uniqueSheetName('Q4 leads', (n) => taken.has(n))).toBe('Goal - Q4 leads (3)');
    const long = 'x'.repeat(100);
    const first = uniqueSheetName(long, () => false);
    expect(first.length).toBe(SHEET_NAME_MAX);
    const second = uniqueSheetName(long, (n) => n === first);
    expect(second.length).toBe(SHEET_NAME_MAX);
    expect(second.endsWith(' (2)')).toBe(true);
  });
  it('cuts at a character boundary, never inside an emoji', () => {
    const lone = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
    const base = baseSheetName('😀'.repeat(50));
    expect(base).toBe(`Goal - ${'😀'.repeat(46)}`);
    expect(base).not.toMatch(lone);
    const numbered = uniqueSheetName('😀'.repeat(50), (n) => n === base);
    expect(numbered).toBe(`Goal - ${'😀'.repeat(44)} (2)`);
    expect(numbered).not.toMatch(lone);
  });
  it('gives up with a clear message', () => {
    expect(() => uniqueSheetName('a', () => true, 3)).toThrow(/already 3 sheets/);
  });
});

describe('asLiteralText', () => {
  it.each([
    ['=IMPORTXML("http://x","//a")', '\'=IMPORTXML("http://x","//a")'],
    ['+1 555', "'+1 555"],
    ['-5', "'-5"],
    ['@home', "'@home"],
    ["'quoted", "''quoted"],
    ['2025-03-01', "'2025-03-01"],
    ['12%', "'12%"],
    ['$45', "'$45"],
    ['TRUE', "'TRUE"],
    ['March 1', "'March 1"],
    ['(5)', "'(5)"],
    ['Q4 leads', "'Q4 leads"],
    ['Social', "'Social"],
    ['', ''],
  ])('%j', (text, written) => {
    expect(asLiteralText(text)).toBe(written);
  });
});
