// One formula -> the same formula with every add-on call replaced by its native equivalent, or the
// reason it cannot be (the call refuses its inputs today, reads text, repeats a volatile argument).
import { runFunction } from '../../functions/args.ts';
import type { FunctionSpec } from '../../functions/spec.ts';
import { SPECS } from '../../functions/specs.ts';
import { argSeparator, decimalMark } from '../shared/formula-locale.ts';
import { MASKED_COUNT } from '../shared/number-text.ts';
import { numberLiteral, surelyScalar, textGiver, textReason } from './arguments.ts';
import { ERROR_VALUE, textProblem } from './inputs.ts';
import { isAtomic, nativeCall } from './native.ts';
import { absoluteRef, parseRef, type RefRange } from './refs.ts';
import { type Call, FormulaSyntaxError, parseCalls, type Token, tokenize } from './tokenize.ts';
import { errorReason, valueChange, type WholeValue } from './value-check.ts';

const BY_NAME = new Map(SPECS.map((s) => [s.name, s]));

/** Longest converted formula we write: repeated arguments grow it, and a formula should stay readable. */
export const MAX_NATIVE_LENGTH = 8000;

/** Functions whose value changes on every recalculation: repeating one in a template changes the result. */
const VOLATILE = new Set(['RAND', 'RANDBETWEEN', 'RANDARRAY']);
/** Functions that hide an error: the call inside may be refusing its inputs with nothing showing. */
const ERROR_CATCHERS = new Set(['IFERROR', 'IFNA', 'ISERROR', 'ISERR', 'ISNA', 'ERROR.TYPE']);
/** Where the formula is and what the cells it reads hold. */
export interface FormulaContext {
  readonly locale: string;
  /** The sheet the formula is on (unqualified references point there). */
  readonly sheet: string;
  /** What the cells of a range hold, as getValues gives them (`''` beyond the data); undefined: no such sheet. */
  readonly read: (sheet: string, range: RefRange) => unknown[][] | undefined;
  /** A named range's sheet and cells (`Budget` -> 'Plan'!B2:B9), or undefined when there is none. */
  readonly named?: (name: string) => RefRange | undefined;
}

export type Conversion =
  | { readonly ok: true; readonly native: string }
  | { readonly ok: false; readonly reason: string };

/** A reason for the panel; thrown inside the walk, returned as `{ ok: false }`. */
class Unconvertible extends Error {}

/** What a converted piece is: its text, whether it is a range, and its value today when known. */
interface Piece {
  readonly text: string;
  readonly array: boolean;
  readonly value?: { readonly v: unknown; readonly from?: RefRange };
  /** Typed as a number (or a default): never blank, so the template need not test it. */
  readonly number?: true;
}

