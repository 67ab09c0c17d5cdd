// What the sharing panel shows, from the server's scan: per-sheet counts, a few before/after
// examples, and the share check's words. Pure, so tests call it without a page.
import type { SharingCell, SharingProblem, SharingScan } from '../src/sheets/sharing.ts';

export type { SharingCell, SharingProblem, SharingScan };

export interface SheetSummary {
  sheet: string;
  /** Cells whose formulas will be converted. */
  convert: number;
  /** Cells that keep their add-on call. */
  unconvertible: number;
}

/** One row per sheet with add-on calls, in the order the scan met them. */
export function summarize(scan: SharingScan): SheetSummary[] {
  const bySheet = new Map<string, SheetSummary>();
  const row = (sheet: string): SheetSummary => {
    let s = bySheet.get(sheet);
    if (!s) {
      s = { sheet, convert: 0, unconvertible: 0 };
      bySheet.set(sheet, s);
    }
    return s;
  };
  for (const c of scan.cells) row(c.sheet).convert++;
  for (const p of scan.unconvertible) row(p.sheet).unconvertible++;
  return [...bySheet.values()];
}

/** Up to `n` examples, preferring different functions so the user sees the variety. */
export function examples(cells: readonly SharingCell[], n = 3): SharingCell[] {
  const seen = new Set<string>();
  const picked: SharingCell[] = [];
  for (const c of cells) {
    const fn = /^=\s*([A-Za-z_]+)/.exec(c.formula)?.[1]?.toUpperCase() ?? c.formula;
    if (seen.has(fn)) continue;
    seen.add(fn);
    picked.push(c);
    if (picked.length === n) return picked;
  }
  for (const c of cells) {
    if (picked.length === n) break;
    if (!picked.includes(c)) picked.push(c);
  }
  return picked;
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** `Ads: 12 cells to convert, 1 left as it is`. */
export function summaryLine(s: SheetSummary): string {
  const parts = [plural(s.convert, 'cell to convert', 'cells to convert')];
  if (s.unconvertible > 0)
    parts.push(`${s.unconvertible} left as ${s.unconvertible === 1 ? 'it is' : 'they are'}`);
  return `${s.sheet}: ${parts.join(', ')}`;
}

/**
 * The share check after converting: over `sheets` (the ones written; every sheet when omitted),
 * "Safe to share" when no cell needs the add-on, else how many still do; sheets outside `sheets`
 * that still call it are named.
 */
export function shareCheck(scan: SharingScan, sheets?: readonly string[]): { safe: boolean; text: string } {
  const inScope = (c: { sheet: string }): boolean => !sheets || sheets.includes(c.sheet);
  const all = [...scan.cells, ...scan.unconvertible];
  const left = all.filter(inScope).length;
  // The whole file is what gets shared: sheets left out (the originals of client copies) still
  // show #NAME? to a client, so "safe" is said of the written sheets only, and the rest named.
  const others = [...new Set(all.filter((c) => !inScope(c)).map((c) => c.sheet))];
  if (left === 0 && sheets && others.length > 0) {
    return {
      safe: true,
      text: `Safe to share: no cell of ${sheets.join(', ')} needs the add-on. ${others.join(', ')} still ${others.length === 1 ? 'calls' : 'call'} it: share the safe sheets in a file of their own (tab menu > Copy to > New spreadsheet), or convert the others too.`,
    };
  }
  if (left === 0) return { safe: true, text: 'Safe to share: no cell needs the add-on.' };
  return {
    safe: false,
    text: `Not yet safe to share: ${plural(left, 'cell still needs', 'cells still need')} the add-on (listed below with the reason).`,
  };
}
