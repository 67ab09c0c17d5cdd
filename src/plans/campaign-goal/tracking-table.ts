// The tracking table (A26:Q, open-ended): the columns users type or paste, Status beside them (the
// breach rule from the shared module, with the goal's own Date and Channel checks), the channel each
// row is read as, and the computed KPI columns: one ARRAYFORMULA each, in the first data row.
import {
  BREACH_MAX_VALUE,
  breachFormulas,
  CHECK_PREFIX,
  NOT_YET_COLORS,
  type RowRef,
} from '../shared/breach-rule.ts';
import { LEVEL, verdictWords } from '../shared/breach-verdict.ts';
import { renderFormula } from '../shared/formula-locale.ts';
import { quoteString } from '../shared/formula-text.ts';
import type { PlanValidation } from '../shared/sheet-plan.ts';
import type { GoalContext, PlanBlock } from './block.ts';
import { text } from './block.ts';
import { channelReadAs } from './channel-names.ts';
import { rowLimit } from './channels-block.ts';
import {
  COLORS,
  GENERAL,
  LAYOUT,
  TABLE_COLUMNS,
  type TableColumn,
  tableColumn,
  tableFormatRange,
  tableRange,
} from './layout.ts';

/** Columns the user types (A..I) and the rule that warns about each; null: none. */
function typedColumnRules(): Record<string, PlanValidation | null> {
  const atLeastZero: PlanValidation = { kind: 'numberAtLeast', min: 0 };
  return {
    Date: null,
    // No list rule: `Meta` or `LinkedIn Ads` are read as their channel, and a name that is none of
    // the goal's says so in Status - a warning mark on them would say the opposite.
    Channel: null,
    Campaign: null,
    Impressions: atLeastZero,
    Clicks: atLeastZero,
    Leads: atLeastZero,
    Conversions: atLeastZero,
    Revenue: atLeastZero,
    Spend: atLeastZero,
  };
}

export const trackingTable: PlanBlock = (ctx, grid) => {
  const { goal, model, objective, resultsColumn, money, f, locale } = ctx;
  const T = LAYOUT.table;
  TABLE_COLUMNS.forEach((name) => {
    const cell = `${tableColumn(name)}${T.headerRow}`;
    grid.put(cell, text(name));
    grid.style(cell, { bold: true, bg: COLORS.header, color: COLORS.headerText });
  });
  grid.style(`${tableColumn('Status')}${T.headerRow}`, {
    note: `Over ${model} limit when Spend > limit x MAX(${objective.results}, 1), the limit being the row's channel's (Channels block) else ${LAYOUT.goal.limit}. ${verdictWords(model)} Computed for every row from ${T.firstRow} down; rows whose Status says Check are left out of every total, the pace and the charts.`,
  });
  grid.style(`${tableColumn('Channel read as')}${T.headerRow}`, {
    note: 'The goal channel each row counts in: the name as typed, spaces and case aside, or the platform it belongs to (Meta, Facebook, Instagram: Social; Google Ads, Bing, Microsoft Ads: Search; LinkedIn Ads: LinkedIn).',
  });

  // Blank unless both are numbers, the numerator >= 0 and the denominator > 0: a negative count
  // or spend is a typo (Status says so), never a ratio. Blank too past the rule's largest value
  // (1e308 / 0.5 overflows: #NUM! or an infinity, never a KPI).
  const ratio = (numerator: TableColumn, denominator: TableColumn): string => {
    const [n, d] = [tableRange(numerator), tableRange(denominator)];
    const bounded = `IFERROR(IF(${n}/${d}<=${BREACH_MAX_VALUE},${n}/${d},""),"")`;
    return `=ARRAYFORMULA(IF(ISNUMBER(${n})*ISNUMBER(${d}),IF((${d}>0)*(${n}>=0),${bounded},""),""))`;
  };
  const first = (c: TableColumn): string => `${tableColumn(c)}${T.firstRow}`;
  grid.put(first('Channel read as'), f(`=ARRAYFORMULA(${channelReadAs(ctx, tableRange('Channel'))})`));
  grid.put(first('CTR'), f(ratio('Clicks', 'Impressions')));
  grid.put(first('CVR'), f(ratio(goal.objective === 'leads' ? 'Leads' : 'Conversions', 'Clicks')));
  grid.put(first('CPC'), f(ratio('Spend', 'Clicks')));
  grid.put(first('CPL'), f(ratio('Spend', 'Leads')));
  grid.put(first('CPA'), f(ratio('Spend', 'Conversions')));
  grid.put(first('ROAS'), f(ratio('Revenue', 'Spend')));

  const breach = breachFormulas({
    spend: { column: tableColumn('Spend'), label: 'Spend' },
    results: { column: tableColumn(resultsColumn), label: objective.results },
    firstRow: T.firstRow,
    lastRow: null,
    limit: (row) => rowLimit(ctx, row(tableColumn('Channel read as'))),
    extraChecks: (row) => goalChecks(ctx, row),
    blankSpendWithResults: `${CHECK_PREFIX}Spend: blank (type 0 if nothing was spent)`,
    model,
    currency: goal.currency,
    locale,
    missingLimit: `Set the ${model} limit in ${LAYOUT.goal.limit}`,
    level: ctx.ref.level,
    missingLevel: `Set the confidence level in ${LAYOUT.goal.level} (${LEVEL.min * 100}% to ${LEVEL.max * 100}%)`,
    statusColumn: tableColumn('Status'),
  });
  grid.put(first('Status'), f(breach.status));

  const formats = tableFormats(money, ctx.dateFormat);
  for (const name of TABLE_COLUMNS) grid.format(tableFormatRange(name), formats[name]);

  // Warnings, not rejections (allowInvalid): a pasted report keeps its rows, and the formulas above
  // treat text in number cells as "Check ...", never as a breach.
  for (const [name, rule] of Object.entries(typedColumnRules())) {
    if (rule) grid.validate(tableFormatRange(name as TableColumn), rule, true);
  }

  const status = `$${tableColumn('Status')}${T.firstRow}`;
  const rows = `A${T.firstRow}:${tableColumn(TABLE_COLUMNS[TABLE_COLUMNS.length - 1] as TableColumn)}${T.formatRows}`;
  return {
    conditionalFormats: [
      // Amber first: the first rule that holds colours the row (not yet sure), the red one the rest.
      {
        range: rows,
        formula: renderFormula(breach.notYetRule as string, locale),
        background: NOT_YET_COLORS.fill,
        fontColor: NOT_YET_COLORS.text,
      },
      {
        range: rows,
        formula: renderFormula(breach.rule, locale),
        background: COLORS.breachFill,
        fontColor: COLORS.breachText,
      },
      {
        range: rows,
        formula: renderFormula(`=LEFT(${status},${CHECK_PREFIX.length})="${CHECK_PREFIX}"`, locale),
        background: COLORS.checkFill,
        fontColor: COLORS.checkText,
      },
    ],
    // Sized so that Date to Status fit beside the 300 px sidebar on a 1366 px screen; the computed
    // columns right of Status keep Sheets' 100 px.
    columnWidths: TABLE_WIDTHS,
  };
};

