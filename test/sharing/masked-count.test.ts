// A masked `<5` count (as ad exports write 0 to 4 results) in BREACH_CONFIDENCE: the function reads
// it as 4, and Prepare for sharing turns the call into a native formula that reads it the same.
import { describe, expect, it } from 'vitest';
import { openLocalSpreadsheet } from '../../local/index.ts';
import type { SharingResult, SharingScan } from '../../src/sheets/sharing.ts';

/** P(Gamma(5, 1) <= x) by its closed form: the posterior of 4 results. */
const gamma5 = (x: number): number => 1 - Math.exp(-x) * (1 + x + x ** 2 / 2 + x ** 3 / 6 + x ** 4 / 24);

/** `values` as a matcher: numbers to 9 places, anything else as it is. */
const near = (values: unknown[][]): unknown[][] =>
  values.map((r) => r.map((v) => (typeof v === 'number' ? expect.closeTo(v, 9) : v)));

const rows = (addOnInstalled = true) =>
  openLocalSpreadsheet({
    addOnInstalled,
    sheets: [
      {
        name: 'Ads',
        rows: [
          ['Spend', 'Results'],
          [300, "'<5"],
          [40, "'<5"],
          [200, 1],
        ],
      },
    ],
  });

describe('BREACH_CONFIDENCE with a masked <5 count', () => {
  it('counts it as 4, converts to a native formula that does too, and a client sees the same', () => {
    const ss = rows();
    ss.type('D2', '=BREACH_CONFIDENCE(A2,B2,60)');
    ss.type('E2', '=BREACH_CONFIDENCE(A2:A4,B2:B4,60)');
    // An export's small counts, and CPA beside them: a masked count is no number for a ratio.
    ss.type('F2', '=CPA(A2,B2)');
    const before = ss.values('D2:E4');
    expect(before[0]?.[0]).toBeCloseTo(gamma5(5), 9);
    expect(before.map((r) => r[1])).toEqual([before[0]?.[0], expect.any(Number), expect.any(Number)]);
    expect(before[1]?.[1]).toBeCloseTo(gamma5(40 / 60), 9);
    expect(ss.values('F2')).toEqual([['#ERROR!']]);

    const scan = ss.run('scanForSharing') as SharingScan;
    expect(scan.cells.map((c) => c.a1).sort()).toEqual(['D2', 'E2']);
    expect(scan.unconvertible.map((u) => u.a1)).toEqual(['F2']);
    const result = ss.run('convertForSharing') as SharingResult;
    expect(result.converted).toBe(2);
    const formulas = ss.formulas('D2:E2')[0] as string[];
    for (const f of formulas) expect(f).not.toMatch(/BREACH_CONFIDENCE/);
    expect(ss.values('D2:E4')).toEqual(near(before));

    const client = rows(false);
    client.type('D2', formulas[0] as string);
    client.type('E2', formulas[1] as string);
    expect(client.values('D2:E4')).toEqual(near(before));
  });
});
