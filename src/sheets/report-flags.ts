// Server functions for flags on a pasted ad-platform report: detectReport, flagBreaches, removeBreachFlags.
import { countVerdicts } from '../plans/report-flags/count.ts';
import { detectLayout, type ReportLayout, type SheetGrid } from '../plans/report-flags/detect.ts';
import { validateFlagOptions } from '../plans/report-flags/options.ts';
import {
  type FlagPlan,
  isGoalSheetRule,
  isOwnNotYetRule,
  type OwnFlags,
  ownFlagsOf,
  type PlacementProblem,
  placementProblem,
  planFlags,
} from '../plans/report-flags/plan.ts';
import { LEVEL } from '../plans/shared/breach-verdict.ts';
import { currencyForLocale } from '../plans/shared/currency.ts';
import { decimalMark } from '../plans/shared/formula-locale.ts';
import { asLiteralText } from '../plans/shared/literal-text.ts';
import { describeErrors } from '../plans/shared/validation.ts';
import { documentWrite_ } from './document-write.ts';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Rule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;

/** What flagBreaches answers. */
export interface FlagResult {
  sheetName: string;
  /** Campaign rows of the table (totals, blank lines and footers are not checked). */
  rowsChecked: number;
  /** Rows over the limit now (they are coloured and their Status says by how much). */
  rowsFlagged: number;
  /** Of rowsFlagged, those whose breach is confirmed at the level (red; the others are amber). */
  rowsConfirmed: number;
  /** The column letter of the Status column. */
  statusColumn: string;
}

/** What removeBreachFlags answers: whether there was anything of the add-on's to remove. */
export interface RemoveResult {
  sheetName: string;
  removed: boolean;
}

/**
 * The add-on's own rule among a sheet's rules, by its formula (plan.ts ownFlagsOf), and whether the
 * sheet is a campaign-goal sheet (its untagged status-column rule): 2 reads per rule, in memory.
 */
function findOwn_(rules: Rule[]): { own: OwnFlags | null; others: Rule[]; goalSheet: boolean } {
  let own: OwnFlags | null = null;
  let goalSheet = false;
  const others: Rule[] = [];
  for (const rule of rules) {
    const formula = rule.getBooleanCondition()?.getCriteriaValues()[0];
    const mine = typeof formula === 'string' ? ownFlagsOf(formula) : null;
    if (mine) own = mine;
    else if (typeof formula !== 'string' || !isOwnNotYetRule(formula)) others.push(rule);
    if (typeof formula === 'string' && isGoalSheetRule(formula)) goalSheet = true;
  }
  return { own, others, goalSheet };
}

const GOAL_SHEET = 'This is a campaign-goal sheet: it flags its own rows already.';

function sheetNamed_(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, name: unknown): Sheet {
  if (typeof name !== 'string' || name === '') {
    throw new Error(`sheetName: expected the name of a sheet, got ${JSON.stringify(name ?? null)}`);
  }
  const sheet = ss.getSheetByName(name);
  if (!sheet) throw new Error(`sheetName: there is no sheet named "${name}" (was it renamed?)`);
  return sheet;
}

/**
 * The grid with the add-on's own Status and limit columns blanked, so they are not read as report.
 * A Status formula showing an error spilled nothing (#REF!: "Array result was not expanded because
 * it would overwrite data"): the cells below it are the user's, and must stay seen - else applying
 * again writes the same blocked formula and counts rows that are not red.
 */
