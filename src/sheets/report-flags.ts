// Server functions for flags on a pasted ad-platform report: detectReport, flagBreaches, removeBreachFlags.
import { type AppliedFlags, appliedFlags, levelCellValue } from '../plans/report-flags/applied.ts';
import { countVerdicts } from '../plans/report-flags/count.ts';
import {
  detectLayout,
  type LayoutChoice,
  type ReportLayout,
  type SheetGrid,
} from '../plans/report-flags/detect.ts';
import { validateFlagOptions } from '../plans/report-flags/options.ts';
import {
  FLAGS_KEY,
  isErrorShown,
  type OwnFlag,
  recordText,
  removalOf,
} from '../plans/report-flags/own-flags.ts';
import { flagsOfReport, placeFlags } from '../plans/report-flags/placement.ts';
import { type FlagPlan, isGoalSheetRule, planFlags } from '../plans/report-flags/plan.ts';
import { columnLetters } from '../plans/shared/a1.ts';
import { isLevel, LEVEL_BOUNDS } from '../plans/shared/breach-verdict.ts';
import { currencyForLocale } from '../plans/shared/currency.ts';
import { decimalMark } from '../plans/shared/formula-locale.ts';
import { describeErrors } from '../plans/shared/validation.ts';
import { documentWrite_ } from './document-write.ts';
import {
  clearRemovals_,
  readForRemoval_,
  readSheet_,
  rulesWithout_,
  type SheetState,
  withMetadata_,
} from './own-flags-io.ts';

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
  /**
   * The confidence level written under the limit: the request's, else (Apply again) the one the
   * user typed in the level cell, else 95%.
   */
  level: number;
}

