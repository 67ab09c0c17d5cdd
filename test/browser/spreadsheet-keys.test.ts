// The playground behaves like a spreadsheet (headless Chromium at 1366 x 768 over the built add-on):
// Tab and Enter move between cells keeping what was typed, the formula bar follows the selection, a
// refused entry is said beside its cell (which keeps its value), typing over a warning-protected
// cell asks first, and the Extensions menu works with the keyboard.
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Playground, startPlayground } from '../../local/server/http.ts';
import { COMPUTED_RANGE } from '../../src/plans/campaign-goal/layout.ts';
import { FIXTURES } from '../flags/helpers.ts';
import { leadsGoal } from '../wizard/helpers.ts';
import { launchChromium } from './chromium.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

let pg: Playground;
let page: Page;
const pageErrors: string[] = [];
async function open(fixture: string | null): Promise<void> {
  pg = await startPlayground({ port: 0, fixture, fixturesDir: FIXTURES });
  page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(pg.url);
  await page.locator('td[data-a1="A1"]').waitFor();
}
afterEach(async () => {
  await page?.close();
  await pg?.close();
  expect(pageErrors).toEqual([]);
});

const cell = (a1: string) => page.locator(`td[data-a1="${a1}"]`);
const formulaBar = () => page.getByRole('textbox', { name: 'Formula bar' });
const namebox = () => page.locator('#namebox').textContent();
const settled = () => page.locator('body[data-pending="0"]').waitFor();

/** Types without pausing, as a user does: `\t` presses Tab and `\n` Enter, the rest is typed. */
async function typeKeys(text: string): Promise<void> {
  for (const part of text.split(/([\t\n])/)) {
    if (part === '\t') await page.keyboard.press('Tab');
    else if (part === '\n') await page.keyboard.press('Enter');
    else if (part) await page.keyboard.type(part);
  }
}

describe('entries', () => {
  beforeEach(() => open(null));

  it('Tab and Enter move between cells without losing a key; Enter after Tabs starts the next row', async () => {
    await cell('A1').click();
    // Typed without pausing, as a user does: every key lands in its own cell.
    await typeKeys('400\t100\t=A1/B1\n7\t8\n');
    await settled();
    expect(await cell('A1').textContent()).toBe('400');
    expect(await cell('B1').textContent()).toBe('100');
    expect(await cell('C1').textContent()).toBe('4');
    expect(await cell('A2').textContent()).toBe('7');
    expect(await cell('B2').textContent()).toBe('8');
    expect(await namebox()).toBe('A3');
    // Tab on a selected cell (not typing) moves right and keeps focus in the grid.
    await page.keyboard.press('Tab');
    expect(await namebox()).toBe('B3');
    await page.keyboard.press('Shift+Tab');
    expect(await namebox()).toBe('A3');
  });

  it('the formula bar follows the selected cell, and clicking away writes an entry in progress', async () => {
    await cell('A1').click();
    await typeKeys('400\t100\t=A1/B1\n');
    await settled();
    await cell('C1').click();
    expect(await formulaBar().inputValue()).toBe('=A1/B1');
    await page.keyboard.press('ArrowLeft');
    expect(await formulaBar().inputValue()).toBe('100');
    await page.keyboard.press('ArrowDown');
    expect(await formulaBar().inputValue()).toBe('');
    await page.keyboard.type('55');
    await cell('C1').click();
    await settled();
    expect(await cell('B2').textContent()).toBe('55');
    expect(await namebox()).toBe('C1');
    expect(await formulaBar().inputValue()).toBe('=A1/B1');
  });
});

