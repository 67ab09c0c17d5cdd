// Pure: which of the add-on's flags a sheet holds, read back from what Sheets itself moves with the
// cells - the Status formula in each Status header cell, the add-on's conditional-format rules and
// its developer metadata on the Status and limit columns - and what Remove may take away of them.
// The confidence level cell sits right under the limit cell, in the same column: it is found,
// taken and left exactly as the limit cell is.
import { columnLetters, columnNumber } from '../shared/a1.ts';
import { STATUS_HEADER } from './plan.ts';

/** The words in every rule and Status formula the add-on writes on a report (plan.ts RULE_TAG). */
export const FLAGS_TAG = 'Flag limit breaches';

/**
 * The developer-metadata key on the Status and limit columns. Column metadata "will remain
 * associated at those locations as they move around and the spreadsheet is edited ... If the
 * associated object is deleted then its metadata is deleted too"
 * (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets.developerMetadata).
 */
export const FLAGS_KEY = 'perfKpi.reportFlags';

/** What the metadata value records: which column it marks, the header row, limit and level written. */
export interface FlagRecord {
  role: 'status' | 'limit';
  /** Pairs the Status column's record with its limit column's. */
  id: string;
  /** The header row when written (rows inserted above later make it stale; see ownFlags). */
  row: number;
  limit: number;
  /** The confidence level written under the limit; absent in records of flags without a level cell. */
  level?: number;
}

export function recordText(r: FlagRecord): string {
  return JSON.stringify(r);
}

function recordOf(text: string | null): FlagRecord | null {
  try {
    const r = JSON.parse(text ?? '') as Partial<FlagRecord>;
    const ok =
      (r.role === 'status' || r.role === 'limit') &&
      typeof r.id === 'string' &&
      Number.isInteger(r.row) &&
      typeof r.limit === 'number' &&
      (r.level === undefined || typeof r.level === 'number');
    return ok ? (r as FlagRecord) : null;
  } catch {
    return null;
  }
}

/** What the server read of a sheet (1-based rows and columns; grids from A1). */
export interface SheetRead {
  values: readonly (readonly unknown[])[];
  formulas: readonly (readonly string[])[];
  /** Each conditional-format rule's custom formula, in the sheet's order (null: not a formula rule). */
  rules: readonly (string | null)[];
  /** The add-on's column metadata: its value and the first column it is on. */
  metadata: readonly { value: string | null; col: number }[];
}

/** One set of flags on the sheet, whole or damaged by the user's edits. */
export interface OwnFlag {
  headerRow: number;
  statusCol: number;
  /** The limit cell's column; null when nothing says where it went. */
  limitCol: number | null;
  /** The Status header cell still holds the add-on's formula. */
  formula: boolean;
  /** The header row comes only from the metadata's record (rows inserted above it would move it). */
  rowFromRecord: boolean;
  /** The limit the record says was written. */
  recordedLimit: number | null;
  /**
   * The level cell's row as the Status formula reads it (`$Q$4`; Sheets moves the reference when a
   * row is inserted between the limit and the level). Null: no formula says (flags written before
   * levels existed have no level cell; a record's level puts it under the header row).
   */
  levelRow: number | null;
  /** The level the record says was written. */
  recordedLevel: number | null;
  /**
   * The cells the Status formula reads that were deleted (Sheets turns a reference to a deleted row
   * or column into `#REF!`): the formula can no longer be set right by typing into any cell.
   */
  lost: ('limit' | 'level')[];
  /** Indexes into SheetRead.rules and SheetRead.metadata of what belongs to these flags. */
  rules: number[];
  metadata: number[];
}

export interface OwnFlags {
  flags: OwnFlag[];
  /** The add-on's rules that no longer say where their Status is (the column was deleted: `#REF!`). */
  strayRules: number[];
}

const cellOf = (grid: readonly (readonly unknown[])[], row: number, col: number): unknown =>
  grid[row - 1]?.[col - 1];

/** A cell value Sheets shows for a formula that failed (`#REF!`, `#N/A`, `#DIV/0!`, `#ERROR!`). */
export function isErrorShown(v: unknown): boolean {
  return typeof v === 'string' && /^#[A-Z0-9/]+[!?]?$/.test(v);
}

