// A bench section: how large a range each KPI function takes within a safe share of Sheets'
// 30-second limit per custom-function call.
import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import { SHEETS_CELL_LIMIT } from '../local/engine/workbook.ts';
import { CUSTOM_FUNCTION_TIME_LIMIT_MS } from '../local/index.ts';
import { SPECS } from '../src/functions/specs.ts';
import { abTestArgs } from './bench-args.ts';

/** The share of the limit we allow ourselves: Google's servers are not this machine. */
const SAFE_SHARE = 1 / 3;
const ROWS = 200_000;
const RUNS = 3;

/** A column of ROWS x 1 numbers in (0, scale], never 0, so every row is computed. */
function column(seed: number, scale: number): number[][] {
  let s = seed;
  return Array.from({ length: ROWS }, () => {
    s = (s * 16807) % 2147483647;
    return [1 + ((s % 10_000) / 10_000) * (scale - 1)];
  });
}

const fmt = (n: number): string => Math.round(n).toLocaleString('en-US');

export function timeLimitSection(codePath: string, gc: () => void): void {
  const context = vm.createContext({});
  vm.runInContext(readFileSync(codePath, 'utf8'), context, { filename: 'Code.js' });
  const safeMs = CUSTOM_FUNCTION_TIME_LIMIT_MS * SAFE_SHARE;
  console.log(
    `limit ${CUSTOM_FUNCTION_TIME_LIMIT_MS / 1000} s per call, safe share ${(SAFE_SHARE * 100).toFixed(0)}% ` +
      `(${safeMs / 1000} s); ${fmt(ROWS)}-row ranges, median of ${RUNS}; Sheets holds ${fmt(SHEETS_CELL_LIMIT)} cells`,
  );
  console.log(
    `${'function'.padEnd(15)}${'ns/row'.padStart(8)}${'rows in 10 s'.padStart(14)}` +
      `${'largest range'.padStart(15)}${'bound by'.padStart(10)}${'takes'.padStart(9)}${'of 30 s'.padStart(9)}`,
  );
  let slowest = { name: '', ms: 0 };
  for (const spec of SPECS) {
    const fn = (context as Record<string, unknown>)[spec.name] as (...a: unknown[]) => unknown;
    // Fractions (margins, churn) stay within [0, 1]; amounts and counts are at least 1.
    const args = spec.params.map((p, i) =>
      p.kind === 'fraction' ? column(7 + i, 1).map(([v]) => [(v ?? 1) / 2]) : column(7 + i, 5000),
    );
    // An A/B test's conversions lie within its trials.
    const inputs = spec.name === 'AB_CONFIDENCE' ? abTestArgs(args[1] ?? [], args[3] ?? []) : args;
    const ms: number[] = [];
    for (let r = 0; r < RUNS; r++) {
      gc();
      const t0 = performance.now();
      const out = fn(...inputs);
      ms.push(performance.now() - t0);
      if (!Array.isArray(out) || out.length !== ROWS)
        throw new Error(`bench: ${spec.name} did not spill ${ROWS} rows`);
    }
    ms.sort((a, b) => a - b);
    const nsPerRow = ((ms[Math.floor(RUNS / 2)] ?? 0) * 1e6) / ROWS;
    const inSafeShare = Math.floor((safeMs * 1e6) / nsPerRow);
    // Every argument is a column of the range, and the result spills one more column.
    const sheetRows = Math.floor(SHEETS_CELL_LIMIT / (spec.params.length + 1));
    const largest = Math.min(inSafeShare, sheetRows);
    const takesMs = (largest * nsPerRow) / 1e6;
    if (takesMs > slowest.ms) slowest = { name: spec.name, ms: takesMs };
    console.log(
      `${spec.name.padEnd(15)}${nsPerRow.toFixed(0).padStart(8)}${fmt(inSafeShare).padStart(14)}` +
        `${fmt(largest).padStart(15)}${(largest === sheetRows ? 'Sheets' : 'time').padStart(10)}` +
        `${`${(takesMs / 1000).toFixed(2)} s`.padStart(9)}` +
        `${`${((takesMs / CUSTOM_FUNCTION_TIME_LIMIT_MS) * 100).toFixed(1)}%`.padStart(9)}`,
    );
  }
  console.log(
    `slowest at its largest range: ${slowest.name}, ${(slowest.ms / 1000).toFixed(2)} s ` +
      `(${((slowest.ms / CUSTOM_FUNCTION_TIME_LIMIT_MS) * 100).toFixed(1)}% of the limit). "Sheets": the ` +
      'range fills the 10 million cells a spreadsheet holds before time runs out. Measured on this ' +
      "machine running Code.js; Apps Script's own speed and the time Sheets takes to pass the range " +
      'in are not known here, hence the safe share.',
  );
}
