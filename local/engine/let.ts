// LET, a Sheets built-in HyperFormula 3.5 lacks (https://support.google.com/docs/answer/13190535):
// "LET(name1, value_expression1, [name2, …], [value_expression2, …], formula_expression)" assigns
// each name the result of its value_expression; a value_expression "can use names declared in the
// previous parameters"; names are identifiers, "usage is case-insensitive"; and "the
// value_expressions evaluates only once in the LET function, even if the next value_expressions or
// the formula_expression uses them multiple times" - which is what makes it worth having: the
// Status formula reads its columns and computes its shared pieces once per evaluation.
//
// The page's second example binds an array (a FILTER result) and uses it inside ARRAYFORMULA, so a
// name holds a whole array, and a name bound to a range is that range (functions that read a
// cell's format, TO_TEXT and ISDATE, see its cells). The page is silent on:
// - what a name may be beyond "an identifier": here what Sheets allows a named range (letters,
//   digits and underscores, not a cell reference, not TRUE/FALSE: a1.ts isSheetsName), no more;
//   anything else in a name's place is #NAME?;
// - whether LET inside ARRAYFORMULA evaluates its value_expressions element by element: the add-on
//   does not rely on it either way - each value_expression that must go per row is wrapped in its
//   own ARRAYFORMULA (src/plans/shared/breach-rule.ts), which is element by element in any case.
//   Here LET passes the array mode it is called in on to every argument, as ARRAYFORMULA does to
//   any function.
// - how a name that shadows a named range behaves: LET's name wins here (the name is the nearer
//   scope), as Excel documents for its LET.
// An odd number of arguments, or fewer than three, is #N/A with the count, as HyperFormula says of
// any call with a wrong number of arguments.
import {
  CellError,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  type FunctionPluginDefinition,
  SimpleRangeValue,
} from 'hyperformula';
import { isSheetsName } from './a1.ts';
import type { EvalState } from './cell-functions.ts';
import { ensureTranslations } from './custom-functions.ts';

interface AstNode {
  type: string;
  expressionName?: string;
  args?: AstNode[];
  [key: string]: unknown;
}

interface Hooked {
  evaluateAstWithoutPostprocessing(ast: AstNode, state: EvalState): unknown;
}

/** The names bound by the LET calls being evaluated on one interpreter, innermost last. */
const framesOf = new WeakMap<object, Map<string, unknown>[]>();

/**
 * Makes `interpreter` look a name up in the LET calls being evaluated before the workbook's named
 * ranges: HyperFormula parses a LET name as a named expression.
 */
function hook(interpreter: object): Map<string, unknown>[] {
  const known = framesOf.get(interpreter);
  if (known) return known;
  const frames: Map<string, unknown>[] = [];
  framesOf.set(interpreter, frames);
  const target = interpreter as Hooked;
  const evaluate = target.evaluateAstWithoutPostprocessing.bind(interpreter);
  target.evaluateAstWithoutPostprocessing = (ast, state) => {
    if (ast.type === 'NAMED_EXPRESSION' && frames.length > 0 && ast.expressionName) {
      const key = ast.expressionName.toUpperCase();
      for (let i = frames.length - 1; i >= 0; i--) {
        const frame = frames[i] as Map<string, unknown>;
        if (frame.has(key)) return fresh(frame.get(key));
      }
    }
    return evaluate(ast, state);
  };
  return frames;
}

/**
 * A bound value as each use of its name gets it: HyperFormula's operators write their result into
 * a computed (ad hoc) array operand in place (Interpreter.binaryRangeWrapper), so every use gets
 * its own copy; a range is read afresh anyway.
 */
function fresh(v: unknown): unknown {
  if (v instanceof SimpleRangeValue && v.isAdHoc())
    return SimpleRangeValue.onlyValues(v.data.map((row) => [...row]));
  return v;
}

