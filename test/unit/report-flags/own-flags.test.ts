// When the flags' readers may skip a read: the sheet's formulas (nothing shows what a Status formula
// shows) and the metadata's records (the Status formulas already place every flag). Each test takes
// the Status formula the built add-on wrote, so the skip is judged against what Apply writes.
import { describe, expect, it } from 'vitest';
import {
  mayHoldOwnFlags,
  ownFlags,
  placedByFormulas,
  type SheetRead,
} from '../../../src/plans/report-flags/own-flags.ts';
import { detect, flag, openReport } from '../../flags/helpers.ts';

const REPORT = [
  ['Campaign', 'Cost', 'Conversions'],
  ['Alpha', '600', '1'],
  ['Beta', '40', '2'],
];

/** The report as Apply leaves it: values and formulas of A1:E3 (Status in D, limit in E). */
function flagged(): { values: unknown[][]; formulas: string[][] } {
  const ss = openReport(REPORT);
  flag(ss, detect(ss), 'CPA', 60);
  return { values: ss.values('Report!A1:E3'), formulas: ss.formulas('Report!A1:E3') };
}

const readOf = (values: unknown[][], formulas: string[][]): SheetRead => ({
  values,
  formulas,
  rules: [],
  metadata: [],
});

describe('mayHoldOwnFlags', () => {
  it('is false for a report with nothing of the add-on, true once its Status shows', () => {
    expect(mayHoldOwnFlags(REPORT, [])).toBe(false);
    const { values } = flagged();
    expect(values[0]?.[3]).toBe('Status');
    expect(mayHoldOwnFlags(values, [])).toBe(true);
  });

  it('is true when a cell shows an error (a Status that cannot show) or a rule carries the tag', () => {
    expect(mayHoldOwnFlags([['Campaign', '#REF!']], [])).toBe(true);
    expect(mayHoldOwnFlags([['Campaign', '#N/A']], [])).toBe(true);
    expect(mayHoldOwnFlags(REPORT, ['=AND(LEFT($D2,5)="Over ","Flag limit breaches"<>"")'])).toBe(true);
    expect(mayHoldOwnFlags(REPORT, ['=$B2>100', null])).toBe(false);
  });
});

describe('placedByFormulas', () => {
  it('is true while each Status formula names its limit cell', () => {
    const { values, formulas } = flagged();
    const read = readOf(values, formulas);
    const { flags } = ownFlags(read);
    expect(flags).toHaveLength(1);
    expect(placedByFormulas(flags, read)).toBe(true);
  });

  it('is false when the limit reference is gone (#REF!: its column was deleted)', () => {
    const { values, formulas } = flagged();
    const broken = formulas.map((line) => line.map((f) => f.replace(/\$E\$1/g, '#REF!')));
    expect(broken[0]?.[3]).toContain('#REF!');
    const read = readOf(values, broken);
    expect(placedByFormulas(ownFlags(read).flags, read)).toBe(false);
  });
});
