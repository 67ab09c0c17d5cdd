// `npm start`: serves the playground (npm builds dist/ first; this file builds nothing).
// Usage: npm start -- [--port 8080] [--fixture google-ads|meta|linkedin] [--locale en_US|de_DE|fr_FR|...]
import { parseArgs } from 'node:util';
import { parseLocale } from './api.ts';
import { availableFixtures, defaultFixturesDir, FIXTURE_NAMES } from './fixtures.ts';
import { REPO_ROOT, startPlayground } from './http.ts';

function fail(message: string): never {
  console.error(`playground: ${message}`);
  process.exit(1);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      fixture: { type: 'string' },
      locale: { type: 'string', default: 'en_US' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(
      `npm start -- [--port N] [--fixture ${FIXTURE_NAMES.join('|')}] [--locale en_US|de_DE|fr_FR|...]\n` +
        'The port also comes from $PORT; the default is 8080.',
    );
    return;
  }
  const portText = values.port ?? process.env.PORT ?? '8080';
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`"${portText}" is not a port number`);
  let locale: ReturnType<typeof parseLocale>;
  try {
    locale = parseLocale(values.locale);
  } catch (err) {
    fail(err instanceof Error ? err.message : String(err));
  }
  const fixturesDir = defaultFixturesDir(REPO_ROOT);
  if (availableFixtures(fixturesDir).length === 0) {
    console.warn(
      `playground: no fixture reports: ${fixturesDir} is absent or empty (--fixture will not work)`,
    );
  }
  try {
    const playground = await startPlayground({ port, locale, fixture: values.fixture ?? null, fixturesDir });
    console.log(`Local spreadsheet playground: ${playground.url}  (Ctrl+C stops it)`);
  } catch (err) {
    fail(err instanceof Error ? err.message : String(err));
  }
}

void main();
