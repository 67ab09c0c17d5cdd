// Server functions for flags on a pasted ad-platform report: detectReport, flagBreaches, removeBreachFlags
// (flagBreaches' checks and writes are in flag-writes.ts; reading and removing the add-on's own cells in own-flags-io.ts).
import { type AppliedFlags, appliedFlags } from '../plans/report-flags/applied.ts';
import { countVerdicts, formatSpan } from '../plans/report-flags/count.ts';
import {
  detectLayout,
  type LayoutChoice,
  type ReportLayout,
  type SheetGrid,
} from '../plans/report-flags/detect.ts';
import { isErrorShown, removalOf } from '../plans/report-flags/own-flags.ts';
import { columnLetters } from '../plans/shared/a1.ts';
import { currencyForLocale } from '../plans/shared/currency.ts';
import { decimalMark } from '../plans/shared/formula-locale.ts';
import { documentWrite_ } from './document-write.ts';
import {
  GOAL_SHEET,
  isGoalSheet_,
  makeRoom_,
  prepareFlags_,
  sheetNamed_,
  undoFlags_,
  writeFlags_,
} from './flag-writes.ts';
import {
  clearRemovals_,
  readForRemoval_,
  readSheet_,
  rulesWithout_,
  type SheetState,
} from './own-flags-io.ts';

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
    const lost =
      f.lost.length === 0
        ? []
        : [
            `The ${f.lost.map((c) => (c === 'limit' ? 'limit' : 'confidence level')).join(' and ')} cell${f.lost.length === 1 ? '' : 's'} of the Status in ${columnLetters(f.statusCol)}${f.headerRow} ${f.lost.length === 1 ? 'was' : 'were'} deleted with ${f.lost.length === 1 ? 'its row or column' : 'their column'}: no verdict can show. Apply again to write ${f.lost.length === 1 ? 'it' : 'them'} again.`,
          ];
    return [...blocked, ...lost, ...removalOf(f, state.read).left];
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
      const span = formatSpan(request, state.values.length);
      const spanRange = writeFlags_(sheet, plan, others, record, span.a1);
      // The number formats of spend and results only where they can change the count: a `12%` or
      // `10:30` there is a Check in the Status (what the cell shows), never a row over the limit.
      const byValues = countVerdicts(request, state.values, decimal);
      const counts =
        byValues.over === 0
          ? byValues
          : countVerdicts(request, state.values, decimal, {
              grid: spanRange.getNumberFormats(),
              firstCol: span.firstCol,
            });
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
