// The playground in headless Chromium: the sidebar shim over a fake spreadsheet (handlers, user objects,
// illegal values, host.close, an unreachable stylesheet), then the built add-on in the local spreadsheet:
// a spilled =ROAS, the function reference, and the campaign-goal wizard flagging a row over the limit.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Book, BookOptions } from '../../local/server/book.ts';
import { emulatorOpener } from '../../local/server/emulator-book.ts';
import { type Playground, REPO_ROOT, startPlayground } from '../../local/server/http.ts';
import { FakeBook, GOOGLE_CSS } from '../playground/fake-book.ts';
import { launchChromium } from './chromium.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

/** A fresh page on the playground; collects console errors and any dialog the page itself opens. */
async function openPage(pg: Playground) {
  // A 1366 x 768 laptop screen, the one the goal sheet's first screen is laid out for.
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
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
  await settled(page);
}

/** Every entry typed so far has been answered by the server and drawn. */
async function settled(page: Page): Promise<void> {
  await page.locator('body[data-pending="0"]').waitFor();
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

/** The real emulator, with Google's add-on stylesheet linked into every sidebar, as many add-ons do. */
function emulatorWithGoogleCss(): (opts: BookOptions) => Book {
  const open = emulatorOpener(REPO_ROOT);
  return (opts) => {
    const book = open(opts);
    const sidebar = book.sidebar.bind(book);
    return Object.assign(Object.create(book) as Book, {
      sidebar: () => {
        const shown = sidebar();
        const link = `<link rel="stylesheet" href="${GOOGLE_CSS}">`;
        return shown && { ...shown, html: shown.html.replace(/<head>/i, `<head>${link}`) };
      },
    });
  };
}

/** Types values into consecutive cells of one row, moving right with Tab as a user does. */
async function typeRow(page: Page, first: string, values: string[]): Promise<void> {
  await cell(page, first).click();
  for (const value of values) {
    const at = await page.locator('#namebox').textContent();
    await page.keyboard.type(value);
    await page.keyboard.press('Tab');
    await expect.poll(() => page.locator('#namebox').textContent()).not.toBe(at);
  }
  await settled(page);
}

/** The wizard's campaign starts today in the spreadsheet's time zone (the local default). */
const today = (): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'America/New_York' }).format(new Date());

const openMenuItem = async (page: Page, caption: string): Promise<void> => {
  await page.getByRole('button', { name: 'Extensions' }).click();
  await page.getByRole('menuitem', { name: caption }).click();
};

