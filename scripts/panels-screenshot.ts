// Writes docs/sidebar.png (the flags panel on a Google Ads export, task first, at 1366 x 768) and
// docs/playground-entry.png (the same report flagged, a refused entry said beside its cell, the
// panel showing what is applied). Run after `npm run build`: `npx tsx scripts/panels-screenshot.ts`
// (needs Chromium, as the browser tests do).
import { join } from 'node:path';
import { REPO_ROOT, startPlayground } from '../local/server/http.ts';
import { launchChromium } from '../test/browser/chromium.ts';

const pg = await startPlayground({ port: 0, fixture: 'google-ads' });
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
await page.goto(pg.url);
await page.locator('td[data-a1="A1"]').waitFor();
await page.getByRole('button', { name: 'Extensions' }).click();
await page.getByRole('menuitem', { name: 'Flag limit breaches...' }).click();
const frame = page.frameLocator('#sidebar-frame');
await frame
  .getByRole('status')
  .filter({ hasText: /^Found a / })
  .waitFor();
await frame.getByRole('textbox', { name: 'CPA limit (USD)' }).fill('60');
await page.screenshot({ path: join(REPO_ROOT, 'docs', 'sidebar.png') });
console.log('wrote docs/sidebar.png');

await frame.getByRole('button', { name: 'Apply' }).click();
await frame.getByRole('region', { name: 'Applied on this sheet' }).waitFor();
await page.locator('td[data-a1="Q3"]').click();
await page.keyboard.type('sixty');
await page.keyboard.press('Enter');
await page.getByRole('alert').waitFor();
await page.screenshot({ path: join(REPO_ROOT, 'docs', 'playground-entry.png') });
console.log('wrote docs/playground-entry.png');
await browser.close();
await pg.close();
