// The `_` suffix has one meaning: a function of src/sheets/ (the code that calls Apps Script
// services) that is not one of main.ts's globals. Apps Script refuses google.script.run calls to
// names ending in `_`, so a helper listed as a global by mistake still cannot be called from the
// sidebar; pure code (plans, functions, metrics) never becomes global and carries no suffix.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { customFunctions, serverFunctions } from '../../src/main.ts';

const src = join(import.meta.dirname, '..', '..', 'src');

function functionNames(dir: string): { file: string; name: string }[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .flatMap((file) =>
      [...readFileSync(join(dir, file), 'utf8').matchAll(/^(?:export )?function ([A-Za-z0-9_]+)/gm)].map(
        (m) => ({ file, name: m[1] as string }),
      ),
    );
}

describe('the _ suffix', () => {
  const globals = new Set([...Object.keys(serverFunctions), ...Object.keys(customFunctions)]);

  it('ends every src/sheets function that is not a global, and only those', () => {
    const all = functionNames(join(src, 'sheets'));
    expect(all.filter(({ name }) => name.endsWith('_')).length).toBeGreaterThan(5);
    expect(all.filter(({ name }) => globals.has(name) === name.endsWith('_'))).toEqual([]);
  });

  it('is used nowhere else in src', () => {
    const elsewhere = ['plans', 'functions', 'metrics'].flatMap((d) =>
      functionNames(join(src, d)).filter(({ name }) => name.endsWith('_')),
    );
    expect(elsewhere).toEqual([]);
  });
});
