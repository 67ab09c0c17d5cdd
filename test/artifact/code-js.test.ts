// The built dist/Code.js as Apps Script loads it: a plain script in a fresh global scope whose
// only globals are the declared functions, each custom function under its generated JSDoc, giving
// the same results as src/.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { CODE_JS_BUDGET_KB } from '../../scripts/code-budget.ts';
import { CUSTOM_FUNCTIONS } from '../../src/functions/custom.ts';
import { functionReference } from '../../src/functions/reference.ts';
import { SPECS } from '../../src/functions/specs.ts';
import { customFunctions, serverFunctions } from '../../src/main.ts';
import { expectKpi } from '../unit/expect-kpi.ts';
import { KPI_CASES, KPI_ERROR_CASES } from '../unit/kpi-cases.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const codePath = join(root, 'dist', 'Code.js');

let code = '';
let sandbox: Record<string, unknown> = {};

/** Calls a global of the loaded script. */
function callGlobal(name: string, args: readonly unknown[]): unknown {
  const f = sandbox[name];
  if (typeof f !== 'function') throw new Error(`${name} is not a global function`);
  return f(...args);
}

// test/global-setup.ts builds dist/ once before any test file runs.
beforeAll(() => {
  code = readFileSync(codePath, 'utf8');
  // The one service the KPI functions may read: the spreadsheet locale, for number-like text.
  const SpreadsheetApp = { getActiveSpreadsheet: () => ({ getSpreadsheetLocale: () => 'en_US' }) };
  sandbox = vm.createContext({ SpreadsheetApp });
  vm.runInContext(code, sandbox, { filename: 'Code.js' });
});

/** The JSDoc block directly above `function NAME(` (only whitespace between), and the params. */
function declaration(name: string): { doc: string; params: string[] } | undefined {
  const m = new RegExp(`/\\*\\*((?:(?!\\*/)[\\s\\S])*)\\*/\\nfunction ${name}\\(([^)]*)\\)`).exec(code);
  if (!m) return undefined;
  const params = (m[2] ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  return { doc: m[1] ?? '', params };
}

describe('dist/Code.js as text', () => {
  it('opens with the generated - do not edit banner', () => {
    expect(code.split('\n')[0]).toMatch(/^\/\/ Generated .*do not edit/);
  });

  it('has no import, export or require', () => {
    const withoutStrings = code.replace(/(["'`])(?:\\.|(?!\1)[^\\])*\1/g, '""');
    expect(withoutStrings).not.toMatch(/(^|[;\s}])(import|export)\s+[\w{*]/);
    expect(withoutStrings).not.toMatch(/\brequire\s*\(/);
  });

  it('uses no built-in newer than ES2020 (esbuild lowers syntax, not library calls)', () => {
    // Google does not document the V8 version behind Apps Script; stay on what ES2020 guarantees.
    for (const newer of ['.replaceAll(', 'Object.hasOwn(', '.at(', 'structuredClone(', '.findLast(']) {
      expect(code, newer).not.toContain(newer);
    }
  });

  it(`is under ${CODE_JS_BUDGET_KB} KB (Apps Script loads all of it for every custom-function call)`, () => {
    expect(Buffer.byteLength(code, 'utf8')).toBeLessThan(CODE_JS_BUDGET_KB * 1024);
  });

  it.each(SPECS.map((s) => [s.name, s] as const))(
    '%s has its @customfunction JSDoc right above it',
    (name, spec) => {
      const found = declaration(name);
      expect(found, `no JSDoc block directly above function ${name}`).toBeDefined();
      const doc = found?.doc ?? '';
      expect(doc).toContain('@customfunction');
      expect(doc).toContain(spec.summary);
      expect(doc).toMatch(/@return \S/);
      expect(doc).toContain(`@example ${spec.example}`);
      const documented = [...doc.matchAll(/@param\s+\{[^}]*\}\s+(\[?[a-z0-9_]+\]?)/g)].map((m) => m[1]);
      expect(documented).toEqual(spec.params.map((p) => (p.optional ? `[${p.name}]` : p.name)));
      expect(found?.params).toEqual(spec.params.map((p) => p.name));
    },
  );

  it('marks exactly the specs as custom functions', () => {
    const marked = [...code.matchAll(/@customfunction\s*\*\/\nfunction ([A-Za-z0-9_$]+)\(/g)].map(
      (m) => m[1],
    );
    expect(marked.sort()).toEqual(SPECS.map((s) => s.name).sort());
    expect(code.match(/@customfunction/g)?.length).toBe(SPECS.length);
  });
});

describe('dist/Code.js loaded as Apps Script loads it', () => {
  it('defines every declared function as a global, and no other global function', () => {
    const globals = Object.getOwnPropertyNames(sandbox);
    const fns = globals.filter((g) => typeof sandbox[g] === 'function').sort();
    expect(fns).toEqual([...Object.keys(customFunctions), ...Object.keys(serverFunctions)].sort());
    for (const spec of SPECS) expect(fns).toContain(spec.name);
  });

  it('has only private (`_`) non-function globals, so helpers are not callable', () => {
    const others = Object.getOwnPropertyNames(sandbox).filter(
      (g) => typeof sandbox[g] !== 'function' && g !== 'SpreadsheetApp',
    );
    expect(others.length).toBeGreaterThan(0);
    for (const g of others) expect(g).toMatch(/_$/);
    expect(sandbox.runFunction).toBeUndefined();
    expect(sandbox.roas).toBeUndefined();
  });

  it.each(KPI_CASES.map((c) => [`${c.fn}: ${c.note}`, c] as const))(
    'gives the unit result: %s',
    (_name, c) => {
      const got = callGlobal(c.fn, c.args);
      expectKpi(got, c.expected);
      const fromSrc = CUSTOM_FUNCTIONS[c.fn]?.(...c.args);
      expect(JSON.stringify(got)).toBe(JSON.stringify(fromSrc));
    },
  );

  it.each(KPI_ERROR_CASES.map((c) => [c.message, c] as const))('throws the unit error: %s', (_name, c) => {
    let message = '';
    let name = '';
    try {
      callGlobal(c.fn, c.args);
    } catch (err) {
      message = (err as Error).message;
      name = (err as Error).name;
    }
    expect(message).toBe(c.message);
    expect(name).toBe('KpiError');
  });

  it('passes on arguments beyond the declared parameters, so too many is an error, not ignored', () => {
    expect(() => callGlobal('ROAS', [8, 2, 'extra'])).toThrow(
      'ROAS: takes at most 2 arguments (revenue, ad_spend), got 3',
    );
    // An omitted optional argument still arrives as undefined and takes its default.
    expect(callGlobal('LTV', [50, 2, 3])).toBe(300);
  });

  it("rejects a Date from the script's own realm (as Apps Script passes a date cell)", () => {
    const date = vm.runInContext('new Date(2024, 2, 5)', sandbox) as unknown;
    expect(() => callGlobal('CPC', [10, [[date]]])).toThrow('CPC: clicks must be a number, got a date');
  });

  it('serves the function reference to the sidebar', () => {
    expect(JSON.stringify(callGlobal('getFunctionReference', []))).toBe(JSON.stringify(functionReference()));
  });
});
