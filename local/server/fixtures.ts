// The ad-platform report fixtures (<repo>/fixtures/*.csv, copied from the team's shared/fixtures) the
// playground can start from.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Start-option name -> file in the fixtures folder. */
const FILES: Record<string, string> = {
  'google-ads': 'google-ads-campaigns.csv',
  meta: 'meta-ads-campaigns.csv',
  linkedin: 'linkedin-campaigns.csv',
};

export const FIXTURE_NAMES: readonly string[] = Object.keys(FILES);

export function defaultFixturesDir(repoRoot: string): string {
  return resolve(repoRoot, 'fixtures');
}

/** The fixtures whose files exist (none when the folder is absent). */
export function availableFixtures(dir: string): string[] {
  return FIXTURE_NAMES.filter((name) => existsSync(join(dir, FILES[name] ?? '')));
}

/** The CSV to paste as the starting sheet; throws a message a person can act on. */
export function loadFixture(dir: string, name: string): { name: string; text: string } {
  const file = FILES[name];
  if (!file) {
    throw new Error(`unknown fixture "${name}": choose one of ${FIXTURE_NAMES.join(', ')}`);
  }
  if (!existsSync(dir)) {
    throw new Error(`the fixtures folder ${dir} is absent, so --fixture ${name} cannot load`);
  }
  const path = join(dir, file);
  if (!existsSync(path)) throw new Error(`fixture file ${path} is missing`);
  return { name: file.replace(/\.csv$/, ''), text: readFileSync(path, 'utf8') };
}
