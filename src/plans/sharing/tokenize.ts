// A small formula tokenizer and call parser: strings, quoted sheet names, references, function
// names and argument lists by depth, in the spreadsheet locale's syntax (`;` and decimal commas).
import { quotedRunEnd } from '../shared/formula-text.ts';

export type TokenType =
  | 'string' // "text", with "" for a quote
  | 'number'
  | 'ref' // A1, $B$2:C9, A:A, 2:2, 'Data sheet'!B2:B9, Data!A2:A
  | 'name' // a named range, TRUE/FALSE, or anything else that is a bare word
  | 'func' // a function name; the next token is its '('
  | 'error' // #N/A, #DIV/0! ...
  | 'open'
  | 'close'
  | 'brace-open'
  | 'brace-close'
  | 'sep' // the argument separator, or a separator inside an array literal
  | 'op'
  | 'space';

export interface Token {
  readonly type: TokenType;
  readonly text: string;
  /** Offsets into the formula, end exclusive. */
  readonly start: number;
  readonly end: number;
}

export interface Syntax {
  /** Between function arguments: `,` or `;`. */
  readonly separator: ',' | ';';
  readonly decimal: '.' | ',';
}

export class FormulaSyntaxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FormulaSyntaxError';
  }
}

const WORD = /[\p{L}\p{N}_$.:!\\]/u;
const ERROR = /^#(?:N\/A|DIV\/0!|[A-Z]+[!?])/i;
const TWO_CHAR_OPS = new Set(['<=', '>=', '<>']);
const OPS = new Set(['+', '-', '*', '/', '^', '&', '=', '<', '>', '%']);
const REF =
  /^(?:(?:'(?:[^']|'')+'|[\p{L}\p{N}_.]+)!)?(?:\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d*)?|\$?[A-Z]{1,3}:\$?[A-Z]{1,3}|\$?\d+:\$?\d+)$/iu;

/** Index just past a quoted run starting at `i` (`quote` doubled inside stands for itself). */
function skipQuoted(formula: string, i: number, quote: '"' | "'"): number {
  const end = quotedRunEnd(formula, i, quote);
  if (end < 0) throw new FormulaSyntaxError(`a ${quote === '"' ? 'text' : 'sheet name'} is not closed`);
  return end;
}

function numberPattern(decimal: '.' | ','): RegExp {
  const d = decimal === '.' ? '\\.' : ',';
  return new RegExp(`^(?:\\d+(?:${d}\\d*)?|${d}\\d+)(?:[eE][+-]?\\d+)?`);
}

/** Tokens of `formula` (with or without its leading `=`); throws FormulaSyntaxError on what it cannot read. */
export function tokenize(formula: string, syntax: Syntax): Token[] {
  const tokens: Token[] = [];
  const num = numberPattern(syntax.decimal);
  const push = (type: TokenType, start: number, end: number): void => {
    tokens.push({ type, text: formula.slice(start, end), start, end });
  };
  let i = formula.startsWith('=') ? 1 : 0;
  while (i < formula.length) {
    const ch = formula[i] as string;
    const rest = formula.slice(i);
    if (/\s/.test(ch)) {
      let j = i + 1;
      while (j < formula.length && /\s/.test(formula[j] as string)) j++;
      push('space', i, j);
      i = j;
    } else if (ch === '"') {
      const j = skipQuoted(formula, i, '"');
      push('string', i, j);
      i = j;
    } else if (ch === '#') {
      const m = ERROR.exec(rest);
      if (!m) throw new FormulaSyntaxError(`unexpected "#" at character ${i + 1}`);
      push('error', i, i + m[0].length);
      i += m[0].length;
    } else if (ch === '(' || ch === ')') {
      push(ch === '(' ? 'open' : 'close', i, i + 1);
      i++;
    } else if (ch === '{' || ch === '}') {
      push(ch === '{' ? 'brace-open' : 'brace-close', i, i + 1);
      i++;
    } else if (ch === syntax.separator || ch === ';' || ch === ',') {
      // A `,` that is not the separator (de_DE) is a decimal mark, which a number already consumed;
      // elsewhere it separates columns of an array literal.
      push('sep', i, i + 1);
      i++;
    } else if (TWO_CHAR_OPS.has(rest.slice(0, 2))) {
      push('op', i, i + 2);
      i += 2;
    } else if (OPS.has(ch)) {
      push('op', i, i + 1);
      i++;
    } else if (ch === "'" || WORD.test(ch)) {
      i = word(formula, i, num, push);
    } else {
      throw new FormulaSyntaxError(`unexpected "${ch}" at character ${i + 1}`);
    }
  }
  return tokens;
}

