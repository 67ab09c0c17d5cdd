// The flags panel in headless Chromium: the playground starts from each fixture, the panel reads the
// report, the user types a limit and applies, the grid turns the breaching rows red, Remove restores.
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Playground, startPlayground } from '../../local/server/http.ts';
import { expectedBreaches, expectedConfirmed, FIXTURES, fixtureRows } from '../flags/helpers.ts';
import { launchChromium } from './chromium.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

const cell = (page: Page, a1: string) => page.locator(`td[data-a1="${a1}"]`);
const background = (page: Page, a1: string) =>
  page.evaluate<string>(`getComputedStyle(document.querySelector('td[data-a1="${a1}"]')).backgroundColor`);
const RED = 'rgb(244, 199, 195)';
const AMBER = 'rgb(252, 232, 178)';

async function openFlags(fixture: string): Promise<{ pg: Playground; page: Page; frame: FrameLocator }> {
  const pg = await startPlayground({ port: 0, fixture, fixturesDir: FIXTURES });
  const page = await browser.newPage({ viewport: { width: 1280, height: 760 } });
  await page.goto(pg.url);
  await page.locator('td[data-a1="A1"]').waitFor();
  await page.getByRole('button', { name: 'Extensions' }).click();
  await page.getByRole('menuitem', { name: 'Flag limit breaches...' }).click();
  const frame = page.frameLocator('#sidebar-frame');
  await frame
    .getByRole('status')
    .filter({ hasText: /^Found a / })
    .waitFor();
  return { pg, page, frame };
}

describe('flagging a Google Ads export through the panel', () => {
  let pg: Playground;
  let page: Page;
  let frame: FrameLocator;
  beforeAll(async () => {
    ({ pg, page, frame } = await openFlags('google-ads'));
  });
  afterAll(async () => {
    await page?.close();
    await pg?.close();
  });

  it('shows what it found: platform, header row, data rows, skipped rows, the mapping, CPA', async () => {
    const found = frame.getByRole('definition');
    expect(await found.allTextContents()).toEqual([
      'google-ads-campaigns',
      'Google Ads',
      '3',
      '6 campaigns, rows 4–9',
      'USD',
    ]);
    expect(
      await frame.getByRole('list', { name: 'Skipped rows' }).getByRole('listitem').allTextContents(),
    ).toEqual(['Row 10 skipped: total row (Total: Account)', 'Row 11 skipped: total row (Total: Search)']);
    expect(await frame.getByRole('combobox', { name: 'Spend (required)' }).inputValue()).toBe('J');
    expect(await frame.getByRole('combobox', { name: 'Conversions (required)' }).inputValue()).toBe('K');
    expect(await frame.getByRole('radio', { name: /^CPA/ }).isChecked()).toBe(true);
    // The dropdowns list the report's own headers, as text.
    expect(
      await frame.getByRole('combobox', { name: 'Spend (required)' }).locator('option').nth(10).textContent(),
    ).toBe('J: Cost');
  });

  it('refuses a limit that is not a number, in words, with the choices kept', async () => {
    const limit = frame.getByRole('textbox', { name: 'CPA limit (USD)' });
    await limit.fill('sixty');
    await frame.getByRole('button', { name: 'Apply' }).click();
    await expect
      .poll(() => frame.locator('#flags-limit-error').textContent())
      .toBe('Enter a number, e.g. 45.50.');
    expect(await limit.getAttribute('aria-invalid')).toBe('true');
    expect(await limit.inputValue()).toBe('sixty');
    expect(await cell(page, 'P3').textContent()).toBe('');
  });

  it('applies with the keyboard: the breaching rows turn red and the summary counts them', async () => {
    const limit = frame.getByRole('textbox', { name: 'CPA limit (USD)' });
    await limit.fill('60');
    await limit.press('Enter');
    const want = expectedBreaches(fixtureRows('google-ads-campaigns.csv'), {
      top: 1,
      header: 2,
      spend: 9,
      results: 10,
      limit: 60,
    });
    const confirmed = expectedConfirmed(fixtureRows('google-ads-campaigns.csv'), {
      top: 1,
      header: 2,
      spend: 9,
      results: 10,
      limit: 60,
    });
    await frame
      .getByRole('status')
      .filter({
        hasText: `${want.length} of 6 rows over the CPA limit of $60.00: ${confirmed.length} confirmed.`,
      })
      .waitFor();
    await expect
      .poll(() => cell(page, 'P5').textContent())
      .toMatch(/^Over CPA limit by \$4\.72 · not yet sure: /);
    for (let row = 4; row <= 11; row++) {
      const colour = confirmed.includes(row) ? RED : want.includes(row) ? AMBER : 'rgb(255, 255, 255)';
      expect(await background(page, `A${row}`)).toBe(colour);
    }
    expect(await cell(page, 'Q3').textContent()).toBe('CPA limit $60.00');
    await page.screenshot({ path: '/tmp/playground-flags.png' });
  });

  it('removes the flags: the Status and the colours go', async () => {
    await frame.getByRole('button', { name: 'Remove flags' }).click();
    await frame
      .getByRole('status')
      .filter({ hasText: /^Removed the flags/ })
      .waitFor();
    await expect.poll(() => cell(page, 'P5').textContent()).toBe('');
    expect(await background(page, 'A5')).toBe('rgb(255, 255, 255)');
  });
});

describe.each([
  ['meta', 'meta-ads-campaigns.csv', 'CPL', { header: 0, spend: 10, results: 14 }, 6],
  ['linkedin', 'linkedin-campaigns.csv', 'CPL', { header: 5, spend: 6, results: 11 }, 4],
])('the playground started from the %s fixture', (fixture, file, model, cols, rows) => {
  it(`prefills ${model} and flags the report`, async () => {
    const { pg, page, frame } = await openFlags(fixture);
    try {
      expect(await frame.getByRole('radio', { name: new RegExp(`^${model}`) }).isChecked()).toBe(true);
      await frame.getByRole('textbox', { name: `${model} limit (USD)` }).fill('45');
      await frame.getByRole('button', { name: 'Apply' }).click();
      const want = expectedBreaches(fixtureRows(file), { top: 1, ...cols, limit: 45 });
      const confirmed = expectedConfirmed(fixtureRows(file), { top: 1, ...cols, limit: 45 });
      await frame
        .getByRole('status')
        .filter({
          hasText: `${want.length} of ${rows} rows over the ${model} limit of $45.00: ${confirmed.length} confirmed.`,
        })
        .waitFor();
      const first = want[0] as number;
      await expect.poll(() => background(page, `A${first}`)).toBe(confirmed.includes(first) ? RED : AMBER);
    } finally {
      await page.close();
      await pg.close();
    }
  });
});
