// The flags panel in headless Chromium at 1366 x 768: the playground starts from each fixture, the
// panel reads the report, the user types a limit and applies (the task in view without scrolling),
// the grid turns the breaching rows red; reopened, the panel says what is applied; Remove restores.
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
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  await page.goto(pg.url);
  await page.locator('td[data-a1="A1"]').waitFor();
  const frame = await openPanel(page);
  await frame
    .getByRole('status')
    .filter({ hasText: /^Found a / })
    .waitFor();
  return { pg, page, frame };
}

async function openPanel(page: Page): Promise<FrameLocator> {
  await page.getByRole('button', { name: 'Extensions' }).click();
  await page.getByRole('menuitem', { name: 'Flag limit breaches...' }).click();
  return page.frameLocator('#sidebar-frame');
}

/** Whether the element is inside the sidebar's visible area (no scrolling needed to reach it). */
const inView = (frame: FrameLocator, name: string, role: 'button' | 'textbox' | 'radio') =>
  frame.getByRole(role, { name }).evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= (el.ownerDocument.defaultView?.innerHeight ?? 0) && r.width > 0;
  });

/** The Google Ads fixture's rows over a CPA limit of 60, from the report's own numbers. */
const breachesAt60 = (): number[] =>
  expectedBreaches(fixtureRows('google-ads-campaigns.csv'), {
    top: 1,
    header: 2,
    spend: 9,
    results: 10,
    limit: 60,
  });

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

  it('puts the task first: the model, the limit and Apply in view, the mapping in one line', async () => {
    expect(await inView(frame, 'CPA limit (USD)', 'textbox')).toBe(true);
    expect(await inView(frame, 'CPA (per conversion)', 'radio')).toBe(true);
    expect(await inView(frame, 'Apply', 'button')).toBe(true);
    expect(await frame.locator('#flags-mapping-line').textContent()).toBe(
      'Columns: Cost → spend, Conversions → results',
    );
    expect(await frame.getByRole('combobox', { name: 'Spend (required)' }).isVisible()).toBe(false);
    // Nothing is applied yet: nothing to remove.
    expect(await frame.getByRole('button', { name: 'Remove flags' }).isDisabled()).toBe(true);
    // The sidebar's title bar names the add-on; the panel's heading names the panel.
    expect(await page.locator('#sidebar-title').textContent()).toBe('Performance-marketing KPIs');
    await frame.getByRole('heading', { name: 'Flag limit breaches' }).waitFor();
  });

  it('shows what it found: platform, header row, data rows, skipped rows, the mapping, CPA', async () => {
    await frame.getByText('What was found').click();
    await frame.getByRole('button', { name: 'Change columns' }).click();
    expect(await frame.getByRole('button', { name: 'Hide columns' }).getAttribute('aria-expanded')).toBe(
      'true',
    );
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
    const want = breachesAt60();
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
    // What red and amber mean, in two sentences, in the summary a marketer reads after Apply.
    const said = await frame.getByRole('status').textContent();
    expect(said).toContain(
      'Confirmed (red): the cost per conversion is over the limit with at least the confidence level you set (95% unless you change it)',
    );
    expect(said).toContain(
      'Not yet sure (amber): over the limit so far, but with this few conversions it may still be bad luck; the amount in "… more without a conversion confirms it" is how much more the row can spend without one more conversion before the breach is confirmed.',
    );
    await page.screenshot({ path: '/tmp/playground-flags.png' });
  });

  it('reopened on the flagged report, says what is applied and offers Change or Remove', async () => {
    await page.getByRole('button', { name: 'Close sidebar' }).click();
    await cell(page, 'J3').click();
    const again = await openPanel(page);
    const applied = again.getByRole('region', { name: 'Applied on this sheet' });
    await applied.waitFor();
    const want = breachesAt60();
    expect(await applied.getByRole('definition').allTextContents()).toEqual([
      'CPA limit $60.00',
      '95%',
      `${want.length} of 6 rows, ${expectedConfirmed(fixtureRows('google-ads-campaigns.csv'), { top: 1, header: 2, spend: 9, results: 10, limit: 60 }).length} confirmed`,
      'column P',
    ]);
    // The same two sentences under what is applied, as text (no markup from the words' quotes).
    const words = applied.locator('#flags-verdict-words');
    expect(await words.textContent()).toMatch(
      /^Confirmed \(red\): the cost per conversion .* Not yet sure \(amber\): /,
    );
    expect(await words.evaluate((el) => el.children.length)).toBe(0);
    expect(await again.getByRole('button', { name: 'Apply' }).count()).toBe(0);
    expect(await again.getByRole('button', { name: 'Remove flags' }).isEnabled()).toBe(true);
    await again.getByRole('button', { name: 'Change' }).click();
    const limit = again.getByRole('textbox', { name: 'CPA limit (USD)' });
    expect(await limit.inputValue()).toBe('60');
    await expect.poll(() => limit.evaluate((el) => el.ownerDocument.activeElement === el)).toBe(true);
    frame = again;
  });

  it('removes the flags: the Status and the colours go', async () => {
    await frame.getByRole('button', { name: 'Remove flags' }).click();
    await frame
      .getByRole('status')
      .filter({ hasText: /^Removed the flags/ })
      .waitFor();
    await expect.poll(() => cell(page, 'P5').textContent()).toBe('');
    expect(await background(page, 'A5')).toBe('rgb(255, 255, 255)');
    expect(await frame.getByRole('button', { name: 'Remove flags' }).isDisabled()).toBe(true);
  });
});

