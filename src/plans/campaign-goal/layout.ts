// Where everything sits on a campaign-goal sheet: fixed addresses, the table's and the channel
// block's columns, and the colours. Independent of the number of channels.
import { columnLetters, columnRange } from '../shared/a1.ts';
import { BREACH_COLORS } from '../shared/breach-rule.ts';
import { CHANNELS, GOAL_LIMITS } from './config.ts';

/** Rows the tracking table holds; the ARRAYFORMULAs and the breach rule cover exactly these. */
export const TABLE_CAPACITY = 500;

/**
 * Fixed cell positions (1-based rows; columns as letters). They do not depend on the number of
 * channels, so a sheet built for 1 channel and one for 7 share every address.
 */
export const LAYOUT = {
  titleCell: 'A1',
  howToCell: 'J1',
  blockHeaderRow: 2,
  goal: {
    objective: 'B3',
    model: 'B4',
    target: 'B5',
    startDate: 'B6',
    endDate: 'B7',
    limit: 'B8',
    /** The confidence level of the verdicts, beside the limit (its format says what it is). */
    level: 'C8',
    budget: 'B9',
    currency: 'B10',
  },
  progress: {
    results: 'G3',
    pctOfTarget: 'G4',
    targetBar: 'H4',
    spend: 'G5',
    budgetUsed: 'G6',
    budgetBar: 'H6',
    blendedCost: 'G7',
    blendedStatus: 'H7',
    daysElapsed: 'G8',
    /** Says what is wrong when the dates cannot be read (cleared, or the end before the start). */
    datesCheck: 'H8',
    daysLeft: 'G9',
    expected: 'G10',
    pace: 'H10',
    neededPerDay: 'G11',
    /** The chance to reach the target at the pace so far; its format says what it is. */
    chance: 'H11',
    projected: 'G12',
    projectedVerdict: 'H12',
  },
  /** Channel summary: header row, then one row per chosen channel from firstRow (7 slots). */
  channels: { headerRow: 3, firstRow: 4, slots: CHANNELS.length },
  table: { headerRow: 13, firstRow: 14, lastRow: 13 + TABLE_CAPACITY },
  /**
   * Pace block: its header in the table's header row (Q13:T13, frozen with it), then one row per
   * day of the longest campaign (rows 14-1109, past a new sheet's 1000 rows).
   */
  pace: { firstColumn: 'Q', headerRow: 13, firstRow: 14, lastRow: 13 + GOAL_LIMITS.maxDays },
  /** Top area (values and styles): title, blocks, table header and the first data row. */
  lastColumn: 'T',
  /**
   * The channel chart (V2, 480 x 300 px: rows 2-16) and under it the pace chart (V18, 500 px), both
   * right of the pace block and left of Z's right edge (a new sheet has 26 columns).
   */
  chartAnchor: { row: 2, col: 22 },
  paceChartAnchor: { row: 18, col: 22 },
} as const;

/** Tracking-table columns, A..P. */
export const TABLE_COLUMNS = [
  'Date',
  'Channel',
  'Campaign',
  'Impressions',
  'Clicks',
  'Leads',
  'Conversions',
  'Revenue',
  'Spend',
  'CTR',
  'CVR',
  'CPC',
  'CPL',
  'CPA',
  'ROAS',
  'Status',
] as const;
export type TableColumn = (typeof TABLE_COLUMNS)[number];

/** Column letter of a tracking-table column. */
export function tableColumn(name: TableColumn): string {
  return columnLetters(1 + TABLE_COLUMNS.indexOf(name));
}

/** `I14:I513`, or `$I$14:$I$513` when `absolute`: a table column over every data row. */
export function tableRange(name: TableColumn, absolute = false): string {
  return columnRange(tableColumn(name), LAYOUT.table.firstRow, LAYOUT.table.lastRow, absolute);
}

/**
 * Channel-summary columns J..R; J:L (channel, cost per result, limit applied) feed the chart.
 * The one editable column, Your limit, comes last: J:Q is computed and protected with the table's
 * computed columns as one warning range (see COMPUTED_RANGE).
 */
export const CHANNEL_COLUMNS = [
  'Channel',
  'Cost per result',
  'Limit applied',
  'Spend',
  'Results',
  'Share of spend',
  'Status',
  'ROAS',
  'Your limit',
] as const;
export type ChannelColumn = (typeof CHANNEL_COLUMNS)[number];
const CHANNEL_FIRST_COL = 10; // J

/** Column letter of a channel-summary column. */
export function channelColumn(name: ChannelColumn): string {
  return columnLetters(CHANNEL_FIRST_COL + CHANNEL_COLUMNS.indexOf(name));
}

/**
 * Every computed cell right of the Progress block - the channel summary but for Your limit, and
 * the table's computed columns - as one rectangle: one warning-only protection covers them all.
 */
export const COMPUTED_RANGE = `${channelColumn('Channel')}${LAYOUT.channels.headerRow}:${channelColumn('ROAS')}${LAYOUT.table.lastRow}`;

/** The number format of cells that need none (automatic): see planCampaignGoal. */
export const GENERAL = 'General';

export const COLORS = {
  header: '#1a73e8',
  headerText: '#ffffff',
  blockTitle: '#e8f0fe',
  input: '#fff8e1',
  plain: '#ffffff',
  text: '#202124',
  breachFill: BREACH_COLORS.fill,
  breachText: BREACH_COLORS.text,
} as const;
