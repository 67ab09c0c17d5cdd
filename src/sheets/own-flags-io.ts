// Reading the add-on's own flags off a sheet (rules, cells, developer metadata) in a few batched
// calls, and taking away exactly what it wrote.

import {
  FLAGS_KEY,
  mayHoldOwnFlags,
  type OwnFlag,
  ownFlags,
  placedByFormulas,
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
  /** The add-on's metadata, or null when it was not read (nothing on the sheet looked damaged). */
  metadata: Metadata[] | null;
  read: SheetRead;
  flags: OwnFlag[];
  strayRules: number[];
  /** The data range's values with the add-on's own cells blank: the report as the user has it. */
  values: unknown[][];
  display: string[][] | null;
  /** The data range's values and display values as read, for withMetadata_. */
  raw: { values: unknown[][]; display: string[][] | null };
}

/**
 * Reads in one pass: rules (2 reads each, in memory), the data range's values and formulas (and
 * display values when asked); the formulas only when a cell or rule may be the add-on's. The add-on's column metadata costs 2 calls plus 4 per record, so it
 * is read (withMetadata_) when `metadata` says always, or when a Status formula or rule of the
 * add-on is damaged - the only time the formulas and rules, which Sheets moves itself, do not
 * already say where every cell the add-on wrote is.
 */
export function readSheet_(sheet: Sheet, o: { display: boolean; metadata: boolean }): SheetState {
  const rules = sheet.getConditionalFormatRules();
  const ruleFormulas = rules.map((rule) => {
    const f = rule.getBooleanCondition()?.getCriteriaValues()[0];
    return typeof f === 'string' ? f : null;
  });
  // Display values need a range; values alone come in one call (sheetValues_).
  const range = o.display ? sheet.getDataRange() : null;
  const values = range ? range.getValues() : sheetValues_(sheet);
  // No cell shows what a Status formula of the add-on shows: none holds one, so no formula is read.
  // The formulas of exactly the cells read, whatever Sheets calls the last row "with data".
  const formulas = mayHoldOwnFlags(values, ruleFormulas)
    ? (range ?? sheet.getRange(1, 1, values.length, values[0]?.length ?? 1)).getFormulas()
    : [];
  const display = range ? range.getDisplayValues() : null;
  const state = stateOf_(rules, null, { values, formulas, rules: ruleFormulas, metadata: [] }, display);
  const damaged = state.strayRules.length > 0 || state.flags.some((f) => !f.formula || f.lost.length > 0);
  return o.metadata || damaged ? withMetadata_(sheet, state) : state;
}

/** The state with the add-on's metadata read too (https://developers.google.com/apps-script/reference/spreadsheet/sheet#createDeveloperMetadataFinder()). */
export function withMetadata_(sheet: Sheet, state: SheetState, found?: Metadata[]): SheetState {
  if (state.metadata) return state;
  const metadata = found ?? findRecords_(sheet);
  const read: SheetRead = {
    ...state.read,
    metadata: metadata.map((m) => ({
      value: m.getValue(),
      col: m.getLocation().getColumn()?.getColumn() ?? 0,
    })),
  };
  return stateOf_(state.rules, metadata, read, state.raw.display);
}

/**
 * The sheet's values from A1 to the last row and column with data, in one call (getDataRange +
 * getValues is two): https://developers.google.com/apps-script/reference/spreadsheet/sheet#getSheetValues(Integer,Integer,Integer,Integer).
 * Google's page does not say what -1 gives on a sheet with no data (an error, or no rows): either
 * way the answer is read as getDataRange reads it, A1 alone.
 */
function sheetValues_(sheet: Sheet): unknown[][] {
  let values: unknown[][];
  try {
    values = sheet.getSheetValues(1, 1, -1, -1);
  } catch {
    return sheet.getDataRange().getValues();
  }
  return values.length > 0 && (values[0]?.length ?? 0) > 0 ? values : [['']];
}

function findRecords_(sheet: Sheet): Metadata[] {
  return sheet.createDeveloperMetadataFinder().withKey(FLAGS_KEY).find();
}

/**
 * The sheet read for taking every flag away. Its records are found (2 calls) but read (4 calls
 * each) only when they may say something the formulas do not: a Status formula typed over or
 * naming no limit cell, a stray rule, or not exactly the two records each Apply writes (a record
 * left by a deleted column). Otherwise every record belongs to a flag being removed, and all go.
 */
export function readForRemoval_(sheet: Sheet): SheetState {
  const state = readSheet_(sheet, { display: false, metadata: false });
  if (state.metadata) return state;
  const found = findRecords_(sheet);
  const whole = found.length === 2 * state.flags.length && placedByFormulas(state.flags, state.read);
  if (!whole) return withMetadata_(sheet, state, found);
  const flags = state.flags.map((f, i) => ({ ...f, metadata: [2 * i, 2 * i + 1] }));
  return { ...state, metadata: found, flags };
}

function stateOf_(
  rules: Rule[],
  metadata: Metadata[] | null,
  read: SheetRead,
  display: string[][] | null,
): SheetState {
  const { flags, strayRules } = ownFlags(read);
  const own = ownCells(
    flags,
    flags.map((f) => removalOf(f, read)),
    read,
    read.values.length,
  );
  const blank = <T>(grid: readonly (readonly T[])[], empty: T): T[][] =>
    grid.map((line, r) => line.map((v, c) => (own.has(`${r + 1},${c + 1}`) ? empty : v)));
  return {
    rules,
    metadata,
    read,
    flags,
    strayRules,
    values: blank(read.values, ''),
    display: display ? blank(display, '') : null,
    raw: { values: read.values as unknown[][], display },
  };
}

/** The A1 of 1-based cells. */
const a1 = (cells: { row: number; col: number }[]): string[] =>
  cells.map((c) => `${columnLetters(c.col)}${c.row}`);

/** A cell the new flags write in the same role (Status, limit or level), `row,col`: nothing to clear there first. */
export interface Rewritten {
  status: string;
  limit: string;
  level: string;
}

/**
 * Takes away what the removals name: Status formulas (content), limit and level cells (content,
 * number format and validation) and metadata, skipping a cell the new flags rewrite in the same role.
 * Rules go with the caller's one setConditionalFormatRules.
 */
export function clearRemovals_(sheet: Sheet, state: SheetState, removals: Removal[], same?: Rewritten): void {
  const key = (c: { row: number; col: number }): string => `${c.row},${c.col}`;
  const status = removals.flatMap((r) => (r.status && key(r.status) !== same?.status ? [r.status] : []));
  const limits = removals.flatMap((r) => [
    ...(r.limit && key(r.limit) !== same?.limit ? [r.limit] : []),
    ...(r.level && key(r.level) !== same?.level ? [r.level] : []),
  ]);
  // The Status cell's content only (a format the user gave the cell stays); the limit cell's content,
  // number format and validation in one call each list
  // (https://developers.google.com/apps-script/reference/spreadsheet/range-list#clear(Object)).
  if (status.length > 0) sheet.getRangeList(a1(status)).clearContent();
  if (limits.length > 0)
    sheet.getRangeList(a1(limits)).clear({ contentsOnly: true, formatOnly: true, validationsOnly: true });
  for (const i of new Set(removals.flatMap((r) => r.metadata))) state.metadata?.[i]?.remove();
}

/** The sheet's rules without the add-on's rules named by these removals and without stray ones. */
export function rulesWithout_(state: SheetState, removals: Removal[]): Rule[] {
  const gone = new Set([...state.strayRules, ...removals.flatMap((r) => r.rules)]);
  return state.rules.filter((_, i) => !gone.has(i));
}
