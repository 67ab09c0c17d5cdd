// Service calls and time of detectReport + flagBreaches on a synthetic Google Ads export, measured in
// the local spreadsheet running the built dist/Code.js (build first). Shared by `npm run bench`
// (scripts/bench.ts) and the flags call-count test, so both measure the same report the same way.

import { openLocalSpreadsheet } from '../local/index.ts';
import { isBuilderCall } from '../local/services/calls.ts';
import type { ReportLayout } from '../src/plans/report-flags/detect.ts';

/**
 * A Google Ads-style export of `rows` campaigns (title, date range, header, rows, two totals), with
 * numbers as the export writes them (`"1,234.50"`), for the call-count test and `npm run bench`.
 */
export function syntheticReport(rows: number): string {
  const lines = [
    'Campaign report',
    '"November 1, 2026 - November 27, 2026"',
    'Campaign status,Campaign,Currency code,Impr.,Clicks,Cost,Conversions',
  ];
  for (let i = 0; i < rows; i++) {
    const cost = ((i * 7919) % 250000) / 100 + 10;
    const conv = i % 17 === 0 ? '--' : ((i * 31) % 97) / 2;
    lines.push(
      `Enabled,Campaign ${i + 1},USD,"${(1000 + i * 13).toLocaleString('en-US')}",${100 + (i % 900)},"${cost.toLocaleString('en-US', { minimumFractionDigits: 2 })}",${conv}`,
    );
  }
  lines.push('Total: Account,,USD,1,1,1,1', 'Total: Search,,USD,1,1,1,1');
  return lines.join('\n');
}

/** Document calls by `Class.method` (builder calls left out, as in the figures). */
export type Calls = Record<string, number>;

function documentCalls(all: Calls): Calls {
  return Object.fromEntries(Object.entries(all).filter(([key]) => !isBuilderCall(key)));
}

export interface FlagMeasurement {
  rows: number;
  /** Document calls (reads, writes, range handles) of detectReport and of flagBreaches. */
  detectCalls: number;
  flagCalls: number;
  /** flagBreaches again in place with another limit, and removeBreachFlags after it. */
  againCalls: number;
  removeCalls: number;
  builderCalls: number;
  /** Each server call's document calls by `Class.method`: where the figures above go. */
  byMethod: { detect: Calls; flag: Calls; again: Calls; remove: Calls };
  detectMs: number;
  flagMs: number;
  rowsFlagged: number;
}

/** detectReport then flagBreaches (CPA 60) on a fresh synthetic report, counted and timed; then Apply again and Remove, counted. */
export function measureFlags(rows: number): FlagMeasurement {
  const ss = openLocalSpreadsheet({ csv: { name: 'Report', text: syntheticReport(rows) } });
  ss.calls.reset();
  let t = performance.now();
  const layout = ss.run('detectReport', 'Report') as ReportLayout;
  const detectMs = performance.now() - t;
  const detectCalls = ss.calls.split().document;
  const detect = documentCalls(ss.calls.byMethod());
  ss.calls.reset();
  t = performance.now();
  const answer = ss.run('flagBreaches', { ...layout, model: 'CPA', limit: 60 }) as { rowsFlagged: number };
  const flagMs = performance.now() - t;
  const { document, builders } = ss.calls.split();
  const flag = documentCalls(ss.calls.byMethod());
  ss.calls.reset();
  ss.run('flagBreaches', { ...layout, model: 'CPA', limit: 70 });
  const againCalls = ss.calls.split().document;
  const again = documentCalls(ss.calls.byMethod());
  ss.calls.reset();
  ss.run('removeBreachFlags', 'Report');
  const removeCalls = ss.calls.split().document;
  const remove = documentCalls(ss.calls.byMethod());
  return {
    rows,
    detectCalls,
    flagCalls: document,
    againCalls,
    removeCalls,
    builderCalls: builders,
    byMethod: { detect, flag, again, remove },
    detectMs,
    flagMs,
    rowsFlagged: answer.rowsFlagged,
  };
}
