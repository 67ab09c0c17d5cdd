// Pure: which of the add-on's flags belong to the report being flagged, which cells the new flags
// may take (empty, or the add-on's own), and the sentence when something of the user's is in the way.
import { columnLetters } from '../shared/a1.ts';
import {
  isErrorShown,
  isOwnStatusFormula,
  type OwnFlag,
  type Removal,
  removalOf,
  type SheetRead,
} from './own-flags.ts';

/** Where a report is: its header row, first and last header columns, last row judged (null: sheet end). */
export interface ReportSpan {
  headerRow: number;
  firstCol: number;
  lastCol: number;
  lastRow: number | null;
}

const blank = (v: unknown): boolean => v === '' || v === null || v === undefined;

/**
 * The report's own flags: on its header row, either right of it with only blank header cells
 * between (a column inserted between the report and its Status), or under its header cells (a wider
 * export pasted over the Status). Flags of another report on the same row (side by side) are not.
 */
export function flagsOfReport(span: ReportSpan, flags: readonly OwnFlag[], read: SheetRead): OwnFlag[] {
  return flags.filter((f) => {
    if (f.headerRow !== span.headerRow) return false;
    if (f.statusCol >= span.firstCol && f.statusCol <= span.lastCol) return true;
    if (f.statusCol <= span.lastCol) return false;
    for (let c = span.lastCol + 1; c < f.statusCol; c++) {
      if (!blank(read.values[span.headerRow - 1]?.[c - 1])) return false;
    }
    return true;
  });
}

/** Cells (`row,col`) the add-on may write over or reads as blank: what its flags wrote and still hold, and their spill. */
export function ownCells(
  mine: readonly OwnFlag[],
  removals: readonly Removal[],
  read: SheetRead,
  lastRow: number,
): Set<string> {
  const cells = new Set<string>();
  removals.forEach((r, i) => {
    if (r.status) cells.add(`${r.status.row},${r.status.col}`);
    if (r.limit) cells.add(`${r.limit.row},${r.limit.col}`);
    if (r.level) cells.add(`${r.level.row},${r.level.col}`);
    const f = mine[i];
    if (!f || !r.status) return;
    // A Status showing an error spilled nothing ("would overwrite data"): the cells below are the user's.
    const head = read.values[f.headerRow - 1]?.[f.statusCol - 1];
    if (isErrorShown(head)) return;
    for (let row = f.headerRow + 1; row <= lastRow; row++) {
      if (!isOwnStatusFormula(read.formulas[row - 1]?.[f.statusCol - 1])) cells.add(`${row},${f.statusCol}`);
    }
  });
  return cells;
}

export interface Placement {
  /** The removal of each of the report's earlier flags (replaced by the new ones). */
  removals: Removal[];
  /** Set when a cell the new flags need holds something of the user's: the sentence to show. */
  problem: string | null;
}

/**
 * The new flags take the Status header cell and the column under it down to the report's last row,
 * the limit cell right of the header and the level cell under it; each must be empty or the add-on's own. Never written over:
 * anything else, which the sentence names.
 */
export function placeFlags(
  span: ReportSpan,
  target: { statusCol: number; limitCol: number },
  mine: readonly OwnFlag[],
  read: SheetRead,
): Placement {
  const removals = mine.map((f) => removalOf(f, read));
  const lastRow = span.lastRow ?? read.values.length;
  const own = ownCells(mine, removals, read, lastRow);
  const free = (row: number, col: number): boolean =>
    own.has(`${row},${col}`) || blank(read.values[row - 1]?.[col - 1]);
  const status = columnLetters(target.statusCol);
  const limit = `${columnLetters(target.limitCol)}${span.headerRow}`;
  const level = `${columnLetters(target.limitCol)}${span.headerRow + 1}`;
  const cells: [number, number][] = [
    [span.headerRow, target.limitCol],
    [span.headerRow + 1, target.limitCol],
  ];
  for (let row = span.headerRow; row <= lastRow; row++) cells.push([row, target.statusCol]);
  const taken = cells.find(([row, col]) => !free(row, col));
  if (!taken) return { removals, problem: null };
  const [row, col] = taken;
  const cell = `${columnLetters(col)}${row}`;
  const holds = JSON.stringify(String(read.values[row - 1]?.[col - 1]).slice(0, 40));
  return {
    removals,
    problem: `The flags need column ${status} (Status, from row ${span.headerRow}) , ${limit} (the limit) and ${level} (the confidence level) to be empty, but ${cell} holds ${holds}. The add-on never writes over your cells: move it, or leave a free column right of the report.`,
  };
}
