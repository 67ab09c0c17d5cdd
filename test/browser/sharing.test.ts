// Prepare for sharing in the playground (headless Chromium at 1366 x 768 over the local spreadsheet
// running the built add-on): safe by default (client copies chosen, in place asked once in words),
// the panel lists what it converts and what it leaves with the precise reason, selects a listed
// cell, converts, and the share check says the sheet is safe once nothing needs the add-on.
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
  page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
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
    await typeInto('C3', '=ROAS(A1,B1,B1)');
    await expect.poll(() => cell('C1').textContent()).toBe('4');

    await page.getByRole('button', { name: 'Extensions' }).click();
    await page.getByRole('menuitem', { name: 'Prepare for sharing...' }).click();
    const frame = page.frameLocator('#sidebar-frame');
    await frame.getByRole('heading', { name: 'Prepare for sharing' }).waitFor({ timeout: 5000 });
    await frame.getByText('Sheet1: 2 cells to convert, 2 left as they are').waitFor({ timeout: 5000 });
    // The scanning line goes when the scan ends.
    expect(await frame.getByText('Scanning the spreadsheet…').count()).toBe(0);
    await expect.poll(() => frame.locator('.example').count()).toBe(2);
    expect(await frame.locator('img').count()).toBe(0);
    await frame.getByText(/^It shows #ERROR! today: ROAS: revenue must not be negative/).waitFor();
    // A cell listed for an error says why precisely, not one generic sentence.
    await frame.getByText(/^It shows #ERROR! today: ROAS takes at most 2 arguments/).waitFor();
    // Safe by default: client copies chosen, and Convert is the one primary (blue) button.
    expect(await frame.getByRole('radio', { name: /^Client copies/ }).isChecked()).toBe(true);
    const convert = frame.getByRole('button', { name: 'Convert', exact: true });
    expect(
      await convert.evaluate((el) => el.ownerDocument.defaultView?.getComputedStyle(el).backgroundColor),
    ).toBe('rgb(26, 115, 232)');
    expect(await frame.getByRole('button', { name: 'Scan again' }).getAttribute('class')).toBe('secondary');

    // The link-like action selects the cell the panel lists.
    await frame.getByRole('button', { name: 'Select Sheet1 C2' }).click();
    await expect.poll(() => page.locator('#namebox').textContent()).toBe('C2');

    // In place asks once, in words, saying what changes and how to go back.
    await frame.getByRole('radio', { name: 'In place' }).check();
    await convert.click();
    const ask = frame.getByRole('alertdialog', { name: 'Convert your sheets in place?' });
    expect(await ask.textContent()).toContain('File > Version history');
    await ask.getByRole('button', { name: 'Cancel' }).click();
    expect(await ask.isVisible()).toBe(false);
    expect(await page.getByRole('textbox', { name: 'Formula bar' }).inputValue()).toBe('=ROAS(A2,B2)');
    await convert.click();
    await ask.getByRole('button', { name: 'Convert in place' }).click();
    await frame.getByText('2 cells converted in Sheet1.').waitFor();
    await frame.getByText(/^Not yet safe to share: 2 cells still need the add-on/).waitFor();
    await expect.poll(() => frame.locator(':focus').textContent()).toMatch(/^Not yet safe to share/);
    await page.screenshot({ path: '/tmp/playground-sharing.png' });
    await cell('C1').click();
    expect(await page.getByRole('textbox', { name: 'Formula bar' }).inputValue()).toMatch(/^=IF\(OR\(A1=""/);
    expect(await cell('C1').textContent()).toBe('4');

    // Fix the refused inputs; the last cells convert and the check says it is safe.
    await typeInto('A2', '5');
    await typeInto('C3', '=ROAS(A1,B1)');
    await frame.getByRole('button', { name: 'Scan again' }).click();
    await frame.getByText('Sheet1: 2 cells to convert').waitFor();
    await convert.click();
    await ask.getByRole('button', { name: 'Convert in place' }).click();
    await frame.getByText('Safe to share: no cell needs the add-on.').waitFor();
    expect(errors).toEqual([]);
  });

  it('makes client copies by default, leaving the original as it was', async () => {
    await typeInto('C4', '=CPC(A1,B1)');
    const frame = page.frameLocator('#sidebar-frame');
    await frame.getByRole('button', { name: 'Scan again' }).click();
    await frame.getByText('Sheet1: 1 cell to convert').waitFor();
    await frame.getByRole('radio', { name: /^Client copies/ }).check();
    await frame.getByRole('button', { name: 'Convert', exact: true }).click();
    await frame.getByText('1 cell converted in Sheet1 (client).').waitFor();
    expect(await frame.getByRole('alertdialog').count()).toBe(0);
    await page.getByRole('tab', { name: 'Sheet1 (client)' }).waitFor();
  });
});