describe('a refused entry', () => {
  beforeEach(() => open('google-ads'));

  it('is said beside its cell, and the cell keeps its value', async () => {
    await page.getByRole('button', { name: 'Extensions' }).click();
    await page.getByRole('menuitem', { name: 'Flag limit breaches...' }).click();
    const frame = page.frameLocator('#sidebar-frame');
    await frame.getByRole('textbox', { name: 'CPA limit (USD)' }).fill('60');
    await frame.getByRole('button', { name: 'Apply' }).click();
    await expect.poll(() => cell('Q3').textContent()).toBe('CPA limit $60.00');
    await cell('Q3').click();
    await typeKeys('sixty\n');
    await settled();
    const message = page.getByRole('alert');
    await message.waitFor();
    expect(await message.textContent()).toMatch(/at least 0\.01/);
    expect(await cell('Q3').textContent()).toBe('CPA limit $60.00');
    expect(await namebox()).toBe('Q3');
    // Beside the cell (right of it, or under it where the grid has no room on the right), in view.
    const box = await message.boundingBox();
    const at = await cell('Q3').boundingBox();
    const grid = await page.getByRole('region', { name: 'Spreadsheet grid' }).boundingBox();
    if (!box || !at || !grid) throw new Error('test: the message, the cell or the grid has no box');
    const right = Math.abs(box.x - (at.x + at.width)) <= 8 && Math.abs(box.y - at.y) <= 4;
    const below =
      Math.abs(box.y - (at.y + at.height)) <= 8 && box.x < at.x + at.width && box.x + box.width > at.x;
    expect(right || below).toBe(true);
    expect(box.x >= grid.x && box.x + box.width <= grid.x + grid.width).toBe(true);
    // The next move clears it.
    await page.keyboard.press('ArrowDown');
    expect(await message.isVisible()).toBe(false);
    // A ceiling for a busy machine (building flags in the emulator), not a speed goal.
  }, 90_000);
});

describe('a warning-protected cell', () => {
  beforeEach(() => open(null));

  it('asks "Edit anyway?" before typing over it: Cancel keeps the cell, OK writes it', async () => {
    const made = await page.request.post(`${pg.url}/api/run`, {
      data: { fn: 'createCampaignGoal', args: [leadsGoal()] },
    });
    expect(((await made.json()) as { ok: boolean }).ok).toBe(true);
    await page.reload();
    const first = /^([A-Z]+\d+):/.exec(COMPUTED_RANGE)?.[1] as string;
    await cell(first).waitFor();
    const before = await cell(first).textContent();
    await cell(first).click();
    await typeKeys('oops\n');
    const ask = page.getByRole('dialog', { name: 'Edit anyway?' });
    await ask.waitFor();
    await ask.getByRole('button', { name: 'Cancel' }).click();
    // Nothing was sent: the cell shows what it did, the selection stays on it.
    expect(await ask.isVisible()).toBe(false);
    expect(await cell(first).textContent()).toBe(before);
    expect(await namebox()).toBe(first);
    await typeKeys('mine\n');
    await ask.getByRole('button', { name: 'OK' }).click();
    await settled();
    expect(await cell(first).textContent()).toBe('mine');
    // A ceiling for a busy machine (building a goal sheet in the emulator), not a speed goal.
  }, 90_000);
});

describe('the Extensions menu', () => {
  beforeEach(() => open(null));

  it('opens, moves and closes with the keyboard, and runs an item with Enter', async () => {
    const button = page.getByRole('button', { name: 'Extensions' });
    const focused = () => page.evaluate<string>('document.activeElement?.textContent ?? ""');
    await button.focus();
    await page.keyboard.press('ArrowDown');
    const items = await page.getByRole('menuitem').allTextContents();
    expect(await focused()).toBe(items[0]);
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe(items[1]);
    await page.keyboard.press('End');
    expect(await focused()).toBe('Help');
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe(items[0]);
    await page.keyboard.press('Escape');
    expect(await page.getByRole('menu').isVisible()).toBe(false);
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    expect(await focused()).toBe('Extensions');
    await page.keyboard.press('Enter');
    expect(await focused()).toBe(items[0]);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.locator('#sidebar-title').filter({ hasText: 'Performance-marketing KPIs' }).waitFor();
    expect(await page.getByRole('menu').isVisible()).toBe(false);
  });
});
