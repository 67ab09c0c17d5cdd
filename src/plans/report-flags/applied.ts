// Pure: what the add-on's flags on a report say today (limit, model, counts), read back from the
// cells flagBreaches wrote, so a reopened panel shows what is applied instead of an empty form.
import { columnLetters } from '../shared/a1.ts';
import { CONFIRMED } from '../shared/breach-verdict.ts';
import type { CostModel } from '../shared/cost-model.ts';
import type { ReportLayout } from './detect.ts';
import type { OwnFlag } from './own-flags.ts';

/** The flags on a sheet as they stand (plain JSON: it crosses google.script.run inside detectReport's answer). */
export interface AppliedFlags {
  /** Column letter of the Status column and A1 of the limit cell beside its header. */
  statusColumn: string;
  limitCell: string;
  /** The limit cell's number; null when it was cleared or holds something else. */
  limit: number | null;
  /** From the limit cell's shown text (`CPA limit $60.00`, its number format); null when unreadable. */
  model: CostModel | null;
  /** Campaign rows of the report, and those whose Status says `Over ...` (red or amber). */
  rowsChecked: number;
  rowsFlagged: number;
  /** The confidence level cell's number (under the limit); null when cleared or not there. */
  level: number | null;
  /** Of rowsFlagged, those whose Status says ` · confirmed` (the red ones). */
  rowsConfirmed: number;
  /**
   * The limit or level cells the Status formula read that were deleted with their row or column
   * (own-flags.ts lostCells): no cell can set them again, Apply again does. Absent when none.
   */
  lost?: ('limit' | 'level')[];
}

/**
 * The number in the flags' confidence level cell, or null: where the Status formula reads it
 * (own-flags.ts levelRow), else under the limit as flagBreaches writes it. `values`: the sheet's
 * values from A1, the add-on's own cells included.
 */
export function levelCellValue(
  own: Pick<OwnFlag, 'headerRow' | 'statusCol' | 'limitCol' | 'levelRow'>,
  values: readonly (readonly unknown[])[],
): number | null {
  const limitCol = (own.limitCol ?? own.statusCol + 1) - 1;
  const v = values[(own.levelRow ?? own.headerRow + 1) - 1]?.[limitCol];
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/**
 * Reads the flags back from the grid as the sheet shows it (`values` and `display` are the same
 * used range, Status and limit included); `layout` is the report detected with them blanked.
 */
export function appliedFlags(
  own: Pick<OwnFlag, 'headerRow' | 'statusCol' | 'limitCol' | 'levelRow' | 'lost'>,
  layout: ReportLayout,
  values: readonly (readonly unknown[])[],
  display: readonly (readonly string[])[],
): AppliedFlags {
  const limitRow = own.headerRow - 1;
  // Where nothing says where the limit cell went, it is where flagBreaches writes it: right of Status.
  const limitCol = (own.limitCol ?? own.statusCol + 1) - 1;
  const raw = values[limitRow]?.[limitCol];
  const shown = display[limitRow]?.[limitCol] ?? '';
  const model = /^(CPA|CPL|CPC) limit\b/.exec(shown)?.[1] as CostModel | undefined;
  const skipped = new Set(layout.skippedRows.map((s) => s.row));
  let rowsChecked = 0;
  let rowsFlagged = 0;
  let rowsConfirmed = 0;
  if (layout.firstDataRow !== null && layout.lastDataRow !== null) {
    for (let r = layout.firstDataRow; r <= layout.lastDataRow; r++) {
      if (skipped.has(r)) continue;
      rowsChecked++;
      // The rule colours exactly the rows whose Status starts with "Over " (own-flags.ts ruleTarget).
      const status = display[r - 1]?.[own.statusCol - 1] ?? '';
      if (!status.startsWith('Over ')) continue;
      rowsFlagged++;
      if (status.endsWith(CONFIRMED)) rowsConfirmed++;
    }
  }
  return {
    statusColumn: columnLetters(own.statusCol),
    limitCell: `${columnLetters(limitCol + 1)}${own.headerRow}`,
    limit: !own.lost.includes('limit') && typeof raw === 'number' && Number.isFinite(raw) ? raw : null,
    model: own.lost.includes('limit') ? null : (model ?? null),
    rowsChecked,
    rowsFlagged,
    level: own.lost.includes('level') ? null : levelCellValue(own, values),
    rowsConfirmed,
    ...(own.lost.length > 0 ? { lost: [...own.lost] } : {}),
  };
}
