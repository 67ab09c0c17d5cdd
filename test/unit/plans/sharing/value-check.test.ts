// Before a conversion is written, the native formula's value (computed from the inputs the add-on
// read) is checked against what the cell shows today; cells showing an error say precisely why.
import { describe, expect, it } from 'vitest';
import { convertFormula, type FormulaContext } from '../../../../src/plans/sharing/convert.ts';
import { planSharing } from '../../../../src/plans/sharing/plan.ts';

/** Column A holds 400, 300, 200; column B holds 100 on every row. */
const ctx: FormulaContext = {
  locale: 'en_US',
  sheet: 'Ads',
  read: (_sheet, range) =>
    Array.from({ length: range.rows ?? 3 }, (_, r) =>
      Array.from({ length: range.cols ?? 1 }, (_, c) =>
        range.col + c === 1 ? 400 - 100 * (range.row + r - 1) : 100,
      ),
    ),
};
const convert = (formula: string, shown: unknown) => convertFormula(formula, () => shown, ctx);
const reason = (formula: string, shown: unknown): string => {
  const r = convert(formula, shown);
  return r && !r.ok ? r.reason : `(converted: ${JSON.stringify(r)})`;
};

describe('the value a cell shows today', () => {
  it('converts a cell whose value the native formula keeps (within rounding)', () => {
    expect(convert('=ROAS(A1,B1)', 4)?.ok).toBe(true);
    expect(convert('=ROAS(A1,B1)', 4 + 1e-12)?.ok).toBe(true);
    // A spilled result: the cell shows its top-left value.
    expect(convert('=ROAS(A1:A3,B1:B3)', 4)?.ok).toBe(true);
  });

  it('lists a cell a function of the same name answers differently (a user script named ROAS)', () => {
    expect(reason('=ROAS(A1,B1)', 7)).toBe(
      "It shows 7 today, but the add-on's ROAS gives 4 for these inputs: another function named ROAS (a script of your own?) may be answering here. Left as it is, so its value does not change; check which function the cell calls.",
    );
    expect(reason('=ROAS(A1:A3,B1:B3)', 'n/a')).toMatch(
      /^It shows n\/a today, but the add-on's ROAS gives 4/,
    );
    expect(reason('=ROAS(A1,B1)', '')).toMatch(/^It shows a blank today, but the add-on's ROAS gives 4/);
  });

  it('cannot check a call inside a larger formula, and converts it as before', () => {
    expect(convert('=ROUND(ROAS(A1,B1),0)*2', 123)?.ok).toBe(true);
  });

  it('says precisely why a cell shows an error', () => {
    expect(reason('=ROAS(A1,B1,B1)', '#ERROR!')).toBe(
      'It shows #ERROR! today: ROAS takes at most 2 arguments (revenue, ad_spend).',
    );
    expect(reason('=ROAS(A1:A3,B1:B2)', '#ERROR!')).toMatch(
      /^It shows #ERROR! today: ROAS: revenue is 3x1 but ad_spend is 2x1; use ranges of the same size/,
    );
    expect(reason('=ROAS(A1:A3,B1:B3)', '#REF!')).toBe(
      'It shows #REF! today: its result (3 x 1 cells) is blocked by cells that are not empty below or beside it (a blocked spill). Clear them, then convert.',
    );
    // Nothing wrong with its inputs: the error comes from elsewhere, said in general words.
    expect(reason('=ROAS(A1,B1)', '#N/A')).toMatch(
      /^It shows #N\/A today\. Fix what the function refuses first/,
    );
  });

  it('keeps a listed cell out of the writes', () => {
    const plan = planSharing(
      [
        {
          name: 'Ads',
          formulas: [
            ['', '', '=ROAS(A1,B1)'],
            ['', '', '=ROAS(A2,B2)'],
          ],
          values: () => [
            [400, 100, 4],
            [300, 100, 99],
          ],
        },
      ],
      'en_US',
    );
    expect(plan.cells.map((c) => c.a1)).toEqual(['C1']);
    expect(plan.unconvertible.map((p) => p.a1)).toEqual(['C2']);
    expect(plan.writes[0]?.blocks.map((b) => b.formulas.length)).toEqual([1]);
  });
});