describe('a sheet with no report', () => {
  it('shows a short empty state saying how to bring one in, and no form', async () => {
    const pg = await startPlayground({ port: 0 });
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    try {
      await page.goto(pg.url);
      await page.locator('td[data-a1="A1"]').waitFor();
      const frame = await openPanel(page);
      const empty = frame.getByRole('region', { name: 'No report on this sheet' });
      await empty.waitFor();
      expect(await empty.textContent()).toContain('Paste an ad-platform export');
      expect(await frame.getByRole('textbox').count()).toBe(0);
      expect(await frame.getByRole('button', { name: 'Apply' }).count()).toBe(0);
      expect(await frame.getByRole('button', { name: 'Read the sheet again' }).isEnabled()).toBe(true);
    } finally {
      await page.close();
      await pg.close();
    }
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

describe('a report the add-on does not recognise', () => {
  it('lets the user pick the header row and type the columns, then flags it', async () => {
    const pg = await startPlayground({ port: 0 });
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    try {
      await page.goto(pg.url);
      await page.locator('td[data-a1="A1"]').waitFor();
      // Headers no platform uses: detection finds no spend column.
      const rows = [
        ['Name', 'Money out', 'Wins'],
        ['North', '100', '2'],
        ['South', '300', '1'],
      ];
      await cell(page, 'A1').click();
      for (const row of rows) {
        for (const [i, text] of row.entries()) {
          await page.keyboard.type(text);
          await page.keyboard.press(i === row.length - 1 ? 'Enter' : 'Tab');
        }
      }
      await page.locator('body[data-pending="0"]').waitFor();
      const frame = await openPanel(page);
      await frame.getByRole('region', { name: 'No report on this sheet' }).waitFor();
      await frame.getByRole('button', { name: 'Pick the header row and columns yourself' }).click();
      const headerRow = frame.getByRole('textbox', { name: 'Header row (its number)' });
      await expect.poll(() => headerRow.evaluate((el) => el.ownerDocument.activeElement === el)).toBe(true);
      await frame.getByRole('textbox', { name: 'Spend column (letter)' }).fill('b');
      await frame.getByRole('textbox', { name: 'CPA limit (USD)' }).fill('60');
      await frame.getByRole('button', { name: 'Apply' }).click();
      // What is missing is said next to its field, nothing is written.
      expect(await frame.locator('#flags-headerRow-error').textContent()).toBe(
        'Type the number of the row that holds the column names.',
      );
      expect(await frame.locator('#flags-manual-results-error').textContent()).toBe(
        'A CPA limit needs the conversions column: choose it.',
      );
      await headerRow.fill('1');
      await frame.getByRole('textbox', { name: 'Conversions column (letter)' }).fill('C');
      await frame.getByRole('button', { name: 'Apply' }).click();
      await frame
        .getByRole('status')
        .filter({ hasText: '1 of 2 rows over the CPA limit of $60.00: 1 confirmed.' })
        .waitFor();
      // South: P = GAMMA.DIST(300/60, 1+1, 1, TRUE) = 1 - 6e^-5 = 0.9596 >= 95%: confirmed, red.
      // North: within, 1 - P = e^-(5/3)(1 + 5/3 + 25/18) = 0.766 < 95%: a bare OK.
      expect(1 - 6 * Math.exp(-5)).toBeGreaterThan(0.95);
      await expect.poll(() => cell(page, 'D3').textContent()).toBe('Over CPA limit by $240.00 · confirmed');
      expect(await cell(page, 'D2').textContent()).toBe('OK');
      expect(await background(page, 'A3')).toBe(RED);
    } finally {
      await page.close();
      await pg.close();
    }
    // A ceiling for a busy machine (nine entries typed, then flags built in the emulator), not a speed goal.
  }, 90_000);
});
