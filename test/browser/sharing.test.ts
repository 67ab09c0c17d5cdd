// Prepare for sharing in the playground (headless Chromium over the local spreadsheet running the
// built add-on): the panel lists what it converts and what it leaves, selects a listed cell,
// converts, and the share check says the sheet is safe once nothing needs the add-on.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emulatorOpener } from '../../local/server/emulator-book.ts';
import { type Playground, REPO_ROOT, startPlayground } from '../../local/server/http.ts';
import { launchChromium } from './chromium.ts';

let browser: Browser;
let pg: Playground;
let page: Page;
const errors: string[] = [];
beforeAll(async () => {
  browser = await launchChromium();
  pg = await startPlayground({ port: 0, open: emulatorOpener(REPO_ROOT) });
  page = await browser.newPage({ viewport: { width: 1280, height: 760 } });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(pg.url);
  await page.locator('td[data-a1="A1"]').waitFor();
});
afterAll(async () => {
  await page?.close();
  await pg?.close();
  await browser?.close();
});

const cell = (a1: string) => page.locator(`td[data-a1="${a1}"]`);
const settled = () => page.locator('body[data-pending="0"]').waitFor();

async function typeInto(a1: string, input: string): Promise<void> {
  await cell(a1).click();
  await page.keyboard.type(input);
  await page.keyboard.press('Enter');
  await settled();
}

describe('the sharing panel', () => {
  it('lists, selects, converts and says the sheet is safe to share', async () => {
    await typeInto('A1', '400');
    await typeInto('B1', '100');
    await typeInto('A2', '-5');
    await typeInto('B2', '10');
    await typeInto('C1', '=ROAS(A1,B1)');
    await typeInto('C2', '=ROAS(A2,B2)');
    // Sheet text reaches the panel as text, never as markup.
    await typeInto('D1', '="<img src=x onerror=alert(1)>"&CPC(A1,B1)');
    await expect.poll(() => cell('C1').textContent()).toBe('4');

    await page.getByRole('button', { name: 'Extensions' }).click();
    await page.getByRole('menuitem', { name: 'Prepare for sharing...' }).click();
    const frame = page.frameLocator('#sidebar-frame');
    await frame.getByRole('heading', { name: 'Prepare for sharing' }).waitFor();
    await frame.getByText('Sheet1: 2 cells to convert, 1 left as it is').waitFor();
    await expect.poll(() => frame.locator('.example').count()).toBe(2);
    expect(await frame.locator('img').count()).toBe(0);
    await frame.getByText(/^It shows #ERROR! today/).waitFor();

    // The link-like action selects the cell the panel lists.
    await frame.getByRole('button', { name: 'Select Sheet1 C2' }).click();
    await expect.poll(() => page.locator('#namebox').textContent()).toBe('C2');

    await frame.getByRole('button', { name: 'Convert' }).click();
    await frame.getByText('2 cells converted in Sheet1.').waitFor();
    await frame.getByText(/^Not yet safe to share: 1 cell still needs the add-on/).waitFor();
    await expect.poll(() => frame.locator(':focus').textContent()).toMatch(/^Not yet safe to share/);
    await page.screenshot({ path: '/tmp/playground-sharing.png' });
    await cell('C1').click();
    expect(await page.getByRole('textbox', { name: 'Formula bar' }).inputValue()).toMatch(/^=IF\(OR\(A1=""/);
    expect(await cell('C1').textContent()).toBe('4');

    // Fix the refused input; the last cell converts and the check says it is safe.
    await typeInto('A2', '5');
    await frame.getByRole('button', { name: 'Scan again' }).click();
    await frame.getByText('Sheet1: 1 cell to convert').waitFor();
    await frame.getByRole('button', { name: 'Convert' }).click();
    await frame.getByText('Safe to share: no cell needs the add-on.').waitFor();
    expect(errors).toEqual([]);
  });
});