/** What removeBreachFlags answers: whether there was anything of the add-on's to remove. */
export interface RemoveResult {
  sheetName: string;
  removed: boolean;
  /** Cells the user wrote over the flags, left as they are, in sentences. */
  left: string[];
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

function isGoalSheet_(state: SheetState): boolean {
  return state.read.rules.some((f) => f !== null && isGoalSheetRule(f));
}

/** What detection says of the add-on's own flags the user wrote over (their cells stay theirs). */
function damage_(state: SheetState): string[] {
  return state.flags.flatMap((f) => {
    const head = state.read.values[f.headerRow - 1]?.[f.statusCol - 1];
    const blocked =
      f.formula && isErrorShown(head)
        ? [
            `The Status in ${columnLetters(f.statusCol)}${f.headerRow} cannot show (${head}): a cell under it holds something of yours. Empty the Status column, or Remove flags and Apply again.`,
          ]
        : [];
    return [...blocked, ...removalOf(f, state.read).left];
  });
}

/** detectReport's answer: the layout, plus the add-on's flags when the sheet has them. */
export type DetectedReport = ReportLayout & {
  /** Present only when the sheet carries the add-on's flags: what they say today. */
  applied?: AppliedFlags;
};

/**
 * Reads the report on `sheetName` (the active sheet when omitted) in one batched read of values and
 * display values, and says what it found: platform, header row, data rows, skipped rows, columns,
 * currency, sentences for what it did not find, and the flags already applied (`applied`). The
 * add-on's own cells are read as blank for detection. Writes nothing. `choice` (optional): the
 * header row and columns the user picked in the panel when detection found none or the wrong ones;
 * the table is then read under that row, the chosen columns over those found.
 */
export function detectReport(sheetName?: string, choice?: LayoutChoice): DetectedReport {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const active = sheetName === undefined || sheetName === null;
  const sheet = active ? ss.getActiveSheet() : sheetNamed_(ss, sheetName);
  const locale = ss.getSpreadsheetLocale();
  const state = readSheet_(sheet, { display: true, metadata: false });
  const grid: SheetGrid = { values: state.values, display: state.display ?? [] };
  const layout = detectLayout(
    grid,
    {
      // The name the sheet was found by, as flagBreaches echoes its own: it finds the same sheet
      // again whether or not getSheetByName ignores case (Google's page does not say), and asking
      // the sheet for it would cost one call.
      // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getSheetByName(String)
      sheetName: active ? sheet.getName() : sheetName,
      decimal: decimalMark(locale),
      defaultCurrency: currencyForLocale(locale),
    },
    choice === null || typeof choice !== 'object' ? undefined : choice,
  );
  const problems = [...(isGoalSheet_(state) ? [GOAL_SHEET] : []), ...damage_(state), ...layout.problems];
  const answer: DetectedReport = { ...layout, problems };
  // Flags applied twice over one report are reported (damage_); the panel shows the first.
  const own = state.flags[0];
  if (!own) return answer;
  return { ...answer, applied: appliedFlags(own, layout, state.raw.values, state.raw.display ?? []) };
}

/**
 * Flags every row of the report over the limit: a Status ARRAYFORMULA in the header cell right of
 * the report, the limit in an editable cell beside it with the confidence level under it, and two
 * conditional-format rules colouring the breaching rows (amber: not yet sure; red: confirmed). It records the two columns it wrote with developer metadata, so Remove takes
 * away exactly those. Nothing of the user's is written over: when a cell it needs holds something,
 * it says which and writes nothing. The report's earlier flags are replaced; other reports' stay.
 */
export function flagBreaches(options: ReportLayout & { model: string; limit: number }): FlagResult {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  return documentWrite_({
    writer: 'flagBreaches',
    // Read under the lock: the report checked is the report written beside.
    prepare: () => prepareFlags_(ss, options),
    write: ({ sheet, state, plan, removals, others, record, request, decimal }, undo) => {
      const room = makeRoom_(sheet, plan.limitCol, state.read.values[0]?.length ?? 0);
      if (room) undo(room.what, room.undo);
      // No half-applied flags: whatever got written goes again, the user's rules stay.
      undo(`column ${plan.statusColumn} and the rule`, () => undoFlags_(sheet, plan, others));
      const same = {
        status: `${plan.headerRow},${plan.statusCol}`,
        limit: `${plan.headerRow},${plan.limitCol}`,
        level: `${plan.headerRow + 1},${plan.limitCol}`,
      };
      clearRemovals_(sheet, state, removals, same);
      writeFlags_(sheet, plan, others, record);
      const counts = countVerdicts(request, state.values, decimal);
      return {
        sheetName: request.sheetName,
        rowsChecked: counts.checked,
        rowsFlagged: counts.over,
        rowsConfirmed: counts.confirmed,
        statusColumn: plan.statusColumn,
        level: plan.level,
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

/** Reads and checks under the lock; throws (nothing written) when the options or the place are wrong. */
function prepareFlags_(
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
function makeRoom_(
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
 * formats and rules one call each), the amber and red rules, and (`record`) the metadata.
 */
function writeFlags_(sheet: Sheet, plan: FlagPlan, others: Rule[], record: boolean): void {
  const [cells, inputs, ruleRange, statusColumn, limitColumn] = sheet
    .getRangeList([
      plan.cellsRange,
      plan.inputsRange,
      plan.rule.range,
      plan.statusColumnRange,
      plan.limitColumnRange,
    ])
    .getRanges();
  if (!cells || !inputs || !ruleRange || !statusColumn || !limitColumn)
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
}

/** Empties what a failed writeFlags_ may have written (read again: only its own cells) and puts the rules back. */
function undoFlags_(sheet: Sheet, plan: FlagPlan, others: Rule[]): void {
  const state = readSheet_(sheet, { display: false, metadata: true });
  const here = state.flags.filter((f) => f.headerRow === plan.headerRow && f.statusCol === plan.statusCol);
  clearRemovals_(
    sheet,
    state,
    here.map((f) => removalOf(f, state.read)),
  );
  sheet.setConditionalFormatRules(others);
}

/**
 * Takes away exactly what flagBreaches wrote on the sheet and still holds: its Status formulas,
 * limit cells (with their format and validation), rules and metadata. Cells the user wrote over
 * stay, and the answer says which.
 */
export function removeBreachFlags(sheetName: string): RemoveResult {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  return documentWrite_({
    writer: 'removeBreachFlags',
    // Read under the lock: what is taken away is what the sheet holds now.
    prepare: () => {
      const sheet = sheetNamed_(ss, sheetName);
      const state = readForRemoval_(sheet);
      return { sheet, state, removals: state.flags.map((f) => removalOf(f, state.read)) };
    },
    write: ({ sheet, state, removals }) => {
      const removed = removals.length > 0 || state.strayRules.length > 0;
      if (removed) {
        clearRemovals_(sheet, state, removals);
        sheet.setConditionalFormatRules(rulesWithout_(state, removals));
      }
      return { sheetName, removed, left: removals.flatMap((r) => r.left) };
    },
    wrote: (result) => result.removed,
    // Taking away is not undone: what is left is the add-on's own, and Remove again finishes it.
    explain: ({ cause }) => `Could not remove all the flags: ${cause}. Remove flags again to finish.`,
  });
}
