// The playground's HTTP layer over a fake spreadsheet: routing, status codes, google.script.run replies,
// one-time alerts/toasts, the served sidebar with its shim, and starting from a fixture.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_NAMES } from '../../local/server/fixtures.ts';
import { type Playground, startPlayground } from '../../local/server/http.ts';
import type { StateView } from '../../local/server/protocol.ts';
import { SHEETS_LOCALES } from '../../src/locale/locales.ts';
import { FakeBook } from './fake-book.ts';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');

let pg: Playground;

beforeAll(async () => {
  pg = await startPlayground({ port: 0, open: (opts) => new FakeBook(opts), fixturesDir: FIXTURES });
});
afterAll(() => pg.close());

async function post(path: string, body: unknown, type = 'application/json') {
  const res = await fetch(pg.url + path, {
    method: 'POST',
    headers: { 'content-type': type },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

async function state(): Promise<StateView> {
  return (await (await fetch(`${pg.url}/api/state`)).json()) as StateView;
}

describe('pages', () => {
  it('serves the page, its stylesheet and the compiled client, all from this server', async () => {
    const page = await fetch(`${pg.url}/`);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
    const html = await page.text();
    expect(html).toContain('<script src="/app.js">');
    expect(html).not.toMatch(/https?:\/\//);
    const js = await (await fetch(`${pg.url}/app.js`)).text();
    expect(js).toContain('/api/state');
    expect(js).not.toMatch(/\binnerHTML\b/);
    expect((await fetch(`${pg.url}/style.css`)).headers.get('content-type')).toMatch(/^text\/css/);
  });

  it('answers 404 for unknown paths and endpoints', async () => {
    expect((await fetch(`${pg.url}/nope`)).status).toBe(404);
    expect((await post('/api/nope', {})).status).toBe(404);
  });
});

describe('editing', () => {
  it('returns the whole state: sheets, active sheet, grid and the add-on menu', async () => {
    const s = await state();
    expect(s.sheets).toEqual(['Sheet1']);
    expect(s.active).toBe('Sheet1');
    expect(s.grid.cells).toHaveLength(s.grid.rows);
    expect(s.menu).toEqual({
      title: 'Fake add-on',
      items: [{ caption: 'Open', functionName: 'openSidebar' }],
    });
    expect(s.sidebar).toBeNull();
  });

  it('writes typed input into the named sheet and answers with the new state', async () => {
    const reply = await post('/api/type', { sheet: 'Sheet1', a1: 'B2', input: '<b>x</b>' });
    expect(reply.status).toBe(200);
    const grid = (reply.body as unknown as StateView).grid;
    expect(grid.cells[1]?.[1]?.d).toBe('<b>x</b>');
  });

  it('rejects a body that is not JSON, or fields of the wrong type, with 4xx and a message', async () => {
    expect((await post('/api/type', 'a1=B2', 'application/x-www-form-urlencoded')).status).toBe(415);
    expect((await post('/api/type', '{oops', 'application/json')).status).toBe(400);
    const wrong = await post('/api/type', { a1: 3, input: 'x' });
    expect(wrong).toEqual({ status: 400, body: { error: '"a1" must be a string' } });
  });

  it("answers 422 with the spreadsheet's own message when it refuses", async () => {
    expect(await post('/api/activate', { sheet: 'Nope' })).toEqual({
      status: 422,
      body: { error: 'no sheet Nope' },
    });
  });
});

describe('google.script.run over POST /api/run', () => {
  it("returns the server function's value", async () => {
    expect(await post('/api/run', { fn: 'echo', args: [{ a: [1, null] }] })).toEqual({
      status: 200,
      body: { ok: true, value: { a: [1, null] } },
    });
  });

  it("returns a thrown error's message as a failure, not an HTTP error", async () => {
    expect(await post('/api/run', { fn: 'fail', args: [] })).toEqual({
      status: 200,
      body: { ok: false, message: 'fail failed on purpose' },
    });
  });

  it('rejects args that are not an array', async () => {
    expect((await post('/api/run', { fn: 'echo', args: 'x' })).status).toBe(400);
  });

  it('reports alerts and toasts once, then shows the sheet the function activated', async () => {
    await post('/api/run', { fn: 'addSheet', args: [] });
    const first = await state();
    expect(first.alerts).toEqual([{ title: 'Done', message: 'Sheet added' }]);
    expect(first.toasts).toEqual([{ title: '', message: 'toast 1' }]);
    expect(first.active).toBe('Added');
    const second = await state();
    expect(second.alerts).toEqual([]);
    expect(second.toasts).toEqual([]);
  });
});

describe('the sidebar', () => {
  it('is 404 until the add-on shows one, then served with the CSP and shim before its own tags', async () => {
    expect((await fetch(`${pg.url}/sidebar`)).status).toBe(404);
    const reply = await post('/api/menu', { caption: 'Open' });
    expect((reply.body as unknown as StateView).sidebar).toEqual({ title: 'Fake sidebar', version: 1 });
    const html = await (await fetch(`${pg.url}/sidebar`)).text();
    const csp = html.indexOf('Content-Security-Policy');
    const shim = html.indexOf('data-functions="[&quot;echo&quot;,&quot;fail&quot;,&quot;addSheet&quot;]"');
    expect(csp).toBeGreaterThan(html.indexOf('<head>'));
    expect(shim).toBeGreaterThan(csp);
    expect(shim).toBeLessThan(html.indexOf('<base target="_top">'));
  });
});

describe('starting over', () => {
  it('opens a fixture report as the starting sheet, in the chosen locale', async () => {
    const reply = await post('/api/reset', { fixture: 'meta', locale: 'de_DE' });
    const s = reply.body as unknown as StateView;
    expect(s.sheets).toEqual(['meta-ads-campaigns']);
    expect(s.locale).toBe('de_DE');
    expect(s.fixture).toBe('meta');
    expect(s.grid.cells[0]?.[0]?.d).toMatch(/^Reporting starts,/);
    expect(s.fixtures).toEqual(FIXTURE_NAMES);
    expect(s.fixtures).toContain('google-ads-keywords-utf16');
  });

  it('starts from a real UTF-16LE tab download: its bytes are decoded, BOM dropped', async () => {
    const s = (await post('/api/reset', { fixture: 'google-ads-keywords-utf16' }))
      .body as unknown as StateView;
    expect(s.sheets).toEqual(['google-ads-keywords-en-utf16']);
    expect(s.grid.cells[0]?.[0]?.d).toBe('Search keyword report');
    expect(s.grid.cells[2]?.[0]?.d).toMatch(/^Keyword status\tKeyword\tMatch type\t/);
  });

  it('offers every locale of the one locale table, and opens a spreadsheet in any of them', async () => {
    const s = (await post('/api/reset', { fixture: null, locale: 'fr_FR' })).body as unknown as StateView;
    expect(s.locale).toBe('fr_FR');
    expect(s.locales.map((l) => l.code)).toEqual(SHEETS_LOCALES.map((l) => l.code));
    expect(s.locales).toContainEqual({ code: 'nn_NO', name: expect.any(String) });
    await post('/api/reset', { fixture: 'meta', locale: 'de_DE' });
  });

  it('a blank reset keeps the locale and forgets the fixture', async () => {
    const s = (await post('/api/reset', { fixture: null })).body as unknown as StateView;
    expect([s.sheets, s.locale, s.fixture]).toEqual([['Sheet1'], 'de_DE', null]);
  });

  it('names the unknown fixture or locale', async () => {
    expect((await post('/api/reset', { fixture: 'tiktok' })).body.error).toBe(
      `unknown fixture "tiktok": choose one of ${FIXTURE_NAMES.join(', ')}`,
    );
    expect((await post('/api/reset', { locale: 'xx_YY' })).body.error).toMatch(
      /^locale must be a Sheets locale code such as en_US, de_DE or fr_FR \(\d+ are listed in docs\/local-spreadsheet.md\), got "xx_YY"$/,
    );
  });

  it('says so clearly when the fixtures folder is absent', async () => {
    const missing = join(mkdtempSync(join(tmpdir(), 'pg-')), 'fixtures');
    const other = await startPlayground({
      port: 0,
      open: (opts) => new FakeBook(opts),
      fixturesDir: missing,
    });
    try {
      const res = await fetch(`${other.url}/api/reset`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ fixture: 'google-ads' }),
      });
      expect(await res.json()).toEqual({
        error: `the fixtures folder ${missing} is absent, so --fixture google-ads cannot load`,
      });
      expect(((await (await fetch(`${other.url}/api/state`)).json()) as StateView).fixtures).toEqual([]);
    } finally {
      await other.close();
    }
  });
});
