// One add-on call's native equivalent from its spec's template: arguments substituted, element-wise
// for ranges (ARRAYFORMULA, with OR/AND turned into + and * of conditions), in the locale's syntax.
import type { FunctionSpec } from '../../functions/spec.ts';
import { renderFormula } from '../shared/formula-locale.ts';
import { parseCalls, type Token, tokenize } from './tokenize.ts';

const EN_US = { separator: ',', decimal: '.' } as const;

/** A placeholder that survives renderFormula unchanged (no separator, quote or decimal in it). */
const slot = (i: number): string => `SHARINGARG${i}X`;
const SLOT = /SHARINGARG(\d+)X/g;

/** The source text of tokens from..to (exclusive), trimmed. */
function tokenText(tokens: ReturnType<typeof tokenize>, from: number, to: number): string {
  return tokens
    .slice(from, to)
    .map((t) => t.text)
    .join('')
    .trim();
}

/**
 * OR(a,b) and AND(a,b) aggregate a whole range into one value, even inside ARRAYFORMULA, so an
 * element-wise test is spelled ((a)+(b)) or ((a)*(b)): a number that IF reads as TRUE when not 0.
 */
export function elementwise(enUsFormula: string): string {
  const tokens = tokenize(enUsFormula, EN_US);
  const calls = parseCalls(tokens);
  const text = (from: number, to: number): string => tokenText(tokens, from, to);
  const outer = calls.filter((c) => /^(OR|AND)$/i.test(c.name) && !hasLogicalAncestor(calls, c.parent));
  let out = enUsFormula.startsWith('=') ? enUsFormula.slice(1) : enUsFormula;
  const offset = enUsFormula.startsWith('=') ? 1 : 0;
  // Right to left, so earlier offsets stay valid.
  for (const call of [...outer].reverse()) {
    const op = call.name.toUpperCase() === 'OR' ? '+' : '*';
    const parts = call.args.map((a) => `(${elementwise(text(a.from, a.to))})`);
    out = `${out.slice(0, call.start - offset)}(${parts.join(op)})${out.slice(call.end - offset)}`;
  }
  return out;
}

function hasLogicalAncestor(calls: ReturnType<typeof parseCalls>, parent: number): boolean {
  for (let p = parent; p >= 0; p = calls[p]?.parent ?? -1) {
    if (/^(OR|AND)$/i.test(calls[p]?.name ?? '')) return true;
  }
  return false;
}

/**
 * The template without the blank tests of arguments typed as numbers (`80=""` is never true), so
 * `=LTV(80,3,2)` becomes `=80*3*2*1`; `IF(OR(),"",x)` left with no test becomes `x`.
 */
function withoutBlankTests(template: string, numbers: ReadonlySet<number>): string {
  if (numbers.size === 0) return template;
  const tokens = tokenize(template, EN_US);
  const calls = parseCalls(tokens);
  const text = (from: number, to: number): string => tokenText(tokens, from, to);
  const or = calls.find((c) => c.name.toUpperCase() === 'OR');
  const owner = or ? calls[or.parent] : undefined;
  if (!or || !owner) return template;
  const kept = or.args
    .map((a) => text(a.from, a.to))
    .filter((t) => {
      const m = /^SHARINGARG(\d+)X="(?:--)?"$/.exec(t);
      return !(m && numbers.has(Number(m[1])));
    });
  if (kept.length > 0) return `${template.slice(0, or.start)}OR(${kept.join(',')})${template.slice(or.end)}`;
  // IF(OR(...),"",body): nothing left to test, so the body alone.
  const [, blank, body] = owner.args;
  if (owner.name.toUpperCase() !== 'IF' || !blank || !body || text(blank.from, blank.to) !== '""')
    return template;
  return `${template.slice(0, owner.start)}${text(body.from, body.to)}${template.slice(owner.end)}`;
}

/**
 * Whether an argument's text can go into a template as it is: one token, or one function call
 * spanning it. Anything else is parenthesised so `{a}/{b}` keeps its meaning for `b` = `C2+D2`.
 */
export function isAtomic(tokens: readonly Token[]): boolean {
  const solid = tokens.filter((t) => t.type !== 'space');
  if (solid.length === 1) return solid[0]?.type !== 'op';
  if (solid[0]?.type !== 'func') return false;
  let depth = 0;
  for (let k = 1; k < solid.length; k++) {
    const t = solid[k] as Token;
    if (t.type === 'open' || t.type === 'brace-open') depth++;
    if (t.type === 'close' || t.type === 'brace-close') depth--;
    if (depth === 0 && k < solid.length - 1) return false;
  }
  return true;
}

/**
 * The native formula text (no `=`) for one call of `spec`: `args` are the arguments in the
 * spreadsheet's syntax, one per parameter (defaults already filled in), atomic or parenthesised.
 * `array` gives the element-wise form that spills like the custom function over ranges.
 */
export function nativeCall(
  spec: FunctionSpec,
  args: readonly string[],
  array: boolean,
  locale: string,
  numbers: ReadonlySet<number> = new Set(),
): string {
  let template = spec.native;
  spec.params.forEach((p, i) => {
    template = template.split(`{${p.name}}`).join(slot(i));
  });
  if (/[{}]/.test(template)) throw new Error(`${spec.name}: its native template has an unknown placeholder`);
  template = withoutBlankTests(template, numbers);
  const enUs = array ? `ARRAYFORMULA(${elementwise(template)})` : template;
  const rendered = renderFormula(`=${enUs}`, locale).slice(1);
  return rendered.replace(SLOT, (_m, i: string) => args[Number(i)] as string);
}
