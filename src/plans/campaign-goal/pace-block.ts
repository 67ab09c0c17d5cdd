// The Pace block (T3:W1099, a helper right of everything else, under a grey header) and its chart: one row per campaign day - the day, the plan (a straight
// line from 0 to 100% of the target on the end date), and results and spend to the end of that day
// as % of the target and of the budget, up to the last day reported - sized for the longest campaign the wizard allows. Four
// ARRAYFORMULAs in the first row, so the block costs no write of its own; the chart is a burn-up:
// results against the straight line to the target, with spend against the same line for the budget.
import { columnLetters, columnNumber, columnRange } from '../shared/a1.ts';
import { CHECK_PREFIX } from '../shared/breach-rule.ts';
import { quoteString } from '../shared/formula-text.ts';
import type { PlanChart } from '../shared/sheet-plan.ts';
import type { GoalContext, PlanBlock } from './block.ts';
import { text } from './block.ts';
import { COLORS, LAYOUT, tableRange } from './layout.ts';

export const PACE_COLUMNS = ['Day', 'Plan', 'Results to date', 'Spend to date'] as const;
export type PaceColumn = (typeof PACE_COLUMNS)[number];

/** Column letter of a pace-block column. */
export function paceColumn(name: PaceColumn): string {
  return columnLetters(columnNumber(LAYOUT.pace.firstColumn) + PACE_COLUMNS.indexOf(name));
}

/** `$Q$14:$Q$1109`: a pace column over every day row. */
export function paceRange(name: PaceColumn): string {
  return columnRange(paceColumn(name), LAYOUT.pace.firstRow, LAYOUT.pace.lastRow, true);
}

/** The block's rows: every day of the longest campaign the wizard allows. */
const DAY_ROWS = LAYOUT.pace.lastRow - LAYOUT.pace.firstRow + 1;

/**
 * The four first-row formulas (en_US; the plan renders them for the locale). Native functions that
 * both Google Sheets and HyperFormula have: ARRAYFORMULA, SEQUENCE, SUMIF, MAX, IF, IFERROR, AND,
 * ISNUMBER, LEFT. No decimal literals, and nothing volatile (no TODAY()): the block recalculates when
 * the table changes, not on every edit anywhere in the spreadsheet. Every function that must give one
 * value per day expands inside ARRAYFORMULA in Sheets (local/engine/array-rules.ts); MAX and AND give
 * one value on purpose.
 *
 * - Day: the start date plus 0, 1, ...; blank past the end date, and blank throughout while the
 *   start or end date is not a date or the end is before the start (no 1899 dates for a cleared cell).
 * - Plan: day n of N is n/N of the target.
 * - Results / Spend to date: SUMIF of the table up to and including the day - SUMIF, not SUMIFS:
 *   Sheets evaluates SUMIF once per day given a column of criteria, while SUMIFS gives one value for
 *   the whole column (Stack Overflow 62661367; infoinspired.com). The second condition, a Status that
 *   is not a `Check ...` (the rows the table refuses to judge: text, negatives, errors, which the
 *   totals leave out too), is built into the key SUMIF compares: the row's date, or "" for a Check
 *   row, which no `<=day` criterion matches. SUMIF never reads the sum cell of a row whose key does
 *   not match, so the errors of Check rows stay out. An error in a row whose Status does not say
 *   Check blanks the days from its date (IFERROR), never a wrong figure. Blank after the latest date
 *   in the table, so the line stops at the last day reported (ad platforms report yesterday's numbers;
 *   a flat line to the end date would look like a finished campaign); blank for a target or budget
 *   that is not a positive number.
 */
