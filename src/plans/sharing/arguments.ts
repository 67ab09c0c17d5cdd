// How an add-on call's argument reads, from its tokens alone: a typed number, surely one value
// (not a range), or an expression that may give text the add-on would read its own way.
import type { FunctionSpec } from '../../functions/spec.ts';
import { isAtomic } from './native.ts';
import type { Token } from './tokenize.ts';

/** Functions that give one value whatever ranges they read, so an argument built from them is not a range. */
const SCALAR = new Set([
  'SUM',
  'SUMIF',
  'SUMIFS',
  'SUMPRODUCT',
  'AVERAGE',
  'AVERAGEIF',
  'AVERAGEIFS',
  'COUNT',
  'COUNTA',
  'COUNTIF',
  'COUNTIFS',
  'MIN',
  'MAX',
  'MEDIAN',
]);

/**
 * Functions that always give a number (or an error): an argument they compute never reaches the
 * add-on as text. Any other function (IF, INDEX, VLOOKUP, TEXT...) may hand it text such as "0"
 * or "1 234", which the add-on reads as a number and Sheets' arithmetic does not ("0"=0 is FALSE).
 */
const NUMERIC = new Set([
  ...SCALAR,
  'ABS',
  'CEILING',
  'DATE',
  'DAY',
  'FLOOR',
  'INT',
  'MOD',
  'MONTH',
  'NOW',
  'POWER',
  'PRODUCT',
  'ROUND',
  'ROUNDDOWN',
  'ROUNDUP',
  'SQRT',
  'TODAY',
  'TRUNC',
  'YEAR',
]);

/**
 * The function whose result an argument is, when that function may give text (`IF`, `INDEX`), or
 * `{...}` for an array literal holding text; undefined when the argument surely gives a number:
 * an operator at its top level makes one (`IF(...)*2`, `-A1`, not a leading `+`), and so does a
 * NUMERIC function.
 */
export function textGiver(tokens: readonly Token[]): string | undefined {
  let solid = tokens.filter((t) => t.type !== 'space');
  // A leading unary + leaves text as text (`+"0"` is "0"), unlike every other operator.
  while (solid[0]?.type === 'op' && solid[0].text === '+') solid = solid.slice(1);
  let depth = 0;
  for (const t of solid) {
    if (t.type === 'open' || t.type === 'brace-open') depth++;
    if (t.type === 'close' || t.type === 'brace-close') depth--;
    if (depth === 0 && t.type === 'op' && t.text !== '&') return undefined;
  }
  const first = solid[0];
  const last = solid[solid.length - 1];
  if (first?.type === 'open' && last?.type === 'close') return textGiver(solid.slice(1, -1));
  if (first?.type === 'brace-open') return solid.some((t) => t.type === 'string') ? '{...}' : undefined;
  if (first?.type === 'func' && !NUMERIC.has(first.text.toUpperCase()))
    return `${first.text.toUpperCase()}()`;
  return undefined;
}

/** `-5`, `40%`, `-12,5%`: a number typed with a sign or a percent sign; undefined for anything else. */
export function numberLiteral(tokens: readonly Token[]): number | undefined {
  const solid = tokens.filter((t) => t.type !== 'space');
  const sign =
    solid[0]?.type === 'op' && (solid[0].text === '-' || solid[0].text === '+') ? solid.shift() : undefined;
  const percent = solid.length === 2 && solid[1]?.type === 'op' && solid[1].text === '%';
  const n = solid[0];
  if (n?.type !== 'number' || solid.length !== (percent ? 2 : 1)) return undefined;
  const value = Number(n.text.replace(',', '.')) * (sign?.text === '-' ? -1 : 1);
  return percent ? value / 100 : value;
}

/** Single-cell references and numbers joined by operators and parentheses, or one aggregate call. */
export function surelyScalar(tokens: readonly Token[]): boolean {
  const first = tokens[0];
  if (first?.type === 'func' && SCALAR.has(first.text.toUpperCase()) && isAtomic(tokens)) return true;
  return tokens.every(
    (t) =>
      t.type === 'number' ||
      t.type === 'space' ||
      t.type === 'open' ||
      t.type === 'close' ||
      (t.type === 'op' && t.text !== '&') ||
      (t.type === 'ref' && !t.text.includes(':')),
  );
}

/**
 * An argument that may give text: the function reads number-like text ("45", "1 234") its own
 * way, and Sheets' arithmetic in the native form would not read it the same (a text "0" is not 0).
 */
export function textReason(spec: FunctionSpec, param: string, tokens: readonly Token[]): string | undefined {
  let depth = 0;
  for (const t of tokens) {
    if (t.type === 'open' || t.type === 'brace-open') depth++;
    if (t.type === 'close' || t.type === 'brace-close') depth--;
    const topLevel = depth === 0;
    if (topLevel && t.type === 'op' && t.text === '&') {
      return `${spec.name}'s ${param} joins text (&); give it a number.`;
    }
    if (topLevel && t.type === 'string' && t.text !== '""' && t.text !== '"--"' && tokens.length > 1) {
      return `${spec.name}'s ${param} uses the text ${t.text}; give it a number.`;
    }
  }
  return undefined;
}
