// What a block module of the campaign-goal plan gets (the goal and derived words, formats and
// references) and gives back (the plan parts beyond the grid). A plan is its blocks, in order.

import { sheetsLocale } from '../../locale/locales.ts';
import { absoluteCell } from '../shared/a1.ts';
import { BREACH_MAX_VALUE, CHECK_PREFIX } from '../shared/breach-rule.ts';
import { smallestUnit } from '../shared/cost-model.ts';
import { currencyNumberFormat } from '../shared/currency.ts';
import { decimalMark, renderFormula } from '../shared/formula-locale.ts';
import type { GridBuilder } from '../shared/grid.ts';
import type { PlanCell, PlanValidation, SheetPlan } from '../shared/sheet-plan.ts';
import { type CampaignGoal, OBJECTIVES } from './config.ts';
import { LAYOUT, type TableColumn, tableRange } from './layout.ts';

export interface GoalContext {
  goal: CampaignGoal;
  locale: string;
  model: CampaignGoal['model'];
  objective: (typeof OBJECTIVES)[keyof typeof OBJECTIVES];
  /** The table column holding results: Leads, Conversions or Clicks. */
  resultsColumn: TableColumn;
  /** `leads`, `conversions`, `clicks`. */
  resultWord: string;
  /** Number format of result counts (conversions come in fractions). */
  resultsFormat: string;
  /** Number format of amounts in the goal's currency. */
  money: string;
  /** Number format of dates: the locale's own date pattern (src/locale/locales.ts). */
  dateFormat: string;
  /** The rule for amounts typed in the sheet: at least the currency's smallest unit. */
  amountRule: PlanValidation;
  /** The same in words for help texts: `at least 0.01`. */
  amountRuleWords: string;
  /** Absolute references to the goal's editable cells. */
  ref: { limit: string; level: string; target: string; start: string; end: string; budget: string };
  /** A formula cell rendered for the locale from en_US. */
  f(enUs: string): PlanCell;
}

/** Plan parts a block adds besides its cells; the plan concatenates them in block order. */
export type BlockParts = Partial<
  Pick<SheetPlan, 'namedRanges' | 'conditionalFormats' | 'warningRanges' | 'columnWidths' | 'charts'>
>;

export type PlanBlock = (ctx: GoalContext, grid: GridBuilder) => BlockParts;

export function goalContext(goal: CampaignGoal, locale: string): GoalContext {
  const objective = OBJECTIVES[goal.objective];
  const resultsColumn = objective.results as TableColumn;
  const G = LAYOUT.goal;
  return {
    goal,
    locale,
    model: goal.model,
    objective,
    resultsColumn,
    resultWord: objective.results.toLowerCase(),
    resultsFormat: resultsColumn === 'Conversions' ? '#,##0.00' : '#,##0',
    money: currencyNumberFormat(goal.currency),
    dateFormat: sheetsLocale(locale).datePattern,
    amountRule: { kind: 'numberAtLeast', min: smallestUnit(goal.currency) },
    amountRuleWords: `at least ${String(smallestUnit(goal.currency)).replace('.', decimalMark(locale))}`,
    ref: {
      limit: absoluteCell(G.limit),
      level: absoluteCell(G.level),
      target: absoluteCell(G.target),
      start: absoluteCell(G.startDate),
      end: absoluteCell(G.endDate),
      budget: absoluteCell(G.budget),
    },
    f: (enUs) => ({ formula: renderFormula(enUs, locale) }),
  };
}

export const text = (s: string): PlanCell => ({ text: s });
export const num = (n: number): PlanCell => ({ number: n });

/**
 * en_US total of a table column over the rows the Status judged: rows whose Status says
 * `Check ...` (an error value, text, a negative or absurd number) are left out, so one bad row
 * cannot turn a total into an error or a wrong figure. `where` adds SUMIFS criteria pairs.
 */
export function judgedSum(column: TableColumn, ...where: [TableColumn, string][]): string {
  const criteria = [['Status', `"<>${CHECK_PREFIX}*"`] as const, ...where]
    .map(([c, criterion]) => `,${tableRange(c, true)},${criterion}`)
    .join('');
  return `SUMIFS(${tableRange(column, true)}${criteria})`;
}

/**
 * en_US cost per result of two total cells: blank without results, and blank where the quotient
 * overflows or passes the rule's largest value (1e12 of spend on 1e-300 leads: #NUM!, no KPI).
 */
export function costPerResult(spend: string, results: string): string {
  const q = `${spend}/${results}`;
  return `IFERROR(IF(N(${results})>0,IF(${q}<=${BREACH_MAX_VALUE},${q},""),""),"")`;
}
