// Loads Code.js into a node:vm context as Apps Script does (one global scope) and crosses the google.script.run boundary.
import vm from 'node:vm';

export interface ScriptScan {
  /** Top-level `function NAME(` declarations, in source order. */
  functions: string[];
  /** Those whose JSDoc block contains @customfunction (https://developers.google.com/apps-script/guides/sheets/functions#autocomplete). */
  customFunctions: string[];
}

/**
 * Finds top-level function declarations (at column 0, as the build emits them) and the JSDoc block
 * right above each one.
 */
export function scanScript(code: string): ScriptScan {
  const functions: string[] = [];
  const customFunctions: string[] = [];
  // At a line start, or right after a one-line JSDoc (`/** @customfunction */ function X(`).
  for (const m of code.matchAll(/(^|\*\/[ \t]*)function\s+([A-Za-z_$][\w$]*)\s*\(/gm)) {
    const name = m[2] ?? '';
    functions.push(name);
    const before = code.slice(0, (m.index ?? 0) + (m[1]?.length ?? 0)).trimEnd();
    if (before.endsWith('*/')) {
      const start = before.lastIndexOf('/**');
      if (start >= 0 && /@customfunction\b/.test(before.slice(start))) customFunctions.push(name);
    }
  }
  return { functions, customFunctions };
}

/** Where callWithin leaves the function and its arguments for the timed script to pick up. */
const TIMED_SLOT = '__localTimedCall__';
const TIMED_CALL = new vm.Script(`${TIMED_SLOT}.fn.apply(undefined, ${TIMED_SLOT}.args)`, {
  filename: 'custom-function-call.js',
});

/** The one global scope of a script project. */
export class ScriptRuntime {
  readonly context: vm.Context;
  private readonly injected: Set<string>;

  constructor(code: string, filename: string, globals: Record<string, unknown>) {
    this.injected = new Set(Object.keys(globals));
    this.context = vm.createContext({ ...globals });
    vm.runInContext(code, this.context, { filename });
  }

  global(name: string): unknown {
    return (this.context as Record<string, unknown>)[name];
  }

  /** Functions the script defined in its global scope (not the emulator's services). */
  functionNames(): string[] {
    return Object.keys(this.context).filter(
      (k) => !this.injected.has(k) && typeof this.global(k) === 'function',
    );
  }

  call(name: string, args: unknown[]): unknown {
    const fn = this.global(name);
    if (typeof fn !== 'function') throw new Error(`Script function not found: ${name}`);
    return (fn as (...a: unknown[]) => unknown).apply(undefined, args);
  }

  /**
   * As call(), stopped after `limitMs` of running with Apps Script's message, "Exceeded maximum
   * execution time" (reported wording of the custom-function #ERROR!, e.g.
   * https://github.com/joseballester/muFunds/issues/66). node:vm's timeout interrupts even a
   * loop that never yields.
   */
  callWithin(name: string, args: unknown[], limitMs: number): unknown {
    const fn = this.global(name);
    if (typeof fn !== 'function') throw new Error(`Script function not found: ${name}`);
    const slot = this.context as Record<string, unknown>;
    slot[TIMED_SLOT] = { fn, args };
    try {
      return TIMED_CALL.runInContext(this.context, { timeout: Math.max(1, Math.floor(limitMs)) });
    } catch (e) {
      if (e !== null && typeof e === 'object' && 'code' in e && e.code === 'ERR_SCRIPT_EXECUTION_TIMEOUT')
        throw new Error('Exceeded maximum execution time (line 0).');
      throw e;
    } finally {
      delete slot[TIMED_SLOT];
    }
  }

  /** Copies host data into the script's realm, so `Array.isArray`/`instanceof Object` behave there. */
  importJson(value: unknown): unknown {
    if (value === undefined) return undefined;
    const parse = vm.runInContext('JSON.parse', this.context) as (t: string) => unknown;
    return parse(JSON.stringify(value));
  }

  /**
   * Rebuilds arrays and Dates in the script's realm, so `x instanceof Array` / `instanceof Date`
   * hold inside Code.js as they do in Apps Script (Google's own samples test `instanceof Array`).
   */
  importValue(value: unknown): unknown {
    if (Array.isArray(value)) {
      const VmArray = vm.runInContext('Array', this.context) as ArrayConstructor;
      const out = new VmArray<unknown>();
      for (const v of value) out.push(this.importValue(v));
      return out;
    }
    if (Object.prototype.toString.call(value) === '[object Date]') {
      const VmDate = vm.runInContext('Date', this.context) as DateConstructor;
      return new VmDate((value as Date).getTime());
    }
    return value;
  }

  /** Runs compiled template code with template variables in scope (the Code.js globals are visible). */
  runTemplate(code: string, vars: Record<string, unknown>): string {
    const fn = vm.runInContext(`(function (__vars, __esc, __raw) {\n${code}\n})`, this.context) as (
      v: Record<string, unknown>,
      esc: (x: unknown) => string,
      raw: (x: unknown) => string,
    ) => string;
    const raw = (x: unknown): string => (x === null || x === undefined ? '' : String(x));
    const esc = (x: unknown): string =>
      raw(x)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&#39;');
    return fn(vars, esc, raw);
  }
}

/**
 * google.script.run accepts "primitives like a Number, Boolean, String, or null, as well as
 * JavaScript objects and arrays that are composed of primitives, objects and arrays"; a Date,
 * Function, DOM element or other type - also nested - makes the request fail; circular objects
 * fail; undefined inside arrays becomes null. Return values have the same restrictions
 * (https://developers.google.com/apps-script/guides/html/communication#parameters_and_return_values ,
 * https://developers.google.com/apps-script/guides/html/reference/run#myFunction(...)).
 * Throws with the text the client shows (reported wording).
 */
export function transferable(value: unknown, path = '', seen: Set<object> = new Set()): unknown {
  const fail = (): never => {
    throw new Error(`Failed due to illegal value in property: ${path || '0'}`);
  };
  if (value === null || value === undefined) return null;
  const t = typeof value;
  if (t === 'string' || t === 'boolean') return value;
  if (t === 'number') return Number.isFinite(value) ? value : null;
  if (t !== 'object') return fail();
  const obj = value as object;
  if (seen.has(obj)) return fail();
  seen.add(obj);
  try {
    if (Array.isArray(obj))
      return obj.map((v, i) => transferable(v, path ? `${path}.${i}` : String(i), seen));
    const proto = Object.getPrototypeOf(obj);
    const plain = proto === null || Object.getPrototypeOf(proto) === null;
    if (!plain || Object.prototype.toString.call(obj) !== '[object Object]') return fail();
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(obj)) {
      if (v === undefined) continue;
      out[k] = transferable(v, path ? `${path}.${k}` : k, seen);
    }
    return out;
  } finally {
    seen.delete(obj);
  }
}
