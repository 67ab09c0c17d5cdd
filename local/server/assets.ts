// The browser-side files: index.html and style.css as written, app.js and the sidebar shim compiled
// from TypeScript with esbuild when the server starts (nothing is written to disk).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const publicDir = join(dirname(fileURLToPath(import.meta.url)), 'public');

export interface Assets {
  indexHtml: string;
  styleCss: string;
  appJs: string;
  shimJs: string;
}

async function bundle(entry: string): Promise<string> {
  const result = await build({
    entryPoints: [join(publicDir, entry)],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2020',
    platform: 'browser',
    legalComments: 'none',
  });
  return result.outputFiles[0]?.text ?? '';
}

let cached: Promise<Assets> | null = null;

/** Compiled once per process: every server started in it (tests start several) shares the result. */
export function loadAssets(): Promise<Assets> {
  cached ??= Promise.all([bundle('app.ts'), bundle('shim.ts')]).then(([appJs, shimJs]) => ({
    indexHtml: readFileSync(join(publicDir, 'index.html'), 'utf8'),
    styleCss: readFileSync(join(publicDir, 'style.css'), 'utf8'),
    appJs,
    shimJs,
  }));
  return cached;
}
