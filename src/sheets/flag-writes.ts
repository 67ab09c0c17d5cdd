// The writes of flagBreaches (src/sheets/report-flags.ts): the options checked and the place found
// under the lock, room made at the right of a report as wide as its sheet, the Status, limit,
// level, rules and records written in a few batched calls, and their undo.
import { levelCellValue } from '../plans/report-flags/applied.ts';
import type { ReportLayout, SheetGrid } from '../plans/report-flags/detect.ts';
import { validateFlagOptions } from '../plans/report-flags/options.ts';
import { FLAGS_KEY, type OwnFlag, recordText, removalOf } from '../plans/report-flags/own-flags.ts';
import { flagsOfReport, placeFlags } from '../plans/report-flags/placement.ts';
import { type FlagPlan, isGoalSheetRule, planFlags } from '../plans/report-flags/plan.ts';
import { columnLetters } from '../plans/shared/a1.ts';
import { isLevel, LEVEL_BOUNDS } from '../plans/shared/breach-verdict.ts';
import { currencyForLocale } from '../plans/shared/currency.ts';
import { decimalMark } from '../plans/shared/formula-locale.ts';
import { describeErrors } from '../plans/shared/validation.ts';
import { clearRemovals_, readSheet_, rulesWithout_, type SheetState, withMetadata_ } from './own-flags-io.ts';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Rule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;

/** Why flags are refused on a campaign-goal sheet. */
export const GOAL_SHEET = 'This is a campaign-goal sheet: it flags its own rows already.';

/** The sheet the server function was asked for, by name; refused in words when there is none. */
export function sheetNamed_(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, name: unknown): Sheet {
  if (typeof name !== 'string' || name === '') {
    throw new Error(`sheetName: expected the name of a sheet, got ${JSON.stringify(name ?? null)}`);
  }
  const sheet = ss.getSheetByName(name);
  if (!sheet) throw new Error(`sheetName: there is no sheet named "${name}" (was it renamed?)`);
  return sheet;
}

/** Whether the sheet carries a campaign-goal sheet's own Status rule. */
export function isGoalSheet_(state: SheetState): boolean {
  return state.read.rules.some((f) => f !== null && isGoalSheetRule(f));
}

/** Reads and checks under the lock; throws (nothing written) when the options or the place are wrong. */
export function prepareFlags_(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  options: ReportLayout & { model: string; limit: number },
) {
  const sheet = sheetNamed_(ss, (options as { sheetName?: unknown } | null)?.sheetName);
  const locale = ss.getSpreadsheetLocale();
  let state = readSheet_(sheet, { display: false, metadata: false });
  if (isGoalSheet_(state)) throw new Error(GOAL_SHEET);
  const grid: SheetGrid = { values: state.values, display: [] };
  const checked = validateFlagOptions(options, grid, {
    sheetName: (options as { sheetName: string }).sheetName,
    decimal: decimalMark(locale),
    defaultCurrency: currencyForLocale(locale),
  });
  if (!checked.ok) throw new Error(`The flag options are not valid: ${describeErrors(checked.errors)}`);
  let request = checked.request;
  let plan = planFlags(request, locale);
  const span = {
    headerRow: plan.headerRow,
    firstCol: checked.request.analysis.header.first + 1,
    lastCol: plan.statusCol - 1,
    lastRow: plan.lastRow,
  };
  const at = (f: OwnFlag): boolean =>
    f.formula &&
    f.headerRow === plan.headerRow &&
    f.statusCol === plan.statusCol &&
    f.limitCol === plan.limitCol;
  let mine = flagsOfReport(span, state.flags, state.read);
  // Flags moving (or several of them) take their metadata along: read it now if it was not.
  if (!state.metadata && !(mine.length === 0 || (mine.length === 1 && mine.every(at)))) {
    state = withMetadata_(sheet, state);
    mine = flagsOfReport(span, state.flags, state.read);
  }
  const placement = placeFlags(
    span,
    { statusCol: plan.statusCol, limitCol: plan.limitCol },
    mine,
    state.read,
  );
  if (placement.problem) throw new Error(placement.problem);
  // Apply again without a level (the panel sends none) keeps the one the user typed under the limit:
  // writing 95% over it would lose their edit.
  const kept = mine.length === 1 && mine[0] ? levelCellValue(mine[0], state.raw.values) : null;
  const asked = (options as { level?: unknown }).level;
  if (asked === undefined && isLevel(kept) && kept !== request.level) {
    request = { ...request, level: kept };
    plan = planFlags(request, locale);
  }
  // Flags applied again where they are keep their metadata (read or not: nothing was damaged).
  const inPlace =
    mine.length === 1 && mine.every((f) => at(f) && (!state.metadata || f.metadata.length === 2));
  return {
    sheet,
    state,
    plan,
    removals: inPlace ? placement.removals.map((r) => ({ ...r, metadata: [] })) : placement.removals,
    others: rulesWithout_(state, placement.removals),
    record: !inPlace,
    request,
    decimal: decimalMark(locale),
  };
}

