// Formula text, written once: "string literal" quoting and splitting, sheet-name quoting, and the
// A1 of a cell on a named sheet. Every feature that writes or reads formula text uses these.
import { cellA1 } from './a1.ts';

/** `"text"` as a formula string literal: a `"` inside is doubled. */
export function quoteString(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * Index just past the quoted run that opens at `start` (`quote` is `"` for a string literal, `'`
 * for a sheet name; doubled inside, it stands for itself); -1 when the run is never closed.
 */
export function quotedRunEnd(formula: string, start: number, quote: '"' | "'"): number {
  let j = start + 1;
  while (j < formula.length) {
    if (formula[j] !== quote) j++;
    else if (formula[j + 1] === quote) j += 2;
    else return j + 1;
  }
  return -1;
}

/** Splits a formula into code and "string literal" segments (a `""` inside a literal is a quote). */
export function literalSegments(formula: string): { code: boolean; text: string }[] {
  const out: { code: boolean; text: string }[] = [];
  let i = 0;
  while (i < formula.length) {
    if (formula[i] === '"') {
      const end = quotedRunEnd(formula, i, '"');
      if (end < 0) throw new Error(`Unterminated string literal in formula ${formula}`);
      out.push({ code: false, text: formula.slice(i, end) });
      i = end;
    } else {
      const j = formula.indexOf('"', i);
      const end = j < 0 ? formula.length : j;
      out.push({ code: true, text: formula.slice(i, end) });
      i = end;
    }
  }
  return out;
}

/**
 * `Plan!` or `'Data sheet'!`: quoted unless the name is a plain identifier that reads as nothing
 * else. A sheet named like a cell (`Q1`, `FY24`), an R1C1 reference or a boolean would be read as
 * that in `Q1!A1`; quotes are always valid, so any doubt quotes.
 */
export function sheetPrefix(sheet: string): string {
  const plain =
    /^[A-Za-z_][A-Za-z0-9_]*$/.test(sheet) &&
    !/^[A-Za-z]{1,3}\d+$/.test(sheet) &&
    !/^R\d*C\d*$/i.test(sheet) &&
    !/^(TRUE|FALSE)$/i.test(sheet);
  return plain ? `${sheet}!` : `'${sheet.replace(/'/g, "''")}'!`;
}

/** The sheet name a reference's prefix spells (`'Q1 plan'` -> `Q1 plan`), the `!` left off. */
export function unquoteSheetName(raw: string): string {
  return raw.startsWith("'") ? raw.slice(1, -1).replace(/''/g, "'") : raw;
}

/** `'Data sheet'!B3`, or `B3` on the formula's own sheet (`sheet` undefined). */
export function qualifiedCell(sheet: string | undefined, row: number, col: number): string {
  const local = cellA1(row, col);
  return sheet === undefined ? local : `${sheetPrefix(sheet)}${local}`;
}
