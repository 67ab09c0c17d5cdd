// Server functions of "Prepare for sharing": scan the spreadsheet for add-on calls, convert them to
// native formulas in place or in client copies, and select a cell the panel points at.

import { SHEET_NAME_MAX, sheetNameCandidate } from '../plans/shared/sheet-name.ts';
import {
  LISTED_PER_SHEET,
  perSheet,
  planSharing,
  type SharingPlan,
  type SharingProblem,
  type SharingScan,
  type SheetRead,
  scanAnswer,
} from '../plans/sharing/plan.ts';
import { parseRef, type RefRange } from '../plans/sharing/refs.ts';
import { documentWrite_, type RecordUndo } from './document-write.ts';

export type { SharingCell, SharingProblem, SharingScan, SheetCount } from '../plans/sharing/plan.ts';

export interface SharingOptions {
  /** Limit the conversion to these sheets (by name); default every sheet with add-on calls. */
  sheets?: string[];
  /** Convert copies named `<sheet> (client)` and leave the originals untouched. */
  copy?: boolean;
}

export interface SharingResult {
  /** Cells whose formulas were written. */
  converted: number;
  /** Cells that still call the add-on, and why (on the sheets written; the first few per sheet). */
  unconvertible: SharingProblem[];
  /** The sheets written: the originals, or the client copies. */
  sheets: string[];
}

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** One read per sheet: its name, the data range's formulas, and its values only when a check asks. */
function readSheets_(ss: Spreadsheet): { reads: SheetRead[]; byName: Map<string, Sheet> } {
  const byName = new Map<string, Sheet>();
  const reads = ss.getSheets().map((sheet): SheetRead => {
    const name = sheet.getName();
    byName.set(name, sheet);
    const range = sheet.getDataRange();
    const formulas = range.getFormulas();
    let values: unknown[][] | undefined;
    return {
      name,
      formulas,
      values: () => {
        values ??= range.getValues();
        return values;
      },
    };
  });
  return { reads, byName };
}

/**
 * Named ranges, read only when an add-on call passes one (a handful of calls per name, none
 * otherwise): the add-on's checks then see the cells the name stands for.
 */
function namedRanges_(ss: Spreadsheet): (name: string) => RefRange | undefined {
  let byName: Map<string, RefRange> | undefined;
  return (name) => {
    if (!byName) {
      byName = new Map();
      for (const n of ss.getNamedRanges()) {
        const range = n.getRange();
        const parsed = parseRef(range.getA1Notation());
        if (parsed) byName.set(n.getName().toLowerCase(), { ...parsed, sheet: range.getSheet().getName() });
      }
    }
    return byName.get(name.toLowerCase());
  };
}

export function scanForSharing(): SharingScan {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const { reads } = readSheets_(ss);
  return scanAnswer(planSharing(reads, ss.getSpreadsheetLocale(), undefined, namedRanges_(ss)));
}

/** The options as sent by the sidebar, checked: a clear error names what was wrong. */
function checkOptions_(
  options: unknown,
  names: ReadonlySet<string>,
): { sheets?: Set<string>; copy: boolean } {
  if (options === undefined || options === null) return { copy: false };
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw new Error('convertForSharing takes { sheets?: string[], copy?: boolean }.');
  }
  // A misspelt key ({ sheet: [...] }, { copies: true }) would otherwise convert every sheet in place.
  const unknown = Object.keys(options).filter((k) => k !== 'sheets' && k !== 'copy');
  if (unknown.length > 0) {
    throw new Error(
      `convertForSharing takes { sheets?: string[], copy?: boolean }, not ${unknown.map((k) => `"${k}"`).join(', ')}.`,
    );
  }
  const { sheets, copy } = options as { sheets?: unknown; copy?: unknown };
  if (copy !== undefined && typeof copy !== 'boolean') throw new Error('copy must be true or false.');
  if (sheets === undefined) return { copy: copy === true };
  if (!Array.isArray(sheets) || sheets.some((s) => typeof s !== 'string')) {
    throw new Error('sheets must be a list of sheet names.');
  }
  const missing = sheets.filter((s) => !names.has(s));
  if (missing.length > 0) throw new Error(`No sheet named ${missing.map((m) => `"${m}"`).join(', ')}.`);
  return { sheets: new Set(sheets as string[]), copy: copy === true };
}

/**
 * Converts every add-on call that can be made native, under the document lock. In place, only the
 * changed blocks are written (setFormulas, one call each); with `copy`, each chosen sheet that has
 * add-on calls is copied to `<sheet> (client)` first and the copy is written. A failure midway puts
 * back what was written (in place) or removes the copies made, then says so.
 */
