// The sharing plan for a whole spreadsheet: every cell whose formula calls an add-on function, its
// native replacement or why it has none, and the blocks each sheet's conversion writes.

import { cellA1 } from '../shared/a1.ts';
import { type Block, changedBlocks } from './blocks.ts';
import { callsAddOn, convertFormula } from './convert.ts';
import type { RefRange } from './refs.ts';

/** A cell to convert (plain JSON: it crosses google.script.run). */
export interface SharingCell {
  sheet: string;
  a1: string;
  formula: string;
  native: string;
}

/** A cell that keeps its add-on call, and why, in words for the user. */
export interface SharingProblem {
  sheet: string;
  a1: string;
  formula: string;
  reason: string;
}

/** How many cells of one sheet convert and how many keep their add-on call. */
export interface SheetCount {
  sheet: string;
  convert: number;
  unconvertible: number;
}

/**
 * What scanForSharing answers: counts for every sheet, and only a few cells of each - the answer
 * crosses google.script.run, and every cell's formula made 3.3 MB on 20,000 cells.
 */
export interface SharingScan {
  /** Every sheet with add-on calls, in the order met. */
  sheets: SheetCount[];
  /** Up to EXAMPLES_PER_SHEET cells to convert per sheet, different functions first. */
  cells: SharingCell[];
  /** Up to LISTED_PER_SHEET cells left as they are per sheet, with the reason. */
  unconvertible: SharingProblem[];
}

export const EXAMPLES_PER_SHEET = 3;
export const LISTED_PER_SHEET = 10;

/** What one sheet's read gave: getDataRange() from A1, its formulas and (asked lazily) its values. */
export interface SheetRead {
  readonly name: string;
  readonly formulas: readonly (readonly string[])[];
  readonly values: () => readonly (readonly unknown[])[];
}

/** One sheet's writes: the blocks and the formulas that go in each, row by row. */
export interface SheetWrites {
  readonly sheet: string;
  readonly blocks: readonly {
    readonly block: Block;
    readonly formulas: string[][];
    /** What the block holds today, to put back if a later write fails. */
    readonly before: string[][];
  }[];
}

/** Every cell planned (the server writes from it; the panel gets scanAnswer's small summary). */
export interface SharingPlan {
  readonly cells: readonly SharingCell[];
  readonly unconvertible: readonly SharingProblem[];
  readonly writes: readonly SheetWrites[];
}

/** The add-on function a formula calls first (`=ROAS(...)` -> ROAS), to vary the examples. */
const firstCall = (formula: string): string =>
  /^=\s*([A-Za-z_.]+)/.exec(formula)?.[1]?.toUpperCase() ?? formula;

/** Up to `n` of `cells` per sheet; with `vary`, a function not yet shown for that sheet goes first. */
export function perSheet<T extends { sheet: string; formula: string }>(
  cells: readonly T[],
  n: number,
  vary = false,
): T[] {
  const picked = new Map<string, T[]>();
  const pick = (c: T, fresh: boolean): void => {
    const list = picked.get(c.sheet) ?? [];
    if (list.length >= n || list.includes(c)) return;
    if (fresh && list.some((p) => firstCall(p.formula) === firstCall(c.formula))) return;
    list.push(c);
    picked.set(c.sheet, list);
  };
  if (vary) for (const c of cells) pick(c, true);
  for (const c of cells) pick(c, false);
  return cells.filter((c) => picked.get(c.sheet)?.includes(c));
}

/** The scan answer: counts per sheet, a few examples and the first cells left as they are. */
export function scanAnswer(plan: Pick<SharingPlan, 'cells' | 'unconvertible'>): SharingScan {
  const bySheet = new Map<string, SheetCount>();
  const count = (sheet: string): SheetCount => {
    let c = bySheet.get(sheet);
    if (!c) {
      c = { sheet, convert: 0, unconvertible: 0 };
      bySheet.set(sheet, c);
    }
    return c;
  };
  for (const c of plan.cells) count(c.sheet).convert++;
  for (const p of plan.unconvertible) count(p.sheet).unconvertible++;
  return {
    sheets: [...bySheet.values()],
    cells: perSheet(plan.cells, EXAMPLES_PER_SHEET, true),
    unconvertible: perSheet(plan.unconvertible, LISTED_PER_SHEET),
  };
}

