// The playground in headless Chromium: the sidebar shim over a fake spreadsheet (handlers, user objects,
// illegal values, host.close, an unreachable stylesheet), then the real add-on in the local spreadsheet.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Playground, startPlayground } from '../../local/server/http.ts';
import { FakeBook } from '../playground/fake-book.ts';
import { launchChromium } from './chromium.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

/** A fresh page on the playground; collects console errors and any dialog the page itself opens. */
async function openPage(pg: Playground) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 760 } });
  const consoleLines: string[] = [];
  const browserDialogs: string[] = [];
  page.on('console', (m) => consoleLines.push(m.text()));
  page.on('pageerror', (e) => consoleLines.push(`pageerror: ${e.message}`));
  page.on('dialog', (d) => {
    browserDialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(pg.url);
  await page.locator('td[data-a1="A1"]').waitFor();
  return { page, consoleLines, browserDialogs };
}

const cell = (page: Page, a1: string) => page.locator(`td[data-a1="${a1}"]`);

/** Types into a cell as a user does: select it, type, Enter. */
async function typeInto(page: Page, a1: string, input: string): Promise<void> {
  await cell(page, a1).click();
  await page.keyboard.type(input);
  await page.keyboard.press('Enter');
  await expect.poll(() => page.locator('#namebox').textContent()).not.toBe(a1);
}

describe('the sidebar shim, over a fake spreadsheet', () => {
  let pg: Playground;
  let page: Page;
  let consoleLines: string[];
  let browserDialogs: string[];

  beforeAll(async () => {
    pg = await startPlayground({ port: 0, open: (opts) => new FakeBook(opts) });
    ({ page, consoleLines, browserDialogs } = await openPage(pg));
    await page.getByRole('button', { name: 'Extensions' }).click();
    await page.getByRole('menuitem', { name: 'Open' }).click();
  });
  afterAll(async () => {
    await page?.close();
    await pg?.close();
  });

  const frame = () => page.frameLocator('#sidebar-frame');
  const out = () => frame().locator('#out');

  it('opens the sidebar in a 300 px panel, although its Google stylesheet cannot load', async () => {
    await expect.poll(() => out().textContent()).toBe('idle');
    const box = await page.getByRole('complementary').boundingBox();
    expect(box?.width).toBe(300);
    expect(consoleLines.join('\n')).toMatch(
      /stylesheet 'https:\/\/ssl\.gstatic\.com\/[^']*' violates the following Content Security Policy/,
    );
  });

  it('calls the success handler after the call returned, with the value and the user object', async () => {
    await frame().getByRole('button', { name: 'Echo' }).click();
    await expect.poll(() => out().textContent()).toBe('ok: {"a":[1,null,"x"]} / u1 / after return');
  });

  it('calls the failure handler of a reused runner with an Error and the user object', async () => {
    await frame().getByRole('button', { name: 'Fail' }).click();
    await expect.poll(() => out().textContent()).toBe('failed: fail failed on purpose / u2');
  });

  it('fails a call that passes a Date, without reaching the server', async () => {
    await frame().getByRole('button', { name: 'Date' }).click();
    await expect
      .poll(() => out().textContent())
      .toBe('failed: Failed due to illegal value: echo was passed a Date. / u3');
  });

  it('refreshes the page after a server call: new sheet active, its alert and toast shown', async () => {
    await frame().getByRole('button', { name: 'Add sheet' }).click();
    await expect.poll(() => page.getByRole('tab', { selected: true }).textContent()).toBe('Added');
    const alert = page.getByRole('dialog');
    await expect.poll(() => alert.locator('p').textContent()).toBe('Sheet added');
    await alert.getByRole('button', { name: 'OK' }).click();
    await expect.poll(() => page.locator('.toast').first().textContent()).toBe('toast 1');
  });

  it('closes the panel on google.script.host.close()', async () => {
    await frame().getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => page.getByRole('complementary').isHidden()).toBe(true);
  });

  it('shows markup typed into a cell as text and never runs it', async () => {
    const attack = '<img src=x onerror=alert(1)>';
    await typeInto(page, 'A1', attack);
    expect(await cell(page, 'A1').textContent()).toBe(attack);
    expect(await page.locator('#grid img').count()).toBe(0);
    expect(browserDialogs).toEqual([]);
  });
});
