// Reading the add-on's own flags off a sheet (rules, cells, developer metadata) in a few batched
// calls, and taking away exactly what it wrote.

import {
  FLAGS_KEY,
  type OwnFlag,
  ownFlags,
  type Removal,
  removalOf,
  type SheetRead,
} from '../plans/report-flags/own-flags.ts';
import { ownCells } from '../plans/report-flags/placement.ts';
import { columnLetters } from '../plans/shared/a1.ts';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Rule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;
type Metadata = GoogleAppsScript.Spreadsheet.DeveloperMetadata;

/** A sheet as read once: its rules and metadata (to rewrite and remove), and the pure reading. */
export interface SheetState {
  rules: Rule[];
  metadata: Metadata[];
  read: SheetRead;
  flags: OwnFlag[];
  strayRules: number[];
  /** The data range's values with the add-on's own cells blank: the report as the user has it. */
  values: unknown[][];
  display: string[][] | null;
}

/**
 * Reads everything in one pass: rules (2 reads each, in memory), the data range's values and
 * formulas (and display values when asked), and the add-on's column metadata
 * (https://developers.google.com/apps-script/reference/spreadsheet/sheet#createDeveloperMetadataFinder()).
 */
export function readSheet_(sheet: Sheet, withDisplay: boolean): SheetState {
  const rules = sheet.getConditionalFormatRules();
  const ruleFormulas = rules.map((rule) => {
    const f = rule.getBooleanCondition()?.getCriteriaValues()[0];
    return typeof f === 'string' ? f : null;
  });
  const range = sheet.getDataRange();
  const values = range.getValues();
  const formulas = range.getFormulas();
  const display = withDisplay ? range.getDisplayValues() : null;
  const metadata = sheet.createDeveloperMetadataFinder().withKey(FLAGS_KEY).find();
  const read: SheetRead = {
    values,
    formulas,
    rules: ruleFormulas,
    metadata: metadata.map((m) => ({
      value: m.getValue(),
      col: m.getLocation().getColumn()?.getColumn() ?? 0,
    })),
  };
  const { flags, strayRules } = ownFlags(read);
  const own = ownCells(
    flags,
    flags.map((f) => removalOf(f, read)),
    read,
    values.length,
  );
  const blank = <T>(grid: T[][], empty: T): T[][] =>
    grid.map((line, r) => line.map((v, c) => (own.has(`${r + 1},${c + 1}`) ? empty : v)));
  return {
    rules,
    metadata,
    read,
    flags,
    strayRules,
    values: blank(values, ''),
    display: display ? blank(display, '') : null,
  };
}

/** The A1 of 1-based cells. */
const a1 = (cells: { row: number; col: number }[]): string[] =>
  cells.map((c) => `${columnLetters(c.col)}${c.row}`);

/** A cell the new flags write in the same role (Status or limit), `row,col`: nothing to clear there first. */
export interface Rewritten {
  status: string;
  limit: string;
}

/**
 * Takes away what the removals name: Status formulas (content), limit cells (content, number
 * format and validation) and metadata, skipping a cell the new flags rewrite in the same role.
 * Rules go with the caller's one setConditionalFormatRules.
 */
export function clearRemovals_(sheet: Sheet, state: SheetState, removals: Removal[], same?: Rewritten): void {
  const key = (c: { row: number; col: number }): string => `${c.row},${c.col}`;
  const status = removals.flatMap((r) => (r.status && key(r.status) !== same?.status ? [r.status] : []));
  const limits = removals.flatMap((r) => (r.limit && key(r.limit) !== same?.limit ? [r.limit] : []));
  const cleared = [...status, ...limits];
  if (cleared.length > 0) sheet.getRangeList(a1(cleared)).clearContent();
  if (limits.length > 0) {
    const list = sheet.getRangeList(a1(limits));
    list.clearFormat();
    list.clearDataValidations();
  }
  for (const i of new Set(removals.flatMap((r) => r.metadata))) state.metadata[i]?.remove();
}

/** The sheet's rules without the add-on's rules named by these removals and without stray ones. */
export function rulesWithout_(state: SheetState, removals: Removal[]): Rule[] {
  const gone = new Set([...state.strayRules, ...removals.flatMap((r) => r.rules)]);
  return state.rules.filter((_, i) => !gone.has(i));
}
