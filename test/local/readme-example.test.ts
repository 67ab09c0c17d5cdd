// The README's local-spreadsheet example runs as written (so the docs cannot drift from the API).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { transformSync } from 'esbuild';
import { expect, it } from 'vitest';
import * as local from '../../local/index.ts';

it('the README example opens a spreadsheet, spills ROAS, opens the wizard and builds a goal sheet', () => {
  const readme = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## The local spreadsheet and the playground'));
  const block = /```ts\n([\s\S]*?)```/.exec(section)?.[1];
  const importLine = "import { openLocalSpreadsheet } from './local/index.ts';";
  expect(block).toContain(importLine);
  const body = (block ?? '').replace(importLine, '');
  const { code } = transformSync(
    `const { openLocalSpreadsheet } = __local;\nexports.result = (() => {${body}\nreturn { ss, sheetName };\n})();`,
    { loader: 'ts' },
  );
  const exports: { result?: { ss: local.LocalSpreadsheet; sheetName: string } } = {};
  new Function('__local', 'exports', code)(local, exports);
  if (!exports.result) throw new Error('the example returned nothing');
  const { ss, sheetName } = exports.result;
  expect(ss.values('Ads!C2:C3')).toEqual([[4], [3]]);
  expect(ss.sidebar()?.title).toBe('Performance-marketing KPIs');
  expect(sheetName).toBe('Goal - Q4 leads');
  expect(ss.calls.byMethod()['Range.setValues']).toBe(1);
});
