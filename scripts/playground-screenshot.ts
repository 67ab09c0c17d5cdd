// Writes docs/playground.png: the playground (what `npm start` serves) on a goal sheet two weeks in,
// as a 1366 x 768 laptop shows it with the sidebar open - the verdict, the blocks, both charts and
// the table's first rows with their Status. Run after `npm run build`:
// `npx tsx scripts/playground-screenshot.ts` (needs Chromium, as the browser tests do).
import { join } from 'node:path';
import { emulatorOpener } from '../local/server/emulator-book.ts';
import { REPO_ROOT, startPlayground } from '../local/server/http.ts';
import { launchChromium } from '../test/browser/chromium.ts';

// A goal sheet two weeks in: 50 demo requests in 30 days from 14 days ago, $40 each, three channels.
const base = emulatorOpener(REPO_ROOT);
const day = (offset: number): string => new Date(Date.now() + offset * 86400000).toISOString().slice(0, 10);
const pg = await startPlayground({
  port: 0,
  open: (opts) => {
    const book = base(opts);
    const made = book.run('createCampaignGoal', [
      {
        name: 'Q1 demo requests',
        objective: 'leads',
        target: 50,
        startDate: day(-14),
        days: 30,
        maxCostPerResult: 40,
        channels: [{ id: 'search' }, { id: 'social' }, { id: 'linkedin', limit: 70 }],
      },
    ]) as { sheetName: string };
    const rows: [string, string, number, number, number][] = [];
    for (let d = 0; d < 14; d++) {
      rows.push([day(-14 + d), 'Search', 900 + d * 40, 1 + (d % 2), 38 + d * 2]);
      rows.push([day(-14 + d), d % 2 ? 'Meta' : 'Social', 2400 + d * 90, d % 3 === 0 ? 0 : 1, 29 + d]);
      if (d % 2 === 0) rows.push([day(-14 + d), 'LinkedIn', 700 + d * 20, d % 4 === 0 ? 1 : 0, 68 + d * 2]);
    }
    // A channel the goal does not have: its Status says so, and it counts nowhere.
    rows.splice(2, 0, [day(-14), 'Pinterest', 500, 1, 25]);
    rows.forEach(([date, ch, impr, leads, spend], i) => {
      const r = 27 + i;
      book.type(made.sheetName, `A${r}`, date);
      book.type(made.sheetName, `B${r}`, ch);
      book.type(made.sheetName, `D${r}`, String(impr));
      book.type(made.sheetName, `E${r}`, String(Math.round(impr / 30)));
      book.type(made.sheetName, `F${r}`, String(leads));
      book.type(made.sheetName, `I${r}`, String(spend));
    });
    return book;
  },
});
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
await page.goto(pg.url);
await page.locator('td[data-a1="A1"]').waitFor();
await page.getByRole('button', { name: 'Extensions' }).click();
await page.getByRole('menuitem', { name: 'Set up campaign goal...' }).click();
await page.frameLocator('#sidebar-frame').getByRole('button', { name: 'Next' }).waitFor();
await page.waitForTimeout(3000);
await page.screenshot({ path: join(REPO_ROOT, 'docs', 'playground.png') });
console.log('wrote docs/playground.png');
await browser.close();
await pg.close();
