// Pure helpers for the function reference: signatures as users type them, and search.
import type { FunctionReference, ParamReference } from '../src/functions/reference.ts';
import { renderFormula } from '../src/plans/shared/formula-locale.ts';

/** The parts of a server FunctionReference these helpers read (derived, so it cannot drift from it). */
export type FunctionDoc = Pick<FunctionReference, 'name' | 'summary' | 'returns' | 'example'> &
  Partial<Pick<FunctionReference, 'syntax'>> & {
    params: (Pick<ParamReference, 'name' | 'description'> &
      Partial<Pick<ParamReference, 'optional' | 'defaultValue'>>)[];
  };

/** `ROAS(revenue, ad_spend)`, optional parameters in brackets as Sheets shows them; the server's if given. */
export function signature(fn: FunctionDoc): string {
  if (fn.syntax) return fn.syntax;
  return `${fn.name}(${fn.params.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(', ')})`;
}

/** Functions whose name, summary or parameters mention every word of `query`, in list order. */
export function filterFunctions(fns: readonly FunctionDoc[], query: string): FunctionDoc[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return fns.filter((fn) => {
    const text = [fn.name, fn.summary, ...fn.params.map((p) => `${p.name} ${p.description}`)]
      .join(' ')
      .toLowerCase();
    return words.every((w) => text.includes(w));
  });
}

/** "(optional)" / "(optional, default 1)" after a parameter name; empty for required ones. */
export function optionalNote(p: FunctionDoc['params'][number]): string {
  if (!p.optional) return '';
  return p.defaultValue === undefined ? ' (optional)' : ` (optional, default ${p.defaultValue})`;
}

/**
 * A formula (or a signature, without `=`) in the spreadsheet's own syntax: `;` between arguments
 * where the decimal mark is a comma (de_DE), as a German sheet would refuse the commas. The
 * examples have no decimal literals; one that had would be shown as written.
 */
export function inLocale(formula: string, locale: string): string {
  const bare = !formula.startsWith('=');
  try {
    const out = renderFormula(bare ? `=${formula}` : formula, locale);
    return bare ? out.slice(1) : out;
  } catch {
    return formula;
  }
}
