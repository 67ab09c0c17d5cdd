// Changed cells grouped into rectangles, so each rectangle is one setFormulas call.

/** A rectangle of a sheet, 1-based. */
export interface Block {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

/**
 * Rectangles covering exactly the cells of `changed` (keys `row,col`, 1-based): runs down each
 * column, then side-by-side runs of equal rows merged. A column of converted formulas is one block.
 */
export function changedBlocks(changed: ReadonlySet<string>): Block[] {
  const byCol = new Map<number, number[]>();
  for (const key of changed) {
    const [r, c] = key.split(',').map(Number) as [number, number];
    const rows = byCol.get(c) ?? [];
    rows.push(r);
    byCol.set(c, rows);
  }
  const runs: Block[] = [];
  for (const [col, rows] of [...byCol].sort(([a], [b]) => a - b)) {
    rows.sort((a, b) => a - b);
    let start = rows[0] as number;
    let prev = start;
    for (const r of [...rows.slice(1), Number.NaN]) {
      if (r === prev + 1) {
        prev = r;
        continue;
      }
      runs.push({ row: start, col, rows: prev - start + 1, cols: 1 });
      start = r;
      prev = r;
    }
  }
  const merged: Block[] = [];
  // Keyed by the rows a block spans and the column just right of it: where a run would extend it.
  const open = new Map<string, number>();
  for (const run of runs) {
    const at = open.get(`${run.row}:${run.rows}:${run.col}`);
    const left = at === undefined ? undefined : merged[at];
    if (at !== undefined && left) {
      open.delete(`${run.row}:${run.rows}:${run.col}`);
      merged[at] = { ...left, cols: left.cols + 1 };
      open.set(`${run.row}:${run.rows}:${run.col + 1}`, at);
    } else {
      merged.push(run);
      open.set(`${run.row}:${run.rows}:${run.col + 1}`, merged.length - 1);
    }
  }
  return merged;
}
