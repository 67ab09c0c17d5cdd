// The layout DESIGN.md's "One of each" promises, held by the code itself: features under src/plans/
// share the kernel (src/plans/shared/) and never import each other, plans/ is pure (no Apps Script
// service), and the kernel's concepts are declared once in src/ and sidebar/.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const plans = join(root, 'src', 'plans');
const FEATURES = ['campaign-goal', 'report-flags', 'sharing'];

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join(dir, f));
}

/** The feature folder a path lies in, or undefined (kernel, elsewhere). */
function featureOf(path: string): string | undefined {
  const rel = relative(plans, path);
  if (rel.startsWith('..')) return undefined;
  const top = rel.split(sep)[0] ?? '';
  return FEATURES.includes(top) ? top : undefined;
}

/** `from './x.ts'` and `import('./x.ts')` specifiers of a source text, resolved against `file`. */
function importsOf(file: string, text: string): string[] {
  return [...text.matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)].map((m) =>
    resolve(dirname(file), m[1] as string),
  );
}

/** Imports of `file` that reach into another feature folder. */
function crossFeatureImports(file: string, text: string): string[] {
  const own = featureOf(file);
  if (own === undefined) return [];
  return importsOf(file, text)
    .filter((target) => {
      const other = featureOf(target);
      return other !== undefined && other !== own;
    })
    .map((target) => `${relative(root, file)} -> ${relative(root, target)}`);
}

const APPS_SCRIPT_GLOBALS = [
  'SpreadsheetApp',
  'LockService',
  'PropertiesService',
  'HtmlService',
  'Utilities',
  'Session',
  'Logger',
  'ScriptApp',
  'Browser',
];

/** Apps Script globals a source text uses as values (`SpreadsheetApp.`, `Logger.log`). */
function appsScriptGlobals(text: string): string[] {
  const code = text
    .replace(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g, "''")
    .replace(/\/\/.*$/gm, '')
    .replace(/\/\*[\s\S]*?\*\//g, '');
  return APPS_SCRIPT_GLOBALS.filter((g) => new RegExp(`(?<![\\w.])${g}\\s*\\.`).test(code));
}

/** Kernel concepts a source text declares itself, by the shape of their declaration. */
const KERNEL_CONCEPTS: readonly { name: string; home: string; pattern: RegExp }[] = [
  {
    name: "the cost-model union 'CPA' | 'CPL' | 'CPC'",
    home: 'src/plans/shared/cost-model.ts',
    pattern: /'CP[ALC]'\s*\|\s*'CP[ALC]'\s*\|\s*'CP[ALC]'/,
  },
  {
    name: 'string-literal quoting (" doubled)',
    home: 'src/plans/shared/formula-text.ts',
    pattern: /replace\(\/"\/g,\s*'""'\)/,
  },
  {
    name: "sheet-name quoting (' doubled)",
    home: 'src/plans/shared/formula-text.ts',
    pattern: /replace\(\/'\/g,\s*"''"\)/,
  },
];

function secondDeclarations(file: string, text: string): string[] {
  const rel = relative(root, file).split(sep).join('/');
  return KERNEL_CONCEPTS.filter((c) => c.home !== rel && c.pattern.test(text)).map(
    (c) => `${rel} declares ${c.name} again (its home is ${c.home})`,
  );
}

const sources = [...tsFiles(join(root, 'src')), ...tsFiles(join(root, 'sidebar'))].map((file) => ({
  file,
  text: readFileSync(file, 'utf8'),
}));

describe('the checks catch what they look for', () => {
  it('a feature importing another feature, and not one importing the kernel', () => {
    const file = join(plans, 'report-flags', 'options.ts');
    expect(
      crossFeatureImports(file, "import { x } from '../campaign-goal/validate-fields.ts';"),
    ).toHaveLength(1);
    expect(crossFeatureImports(file, "import { x } from '../shared/validation.ts';")).toEqual([]);
    expect(crossFeatureImports(file, "import { x } from './detect.ts';")).toEqual([]);
  });

  it('an Apps Script global used as a value, not one named in a comment or a string', () => {
    expect(appsScriptGlobals('const ss = SpreadsheetApp.getActive();')).toEqual(['SpreadsheetApp']);
    expect(appsScriptGlobals('  Logger.log(x);')).toEqual(['Logger']);
    expect(appsScriptGlobals('// SpreadsheetApp.flush() happens in sheets/\nconst a = 1;')).toEqual([]);
    expect(appsScriptGlobals("const note = 'see Utilities.formatDate';")).toEqual([]);
  });

  it('a second declaration of a kernel concept', () => {
    const elsewhere = join(root, 'sidebar', 'flags-model.ts');
    expect(secondDeclarations(elsewhere, "export type Model = 'CPA' | 'CPL' | 'CPC';")).toHaveLength(1);
    expect(secondDeclarations(elsewhere, 'const q = (s: string) => s.replace(/"/g, \'""\');')).toHaveLength(
      1,
    );
    const home = join(root, 'src', 'plans', 'shared', 'cost-model.ts');
    expect(secondDeclarations(home, "export type CostModel = 'CPA' | 'CPL' | 'CPC';")).toEqual([]);
  });
});

describe('the architecture', () => {
  it('reads every feature folder and the kernel', () => {
    for (const dir of [...FEATURES, 'shared']) {
      expect(
        sources.some(({ file }) => file.startsWith(join(plans, dir) + sep)),
        dir,
      ).toBe(true);
    }
  });

  it('no feature folder under src/plans/ imports another', () => {
    expect(sources.flatMap(({ file, text }) => crossFeatureImports(file, text))).toEqual([]);
  });

  it('src/plans/ touches no Apps Script service', () => {
    const used = sources
      .filter(({ file }) => file.startsWith(plans + sep))
      .flatMap(({ file, text }) => appsScriptGlobals(text).map((g) => `${relative(root, file)}: ${g}`));
    expect(used).toEqual([]);
  });

  it('each kernel concept is declared once, in the kernel, across src/ and sidebar/', () => {
    expect(sources.flatMap(({ file, text }) => secondDeclarations(file, text))).toEqual([]);
    for (const c of KERNEL_CONCEPTS) {
      const home = sources.find(({ file }) => relative(root, file).split(sep).join('/') === c.home);
      expect(home && c.pattern.test(home.text), c.home).toBe(true);
    }
  });
});