export function paceFormulas(ctx: Pick<GoalContext, 'resultsColumn' | 'ref'>): Record<PaceColumn, string> {
  const { start, end, target, budget } = ctx.ref;
  const day = paceRange('Day');
  const days = `IF(AND(ISNUMBER(${start}),ISNUMBER(${end}),${end}>=${start}),${end}-${start}+1,0)`;
  const dates = tableRange('Date', true);
  const judgedDates = `IF(LEFT(${tableRange('Status', true)},${CHECK_PREFIX.length})=${quoteString(CHECK_PREFIX)},"",${dates})`;
  // The latest date of a row the Status judged: a row dated 2099 (a Check) must not draw the lines on
  // to the end date. MAXIFS gives one value, inside ARRAYFORMULA or not.
  // A row with a date but no spend typed yet (dates filled in ahead for the month) is no reported
  // day either: `"<>"` on the typed Spend cells, not on the Status (whether a formula's "" counts
  // as empty for a criterion is not documented for Sheets).
  const lastJudgedDay = `MAXIFS(${dates},${tableRange('Status', true)},"<>Check*",${tableRange('Spend', true)},"<>")`;
  const toDate = (column: 'Spend' | typeof ctx.resultsColumn, goal: string): string =>
    `=ARRAYFORMULA(IF(${day}="","",IF(${day}>${lastJudgedDay},"",IFERROR(IF(${goal}>0,` +
    `SUMIF(${judgedDates},"<="&${day},${tableRange(column, true)})/${goal},""),""))))`;
  return {
    Day: `=ARRAYFORMULA(IF(SEQUENCE(${DAY_ROWS})<=${days},${start}+SEQUENCE(${DAY_ROWS})-1,""))`,
    Plan: `=ARRAYFORMULA(IF(${day}="","",SEQUENCE(${DAY_ROWS})/(${end}-${start}+1)))`,
    'Results to date': toDate(ctx.resultsColumn, target),
    'Spend to date': toDate('Spend', budget),
  };
}

/** The burn-up chart over the whole block; rows with a blank day are not drawn. */
export function paceChart(resultWord: string): PlanChart {
  const P = LAYOUT.pace;
  return {
    type: 'line',
    ranges: [`${paceColumn('Day')}${P.headerRow}:${paceColumn('Spend to date')}${P.lastRow}`],
    headerRows: 1,
    anchor: LAYOUT.paceChartAnchor,
    width: 540,
    height: LAYOUT.chartHeight,
    options: {
      title: `Pace: ${resultWord} and spend, % of target and budget`,
      legend: { position: 'bottom' },
      // Plan dashed grey, results blue, spend red: the two lines to read against the plan.
      series: {
        0: { color: '#9aa0a6', lineDashStyle: [4, 4] },
        1: { color: '#1a73e8' },
        2: { color: '#ea4335' },
      },
    },
  };
}

export const paceBlock: PlanBlock = (ctx, grid) => {
  const P = LAYOUT.pace;
  const formulas = paceFormulas(ctx);
  for (const name of PACE_COLUMNS) {
    const header = `${paceColumn(name)}${P.headerRow}`;
    grid.put(header, text(name === 'Results to date' ? `${ctx.objective.results} to date` : name));
    grid.style(header, { bold: true, bg: COLORS.helperHeader, color: COLORS.helperText });
    grid.put(`${paceColumn(name)}${P.firstRow}`, ctx.f(formulas[name]));
    grid.format(paceRange(name).replace(/\$/g, ''), name === 'Day' ? ctx.dateFormat : '0%');
  }
  grid.style(`${paceColumn('Day')}${P.headerRow}`, {
    note:
      'Pace, one row per campaign day (feeds the pace chart): the plan is a straight line to 100% of the ' +
      `target on the end date; ${ctx.resultWord} and spend to the end of each day are % of the target and ` +
      'of the budget, up to the latest date in the table. Rows whose Status says Check are left out. Computed: do not type here.',
  });
  // Computed: typing into the block would stop its ARRAYFORMULAs (Sheets' "would overwrite data"
  // #REF!), so Sheets asks first. Its own protection: the computed cells' rectangle (J3:Q1099) would
  // take in the editable Your limit column R if it were widened to reach here.
  return {
    warningRanges: [`${paceColumn('Day')}${P.headerRow}:${paceColumn('Spend to date')}${P.lastRow}`],
    charts: [paceChart(ctx.resultWord)],
  };
};
