// The ad-platform report fixtures the playground can start from: <repo>/fixtures/*.csv (copied from
// the team's shared/fixtures) and real downloads in fixtures/real/ (UTF-16 tab files among them),
// read as bytes and imported as Sheets' File > Import would (local/csv.ts).
import { existsSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { ReportFile } from '../csv.ts';

/** Start-option name -> file in the fixtures folder. */
const FILES: Record<string, string> = {
  'google-ads': 'google-ads-campaigns.csv',
  meta: 'meta-ads-campaigns.csv',
  linkedin: 'linkedin-campaigns.csv',
  'google-ads-keywords-utf16': 'real/google-ads-keywords-en-utf16.tsv',
  'google-ads-pt-BR': 'real/google-ads-campaigns-pt-BR-utf16.tsv',
  'google-ads-wide': 'real/google-ads-campaigns-en-usd.csv',
  'meta-ngn': 'real/meta-ads-breakdown-ngn.csv',
  'amazon-sp': 'real/amazon-sp-search-terms-usd.csv',
};

export const FIXTURE_NAMES: readonly string[] = Object.keys(FILES);

export function defaultFixturesDir(repoRoot: string): string {
  return resolve(repoRoot, 'fixtures');
}

/** The fixtures whose files exist (none when the folder is absent). */
export function availableFixtures(dir: string): string[] {
  return FIXTURE_NAMES.filter((name) => existsSync(join(dir, FILES[name] ?? '')));
}

/** The report file to import as the starting sheet; throws a message a person can act on. */
export function loadFixture(dir: string, name: string): ReportFile {
  const file = FILES[name];
  if (!file) {
    throw new Error(`unknown fixture "${name}": choose one of ${FIXTURE_NAMES.join(', ')}`);
  }
  if (!existsSync(dir)) {
    throw new Error(`the fixtures folder ${dir} is absent, so --fixture ${name} cannot load`);
  }
  const path = join(dir, file);
  if (!existsSync(path)) throw new Error(`fixture file ${path} is missing`);
  return { name: basename(file).replace(/\.(csv|tsv)$/, ''), bytes: readFileSync(path) };
}
