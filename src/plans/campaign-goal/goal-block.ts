// The title, the how-to line, the verdict's banner row and the Goal block (A3:B10): the goal's own
// inputs, and the cells fixed when the sheet was made (objective, payment model, currency).
import { columnLetters, columnNumber, parseCell } from '../shared/a1.ts';
import { LEVEL, LEVEL_BOUNDS, verdictWords } from '../shared/breach-verdict.ts';
import { dateSerial } from '../shared/iso-date.ts';
import type { PlanCell } from '../shared/sheet-plan.ts';
import { type GoalContext, num, type PlanBlock, text } from './block.ts';
import { COLORS, channelColumn, LAYOUT } from './layout.ts';

export const goalBlock: PlanBlock = (ctx, grid) => {
  const { goal, model } = ctx;
  const T = LAYOUT.table;
  grid.put(LAYOUT.titleCell, text(goal.name));
  grid.style(LAYOUT.titleCell, {
    bold: true,
    size: 14,
    note: 'Built by the campaign-goal wizard. Every formula is a native Sheets formula, so the sheet works without the add-on.',
  });
  grid.put(
    LAYOUT.howToCell,
    text(
      `Type one row per day and channel from row ${T.firstRow}. Rows over the ${model} limit turn red once confirmed, amber while not yet sure. Yellow cells are yours to edit.`,
    ),
  );

  // Row 2 is the verdict's (verdict-block.ts): a light band, no block titles in its way, so the
  // verdict's text runs across the row. The goal's name above is the Goal block's title.
  const H = LAYOUT.blockHeaderRow;
  for (let col = 1; col <= columnNumber(LAYOUT.lastColumn); col++) {
    grid.style(`${columnLetters(col)}${H}`, { bg: COLORS.blockTitle });
  }

  // Labels in A, values in B. Editable values are yellow.
  for (const row of goalRows(ctx)) {
    const { row: r } = parseCell(row.cell);
    grid.put(`A${r}`, text(row.label));
    grid.put(row.cell, row.value, row.format);
    if (row.editable) grid.style(row.cell, { bg: COLORS.input });
    if (row.note) grid.style(row.cell, { note: row.note });
  }
  // The goal's inputs reject what would break every formula that reads them (text in the limit
  // would turn every Status into #VALUE!), with a help text that says what fits.
  const G = LAYOUT.goal;
  grid.validate(
    G.target,
    { kind: 'numberAbove', min: 0 },
    false,
    `The target: a number of ${ctx.resultWord} above 0.`,
  );
  grid.validate(`${G.startDate}:${G.endDate}`, { kind: 'date' }, false, 'A date, e.g. 2026-12-01.');
  // The confidence level beside the limit: the format names it, as the limit cell of flagged reports.
  grid.put(G.level, num(LEVEL.default), '"Confidence "0.0%');
  grid.style(G.level, {
    bg: COLORS.input,
    note: `How sure a verdict must be to say "confirmed" (${LEVEL.min * 100}% to ${LEVEL.max * 100}%). ${verdictWords(model)}`,
  });
  grid.validate(
    G.level,
    { kind: 'numberBetween', min: LEVEL_BOUNDS.min, max: LEVEL_BOUNDS.max },
    false,
    `A confidence level from ${LEVEL.min * 100}% to ${LEVEL.max * 100}%, e.g. 95%.`,
  );
  grid.validate(
    `${G.limit}:${G.budget}`,
    ctx.amountRule,
    false,
    `An amount in ${goal.currency}, ${ctx.amountRuleWords}.`,
  );
  // Every formula was written for these three (the results column, the Status words, the amounts'
  // format): an edit they would then ignore is refused in words instead, as the limit's is.
  const fixed = (cell: string, value: string, what: string): void =>
    grid.validate(
      cell,
      { kind: 'list', values: [value] },
      false,
      `The ${what} was fixed when this sheet was made (${value}). For another, set up a new campaign goal (Extensions > Set up campaign goal...).`,
    );
  fixed(G.objective, ctx.objective.label, 'objective');
  fixed(G.model, model, 'payment model');
  fixed(G.currency, goal.currency, 'currency');
  return {};
};

interface GoalRow {
  cell: string;
  label: string;
  value: PlanCell;
  format?: string;
  editable: boolean;
  note?: string;
}

function goalRows(ctx: GoalContext): GoalRow[] {
  const { goal, model, objective, resultWord, money } = ctx;
  const G = LAYOUT.goal;
  return [
    { cell: G.objective, label: 'Objective', value: text(objective.label), editable: false },
    { cell: G.model, label: 'Payment model', value: text(model), editable: false },
    {
      cell: G.target,
      label: `Target (${resultWord})`,
      value: num(goal.target),
      format: '#,##0',
      editable: true,
    },
    {
      cell: G.startDate,
      label: 'Start date',
      value: num(dateSerial(goal.startDate)),
      format: ctx.dateFormat,
      editable: true,
    },
    {
      cell: G.endDate,
      label: 'End date',
      value: num(dateSerial(goal.endDate)),
      format: ctx.dateFormat,
      editable: true,
    },
    {
      cell: G.limit,
      label: `Max ${model}`,
      value: num(goal.maxCostPerResult),
      format: money,
      editable: true,
      note: `The most one ${objective.result} may cost. Rows whose spend is above this limit x ${resultWord} (at least 1) turn red; a channel's own limit (Channels block, column ${channelColumn('Your limit')}) overrides it. Edit it and the rows re-flag at once.`,
    },
    { cell: G.budget, label: 'Budget', value: num(goal.budget), format: money, editable: true },
    { cell: G.currency, label: 'Currency', value: text(goal.currency), editable: false },
  ];
}