function withoutOwn_<T>(rows: T[][], own: OwnFlags | null, blank: T): T[][] {
  if (!own) return rows;
  const c = own.statusCol - 1;
  const formulaRow = own.headerRow;
  const shown = rows[formulaRow]?.[c];
  const spilled = !(typeof shown === 'string' && /^#[A-Z0-9/]+[!?]?$/.test(shown));
  return rows.map((row, r) => {
    if (row.length <= c || (!spilled && r > formulaRow)) return row;
    const copy = row.slice();
    copy[c] = blank;
    if (copy.length > c + 1) copy[c + 1] = blank;
    return copy;
  });
}

/**
 * Reads the report on `sheetName` (the active sheet when omitted) in one batched read of values and
 * display values, and says what it found: platform, header row, data rows, skipped rows, columns,
 * currency, and sentences for what it did not find. Writes nothing.
 */
export function detectReport(sheetName?: string): ReportLayout {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const sheet =
    sheetName === undefined || sheetName === null ? ss.getActiveSheet() : sheetNamed_(ss, sheetName);
  const locale = ss.getSpreadsheetLocale();
  const decimal = decimalMark(locale);
  const range = sheet.getDataRange();
  const { own, goalSheet } = findOwn_(sheet.getConditionalFormatRules());
  const grid: SheetGrid = {
    values: withoutOwn_(range.getValues(), own, ''),
    display: withoutOwn_(range.getDisplayValues(), own, ''),
  };
  const layout = detectLayout(grid, {
    sheetName: sheet.getName(),
    decimal,
    defaultCurrency: currencyForLocale(locale),
  });
  return goalSheet ? { ...layout, problems: [GOAL_SHEET, ...layout.problems] } : layout;
}

/**
 * Flags every row of the report over the limit: a Status column right of the report (one native
 * ARRAYFORMULA), the limit in an editable cell beside its header, and one conditional-format rule
 * colouring the breaching rows. Nothing of the report changes; the user's own rules stay; applying
 * again replaces the add-on's column and rule. Invalid options are refused before anything is written.
 */
export function flagBreaches(options: ReportLayout & { model: string; limit: number }): FlagResult {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  return documentWrite_({
    writer: 'flagBreaches',
    // Read under the lock: the report checked is the report written beside.
    prepare: () => {
      const sheet = sheetNamed_(ss, (options as { sheetName?: unknown } | null)?.sheetName);
      const locale = ss.getSpreadsheetLocale();
      const { own, others, goalSheet } = findOwn_(sheet.getConditionalFormatRules());
      if (goalSheet) throw new Error(GOAL_SHEET);
      const values = withoutOwn_(sheet.getDataRange().getValues(), own, '');
      const grid: SheetGrid = { values, display: [] };
      const checked = validateFlagOptions(options, grid, {
        sheetName: (options as { sheetName: string }).sheetName,
        decimal: decimalMark(locale),
        defaultCurrency: currencyForLocale(locale),
      });
      if (!checked.ok) throw new Error(`The flag options are not valid: ${describeErrors(checked.errors)}`);
      const plan = planFlags(checked.request, locale);
      const blocked: PlacementProblem | null = placementProblem(plan, values);
      if (blocked) throw new Error(blocked.message);
      return { sheet, own, others, values, request: checked.request, plan, decimal: decimalMark(locale) };
    },
    write: ({ sheet, own, others, values, request, plan, decimal }, undo) => {
      // No half-applied flags: whatever got written goes again, the user's rules stay.
      undo(`column ${plan.statusColumn} and the rule`, () => {
        clearOwn_(sheet, { statusCol: plan.block.col, headerRow: plan.block.row });
        sheet.setConditionalFormatRules(others);
      });
      writeFlags_(sheet, plan, own, others);
      const counts = countVerdicts(request, values, decimal);
      return {
        sheetName: request.sheetName,
        rowsChecked: counts.checked,
        rowsFlagged: counts.over,
        rowsConfirmed: counts.confirmed,
        statusColumn: plan.statusColumn,
      };
    },
    explain: ({ cause, leftOver }, { plan }) =>
      `Could not apply the flags: ${cause}. ${
        leftOver.length === 0
          ? 'No flags are left on the sheet (apply again to retry); the report is as it was.'
          : `Cleaning up also failed: remove column ${plan.statusColumn} and the rule by hand.`
      }`,
  });
}

/** The writes of flagBreaches, in 6 document calls (4 more when an earlier Status moved). */
function writeFlags_(sheet: Sheet, plan: FlagPlan, own: OwnFlags | null, others: Rule[]): void {
  if (own && (own.statusCol !== plan.block.col || own.headerRow !== plan.block.row)) clearOwn_(sheet, own);
  const [block, inputs, ruleRange] = sheet
    .getRangeList([plan.blockRange, `${plan.limitCell}:${plan.levelCell}`, plan.rule.range])
    .getRanges();
  if (!block || !inputs || !ruleRange) throw new Error('flagBreaches: could not get the ranges to write');
  block.setValues([
    [asLiteralText(plan.header), plan.limit],
    [plan.statusFormula, plan.level],
  ]);
  // The limit and the level below it: one call each for both cells' formats and rules.
  inputs.setNumberFormats([[plan.limitFormat], [plan.levelFormat]]);
  inputs.setDataValidations([
    [
      SpreadsheetApp.newDataValidation()
        .requireNumberGreaterThanOrEqualTo(plan.limitMin)
        .setAllowInvalid(false)
        .setHelpText(plan.limitHelp)
        .build(),
    ],
    [
      SpreadsheetApp.newDataValidation()
        .requireNumberBetween(LEVEL.min, LEVEL.max)
        .setAllowInvalid(false)
        .setHelpText(plan.levelHelp)
        .build(),
    ],
  ]);
  const colour = (r: FlagPlan['rule']): Rule =>
    SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied(r.formula)
      .setBackground(r.background)
      .setFontColor(r.fontColor)
      .setRanges([ruleRange])
      .build();
  // setConditionalFormatRules replaces every rule of the sheet: the user's go back as they were.
  // Amber before red: the first rule that holds colours the row.
  sheet.setConditionalFormatRules([...others, colour(plan.notYetRule), colour(plan.rule)]);
}

/** Empties the add-on's Status block and limit cell (content, the limit's format and rule). */
function clearOwn_(sheet: Sheet, own: OwnFlags): void {
  const block = sheet.getRange(own.headerRow, own.statusCol, 2, 2);
  block.clearContent();
  // The limit and the level below it.
  const inputs = sheet.getRange(own.headerRow, own.statusCol + 1, 2, 1);
  inputs.clearFormat();
  inputs.clearDataValidations();
}

/** Takes away exactly what flagBreaches added: its rule, Status column and limit cell. */
export function removeBreachFlags(sheetName: string): RemoveResult {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const sheet = sheetNamed_(ss, sheetName);
  const { own, others } = findOwn_(sheet.getConditionalFormatRules());
  if (!own) return { sheetName: sheet.getName(), removed: false };
  clearOwn_(sheet, own);
  sheet.setConditionalFormatRules(others);
  return { sheetName: sheet.getName(), removed: true };
}