export function convertForSharing(options?: SharingOptions): SharingResult {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  return documentWrite_({
    writer: 'convertForSharing',
    prepare: () => {
      const { reads, byName } = readSheets_(ss);
      const chosen = checkOptions_(options as unknown, new Set(byName.keys()));
      const plan = planSharing(
        reads,
        ss.getSpreadsheetLocale(),
        (name) => chosen.sheets?.has(name) ?? true,
        namedRanges_(ss),
      );
      return { plan, byName, copy: chosen.copy };
    },
    write: ({ plan, byName, copy }, undo) =>
      copy ? writeCopies_(ss, plan, byName, undo) : writeInPlace_(plan, byName, undo),
    explain: ({ leftOver }, { copy }) => {
      const undone = leftOver.length === 0;
      if (copy) {
        return `The client copies could not be made. ${undone ? 'The copies made so far were removed; the original sheets are untouched.' : 'Some copies could not be removed: delete the sheets named "(client)" by hand.'}`;
      }
      return `The conversion stopped before it finished. ${undone ? 'Every formula it had changed was put back; nothing else changed.' : 'Some formulas could not be put back: use File > Version history to restore them.'}`;
    },
  });
}

function writeInPlace_(
  plan: SharingPlan,
  byName: ReadonlyMap<string, Sheet>,
  undo: RecordUndo,
): SharingResult {
  for (const w of plan.writes) {
    const sheet = byName.get(w.sheet) as Sheet;
    for (const { block, formulas, before } of w.blocks) {
      const range = sheet.getRange(block.row, block.col, block.rows, block.cols);
      range.setFormulas(formulas);
      undo(`the formulas of ${w.sheet}`, () => range.setFormulas(before));
    }
  }
  return {
    converted: plan.cells.length,
    unconvertible: perSheet(plan.unconvertible, LISTED_PER_SHEET),
    sheets: plan.writes.map((w) => w.sheet),
  };
}

function writeCopies_(
  ss: Spreadsheet,
  plan: SharingPlan,
  byName: ReadonlyMap<string, Sheet>,
  undo: RecordUndo,
): SharingResult {
  const withCalls = new Set([...plan.cells, ...plan.unconvertible].map((c) => c.sheet));
  const names = new Map<string, string>();
  for (const [name, sheet] of byName) {
    if (!withCalls.has(name)) continue;
    const copy = sheet.copyTo(ss);
    undo(`the copy of ${name}`, () => ss.deleteSheet(copy));
    const copyName = freeName_(clientName_(name), byName, names);
    copy.setName(copyName);
    names.set(name, copyName);
    for (const { block, formulas } of plan.writes.find((w) => w.sheet === name)?.blocks ?? []) {
      copy.getRange(block.row, block.col, block.rows, block.cols).setFormulas(formulas);
    }
  }
  return {
    converted: plan.cells.length,
    unconvertible: perSheet(plan.unconvertible, LISTED_PER_SHEET).map((p) => ({
      ...p,
      sheet: names.get(p.sheet) ?? p.sheet,
    })),
    sheets: [...names.values()],
  };
}

/** `<sheet> (client)`, the sheet's name cut so the whole stays within Sheets' 100 characters. */
function clientName_(sheet: string): string {
  const suffix = ' (client)';
  return `${sheet.slice(0, SHEET_NAME_MAX - suffix.length).trimEnd()}${suffix}`;
}

/** `<base>`, else `<base> (2)`...: a client copy never replaces a sheet the user has. */
function freeName_(
  base: string,
  existing: ReadonlyMap<string, Sheet>,
  taken: ReadonlyMap<string, string>,
): string {
  const used = new Set([...existing.keys(), ...taken.values()].map((n) => n.toLowerCase()));
  for (let n = 1; n <= 200; n++) {
    const candidate = sheetNameCandidate(base, n);
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
  throw new Error(`There are already 200 sheets named like "${base}"; rename some of them first.`);
}

/** Selects a cell the panel lists, so the user sees it (Range.activate also shows its sheet). */
export function showSharingCell(sheetName: string, a1: string): void {
  // Checked anyway: any public function can be called with anything.
  if (typeof sheetName !== 'string' || typeof a1 !== 'string' || !/^\$?[A-Z]{1,3}\$?\d+$/i.test(a1)) {
    throw new Error('showSharingCell takes a sheet name and a cell such as B7.');
  }
  const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(sheetName);
  if (!sheet) throw new Error(`There is no sheet named "${sheetName}" any more; scan again.`);
  sheet.getRange(a1).activate();
}