/**
 * Columns added at the right so the Status and limit columns end inside the sheet: a report as
 * wide as its sheet (an import, a paste of 25+ columns) has no free column, and Apps Script refuses
 * a range past the last one. No call when the data range (`dataWidth` columns) already reaches the
 * column (Apply again), else 1, 2 when it inserts; null when nothing was added, else how to take
 * the new columns away again.
 */
export function makeRoom_(
  sheet: Sheet,
  lastColumn: number,
  dataWidth: number,
): { what: string; undo: () => void } | null {
  if (lastColumn <= dataWidth) return null;
  const max = sheet.getMaxColumns();
  if (lastColumn <= max) return null;
  const added = lastColumn - max;
  sheet.insertColumnsAfter(max, added);
  return {
    what: `the ${added} empty column${added === 1 ? '' : 's'} added right of column ${columnLetters(max)}`,
    undo: () => sheet.deleteColumns(max + 1, added),
  };
}

/**
 * The writes of flagBreaches: the Status formula, the limit with the level under it (values,
 * formats and rules one call each), the amber and red rules, and (`record`) the metadata. `read`
 * (A1) is a range the caller reads afterwards, got in the same call as the written ones.
 */
export function writeFlags_(
  sheet: Sheet,
  plan: FlagPlan,
  others: Rule[],
  record: boolean,
  read: string,
): GoogleAppsScript.Spreadsheet.Range {
  const [cells, inputs, ruleRange, statusColumn, limitColumn, readRange] = sheet
    .getRangeList([
      plan.cellsRange,
      plan.inputsRange,
      plan.rule.range,
      plan.statusColumnRange,
      plan.limitColumnRange,
      read,
    ])
    .getRanges();
  if (!cells || !inputs || !ruleRange || !statusColumn || !limitColumn || !readRange)
    throw new Error('flagBreaches: could not get the ranges to write');
  // '' under the formula: the cell its array fills (placement found it empty or the add-on's own).
  cells.setValues([
    [plan.statusFormula, plan.limit],
    ['', plan.level],
  ]);
  inputs.setNumberFormats([[plan.limitFormat], [plan.levelFormat]]);
  inputs.setDataValidations([
    [
      SpreadsheetApp.newDataValidation()
        .requireNumberBetween(plan.limitMin, plan.limitMax)
        .setAllowInvalid(false)
        .setHelpText(plan.limitHelp)
        .build(),
    ],
    [
      SpreadsheetApp.newDataValidation()
        .requireNumberBetween(LEVEL_BOUNDS.min, LEVEL_BOUNDS.max)
        .setAllowInvalid(false)
        .setHelpText(plan.levelHelp)
        .build(),
    ],
  ]);
  // Column metadata moves with inserted and deleted columns and goes with its column
  // (https://developers.google.com/apps-script/reference/spreadsheet/range#addDeveloperMetadata(String,String)).
  if (record) {
    const id = `${Date.now().toString(36)}-${plan.statusColumn}${plan.headerRow}`;
    const written = { id, row: plan.headerRow, limit: plan.limit, level: plan.level };
    statusColumn.addDeveloperMetadata(FLAGS_KEY, recordText({ role: 'status', ...written }));
    limitColumn.addDeveloperMetadata(FLAGS_KEY, recordText({ role: 'limit', ...written }));
  }
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
  return readRange;
}

/** Empties what a failed writeFlags_ may have written (read again: only its own cells) and puts the rules back. */
export function undoFlags_(sheet: Sheet, plan: FlagPlan, others: Rule[]): void {
  const state = readSheet_(sheet, { display: false, metadata: true });
  const here = state.flags.filter((f) => f.headerRow === plan.headerRow && f.statusCol === plan.statusCol);
  clearRemovals_(
    sheet,
    state,
    here.map((f) => removalOf(f, state.read)),
  );
  sheet.setConditionalFormatRules(others);
}
