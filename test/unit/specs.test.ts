// The specs: the function table is covered, names are safe to type in Sheets, every spec
// is complete and consistent, and the README table and sidebar reference are generated from them.
import { readFileSync } from 'node:fs';
import { HyperFormula } from 'hyperformula';
import { describe, expect, it } from 'vitest';
import { README_PATH, withFunctionTable } from '../../scripts/readme-table.ts';
import { MAX_PARAMS } from '../../src/functions/args.ts';
import { CUSTOM_FUNCTIONS } from '../../src/functions/custom.ts';
import { renderJsDoc } from '../../src/functions/jsdoc.ts';
import { functionReference } from '../../src/functions/reference.ts';
import { SPECS } from '../../src/functions/specs.ts';
import { customFunctions, serverFunctions } from '../../src/main.ts';

/** The table: every function and its parameters, in order ([x] = optional). */
const REQUIRED: Readonly<Record<string, string>> = {
  ROAS: 'revenue, ad_spend',
  ROI: 'revenue, cost',
  MER: 'total_revenue, total_marketing_spend',
  CAC: 'spend, new_customers',
  CPA: 'spend, acquisitions',
  CPL: 'spend, leads',
  CPC: 'spend, clicks',
  CPM: 'spend, impressions',
  CTR: 'clicks, impressions',
  CVR: 'conversions, clicks',
  LTV: 'avg_order_value, purchases_per_period, periods, [gross_margin]',
  LTV_CHURN: 'revenue_per_period, churn_rate, [gross_margin]',
  LTV_CAC: 'ltv, cac',
  PAYBACK: 'cac, revenue_per_month, [gross_margin]',
  BREAKEVEN_ROAS: 'gross_margin',
  // Issue 19's two confidence functions.
  BREACH_CONFIDENCE: 'spend, results, limit',
  AB_CONFIDENCE: 'conversions_a, trials_a, conversions_b, trials_b',
};

/**
 * Google Sheets built-ins that HyperFormula lacks but that look like KPI names; `ACOS` (Amazon's
 * advertising cost of sales) is the reason there is no ACOS function here.
 */
const SHEETS_ONLY_BUILTINS = [
  'ACOS',
  'COUNTUNIQUE',
  'GOOGLEFINANCE',
  'SPARKLINE',
  'QUERY',
  'CONVERT',
  'RATE',
];

const paramList = (name: string): string => {
  const spec = SPECS.find((s) => s.name === name);
  return spec ? spec.params.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(', ') : '(missing)';
};

