// Pure builder: a validated campaign goal -> the SheetPlan of its tracking sheet (native formulas
// only), assembled from one module per block. A new block is a PlanBlock added to BLOCKS.
import { absoluteCell, cellA1, columnNumber, parseRange, type RangeBox } from '../shared/a1.ts';
import { gridBuilder } from '../shared/grid.ts';
import { rowsToAdd, type SheetPlan } from '../shared/sheet-plan.ts';
import { type BlockParts, goalContext, type PlanBlock } from './block.ts';
import { channelsBlock } from './channels-block.ts';
import type { CampaignGoal } from './config.ts';
import { goalBlock } from './goal-block.ts';
import { COLORS, LAYOUT, tableColumn } from './layout.ts';
import { paceBlock } from './pace-block.ts';
import { progressBlock } from './progress-block.ts';
import { trackingTable } from './tracking-table.ts';

/** The blocks of a goal sheet, in the order their parts (rules, charts, ...) are written. */
const BLOCKS: readonly PlanBlock[] = [goalBlock, progressBlock, channelsBlock, trackingTable, paceBlock];

/** FNV-1a, 32 bits, as 8 hex digits: tells apart sheet names that clean up to the same letters. */
function hash8(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/**
 * Named-range prefix for a sheet: `CG_<letters and digits of the name>_<sheet id>`, or the hash of
 * the exact name when no id is known. Names are workbook-wide; a sheet id is never reused, so a
 * new sheet never collides with the names a deleted sheet of the same name left behind.
 */
export function namedRangePrefix(sheetName: string, sheetId?: number): string {
  const cleaned = sheetName
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 40);
  return `CG_${cleaned ? `${cleaned}_` : ''}${sheetId === undefined ? hash8(sheetName) : sheetId}`;
}

/**
 * The blocks' warning ranges, side-by-side ones (same top row, touching columns) joined into their
 * bounding box: each protection costs two calls (protect, setWarningOnly), and the computed ranges
 * J13:P513 (table) and Q13:T1109 (pace) meet at the table's header row. The box also asks before an
 * edit in the empty cells under the shorter one, past the table's last row, where nothing would be
 * counted anyway.
 */
function joinSideBySide(ranges: readonly string[]): string[] {
  const boxes = ranges.map(parseRange).sort((a, b) => a.left - b.left);
  const joined: RangeBox[] = [];
  for (const box of boxes) {
    const last = joined[joined.length - 1];
    if (last && last.top === box.top && last.right + 1 === box.left) {
      last.right = box.right;
      last.bottom = Math.max(last.bottom, box.bottom);
    } else {
      joined.push({ ...box });
    }
  }
  return joined.map((b) => `${cellA1(b.top, b.left)}:${cellA1(b.bottom, b.right)}`);
}

export interface PlanOptions {
  locale: string;
  sheetName: string;
  /** Prefix for the workbook-wide named ranges; defaults to namedRangePrefix(sheetName). */
  namePrefix?: string;
}

/** Builds the layout plan of a campaign-goal sheet. Pure: same goal and options, same plan. */
export function planCampaignGoal(goal: CampaignGoal, opts: PlanOptions): SheetPlan {
  const T = LAYOUT.table;
  const formatRows = Math.max(T.lastRow, LAYOUT.pace.lastRow);
  const grid = gridBuilder({
    topRows: T.firstRow,
    formatRows,
    lastColumn: columnNumber(LAYOUT.lastColumn),
    defaults: { background: COLORS.plain, fontColor: COLORS.text, fontSize: 10, numberFormat: '' },
  });
  const ctx = goalContext(goal, opts.locale);
  const parts: BlockParts[] = BLOCKS.map((block) => block(ctx, grid));

  const prefix = opts.namePrefix ?? namedRangePrefix(opts.sheetName);
  return {
    sheetName: opts.sheetName,
    locale: opts.locale,
    ...grid.build(),
    namedRanges: [
      { name: `${prefix}_Limit`, range: absoluteCell(LAYOUT.goal.limit) },
      { name: `${prefix}_Table`, range: `$A$${T.headerRow}:$${tableColumn('Status')}$${T.lastRow}` },
      ...parts.flatMap((p) => p.namedRanges ?? []),
    ],
    conditionalFormats: parts.flatMap((p) => p.conditionalFormats ?? []),
    frozenRows: T.headerRow,
    addRows: rowsToAdd(formatRows),
    warningRanges: joinSideBySide(parts.flatMap((p) => p.warningRanges ?? [])),
    columnWidths: parts.flatMap((p) => p.columnWidths ?? []),
    charts: parts.flatMap((p) => p.charts ?? []),
  };
}
