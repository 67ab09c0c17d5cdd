// The tracking table (A13:P513): the columns users type or paste, the computed KPI columns (one
// ARRAYFORMULA each, in the first data row), Status and the breach rule from the shared module.

import { BREACH_MAX_VALUE, breachFormulas, NOT_YET_COLORS } from '../shared/breach-rule.ts';
import { LEVEL, VERDICT_NOTE } from '../shared/breach-verdict.ts';
import { renderFormula } from '../shared/formula-locale.ts';
import type { PlanValidation } from '../shared/sheet-plan.ts';
import type { PlanBlock } from './block.ts';
import { text } from './block.ts';
import { rowLimit } from './channels-block.ts';
import {
  COLORS,
  GENERAL,
  LAYOUT,
  TABLE_COLUMNS,
  type TableColumn,
  tableColumn,
  tableRange,
} from './layout.ts';

/** Columns the user types (A..I) and the rule that warns about each; null: none. */
function typedColumnRules(channelNames: string[]): Record<string, PlanValidation | null> {
  const atLeastZero: PlanValidation = { kind: 'numberAtLeast', min: 0 };
  return {
    Date: null,
    Channel: { kind: 'list', values: channelNames },
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
    note: `Over ${model} limit when Spend > limit x MAX(${objective.results}, 1), the limit being the row's channel's (Channels block) else ${LAYOUT.goal.limit}. ${VERDICT_NOTE} Computed for rows ${T.firstRow}-${T.lastRow}.`,
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
    lastRow: T.lastRow,
    limit: (row) => rowLimit(ctx, row(tableColumn('Channel'))),
    model,
    currency: goal.currency,
    locale,
    missingLimit: `Set the ${model} limit in ${LAYOUT.goal.limit}`,
    level: ctx.ref.level,
    missingLevel: `Set the confidence level in ${LAYOUT.goal.level} (${LEVEL.min * 100}% to ${LEVEL.max * 100}%)`,
    statusColumn: tableColumn('Status'),
  });
  grid.put(first('Status'), f(breach.status));

  const formats = tableFormats(money);
  for (const name of TABLE_COLUMNS) grid.format(tableRange(name), formats[name]);

  // Warnings, not rejections (allowInvalid): a pasted report keeps its rows, and the formulas above
  // treat text in number cells as "Check ...", never as a breach.
  const rules = typedColumnRules(goal.channels.map((c) => c.name));
  for (const [name, rule] of Object.entries(rules)) {
    if (rule) grid.validate(tableRange(name as TableColumn), rule, true);
  }

  return {
    conditionalFormats: [
      // Amber first: the first rule that holds colours the row (not yet sure), the red one the rest.
      {
        range: `A${T.firstRow}:${tableColumn('Status')}${T.lastRow}`,
        formula: renderFormula(breach.notYetRule as string, locale),
        background: NOT_YET_COLORS.fill,
        fontColor: NOT_YET_COLORS.text,
      },
      {
        range: `A${T.firstRow}:${tableColumn('Status')}${T.lastRow}`,
        formula: renderFormula(breach.rule, locale),
        background: COLORS.breachFill,
        fontColor: COLORS.breachText,
      },
    ],
    // Date, Channel, Campaign; Status (the table's and the channels'). Others keep Sheets' 100 px.
    columnWidths: [
      { startCol: 1, numCols: 3, width: 130 },
      { startCol: 16, numCols: 1, width: 230 },
    ],
  };
};

/** Number formats of the table's columns, for every data row. */
function tableFormats(money: string): Record<TableColumn, string> {
  return {
    Date: 'yyyy-mm-dd',
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
  };
}