/**
 * Date 100 px (the Goal block's labels above it), Channel to Spend 85 and Status 230: A:J in
 * 1,010 px, beside the 300 px sidebar on a 1366 px screen. The computed columns right of Status
 * keep Sheets' 100 px.
 */
const TABLE_WIDTHS = [
  { startCol: 1, numCols: 1, width: 100 },
  { startCol: 2, numCols: 8, width: 85 },
  { startCol: 10, numCols: 1, width: 230 },
];

/**
 * The goal's own checks, before the spend and results are judged: a row dated outside the
 * campaign (a typo year such as 2099 included) or not dated, and a channel that is none of the
 * goal's, gets a Check and is left out of every total, the pace and the charts.
 */
function goalChecks(ctx: GoalContext, row: RowRef): { bad: string; status: string }[] {
  const { start, end } = ctx.ref;
  const date = row(tableColumn('Date'));
  const channel = row(tableColumn('Channel'));
  const readAs = row(tableColumn('Channel read as'));
  const dated = `ISNUMBER(${date})`;
  const names = ctx.goal.channels.map((c) => c.name).join(', ');
  return [
    { bad: `1-${dated}`, status: '"Check Date: not a date"' },
    { bad: `${dated}*ISNUMBER(${start})*(${date}<${start})`, status: '"Check Date: before the start"' },
    { bad: `${dated}*ISNUMBER(${end})*(INT(${date})>${end})`, status: '"Check Date: after the end"' },
    {
      bad: `${readAs}=""`,
      status: `IF(TRIM(${channel})="",${quoteString(`Check Channel: blank (this goal's channels: ${names})`)},"Check Channel: '"&TRIM(${channel})&"' is not one of this goal's channels")`,
    },
  ];
}

/** Number formats of the table's columns, for every data row. */
function tableFormats(money: string, date: string): Record<TableColumn, string> {
  return {
    Date: date,
    Channel: '@',
    Campaign: '@',
    Impressions: '#,##0',
    Clicks: '#,##0',
    Leads: '#,##0',
    // Ad platforms report fractional conversions (52.50); two decimals, as Google Ads shows them.
    Conversions: '#,##0.00',
    Revenue: money,
    Spend: money,
    CTR: '0.00%',
    CVR: '0.00%',
    CPC: money,
    CPL: money,
    CPA: money,
    ROAS: '0.00"x"',
    // General, not '@': the Status ARRAYFORMULA lives in this column, and a formula re-entered
    // into a plain-text cell would be stored as text.
    Status: GENERAL,
    'Channel read as': GENERAL,
  };
}
