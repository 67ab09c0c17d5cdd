// The goal sheet's row colours are told apart at a glance: a confirmed breach (red), a breach not
// yet sure (amber), a row that cannot be judged (Check) and the yellow of the cells users edit.
import { describe, expect, it } from 'vitest';
import { COLORS } from '../../../src/plans/campaign-goal/layout.ts';
import { BREACH_COLORS, NOT_YET_COLORS } from '../../../src/plans/shared/breach-rule.ts';

const rgb = (hex: string): number[] => [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
const distance = (a: string, b: string): number =>
  Math.hypot(...rgb(a).map((v, i) => v - (rgb(b)[i] as number)));

describe('goal-sheet row colours', () => {
  it('keep every pair of fills at least 35 apart in RGB (the Check fill once sat 19 from the amber)', () => {
    const fills = {
      confirmed: BREACH_COLORS.fill,
      notYet: NOT_YET_COLORS.fill,
      check: COLORS.checkFill,
      input: COLORS.input,
    };
    const names = Object.keys(fills) as (keyof typeof fills)[];
    for (const a of names)
      for (const b of names)
        if (a < b) expect(distance(fills[a], fills[b]), `${a} / ${b}`).toBeGreaterThanOrEqual(35);
    expect(distance('#fde3c4', NOT_YET_COLORS.fill)).toBeLessThan(35);
  });
});
