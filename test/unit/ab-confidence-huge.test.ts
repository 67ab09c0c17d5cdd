// AB_CONFIDENCE with counts near the largest number, typed in a cell and after Prepare for sharing
// (found by a hostile test): the sums of counts overflow to Infinity unless halved first.
import { describe, expect, it } from 'vitest';
import { openLocalSpreadsheet } from '../../local/index.ts';

describe('AB_CONFIDENCE with counts near the largest number', () => {
  it('is not blank where A converted every trial and B none (the trial total overflows)', () => {
    const ss = openLocalSpreadsheet({ sheets: [{ name: 'S', rows: [[1e307, 1e307, 0, 1e307]] }] });
    ss.type('F1', '=AB_CONFIDENCE(A1,B1,C1,D1)');
    expect(ss.values('F1')).toEqual([[1]]);
    // Ten times more trials: trials_a + trials_b is Infinity, and a pooled rate from the sums read 0
    // ("none converted"): a silent blank. abConfidence (src/metrics/evidence.ts) adds halves.
    ss.type('F2', '=AB_CONFIDENCE(1e308,1e308,0,1e308)');
    expect(ss.values('F2')).toEqual([[1]]);
  });

  it('Prepare for sharing keeps the value (a native form from sums and products would overflow to #NUM!)', () => {
    const ss = openLocalSpreadsheet({ sheets: [{ name: 'S', rows: [[1e200, 1e200, 0, 1e200]] }] });
    ss.type('F1', '=AB_CONFIDENCE(A1,B1,C1,D1)');
    const before = ss.values('F1');
    expect(before).toEqual([[1]]);
    ss.run('convertForSharing', { copy: false });
    expect(ss.formulas('F1')[0]?.[0]).not.toMatch(/AB_CONFIDENCE/);
    // A test for "none or all converted" as one product, (ca+cb)*(na+nb-ca-cb)=0, overflows past ~1e154.
    expect(ss.values('F1')).toEqual(before);
  });
});