describe('SPECS', () => {
  it.each(Object.entries(REQUIRED))('has %s(%s) as the issue specifies', (name, params) => {
    expect(paramList(name)).toBe(params);
  });

  it('has unique UPPER_SNAKE names', () => {
    const names = SPECS.map((s) => s.name);
    expect(new Set(names).size).toBe(names.length);
    for (const n of names) expect(n).toMatch(/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/);
  });

  it('never clashes with a built-in spreadsheet function', () => {
    const builtins = new Set([...HyperFormula.getRegisteredFunctionNames('enGB'), ...SHEETS_ONLY_BUILTINS]);
    expect(builtins.has('ACOS')).toBe(true);
    expect(SPECS.map((s) => s.name).filter((n) => builtins.has(n))).toEqual([]);
  });

  it.each(SPECS.map((s) => [s.name, s] as const))('%s is complete', (_name, spec) => {
    expect(spec.summary.length).toBeGreaterThan(10);
    expect(spec.returns.length).toBeGreaterThan(10);
    expect(spec.example.startsWith(`=${spec.name}(`)).toBe(true);
    expect(spec.params.length).toBeGreaterThanOrEqual(1);
    expect(spec.params.length).toBeLessThanOrEqual(MAX_PARAMS);
    expect(spec.compute.length).toBe(spec.params.length);
    let seenOptional = false;
    for (const p of spec.params) {
      expect(p.name).toMatch(/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/);
      expect(p.description).toMatch(/\.$/);
      if (p.optional) {
        seenOptional = true;
        expect(p.defaultValue, `${p.name} needs a default`).toBeTypeOf('number');
      } else {
        expect(seenOptional, `${p.name}: required after optional`).toBe(false);
      }
    }
  });

  it.each(SPECS.map((s) => [s.name, s] as const))(
    '%s native template uses exactly its params',
    (_n, spec) => {
      const placeholders = new Set([...spec.native.matchAll(/\{([a-z0-9_]+)\}/g)].map((m) => m[1]));
      expect([...placeholders].sort()).toEqual(spec.params.map((p) => p.name).sort());
      // en_US syntax without decimal literals, so it can be rendered for any locale by swapping `,`.
      expect(spec.native).not.toMatch(/\d\.\d/);
      expect(spec.native).not.toMatch(/;/);
      expect(spec.native.startsWith('=')).toBe(false);
    },
  );

  it('examples with literal arguments (e.g. =LTV(80, 3, 2, 40%)) evaluate to a number', () => {
    // Examples with only literal arguments must evaluate: they are copied into the reference.
    const literal = SPECS.filter((s) => !/[A-Z]+\d/.test(s.example.slice(s.name.length + 1)));
    expect(literal.length).toBeGreaterThan(0);
    for (const spec of literal) {
      const args = spec.example
        .slice(spec.name.length + 2, -1)
        .split(',')
        .map((a) => a.trim());
      const result = CUSTOM_FUNCTIONS[spec.name]?.(...args);
      expect(typeof result, spec.example).toBe('number');
    }
  });
});

describe('wiring', () => {
  it('every spec is a custom function, and customFunctions is exactly the specs', () => {
    const names = SPECS.map((s) => s.name).sort();
    expect(Object.keys(CUSTOM_FUNCTIONS).sort()).toEqual(names);
    expect(Object.keys(customFunctions).sort()).toEqual(names);
  });

  it('exposes the function reference to the sidebar', () => {
    expect(serverFunctions.getFunctionReference.params).toEqual([]);
    expect(serverFunctions.getFunctionReference.caller).toBe('sidebar');
    expect(serverFunctions.getFunctionReference.run()).toEqual(functionReference());
  });

  it('renders JSDoc with every param and @customfunction', () => {
    for (const spec of SPECS) {
      const doc = renderJsDoc(spec);
      expect(doc).toContain('@customfunction');
      for (const p of spec.params) expect(doc).toContain(p.optional ? `[${p.name}]` : ` ${p.name} `);
    }
  });
});

describe('functionReference', () => {
  const ref = functionReference();

  it('is plain JSON (it crosses google.script.run)', () => {
    expect(JSON.parse(JSON.stringify(ref))).toEqual(ref);
  });

  it('describes every function and param from its spec', () => {
    expect(ref.map((r) => r.name)).toEqual(SPECS.map((s) => s.name));
    const ltv = ref.find((r) => r.name === 'LTV');
    expect(ltv?.syntax).toBe('LTV(avg_order_value, purchases_per_period, periods, [gross_margin])');
    expect(ltv?.params[3]).toMatchObject({ name: 'gross_margin', optional: true, defaultValue: 1 });
    expect(ltv?.params[0]).not.toHaveProperty('defaultValue');
    for (const [i, r] of ref.entries()) {
      const spec = SPECS[i];
      expect(r.summary).toBe(spec?.summary);
      expect(r.example).toBe(spec?.example);
      expect(r.params.map((p) => p.description)).toEqual(spec?.params.map((p) => p.description));
    }
  });
});

describe('README function table', () => {
  it('is the one generated from the specs (run `npm run docs`)', () => {
    const readme = readFileSync(README_PATH, 'utf8');
    expect(readme).toBe(withFunctionTable(readme));
  });

  it('lists every function', () => {
    const readme = readFileSync(README_PATH, 'utf8');
    for (const spec of SPECS) expect(readme).toContain(`| \`${spec.name}(`);
  });
});