/** Reads a rectangle of a sheet's values, `''` beyond its data (open ends stop at the data). */
function reader(sheets: readonly SheetRead[]): (sheet: string, range: RefRange) => unknown[][] | undefined {
  const byName = new Map(sheets.map((s) => [s.name.toLowerCase(), s]));
  const cache = new Map<string, readonly (readonly unknown[])[]>();
  return (sheet, range) => {
    const s = byName.get(sheet.toLowerCase());
    if (!s) return undefined;
    let values = cache.get(s.name);
    if (!values) {
      values = s.values();
      cache.set(s.name, values);
    }
    const dataRows = values.length;
    const dataCols = values[0]?.length ?? 0;
    const rows = range.rows ?? Math.max(1, dataRows - range.row + 1);
    const cols = range.cols ?? Math.max(1, dataCols - range.col + 1);
    const out: unknown[][] = new Array(rows);
    for (let r = 0; r < rows; r++) {
      const src = values[range.row - 1 + r];
      const row: unknown[] = new Array(cols);
      for (let c = 0; c < cols; c++) row[c] = src?.[range.col - 1 + c] ?? '';
      out[r] = row;
    }
    return out;
  };
}

/**
 * Plans the conversion of `sheets` (all of the spreadsheet's, so cross-sheet references can be
 * checked); `convert` names the sheets whose cells are planned (default all).
 */
export function planSharing(
  sheets: readonly SheetRead[],
  locale: string,
  convert: (sheet: string) => boolean = () => true,
  named?: (name: string) => RefRange | undefined,
): SharingPlan {
  const read = reader(sheets);
  const cells: SharingCell[] = [];
  const unconvertible: SharingProblem[] = [];
  const writes: SheetWrites[] = [];
  for (const sheet of sheets) {
    if (!convert(sheet.name)) continue;
    const changed = new Map<string, string>();
    sheet.formulas.forEach((row, r) => {
      row.forEach((formula, c) => {
        if (!formula) return;
        const shown = (): unknown => sheet.values()[r]?.[c] ?? '';
        const result = convertFormula(formula, shown, {
          locale,
          sheet: sheet.name,
          read,
          ...(named ? { named } : {}),
        });
        if (!result) return;
        const a1 = cellA1(r + 1, c + 1);
        if (result.ok && callsAddOn(result.native, locale)) {
          // A guard, not a path we know: a call the rewrite missed must not pass as converted.
          unconvertible.push({
            sheet: sheet.name,
            a1,
            formula,
            reason: 'The converted formula would still call the add-on; convert it by hand.',
          });
        } else if (result.ok) {
          cells.push({ sheet: sheet.name, a1, formula, native: result.native });
          changed.set(`${r + 1},${c + 1}`, result.native);
        } else {
          unconvertible.push({ sheet: sheet.name, a1, formula, reason: result.reason });
        }
      });
    });
    if (changed.size === 0) continue;
    const blocks = changedBlocks(new Set(changed.keys())).map((block) => {
      const formulas: string[][] = [];
      const before: string[][] = [];
      for (let r = 0; r < block.rows; r++) {
        const row: string[] = [];
        for (let c = 0; c < block.cols; c++) row.push(changed.get(`${block.row + r},${block.col + c}`) ?? '');
        formulas.push(row);
        before.push(
          sheet.formulas[block.row - 1 + r]?.slice(block.col - 1, block.col - 1 + block.cols) ?? [],
        );
      }
      return { block, formulas, before };
    });
    writes.push({ sheet: sheet.name, blocks });
  }
  return { cells, unconvertible, writes };
}
