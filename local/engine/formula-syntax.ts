// Formula syntax Sheets reads that HyperFormula does not, rewritten on the way into the engine and
// back on the way out (getFormula reads what was entered):
// - a doubled quote inside a string (`="a""b"` is the text a"b): Sheets, like Excel, escapes a quote
//   by doubling it (Google's TEXT page writes `=TEXT(A1,"""$""#")`-style formats; SO 62661367's
//   answers use it); HyperFormula's parser stops at the second quote. The engine gets
//   `"a"&SHEETS.DOUBLED.QUOTE()&"b"`, a function of ours that gives `"`.
// - array literals in `;` locales: Sheets separates columns with `\` and rows with `;` (`={1\2;3\4}`
//   in de_DE; https://www.benlcollins.com/spreadsheets/google-sheets-formula-syntax-by-location/ ,
//   and budget-n-sheets' getArrayColumnSeparator), while HyperFormula allows only `;` or `,` for
//   columns and `;` or `|` for rows: its de_DE arrays are `{1;2|3;4}` (locale.ts).
import { FunctionPlugin, type FunctionPluginDefinition } from 'hyperformula';
import { ensureTranslations } from './custom-functions.ts';
import type { LocaleInfo } from './locale.ts';

const QUOTE_FN = 'SHEETS.DOUBLED.QUOTE';
const QUOTE_CALL = `"&${QUOTE_FN}()&"`;

/** The function the engine reads a doubled quote as. */
export function doubledQuotePlugin(): FunctionPluginDefinition {
  ensureTranslations([QUOTE_FN]);
  class DoubledQuote extends FunctionPlugin {
    static override implementedFunctions = { [QUOTE_FN]: { method: 'quote', parameters: [] } };
    quote(): string {
      return '"';
    }
  }
  return DoubledQuote as unknown as FunctionPluginDefinition;
}

/**
 * Rewrites `formula` character by character outside strings (and each doubled quote inside one):
 * `inBraces` says whether the innermost open bracket is an array literal's `{`, so the `;` between a
 * function's arguments inside an array (`{SUM(1;2)\3}`) is told from the array's own separators.
 */
function rewrite(formula: string, at: (ch: string, inBraces: boolean) => string | null): string {
  let out = '';
  let quoted = false;
  const open: string[] = [];
  for (let i = 0; i < formula.length; i++) {
    const ch = formula[i] as string;
    if (ch === '"') {
      // A doubled quote inside a string stays inside it.
      if (quoted && formula[i + 1] === '"') {
        out += at('""', false) ?? '""';
        i++;
        continue;
      }
      quoted = !quoted;
    } else if (!quoted && (ch === '{' || ch === '(')) open.push(ch);
    else if (!quoted && (ch === '}' || ch === ')')) open.pop();
    out += (!quoted && at(ch, open[open.length - 1] === '{')) || ch;
  }
  return out;
}

/** Sheets' formula text as the engine reads it (after `;` auto-correction in `,` locales). */
export function toEngineFormula(formula: string, locale: LocaleInfo): string {
  if (!formula.includes('"') && !(locale.argSeparator === ';' && formula.includes('{'))) return formula;
  const semicolon = locale.argSeparator === ';';
  return rewrite(formula, (ch, inBraces) => {
    if (ch === '""') return QUOTE_CALL;
    if (!semicolon || !inBraces) return null;
    if (ch === '\\') return ';';
    if (ch === ';') return '|';
    return null;
  });
}

/** The engine's formula text in Sheets' syntax: what getFormula returns. */
export function fromEngineFormula(formula: string, locale: LocaleInfo): string {
  const unquoted = formula.includes(QUOTE_CALL) ? formula.split(QUOTE_CALL).join('""') : formula;
  if (locale.argSeparator !== ';' || !unquoted.includes('{')) return unquoted;
  return rewrite(unquoted, (ch, inBraces) => {
    if (!inBraces) return null;
    if (ch === ';') return '\\';
    if (ch === '|') return ';';
    return null;
  });
}
