// The array-rule audit: reads a formula the add-on writes and lists every place inside an
// ARRAYFORMULA where a function is given a range where it takes one value, while the array-rule
// table (array-rules.ts) says Sheets gives one value for the whole range there - or does not know,
// and no reason is written beside the table's entry saying how the add-on holds either way.
import { type Call, parseCalls, type Token, tokenize } from '../../src/plans/sharing/tokenize.ts';
import { arrayRule, takesOneValue } from './array-rules.ts';

export interface ArrayFinding {
  formula: string;
  /** The function as written, e.g. `SUMIFS`. */
  name: string;
  /** 1-based argument position. */
  argument: number;
  /** What the table says, in words. */
  why: string;
}

function isRange(t: Token): boolean {
  return t.type === 'ref' && t.text.includes(':');
}

/**
 * An argument that varies per row: a range in it, an array SEQUENCE makes, or a LET name bound to
 * such a value (`perRowNames`).
 */
function perRow(
  tokens: readonly Token[],
  from: number,
  to: number,
  perRowNames: ReadonlySet<string> = new Set(),
): { any: boolean; bare: boolean } {
  const body = tokens.slice(from, to).filter((t) => t.type !== 'space');
  const varies = (t: Token): boolean =>
    isRange(t) || (t.type === 'name' && perRowNames.has(t.text.toUpperCase()));
  const any = body.some((t) => varies(t) || (t.type === 'func' && /^SEQUENCE$/i.test(t.text)));
  return { any, bare: body.length === 1 && varies(body[0] as Token) };
}

/**
 * The names LET calls of the formula bind to values that vary per row (a range, or an expression of
 * ranges and such names): a function given such a name is given the range, for the audit as for
 * Sheets (https://support.google.com/docs/answer/13190535: a name holds its value_expression's
 * result). Names are case-insensitive there, so they are kept in upper case.
 */
function letNames(tokens: readonly Token[], calls: readonly Call[]): Set<string> {
  const names = new Set<string>();
  for (const call of calls) {
    if (!/^LET$/i.test(call.name)) continue;
    for (let i = 0; i + 1 < call.args.length - 1; i += 2) {
      const nameArg = call.args[i] as Call['args'][number];
      const valueArg = call.args[i + 1] as Call['args'][number];
      const name = tokens.slice(nameArg.from, nameArg.to).find((t) => t.type === 'name');
      if (name && perRow(tokens, valueArg.from, valueArg.to, names).any) names.add(name.text.toUpperCase());
    }
  }
  return names;
}

/** Whether `call` sits (at any depth) inside an ARRAYFORMULA call of `calls`. */
function insideArrayFormula(calls: readonly Call[], call: Call): boolean {
  for (let p = call.parent; p >= 0; p = calls[p]?.parent ?? -1) {
    if (/^ARRAYFORMULA$/i.test(calls[p]?.name ?? '')) return true;
  }
  return false;
}

/**
 * Findings for one formula in the syntax of `separator` (`,` en_US, `;` de_DE). A fold function
 * (SUM, MAX, AND...) over a bare range folds on purpose (MAX of the Date column); over an
 * expression of ranges it would be asked for one value per row, and is reported. Named ranges are
 * read as single cells (the add-on names only single cells inside its formulas).
 */
export function auditFormula(formula: string, separator: ',' | ';' = ','): ArrayFinding[] {
  const tokens = tokenize(formula, { separator, decimal: separator === ',' ? '.' : ',' });
  const calls = parseCalls(tokens);
  const bound = letNames(tokens, calls);
  const findings: ArrayFinding[] = [];
  for (const call of calls) {
    const entry = arrayRule(call.name);
    if (!entry || entry.rule === 'expands' || !insideArrayFormula(calls, call)) continue;
    call.args.forEach((arg, i) => {
      if (!takesOneValue(entry, i + 1)) return;
      const { any, bare } = perRow(tokens, arg.from, arg.to, bound);
      if (!any || (entry.oneValueArgs === 'all' && bare)) return;
      if (entry.rule === 'unknown' && entry.eitherWay) return;
      findings.push({
        formula,
        name: call.name,
        argument: i + 1,
        why:
          entry.rule === 'one value'
            ? `${call.name.toUpperCase()} gives one value for the whole range inside ARRAYFORMULA (${entry.source})`
            : `what ${call.name.toUpperCase()} does with a range inside ARRAYFORMULA is unknown (${entry.source}), and no reason says how the formula holds either way`,
      });
    });
  }
  return findings;
}