/**
 * Whether any cell could hold a Status formula of the add-on, from what is read anyway: the
 * formula shows `Status` in its header cell, or an error when it cannot (plan.ts), and its rule
 * carries the tag. When nothing says so, the sheet's formulas need not be read (one call less);
 * a cell that merely shows `Status` or an error only costs that read.
 */
export function mayHoldOwnFlags(
  values: readonly (readonly unknown[])[],
  rules: readonly (string | null)[],
): boolean {
  if (rules.some((f) => f?.includes(`"${FLAGS_TAG}"`))) return true;
  return values.some((line) => line.some((v) => v === STATUS_HEADER || isErrorShown(v)));
}

/** A Status formula the add-on wrote: an ARRAYFORMULA carrying the tag. */
export function isOwnStatusFormula(formula: unknown): boolean {
  return (
    typeof formula === 'string' && /^=ARRAYFORMULA\(/i.test(formula) && formula.includes(`"${FLAGS_TAG}"`)
  );
}

/**
 * The limit cell a Status formula reads: its absolute reference on the header row (`$Q$3`); the
 * level cell's sits below it, so a limit turned #REF! is not mistaken for the level.
 */
function limitColumnOf(formula: string, headerRow: number): number | null {
  const m = [...formula.matchAll(/\$([A-Z]{1,3})\$(\d+)/g)].find((x) => Number(x[2]) === headerRow);
  return m?.[1] ? columnNumber(m[1]) : null;
}

/** The level cell's row a Status formula reads: its absolute reference below the header row (`$Q$4`). */
function levelRowOf(formula: string, headerRow: number): number | null {
  const rows = [...formula.matchAll(/\$[A-Z]{1,3}\$(\d+)/g)].map((m) => Number(m[1]));
  return rows.find((r) => r > headerRow) ?? null;
}

/**
 * The limit and level cells a Status formula no longer reads because they were deleted: no
 * absolute reference left on the header row (the limit) or below it (the level), and `#REF!` in
 * their place. A formula written before levels existed reads no level and has no `#REF!` for one.
 */
function lostCells(formula: string, headerRow: number): ('limit' | 'level')[] {
  if (!formula.includes('#REF!')) return [];
  return [
    ...(limitColumnOf(formula, headerRow) === null ? (['limit'] as const) : []),
    ...(levelRowOf(formula, headerRow) === null ? (['level'] as const) : []),
  ];
}

/**
 * The Status column and first row a tagged rule reads, or null: the red rule
 * (`=AND(LEFT($P3,5)="Over ",...)`) or the amber one (`=AND(ISNUMBER(SEARCH("· not yet sure:",$P3)),...)`).
 */
function ruleTarget(formula: string): { statusCol: number; row: number } | null {
  const m = /(?:LEFT\(|SEARCH\("[^"]*"[,;])\$([A-Z]{1,3})(\d+)[,;)]/.exec(formula);
  if (!m?.[1] || !m[2]) return null;
  return { statusCol: columnNumber(m[1]), row: Number(m[2]) };
}

/**
 * Every set of the add-on's flags on a sheet. The Status formula and the rule are formulas, so
 * Sheets moves them with every inserted or deleted row and column; the metadata marks the columns
 * (and survives the formula being typed over and the rule being deleted).
 */
export function ownFlags(read: SheetRead): OwnFlags {
  const flags: OwnFlag[] = [];
  const at = (row: number, col: number): OwnFlag | undefined =>
    flags.find((f) => f.headerRow === row && f.statusCol === col);
  read.formulas.forEach((line, r) => {
    line.forEach((formula, c) => {
      if (!isOwnStatusFormula(formula)) return;
      flags.push({
        headerRow: r + 1,
        statusCol: c + 1,
        limitCol: limitColumnOf(formula, r + 1),
        formula: true,
        rowFromRecord: false,
        recordedLimit: null,
        levelRow: levelRowOf(formula, r + 1),
        recordedLevel: null,
        lost: lostCells(formula, r + 1),
        rules: [],
        metadata: [],
      });
    });
  });
  const strayRules: number[] = [];
  read.rules.forEach((formula, i) => {
    if (formula === null || !formula.includes(`"${FLAGS_TAG}"`)) return;
    const target = ruleTarget(formula);
    if (!target) {
      strayRules.push(i);
      return;
    }
    const found = at(target.row, target.statusCol);
    if (found) found.rules.push(i);
    else
      flags.push({
        headerRow: target.row,
        statusCol: target.statusCol,
        limitCol: null,
        formula: false,
        rowFromRecord: false,
        recordedLimit: null,
        levelRow: null,
        recordedLevel: null,
        lost: [],
        rules: [i],
        metadata: [],
      });
  });
  attachMetadata(read, flags);
  return { flags, strayRules };
}

function noteLevel(flag: OwnFlag, record: FlagRecord): void {
  if (record.level !== undefined) flag.recordedLevel ??= record.level;
}

/** Pairs each record with the flags in its column, or makes flags of records nothing else shows. */
function attachMetadata(read: SheetRead, flags: OwnFlag[]): void {
  const records = read.metadata.map((m) => ({ ...m, record: recordOf(m.value) }));
  const statusOf = new Map<string, OwnFlag>();
  records.forEach((m, i) => {
    if (m.record?.role !== 'status') return;
    let flag = flags.find((f) => f.statusCol === m.col);
    if (!flag) {
      flag = {
        headerRow: m.record.row,
        statusCol: m.col,
        limitCol: null,
        formula: false,
        rowFromRecord: true,
        recordedLimit: null,
        levelRow: null,
        recordedLevel: null,
        lost: [],
        rules: [],
        metadata: [],
      };
      flags.push(flag);
    }
    flag.metadata.push(i);
    flag.recordedLimit = m.record.limit;
    noteLevel(flag, m.record);
    statusOf.set(m.record.id, flag);
  });
  records.forEach((m, i) => {
    if (m.record?.role !== 'limit') return;
    let flag = statusOf.get(m.record.id) ?? flags.find((f) => f.limitCol === m.col);
    if (!flag) {
      // The Status column was deleted (its metadata with it): the limit cell is all that is left.
      flag = {
        headerRow: m.record.row,
        statusCol: m.col,
        limitCol: m.col,
        formula: false,
        rowFromRecord: true,
        recordedLimit: m.record.limit,
        levelRow: null,
        recordedLevel: null,
        lost: [],
        rules: [],
        metadata: [],
      };
      flags.push(flag);
      // A rule left over at this column's old Status is stray already (its reference is #REF!).
    }
    flag.limitCol ??= m.col;
    flag.recordedLimit ??= m.record.limit;
    noteLevel(flag, m.record);
    flag.metadata.push(i);
  });
  // The metadata's record says the limit column; a rule alone says only the Status column.
  for (const f of flags) {
    if (f.limitCol === null && f.metadata.length === 0 && !f.lost.includes('limit'))
      f.limitCol = f.statusCol + 1;
  }
}

/**
 * Whether the Status formulas alone say where every cell of these flags is: each flag holds its
 * formula and the formula still names its limit cell (not `#REF!`). The metadata then adds nothing
 * to where the cells are (attachMetadata fills only what the formulas leave open).
 */
export function placedByFormulas(flags: readonly OwnFlag[], read: SheetRead): boolean {
  return flags.every((f) => {
    const formula = cellOf(read.formulas, f.headerRow, f.statusCol);
    return f.formula && typeof formula === 'string' && limitColumnOf(formula, f.headerRow) !== null;
  });
}

/** What Remove (or Apply moving the flags) takes away of one set of flags, and what it leaves. */
export interface Removal {
  /** 1-based cells to empty: content only (the Status formula) or content, format and validation (the limit). */
  status: { row: number; col: number } | null;
  limit: { row: number; col: number } | null;
  /** The level cell under the limit: cleared as the limit cell is. */
  level: { row: number; col: number } | null;
  rules: number[];
  metadata: number[];
  /** Sentences about cells the user wrote over, left as they are. */
  left: string[];
}

const shown = (v: unknown): string => JSON.stringify(String(v).slice(0, 40));

/**
 * Exactly what the add-on wrote and still holds: the Status header cell while it holds the
 * add-on's formula, the limit cell while it holds a number or nothing (a limit the user edited is
 * still the limit; text pasted over it is theirs), the rules and the metadata. Limit and level
 * cells known only from the record (its row may have moved) are taken only while they hold what
 * was written (recordedCells).
 */
export function removalOf(flag: OwnFlag, read: SheetRead): Removal {
  const left: string[] = [];
  let status: Removal['status'] = null;
  const formula = cellOf(read.formulas, flag.headerRow, flag.statusCol);
  const statusValue = cellOf(read.values, flag.headerRow, flag.statusCol);
  if (isOwnStatusFormula(formula)) status = { row: flag.headerRow, col: flag.statusCol };
  else if (statusValue !== '' && statusValue !== undefined && statusValue !== null && !flag.rowFromRecord)
    left.push(
      `${name(flag.headerRow, flag.statusCol)} holds ${shown(statusValue)}, written over the Status: left as it is.`,
    );
  const cells = flag.rowFromRecord ? recordedCells(flag, read, left) : placedCells(flag, read, left);
  return { status, ...cells, rules: [...flag.rules], metadata: [...flag.metadata], left };
}

const name = (row: number, col: number): string => `${columnLetters(col)}${row}`;
const isBlank = (v: unknown): boolean => v === '' || v === undefined || v === null;
const notLimit = (row: number, col: number, v: unknown): string =>
  `${name(row, col)} holds ${shown(v)}, not the limit the flags wrote: left as it is.`;
const notLevel = (row: number, col: number, v: unknown): string =>
  `${name(row, col)} holds ${shown(v)}, not the confidence level the flags wrote: left as it is.`;

type Cells = Pick<Removal, 'limit' | 'level'>;

/**
 * The limit and level cells of flags whose header row a Status formula or rule still says: the
 * limit on the header row while it holds a number or nothing; the level where the formula reads it
 * while it holds a number or nothing, or (no formula says) under the limit while it holds the level
 * written or nothing.
 */
function placedCells(flag: OwnFlag, read: SheetRead, left: string[]): Cells {
  if (flag.limitCol === null) return { limit: null, level: null };
  const col = flag.limitCol;
  const v = cellOf(read.values, flag.headerRow, col);
  let limit: Removal['limit'] = null;
  if (isBlank(v) || typeof v === 'number') limit = { row: flag.headerRow, col };
  else left.push(notLimit(flag.headerRow, col, v));
  const exact = flag.levelRow !== null;
  if (!exact && flag.recordedLevel === null) return { limit, level: null };
  const row = flag.levelRow ?? flag.headerRow + 1;
  const w = cellOf(read.values, row, col);
  const ours = isBlank(w) || (exact ? typeof w === 'number' : w === flag.recordedLevel);
  if (ours) return { limit, level: { row, col } };
  left.push(notLevel(row, col, w));
  return { limit, level: null };
}

/**
 * The limit and level cells of flags only their records place (no Status formula or rule says the
 * header row: the record's row may be stale, its cells the user's): a cell is taken only while it
 * holds what the record says was written there, and which cell is which follows from what each
 * holds. The limit written on the recorded row, the level written under it - or, with neither, the
 * level written on the recorded row itself: the header row was deleted (the Status formula and the
 * limit cell with it) and the level moved up into the limit's row. The row under it then was never
 * the add-on's, and no sentence names it. (The local spreadsheet turns the rules' reference to the
 * deleted row into #REF!, as it does in formulas; Google does not say what a conditional-format
 * formula anchored on a deleted row becomes. Were it moved to the next row, the rule would place the
 * flags there and placedCells take that cell, the level, as the limit: removed all the same.)
 */
function recordedCells(flag: OwnFlag, read: SheetRead, left: string[]): Cells {
  if (flag.limitCol === null) return { limit: null, level: null };
  const col = flag.limitCol;
  const row = flag.headerRow;
  const v = cellOf(read.values, row, col);
  const w = cellOf(read.values, row + 1, col);
  const level = flag.recordedLevel;
  const limitHere = v === flag.recordedLimit;
  const levelUnder = level !== null && w === level;
  if (!limitHere && !levelUnder && level !== null && v === level) return { limit: null, level: { row, col } };
  // With no level written under it, the recorded row's cell may have been either (rows moved).
  const either = level !== null && !levelUnder;
  if (!limitHere && !isBlank(v))
    left.push(
      either
        ? `${name(row, col)} holds ${shown(v)}, neither the limit nor the confidence level the flags wrote: left as it is.`
        : notLimit(row, col, v),
    );
  if (either && !isBlank(w)) left.push(notLevel(row + 1, col, w));
  return { limit: limitHere ? { row, col } : null, level: levelUnder ? { row: row + 1, col } : null };
}
