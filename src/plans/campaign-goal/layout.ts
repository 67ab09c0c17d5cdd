// Where everything sits on a campaign-goal sheet: fixed addresses, the table's and the channel
// block's columns, and the colours. Independent of the number of channels.
import { columnLetters, columnRange } from '../shared/a1.ts';
import { BREACH_COLORS } from '../shared/breach-rule.ts';
import { CHANNELS, GOAL_LIMITS } from './config.ts';

/**
 * Fixed cell positions (1-based rows; columns as letters). They do not depend on the number of
 * channels, so a sheet built for 1 channel and one for 7 share every address.
 *
 * The first screen (1366 x 768 with the 300 px sidebar open: about 1,000 px and 30 rows of grid)
 * holds the verdict (rows 1-2, frozen), the Goal and Progress blocks, both charts and the table's
 * first columns with Status beside Spend. The table is open-ended: its formulas reach the sheet's
 * last row, however many rows are pasted.
 */
export const LAYOUT = {
  titleCell: 'A1',
  /** The one-line verdict in words, in the frozen rows. */
  verdictCell: 'A2',
  howToCell: 'J1',
  /** Block titles: Progress (D) and Channels (J); the Goal block's title is the goal's name (A1). */
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
  /**
   * The tracking table: header, then data rows to the sheet's last row (open-ended ranges such as
   * `I27:I`). `formatRows`: number formats, validation and colours reach this row (the sheet's rows
   * at creation); rows pasted below it are judged and counted, and the verdict says they are not
   * coloured.
   */
  table: { headerRow: 26, firstRow: 27, formatRows: 3 + GOAL_LIMITS.maxDays },
  /**
   * Pace block: a helper for the pace chart, right of everything else (T:W) under its own grey
   * header in row 3, one row per day of the longest campaign the wizard allows (rows 4-1099).
   */
  pace: { firstColumn: 'T', headerRow: 3, firstRow: 4, lastRow: 3 + GOAL_LIMITS.maxDays },
  /** Rows 1-2 (title and verdict) stay in view; the blocks and the table scroll under them. */
  frozenRows: 2,
  /** Top area (values and styles): title, blocks, table header and the first data row. */
  lastColumn: 'W',
  /**
   * Both charts side by side under the Goal and Progress blocks (rows 13-25, 260 px), on the first
   * screen with the table's header and first rows: the channel chart on A13 (440 px), the pace
   * chart on F13 (540 px).
   */
  chartAnchor: { row: 13, col: 1 },
  paceChartAnchor: { row: 13, col: 6 },
  chartHeight: 260,
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
  'Status',
  'Channel read as',
  'CTR',
  'CVR',
  'CPC',
  'CPL',
  'CPA',
  'ROAS',
] as const;
export type TableColumn = (typeof TABLE_COLUMNS)[number];

/** Column letter of a tracking-table column. */
export function tableColumn(name: TableColumn): string {
  return columnLetters(1 + TABLE_COLUMNS.indexOf(name));
}

/** `I27:I`, or `$I$30:$I` when `absolute`: a table column over every data row, however many. */
export function tableRange(name: TableColumn, absolute = false): string {
  const d = absolute ? '$' : '';
  return `${d}${tableColumn(name)}${d}${LAYOUT.table.firstRow}:${d}${tableColumn(name)}`;
}

/** `I27:I1099`: a table column over the rows that get formats, validation and colours. */
export function tableFormatRange(name: TableColumn): string {
  return columnRange(tableColumn(name), LAYOUT.table.firstRow, LAYOUT.table.formatRows);
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
 * Every computed cell of the Channels block but for Your limit, and the table's computed columns
 * (Status to ROAS, J:Q), as one rectangle: one warning-only protection covers them all.
 */
export const COMPUTED_RANGE = `${channelColumn('Channel')}${LAYOUT.channels.headerRow}:${channelColumn('ROAS')}${LAYOUT.table.formatRows}`;

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
  /** Rows whose Status says Check: lavender, apart from the red of a breach, the amber of a breach not yet sure (breach-rule.ts NOT_YET_COLORS) and the input yellow. */
  checkFill: '#e6dcf2',
  checkText: '#4a2a73',
  /** Header of the pace helper block: grey, not the table's blue. */
  helperHeader: '#e8eaed',
  helperText: '#3c4043',
  verdict: '#174ea6',
} as const;