export function callsAddOn(formula: string, locale: string): boolean {
  if (!formula.startsWith('=')) return false;
  try {
    const tokens = tokenize(formula, syntaxOf(locale));
    return tokens.some((t) => t.type === 'func' && BY_NAME.has(t.text.toUpperCase()));
  } catch {
    // Unreadable formulas are reported by convertFormula; a quick scan only asks about add-on names.
    return /[A-Z_]+\s*\(/i.test(formula) && SPECS.some((s) => formula.toUpperCase().includes(`${s.name}(`));
  }
}

function syntaxOf(locale: string): { separator: ',' | ';'; decimal: '.' | ',' } {
  return { separator: argSeparator(locale), decimal: decimalMark(locale) };
}

/**
 * The formula with its add-on calls made native, or why not; null when it calls no add-on function.
 * `shownToday` gives the cell's value today: an error there means the call refuses its inputs (or something
 * else is wrong), and a native formula would show a number in its place.
 */
export function convertFormula(
  formula: string,
  shownToday: () => unknown,
  ctx: FormulaContext,
): Conversion | null {
  if (!formula.startsWith('=')) return null;
  let tokens: Token[];
  let calls: Call[];
  try {
    tokens = tokenize(formula, syntaxOf(ctx.locale));
    calls = parseCalls(tokens);
  } catch (err) {
    if (!(err instanceof FormulaSyntaxError) || !callsAddOn(formula, ctx.locale)) return null;
    return { ok: false, reason: `The formula could not be read (${err.message}); convert it by hand.` };
  }
  if (!calls.some((c) => BY_NAME.has(c.name.toUpperCase()))) return null;
  const shown = shownToday();
  const showsError = typeof shown === 'string' && ERROR_VALUE.test(shown);
  try {
    const walk = new Walk(tokens, calls, ctx);
    const body = walk.span(0, tokens.length);
    const native = `=${body}`;
    if (native.length > MAX_NATIVE_LENGTH) {
      throw new Unconvertible(
        `Its native form would be ${native.length.toLocaleString('en-US')} characters long (each argument is repeated in it); split the formula into cells, then convert.`,
      );
    }
    const whole = walk.wholeValue();
    if (showsError) return { ok: false, reason: errorReason(shown, whole) };
    const changed = whole === undefined ? undefined : valueChange(whole, shown);
    if (changed) return { ok: false, reason: changed };
    return { ok: true, native };
  } catch (err) {
    // When the cell shows an error, the walk's refusal (too many arguments, ranges of different
    // sizes, a negative input...) is the precise reason for it.
    if (err instanceof Unconvertible) {
      return { ok: false, reason: showsError ? `It shows ${shown} today: ${err.message}` : err.message };
    }
    throw err;
  }
}

/** The recursive rewrite of one formula's tokens. */
class Walk {
  private readonly callAt = new Map<number, number>();
  private readonly tokenAt = new Map<number, number>();
  /** Each converted call's value today, by call index, when all its inputs are known. */
  private readonly valueOf = new Map<number, unknown>();

  constructor(
    private readonly tokens: readonly Token[],
    private readonly calls: readonly Call[],
    private readonly ctx: FormulaContext,
  ) {
    calls.forEach((c, i) => {
      this.callAt.set(c.start, i);
    });
    tokens.forEach((t, i) => {
      this.tokenAt.set(t.end, i);
    });
  }

  /** The formula's value when the whole formula is one add-on call whose inputs are known. */
  wholeValue(): WholeValue | undefined {
    const own = this.tokens.filter((t) => t.type !== 'space');
    const first = own[0];
    const last = own[own.length - 1];
    const ci = first?.type === 'func' ? this.callAt.get(first.start) : undefined;
    const call = ci === undefined ? undefined : this.calls[ci];
    if (!call || !last || call.end !== last.end || !this.valueOf.has(ci as number)) return undefined;
    return { name: call.name.toUpperCase(), v: this.valueOf.get(ci as number) };
  }

  /** Tokens [from, to) as text, with every add-on call in them replaced. */
  span(from: number, to: number): string {
    let out = '';
    for (let t = from; t < to; t++) {
      const tok = this.tokens[t] as Token;
      const ci = tok.type === 'func' ? this.callAt.get(tok.start) : undefined;
      const call = ci === undefined ? undefined : this.calls[ci];
      const spec = call ? BY_NAME.get(call.name.toUpperCase()) : undefined;
      if (call && ci !== undefined && spec) {
        out += this.call(ci, spec).text;
        t = this.tokenAt.get(call.end) ?? t;
      } else {
        out += tok.text;
      }
    }
    return out;
  }

  private call(ci: number, spec: FunctionSpec): Piece {
    const call = this.calls[ci] as Call;
    const names = spec.params.map((p) => p.name);
    if (call.args.length > spec.params.length) {
      throw new Unconvertible(`${spec.name} takes at most ${names.length} arguments (${names.join(', ')}).`);
    }
    const pieces = spec.params.map((p, i): Piece => {
      const range = call.args[i];
      if (range === undefined) {
        if (p.defaultValue === undefined) throw new Unconvertible(`${spec.name} is missing its ${p.name}.`);
        return { text: String(p.defaultValue), array: false, value: { v: p.defaultValue }, number: true };
      }
      return this.argument(spec, p.name, range.from, range.to);
    });
    const array = pieces.some((x) => x.array);
    const numbers = new Set(pieces.flatMap((x, i) => (x.number ? [i] : [])));
    const text = nativeCall(
      spec,
      pieces.map((x) => x.text),
      array,
      this.ctx.locale,
      numbers,
    );
    const known = pieces.every((x) => x.value !== undefined);
    if (!known) {
      for (let p = call.parent; p >= 0; p = this.calls[p]?.parent ?? -1) {
        const outer = (this.calls[p] as Call).name.toUpperCase();
        if (ERROR_CATCHERS.has(outer)) {
          throw new Unconvertible(
            `${spec.name} sits inside ${outer} and reads computed inputs that cannot be checked here: an error it gives would be hidden, and a native formula would show a number. Convert it by hand.`,
          );
        }
      }
      return { text, array };
    }
    const values = pieces.map((x) => x.value?.v);
    pieces.forEach((x, i) => {
      const masked = spec.params[i]?.masked ? MASKED_COUNT.text : undefined;
      const problem = textProblem(x.value?.v, x.value?.from, masked);
      if (problem) {
        throw new Unconvertible(
          `${spec.name}'s ${spec.params[i]?.name} ${problem}. The add-on reads text its own way and Sheets' formulas would not read it the same; type a number (or leave the cell empty), then convert.`,
        );
      }
    });
    try {
      const v = runFunction(spec, values);
      this.valueOf.set(ci, v);
      return { text, array, value: { v } };
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      throw new Unconvertible(`${message}. Fix the input first: a native formula would show a number there.`);
    }
  }

  private argument(spec: FunctionSpec, param: string, from: number, to: number): Piece {
    let a = from;
    let b = to;
    while (a < b && this.tokens[a]?.type === 'space') a++;
    while (b > a && this.tokens[b - 1]?.type === 'space') b--;
    const own = this.tokens.slice(a, b);
    if (own.length === 0) {
      throw new Unconvertible(`${spec.name} has an empty ${param} argument; write a value or leave it out.`);
    }
    for (const t of own) {
      if (t.type === 'func' && VOLATILE.has(t.text.toUpperCase())) {
        throw new Unconvertible(
          `${spec.name}'s ${param} calls ${t.text.toUpperCase()}(), whose value changes at every recalculation; the native form repeats each argument, so it would not be one value.`,
        );
      }
    }
    const givesText = textReason(spec, param, own);
    if (givesText) throw new Unconvertible(givesText);
    const first = own[0] as Token;
    const atomic = isAtomic(own);
    const ci = first.type === 'func' ? this.callAt.get(first.start) : undefined;
    const inner = ci === undefined ? undefined : this.calls[ci];
    const innerSpec = inner ? BY_NAME.get(inner.name.toUpperCase()) : undefined;
    // A nested add-on call is converted once, keeping its value for the checks of this one.
    if (ci !== undefined && innerSpec && atomic) return this.call(ci, innerSpec);
    const text = this.span(a, b);
    const wrapped = atomic ? text : `(${text})`;
    if (own.length === 1) return this.single(first, wrapped);
    const literal = numberLiteral(own);
    if (literal !== undefined) return { text: wrapped, array: false, value: { v: literal }, number: true };
    const giver = textGiver(own);
    if (giver) {
      throw new Unconvertible(
        `${spec.name}'s ${param} is computed by ${giver}, which can give text (a "0" or "1 234"): the add-on reads it as a number and Sheets' formulas would not. Put it in a cell of its own and pass that cell, then convert.`,
      );
    }
    return { text: wrapped, array: !surelyScalar(own) };
  }

  private single(tok: Token, text: string): Piece {
    if (tok.type === 'number') {
      const n = Number(tok.text.replace(',', '.'));
      return { text, array: false, value: { v: n }, number: true };
    }
    if (tok.type === 'string')
      return { text, array: false, value: { v: tok.text.slice(1, -1).replace(/""/g, '"') } };
    if (tok.type === 'ref') {
      const range = parseRef(tok.text);
      const array = range?.rows !== 1 || range.cols !== 1;
      const cells = range ? this.ctx.read(range.sheet ?? this.ctx.sheet, range) : undefined;
      if (range && !cells) throw new Unconvertible(`It reads ${tok.text}, a sheet that does not exist.`);
      return cells && range ? { text, array, value: { v: cells, from: range } } : { text, array };
    }
    if (tok.type === 'error') throw new Unconvertible(`It passes the error ${tok.text}.`);
    const range = /^(TRUE|FALSE)$/i.test(tok.text) ? undefined : this.ctx.named?.(tok.text);
    const cells = range?.sheet === undefined ? undefined : this.ctx.read(range.sheet, range);
    // Written as the cells the name stands for today: the same value, and it is read as a range
    // inside an element-wise formula (the local engine does not expand a name there).
    if (range && cells) {
      const array = range.rows !== 1 || range.cols !== 1;
      return { text: absoluteRef(range), array, value: { v: cells, from: range } };
    }
    // TRUE/FALSE, or a name we could not read: the function checks what it holds when it runs.
    return { text, array: true };
  }
}