/** `ast` with every name bound in `bound` replaced by its value's expression (for sizing). */
function substituted(ast: AstNode, bound: Map<string, AstNode>): AstNode {
  if (ast.type === 'NAMED_EXPRESSION' && ast.expressionName) {
    return bound.get(ast.expressionName.toUpperCase()) ?? ast;
  }
  if (ast.type === 'FUNCTION_CALL' && String(ast.procedureName).toUpperCase() === 'LET') {
    // An inner LET's own names hide the outer ones from its later arguments.
    const args = ast.args ?? [];
    const inner = new Map(bound);
    const out: AstNode[] = [];
    args.forEach((a, i) => {
      const isName = i % 2 === 0 && i < args.length - 1;
      if (isName) {
        out.push(a);
        return;
      }
      const value = substituted(a, inner);
      out.push(value);
      const name = args[i - 1];
      if (i < args.length - 1 && name?.expressionName) inner.set(name.expressionName.toUpperCase(), value);
    });
    return { ...ast, args: out };
  }
  // Only the keys that hold sub-expressions: a reference's own objects (a range's start and end)
  // are class instances the engine calls methods on, and are kept as they are.
  let out: AstNode = ast;
  for (const key of CHILD_KEYS) {
    const v = ast[key];
    let next: unknown = v;
    if (Array.isArray(v)) {
      const mapped = v.map((x) => (Array.isArray(x) ? x.map((y) => sub(y, bound)) : sub(x, bound)));
      if (mapped.some((x, i) => x !== v[i])) next = mapped;
    } else {
      next = sub(v, bound);
    }
    if (next !== v) out = { ...out, [key]: next };
  }
  return out;
}

/** The keys of HyperFormula's AST nodes that hold sub-expressions (parser/Ast.js). */
const CHILD_KEYS = ['args', 'left', 'right', 'value', 'expression'] as const;

function sub(x: unknown, bound: Map<string, AstNode>): unknown {
  return isNode(x) ? substituted(x, bound) : x;
}

function isNode(v: unknown): v is AstNode {
  return typeof v === 'object' && v !== null && typeof (v as { type?: unknown }).type === 'string';
}

/** The names of a LET call, or the #N/A / #NAME? it is. */
function namesOf(args: AstNode[]): string[] | CellError {
  if (args.length < 3 || args.length % 2 === 0) {
    return new CellError(
      ErrorType.NA,
      `Wrong number of arguments to LET. Expected an odd number of arguments, at least 3, but got ${args.length} arguments.`,
    );
  }
  const names: string[] = [];
  for (let i = 0; i < args.length - 1; i += 2) {
    const a = args[i] as AstNode;
    if (a.type !== 'NAMED_EXPRESSION' || !a.expressionName || !isSheetsName(a.expressionName)) {
      return new CellError(ErrorType.NAME, `LET's argument ${i + 1} is not a name.`);
    }
    names.push(a.expressionName.toUpperCase());
  }
  return names;
}

export function letPlugin(): FunctionPluginDefinition {
  ensureTranslations(['LET']);
  class SheetsLet extends FunctionPlugin {
    static override implementedFunctions = {
      LET: {
        method: 'let',
        sizeOfResultArrayMethod: 'letSize',
        parameters: [{ argumentType: FunctionArgumentType.ANY }],
        repeatLastArgs: 1,
      },
    };
    let(ast: { args: AstNode[] }, state: EvalState): unknown {
      const names = namesOf(ast.args);
      if (names instanceof CellError) return names;
      const frames = hook(this.interpreter);
      const frame = new Map<string, unknown>();
      frames.push(frame);
      try {
        names.forEach((name, i) => {
          frame.set(name, this.evaluateAst(ast.args[2 * i + 1] as never, state as never));
        });
        return this.evaluateAst(ast.args[ast.args.length - 1] as never, state as never);
      } finally {
        frames.pop();
      }
    }
    letSize(ast: { args: AstNode[] }, state: EvalState): unknown {
      const names = namesOf(ast.args);
      if (names instanceof CellError) return this.arraySizeForAst({ type: 'ERROR' } as never, state as never);
      const whole = substituted({ type: 'FUNCTION_CALL', procedureName: 'LET', args: ast.args }, new Map());
      const body = (whole.args ?? [])[ast.args.length - 1] as AstNode;
      return this.arraySizeForAst(body as never, state as never);
    }
  }
  return SheetsLet as unknown as FunctionPluginDefinition;
}
