// Regenerates README.md's function table (between the functions:start/end markers) from SPECS,
// so the README can never drift from the specs: `npm run docs`. A unit test checks it is current.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { syntaxOf } from '../src/functions/reference.ts';
import type { FunctionSpec } from '../src/functions/spec.ts';
import { SPECS } from '../src/functions/specs.ts';

export const START = '<!-- functions:start -->';
export const END = '<!-- functions:end -->';

/** A pipe inside a cell would end it early. */
const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();

export function functionTable(specs: readonly FunctionSpec[] = SPECS): string {
  const lines = [
    '| Function | What it computes | Returns | Example |',
    '|---|---|---|---|',
    ...specs.map(
      (s) =>
        `| \`${cell(syntaxOf(s))}\` | ${cell(s.summary)} | ${cell(s.returns)} | \`${cell(s.example)}\` |`,
    ),
  ];
  return lines.join('\n');
}

/** README text with the table between the markers replaced; throws if the markers are missing. */
export function withFunctionTable(readme: string, specs: readonly FunctionSpec[] = SPECS): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md needs ${START} and ${END} markers`);
  return `${readme.slice(0, start + START.length)}\n${functionTable(specs)}\n${readme.slice(end)}`;
}

export const README_PATH = join(dirname(fileURLToPath(import.meta.url)), '..', 'README.md');

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const before = readFileSync(README_PATH, 'utf8');
  const after = withFunctionTable(before);
  if (after !== before) writeFileSync(README_PATH, after);
  console.log(`README.md function table: ${SPECS.length} functions${after === before ? ' (unchanged)' : ''}`);
}