/** A number, a reference, a function name or a bare name starting at `i`; returns where it ends. */
function word(
  formula: string,
  i: number,
  num: RegExp,
  push: (type: TokenType, start: number, end: number) => void,
): number {
  const rest = formula.slice(i);
  const n = num.exec(rest);
  // `1:5` (rows) and `2024!A1` (a sheet named 2024) start like numbers but are references.
  if (n && !WORD.test(formula[i + n[0].length] ?? '') && !/^[:!]/.test(formula.slice(i + n[0].length))) {
    push('number', i, i + n[0].length);
    return i + n[0].length;
  }
  let j = i;
  if (formula[j] === "'") {
    j = skipQuoted(formula, j, "'");
    if (formula[j] !== '!') throw new FormulaSyntaxError(`a quoted sheet name must be followed by "!"`);
  }
  // In a decimal-comma locale the `.` of a name like ERROR.TYPE is still part of the name.
  while (j < formula.length && WORD.test(formula[j] as string)) j++;
  const text = formula.slice(i, j);
  // `ROAS (A1,B1)`: a space before the parenthesis still makes a call.
  let k = j;
  while (k < formula.length && /\s/.test(formula[k] as string)) k++;
  const call = formula[j] === '(' || (k > j && formula[k] === '(' && !REF.test(text));
  if (call && !text.includes('!') && !text.startsWith("'")) push('func', i, j);
  else if (REF.test(text)) push('ref', i, j);
  else push('name', i, j);
  return j;
}

/** One function call: its name, where it sits in the formula, and its arguments. */
export interface Call {
  /** As written, e.g. `roas`. */
  readonly name: string;
  /** Offset of the name; `end` is just past the closing parenthesis. */
  readonly start: number;
  readonly end: number;
  /** Each argument's token range [from, to) in the token list, spaces included. */
  readonly args: readonly { readonly from: number; readonly to: number }[];
  /** Index of the enclosing call in the list, or -1. */
  readonly parent: number;
}

/** Every function call in `tokens`, outer calls before the calls inside them. */
export function parseCalls(tokens: readonly Token[]): Call[] {
  const calls: {
    name: string;
    start: number;
    end: number;
    args: { from: number; to: number }[];
    parent: number;
  }[] = [];
  // One frame per open bracket: the call it belongs to (-1 for a plain parenthesis or a brace).
  const stack: { call: number; brace: boolean; argFrom: number }[] = [];
  const innermostCall = (): number => {
    for (let k = stack.length - 1; k >= 0; k--) {
      const f = stack[k];
      if (f && f.call >= 0) return f.call;
    }
    return -1;
  };
  for (let t = 0; t < tokens.length; t++) {
    const tok = tokens[t] as Token;
    if (tok.type === 'func') {
      let o = t + 1;
      while (tokens[o]?.type === 'space') o++;
      if (tokens[o]?.type !== 'open') throw new FormulaSyntaxError(`${tok.text} is not followed by "("`);
      calls.push({ name: tok.text, start: tok.start, end: -1, args: [], parent: innermostCall() });
      stack.push({ call: calls.length - 1, brace: false, argFrom: o + 1 });
      t = o;
    } else if (tok.type === 'open' || tok.type === 'brace-open') {
      stack.push({ call: -1, brace: tok.type === 'brace-open', argFrom: t + 1 });
    } else if (tok.type === 'close' || tok.type === 'brace-close') {
      const frame = stack.pop();
      if (!frame || frame.brace !== (tok.type === 'brace-close')) {
        throw new FormulaSyntaxError(`unmatched "${tok.text}" at character ${tok.start + 1}`);
      }
      const call = calls[frame.call];
      if (call) {
        // `F()` has no argument; `F(a,)` has an empty last one.
        if (call.args.length > 0 || hasContent(tokens, frame.argFrom, t)) {
          call.args.push({ from: frame.argFrom, to: t });
        }
        call.end = tok.end;
      }
    } else if (tok.type === 'sep') {
      const frame = stack[stack.length - 1];
      const call = frame ? calls[frame.call] : undefined;
      if (frame && call) {
        call.args.push({ from: frame.argFrom, to: t });
        frame.argFrom = t + 1;
      }
    }
  }
  if (stack.length > 0) throw new FormulaSyntaxError('a parenthesis is not closed');
  return calls;
}

function hasContent(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k]?.type !== 'space') return true;
  return false;
}
