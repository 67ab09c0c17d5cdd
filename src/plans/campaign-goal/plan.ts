// Pure builder: a validated campaign goal -> the SheetPlan of its tracking sheet (native formulas
// only), assembled from one module per block. A new block is a PlanBlock added to BLOCKS.
import { absoluteCell, columnNumber } from '../shared/a1.ts';
import { gridBuilder } from '../shared/grid.ts';
import { rowsToAdd, type SheetPlan } from '../shared/sheet-plan.ts';
import { type BlockParts, goalContext, type PlanBlock } from './block.ts';
import { channelsBlock } from './channels-block.ts';
import type { CampaignGoal } from './config.ts';
import { goalBlock } from './goal-block.ts';
import { COLORS, COMPUTED_RANGE, GENERAL, LAYOUT } from './layout.ts';
import { paceBlock } from './pace-block.ts';
import { progressBlock } from './progress-block.ts';
import { trackingTable } from './tracking-table.ts';
import { verdictBlock } from './verdict-block.ts';

/** The blocks of a goal sheet, in the order their parts (rules, charts, ...) are written. */
const BLOCKS: readonly PlanBlock[] = [
  goalBlock,
  progressBlock,
  channelsBlock,
  trackingTable,
  paceBlock,
  verdictBlock,
];

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
 * Named-range prefix for a sheet: `CG_<letters and digits of the name>`, `_2`, `_3`... for later
 * attempts (the server takes the first whose names are all free, so a name the user or another
 * sheet already has is never moved), or the name's hash when it has no such letters.
 */
export function namedRangePrefix(sheetName: string, attempt = 1): string {
  const cleaned = sheetName
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 40);
  return `CG_${cleaned || hash8(sheetName)}${attempt > 1 ? `_${attempt}` : ''}`;
}

/**
 * The workbook-wide names a goal sheet defines, for a prefix: what the server checks are free.
 * Only the limit, the cell users' own formulas want (`=Spend/CG_Goal_Q4_leads_Limit`); each name
 * costs a check and a write, and the table is easier to reach by its address.
 */
export function goalRangeNames(prefix: string): { limit: string } {
  return { limit: `${prefix}_Limit` };
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
  // Formats reach the pace block's last day and the table's formatted rows.
  const formatRows = Math.max(T.formatRows, LAYOUT.pace.lastRow);
  const topRows = T.firstRow;
  // Cells that need no format get 'General', the pattern reported as Sheets' documented reset
  // (issue 10): the empty pattern '' is undocumented, and no pattern at all would need a second,
  // non-rectangular setNumberFormats call.
  const grid = gridBuilder({
    topRows,
    formatRows,
    lastColumn: columnNumber(LAYOUT.lastColumn),
    defaults: { background: COLORS.plain, fontColor: COLORS.text, fontSize: 10, numberFormat: GENERAL },
  });
  const ctx = goalContext(goal, opts.locale);
  const parts: BlockParts[] = BLOCKS.map((block) => block(ctx, grid));

  const names = goalRangeNames(opts.namePrefix ?? namedRangePrefix(opts.sheetName));
  return {
    sheetName: opts.sheetName,
    locale: opts.locale,
    ...grid.build(),
    namedRanges: [
      { name: names.limit, range: absoluteCell(LAYOUT.goal.limit) },
      ...parts.flatMap((p) => p.namedRanges ?? []),
    ],
    conditionalFormats: parts.flatMap((p) => p.conditionalFormats ?? []),
    frozenRows: LAYOUT.frozenRows,
    addRows: rowsToAdd(formatRows),
    // The computed cells (the ARRAYFORMULAs in the table's first data row, the channel summary with
    // Limit applied): typing or pasting over them would stop every row's Status or show a wrong
    // limit, so Sheets asks first. One range for all: one protection.
    warningRanges: [COMPUTED_RANGE, ...parts.flatMap((p) => p.warningRanges ?? [])],
    columnWidths: parts.flatMap((p) => p.columnWidths ?? []),
    charts: parts.flatMap((p) => p.charts ?? []),
  };
}
