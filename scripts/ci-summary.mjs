// Prints CI's closing line `N passed, N failed` from vitest's JSON report; a run that stopped
// before vitest (typecheck or lint failed) or passed no test counts as a failure.
import { existsSync, readFileSync } from 'node:fs';

const [file, statusText] = process.argv.slice(2);
const status = Number(statusText ?? 1);
let passed = 0;
let failed = 0;
if (file && existsSync(file)) {
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed = report.numPassedTests ?? 0;
  failed = (report.numFailedTests ?? 0) + (report.numFailedTestSuites ?? 0);
}
if (status !== 0 && failed === 0) failed = 1; // typecheck, lint or a crash failed the run
if (passed === 0 && failed === 0) failed = 1; // a run that tested nothing is not green
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