describe('the built add-on in the local spreadsheet', () => {
  let pg: Playground;
  let page: Page;
  let consoleLines: string[];

  beforeAll(async () => {
    pg = await startPlayground({ port: 0, open: emulatorWithGoogleCss() });
    ({ page, consoleLines } = await openPage(pg));
  });
  afterAll(async () => {
    await page?.close();
    await pg?.close();
  });

  it('spills =ROAS over a range typed into the grid, and shows an #ERROR! message on hover', async () => {
    await typeRow(page, 'A1', ['Revenue', 'Spend']);
    await typeRow(page, 'A2', ['400', '100']);
    await typeRow(page, 'A3', ['90', '30']);
    await typeRow(page, 'A4', ['0', '0']);
    await typeInto(page, 'C2', '=ROAS(A2:A4, B2:B4)');
    await expect.poll(() => cell(page, 'C2').textContent()).toBe('4');
    expect(await cell(page, 'C3').textContent()).toBe('3');
    expect(await cell(page, 'C4').textContent()).toBe('');
    await cell(page, 'C2').click();
    expect(await page.getByRole('textbox', { name: 'Formula bar' }).inputValue()).toBe('=ROAS(A2:A4, B2:B4)');
    await typeInto(page, 'D2', '=ROAS(-1, 5)');
    await expect.poll(() => cell(page, 'D2').textContent()).toBe('#ERROR!');
    expect(await cell(page, 'D2').getAttribute('title')).toBe('ROAS: revenue must not be negative, got -1');
    await page.screenshot({ path: '/tmp/playground-roas.png' });
  });

  it('keeps every key of a row typed without pausing after Tab (entries are sent in order)', async () => {
    await cell(page, 'F1').click();
    for (const [i, value] of ['Search', 'Brand', '1000', '25.5'].entries()) {
      await page.keyboard.type(value);
      await page.keyboard.press(i < 3 ? 'Tab' : 'Enter');
    }
    await expect.poll(() => cell(page, 'I1').textContent()).toBe('25.5');
    expect(await Promise.all(['F1', 'G1', 'H1', 'I1'].map((a) => cell(page, a).textContent()))).toEqual([
      'Search',
      'Brand',
      '1000',
      '25.5',
    ]);
  });

  it("opens the real sidebar from the add-on's menu, although Google's stylesheet cannot load", async () => {
    await page.getByRole('button', { name: 'Extensions' }).click();
    const items = await page.getByRole('menuitem').allTextContents();
    expect(items).toEqual([
      'Set up campaign goal...',
      'Flag limit breaches...',
      'Prepare for sharing...',
      'Enable functions in this spreadsheet',
      'Function reference',
      'Help',
    ]);
    await page.getByRole('menuitem', { name: 'Function reference' }).click();
    const frame = page.frameLocator('#sidebar-frame');
    await frame.getByRole('heading', { name: 'Function reference' }).waitFor();
    // The list arrives through google.script.run.getFunctionReference().
    await frame
      .getByText(/^ROAS\b/)
      .first()
      .waitFor();
    // BREACH_CONFIDENCE says what its number means for the flags' confirmed and not yet sure.
    await frame.locator('#ref-search').fill('BREACH_CONFIDENCE');
    await frame.locator('.fn summary').first().click();
    expect(await frame.locator('.fn').first().textContent()).toContain(
      'It is the number behind the flags\' Status: a row over the limit is "confirmed" (red) once it reaches the confidence level (95% unless changed), else "not yet sure" (amber) - maybe bad luck so far.',
    );
    expect(await frame.locator('.fn').first().textContent()).toContain('a masked <5');
    expect(await page.getByRole('complementary').boundingBox()).toMatchObject({ width: 300 });
    expect(consoleLines.join('\n')).toMatch(/stylesheet 'https:\/\/ssl\.gstatic\.com\/[^']*' violates/);
    await page.screenshot({ path: '/tmp/playground-reference.png' });
  });

  it('walks through the wizard: the new sheet opens, and a row over the CPL limit is flagged (amber: not yet sure)', async () => {
    await openMenuItem(page, 'Set up campaign goal...');
    const frame = page.frameLocator('#sidebar-frame');
    await frame.getByRole('textbox', { name: 'Target leads' }).fill('50');
    await frame.getByRole('textbox', { name: 'Number of days' }).fill('30');
    await frame.getByRole('textbox', { name: /Maximum CPL/ }).fill('45');
    await frame.getByRole('button', { name: 'Next' }).click();
    await frame.getByRole('checkbox', { name: /^Social/ }).check();
    await frame.getByRole('checkbox', { name: /^LinkedIn/ }).check();
    await frame.getByRole('button', { name: 'Next' }).click();
    await frame.getByRole('button', { name: 'Create sheet' }).click();
    await frame.getByText('Created sheet “Goal - Campaign goal”.').waitFor();
    await expect
      .poll(() => page.getByRole('tab', { selected: true }).textContent())
      .toBe('Goal - Campaign goal');
    expect(await cell(page, 'A26').textContent()).toBe('Date');
    // The title and verdict rows are frozen: they stay in view while the grid scrolls.
    const position = (a1: string) =>
      page.evaluate<string>(`getComputedStyle(document.querySelector('td[data-a1="${a1}"]')).position`);
    expect(await position('A2')).toBe('sticky');
    expect(await position('A3')).not.toBe('sticky');
    // The add-on's notes show on hover, with Sheets' corner mark.
    expect(await cell(page, 'B8').getAttribute('title')).toMatch(/^The most one lead may cost/);
    expect(await cell(page, 'B8').getAttribute('class')).toContain('noted');

    // Date (the campaign's first day), Channel, Campaign, Impressions, Clicks, Leads, Conversions,
    // Revenue, Spend.
    await typeRow(page, 'A27', [today(), 'Social', 'Lookalike', '1000', '50', '1', '0', '0', '60']);
    await typeRow(page, 'A28', [today(), 'LinkedIn', 'Retargeting', '800', '20', '2', '0', '0', '80']);
    // An expression string, as this file is type-checked without the DOM library.
    const background = (a1: string) =>
      page.evaluate<string>(
        `getComputedStyle(document.querySelector('td[data-a1="${a1}"]')).backgroundColor`,
      );
    // $60 for 1 lead against $45 is 39% sure to be over: amber (not yet sure).
    await expect.poll(() => background('A27')).toBe('rgb(252, 232, 178)');
    expect(await background('I27')).toBe('rgb(252, 232, 178)');
    expect(await background('A28')).toBe('rgb(255, 255, 255)');
    expect(await cell(page, 'J27').textContent()).toMatch(/^Over CPL limit by \$15\.00 · not yet sure: /);
    expect(await cell(page, 'J28').textContent()).not.toMatch(/Over/);
    await page.locator('#grid-wrap').evaluate((el) => el.scrollTo(0, 0));
    await page.screenshot({ path: '/tmp/playground-wizard.png' });
    // Each typed cell recalculates the goal sheet (the pace block's SUMIFS over every campaign day
    // included) and redraws the grid: slower than the default budget on a busy machine.
  }, 90_000);

  it("draws the goal sheet's channel chart over the sheet at its anchor, one bar per value", async () => {
    const chart = page.locator('svg.chart[data-chart-type="COLUMN"]');
    await chart.waitFor();
    expect(await chart.getAttribute('aria-label')).toBe('CPL by channel vs limit');
    expect(await chart.locator('.legend-label').allTextContents()).toEqual(['CPL', 'Limit applied']);
    expect(await chart.locator('.category').allTextContents()).toEqual(['Social', 'LinkedIn']);
    // Social $60.00 and LinkedIn $40.00 CPL from the rows typed above, then each one's $45 limit.
    const bars = chart.locator('rect.bar');
    expect(await bars.evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-value'))))).toEqual([
      60, 40, 45, 45,
    ]);
    const heights = await bars.evaluateAll((els) => els.map((e) => Number(e.getAttribute('height'))));
    expect((heights[0] ?? 0) / (heights[2] ?? 1)).toBeCloseTo(60 / 45, 2);
    expect(await bars.first().locator('title').textContent()).toBe('CPL, Social: $60.00');
    // setPosition(13, 1, 0, 0): the chart's corner is on cell A13, under the Goal block.
    const frame = await page.locator('.chart-frame', { has: chart }).boundingBox();
    const a13 = await cell(page, 'A13').boundingBox();
    expect(
      frame && a13 && [Math.abs(Math.round(frame.x - a13.x)), Math.abs(Math.round(frame.y - a13.y))],
    ).toEqual([0, 0]);
    // Typing another row redraws it: LinkedIn's CPL becomes (80 + 70) / (2 + 1) = $50.00.
    await typeRow(page, 'A29', [today(), 'LinkedIn', 'Retargeting', '800', '20', '1', '0', '0', '70']);
    await expect
      .poll(() => bars.evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-value')))))
      .toEqual([60, 50, 45, 45]);
  });

  it('draws the pace chart: the plan to the end date, leads and spend to the last day reported', async () => {
    // The wizard's campaign starts today in the spreadsheet's time zone (the local default).
    await typeRow(page, 'A30', [today(), 'Social', 'Lookalike', '900', '40', '2', '0', '0', '90']);
    const chart = page.locator('svg.chart[data-chart-type="LINE"]');
    await chart.waitFor();
    expect(await chart.getAttribute('aria-label')).toBe('Pace: leads and spend, % of target and budget');
    expect(await chart.locator('.legend-label').allTextContents()).toEqual([
      'Plan',
      'Leads to date',
      'Spend to date',
    ]);
    // One vertex per value drawn: 30 campaign days of plan, one day reported so far. Day 1 counts
    // every row typed: 1 + 2 + 1 + 2 leads of 50, $60 + $80 + $70 + $90 of the $2,250 budget.
    await expect.poll(() => chart.locator('circle.point').count()).toBe(32);
    const vertices = await chart
      .locator('path.line')
      .evaluateAll((els) => els.map((e) => (e.getAttribute('d')?.match(/[ML]/g) ?? []).length));
    expect(vertices).toEqual([30, 1, 1]);
    const points = chart.locator('circle.point');
    const values = await points.evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-value'))));
    expect(values[0]).toBeCloseTo(1 / 30, 12);
    expect(values[29]).toBe(1);
    expect(values.slice(30)).toEqual([6 / 50, 300 / 2250]);
    expect(await chart.locator('.tick').first().textContent()).toBe('0%');
    const frame = await page.locator('.chart-frame', { has: chart }).boundingBox();
    // setPosition(13, 6, 0, 0): beside the channel chart, on cell F13.
    const f13 = await cell(page, 'F13').boundingBox();
    expect(
      frame && f13 && [Math.abs(Math.round(frame.x - f13.x)), Math.abs(Math.round(frame.y - f13.y))],
    ).toEqual([0, 0]);
    await page.locator('#grid-wrap').evaluate((el) => el.scrollTo(el.scrollWidth, 0));
    await page.screenshot({ path: '/tmp/playground-charts.png' });
  });

  it("answers where the goal stands on a 1366 x 768 laptop's first screen, the sidebar open", async () => {
    await page.locator('#grid-wrap').evaluate((el) => el.scrollTo(0, 0));
    const sidebar = await page.getByRole('complementary').boundingBox();
    expect(sidebar?.width).toBe(300);
    // The grid's visible area: under the toolbar, above the sheet tabs, left of the sidebar.
    const grid = await page.locator('#grid-wrap').boundingBox();
    // Four rows typed: 6 leads for $300, Social's $60 row and LinkedIn's $70 row over the $45 limit.
    await expect
      .poll(() => cell(page, 'A2').textContent())
      .toBe('Ahead: 6 of 50 leads · CPL $50.00 vs $45.00 limit · 2 rows over (Social, LinkedIn)');
    const inView = (box: { x: number; y: number; width: number; height: number } | null): boolean =>
      box !== null &&
      sidebar !== null &&
      grid !== null &&
      box.x >= grid.x &&
      box.y >= grid.y &&
      box.x + box.width <= Math.min(sidebar.x, grid.x + grid.width) &&
      box.y + box.height <= Math.min(768, grid.y + grid.height);
    // A row's Status beside its numbers, the verdict, and both charts, without scrolling.
    for (const a1 of ['A2', 'A27', 'I27', 'J27', 'J28'])
      expect(inView(await cell(page, a1).boundingBox()), a1).toBe(true);
    for (const type of ['COLUMN', 'LINE']) {
      const frame = page.locator('.chart-frame', {
        has: page.locator(`svg.chart[data-chart-type="${type}"]`),
      });
      expect(inView(await frame.boundingBox()), type).toBe(true);
    }
    await page.screenshot({ path: '/tmp/playground-first-screen.png' });
  });
});
