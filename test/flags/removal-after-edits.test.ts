// Flags on a report after the user deleted or retyped what they sit on: Remove takes away every
// cell the add-on wrote that still holds what it wrote, and the limit cell takes exactly the limits
// flagBreaches takes. From the hostile tester's round two (branch hostile-flags, hostile-2, bugs 6-7).
import { describe, expect, it } from 'vitest';
import { MAX_AMOUNT, MAX_AMOUNT_WORDS } from '../../src/plans/shared/cost-model.ts';
import { appliedAt100, detect, flag, snapshot, statuses } from './helpers.ts';

type Removed = { removed: boolean; left: string[] };

describe('the header row deleted, then Remove', () => {
  // The Status formula goes with the header row; the level 0.95 moves up into F1, the limit's
  // recorded row. It is the level the add-on wrote: Remove takes it, its format and validation.
  it('no validation, level, rule or record of the add-on is left, and no sentence about F1', () => {
    const ss = appliedAt100();
    ss.user.deleteRows('Report', 1);
    const report = snapshot(ss, 'Report!A1:D4');
    const answer = ss.run('removeBreachFlags', 'Report') as Removed;
    expect(answer.removed).toBe(true);
    expect(snapshot(ss, 'Report!A1:D4')).toEqual(report);
    expect(
      ss
        .values('Report!E1:F4')
        .flat()
        .every((v) => v === ''),
    ).toBe(true);
    expect(ss.dataValidations('Report')).toEqual([]);
    expect(ss.user.metadata()).toEqual([]);
    expect(ss.conditionalRules('Report')).toEqual([]);
    expect(answer.left).toEqual([]);
  });
});

describe('only the records place the limit column: each cell is taken by what it holds', () => {
  it('the header row deleted and the moved level typed over: Remove leaves that cell and names it alone', () => {
    const ss = appliedAt100();
    ss.user.deleteRows('Report', 1);
    ss.type('Report!F1', '90%');
    const answer = ss.run('removeBreachFlags', 'Report') as Removed;
    expect(answer.removed).toBe(true);
    expect(ss.values('Report!F1')).toEqual([[0.9]]);
    expect(ss.dataValidations('Report').map((v) => v.a1)).toEqual(['F1']);
    expect(answer.left).toEqual([
      'F1 holds "0.9", neither the limit nor the confidence level the flags wrote: left as it is.',
    ]);
    expect(ss.user.metadata()).toEqual([]);
    expect(ss.conditionalRules('Report')).toEqual([]);
  });

  it('the header row deleted with a note under the level: the note stays and no sentence names it', () => {
    const ss = appliedAt100();
    ss.type('Report!F3', 'paused on Monday');
    ss.user.deleteRows('Report', 1);
    const answer = ss.run('removeBreachFlags', 'Report') as Removed;
    expect(ss.values('Report!F1:F2')).toEqual([[''], ['paused on Monday']]);
    expect(answer.left).toEqual([]);
    expect(ss.dataValidations('Report')).toEqual([]);
    expect(ss.user.metadata()).toEqual([]);
  });

  it('the Status column deleted, then the header row: the level left in E1 goes with its record', () => {
    const ss = appliedAt100();
    ss.user.deleteColumns('Report', 5);
    ss.user.deleteRows('Report', 1);
    expect(ss.values('Report!E1')).toEqual([[0.95]]);
    const report = snapshot(ss, 'Report!A1:D4');
    const answer = ss.run('removeBreachFlags', 'Report') as Removed;
    expect(answer).toEqual({ sheetName: 'Report', removed: true, left: [] });
    expect(
      ss
        .values('Report!E1:E4')
        .flat()
        .every((v) => v === ''),
    ).toBe(true);
    expect(snapshot(ss, 'Report!A1:D4')).toEqual(report);
    expect(ss.dataValidations('Report')).toEqual([]);
    expect(ss.user.metadata()).toEqual([]);
    expect(ss.conditionalRules('Report')).toEqual([]);
  });

  // The level written still under the limit cell says the rows have not moved: a limit typed over
  // with the level's own value is the user's limit, never taken for the level moved up.
  it('the Status column deleted and the limit typed over with the level value: the limit stays, the level goes', () => {
    const ss = appliedAt100();
    ss.user.deleteColumns('Report', 5);
    ss.type('Report!E1', '0.95');
    const answer = ss.run('removeBreachFlags', 'Report') as Removed;
    expect(ss.values('Report!E1:E2')).toEqual([[0.95], ['']]);
    expect(ss.dataValidations('Report').map((v) => v.a1)).toEqual(['E1']);
    expect(answer.left).toEqual(['E1 holds "0.95", not the limit the flags wrote: left as it is.']);
    expect(ss.user.metadata()).toEqual([]);
  });
});

describe('the limit cell takes exactly the limits flagBreaches takes', () => {
  // The tester's case (hostile-2): the cell took 5e9 (it accepted up to a trillion) and Apply with
  // the panel's prefilled limit refused it. Now one bound, MAX_AMOUNT, serves both.
  it('above MAX_AMOUNT: the limit cell refuses it in the words of its help text, and flagBreaches refuses it', () => {
    const ss = appliedAt100();
    expect(() => ss.type('Report!F1', '5000000000')).toThrow(new RegExp(`at most ${MAX_AMOUNT_WORDS}`));
    expect(ss.values('Report!F1')).toEqual([[100]]);
    expect(() => flag(ss, detect(ss), 'CPA', 5e9)).toThrow(/limit: 5000000000 is more than 1000000000/);
    const limitRule = ss.dataValidations('Report').find((v) => v.a1 === 'F1');
    expect(limitRule?.values).toEqual([0.01, MAX_AMOUNT]);
  });

  it('MAX_AMOUNT typed into the limit cell: detectReport prefills it and Apply again takes it', () => {
    const ss = appliedAt100();
    ss.type('Report!F1', String(MAX_AMOUNT));
    const layout = ss.run('detectReport', 'Report') as ReturnType<typeof detect> & {
      applied?: { limit: number | null };
    };
    expect(layout.applied?.limit).toBe(MAX_AMOUNT);
    expect(() => flag(ss, layout, 'CPA', MAX_AMOUNT)).not.toThrow();
    expect(ss.values('Report!F1')).toEqual([[MAX_AMOUNT]]);
    expect(statuses(ss, 'Report!E2:E5')).toEqual(['OK', 'OK', 'OK', 'OK']);
  });

  it('the words of the help text are the bound itself', () => {
    const words: Record<string, number> = { 'a million': 1e6, 'a billion': 1e9, 'a trillion': 1e12 };
    expect(words[MAX_AMOUNT_WORDS]).toBe(MAX_AMOUNT);
  });
});
