// What the sharing panel shows, from the server's scan: per-sheet counts, a few before/after
// examples, what is not listed, and the share check's words. Pure, so tests call it without a page.
import type { SharingCell, SharingProblem, SharingScan, SheetCount } from '../src/sheets/sharing.ts';

export type { SharingCell, SharingProblem, SharingScan, SheetCount };

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

/** `3 more on Ads are not listed`: the scan lists the first few cells left per sheet. */
export function unlistedLines(scan: SharingScan): string[] {
  return scan.sheets.flatMap((s) => {
    const listed = scan.unconvertible.filter((p) => p.sheet === s.sheet).length;
    const more = s.unconvertible - listed;
    return more > 0
      ? [`${more} more on ${s.sheet} ${more === 1 ? 'is' : 'are'} not listed; fix these, then scan again.`]
      : [];
  });
}

/** `Ads: 12 cells to convert, 1 left as it is`. */
export function summaryLine(s: SheetCount): string {
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
  const calling = scan.sheets.filter((s) => s.convert + s.unconvertible > 0);
  const left = calling.filter(inScope).reduce((n, s) => n + s.convert + s.unconvertible, 0);
  // The whole file is what gets shared: sheets left out (the originals of client copies) still
  // show #NAME? to a client, so "safe" is said of the written sheets only, and the rest named.
  const others = calling.filter((s) => !inScope(s)).map((s) => s.sheet);
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
