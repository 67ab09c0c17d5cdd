// The playground's HTTP server (node:http, no framework): the page, its compiled client, the sidebar
// with the google.script.run shim, and the JSON API. startPlayground() is what main.ts and tests call.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Locale, PlaygroundApi } from './api.ts';
import { loadAssets } from './assets.ts';
import type { Book, BookOptions } from './book.ts';
import { defaultFixturesDir } from './fixtures.ts';
import { prepareSidebarHtml } from './sidebar.ts';

export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface PlaygroundOptions {
  /** 0 picks a free port. Default 8080. */
  port?: number;
  host?: string;
  locale?: Locale;
  /** A fixture report to start from (google-ads, meta, linkedin); null for a blank spreadsheet. */
  fixture?: string | null;
  fixturesDir?: string;
  /** Opens a local spreadsheet; defaults to the emulator running <repo>/dist/Code.js. */
  open?: (opts: BookOptions) => Book;
}

export interface Playground {
  url: string;
  api: PlaygroundApi;
  close(): Promise<void>;
}

/** Request bodies are small JSON objects; anything bigger is a mistake or abuse. */
const MAX_BODY = 1024 * 1024;

const PAGE_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-src 'self'; connect-src 'self'";

function send(
  res: ServerResponse,
  status: number,
  type: string,
  body: string,
  extra: Record<string, string> = {},
) {
  res.writeHead(status, {
    'content-type': `${type}; charset=utf-8`,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    ...extra,
  });
  res.end(body);
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  send(res, status, 'application/json', JSON.stringify(body));
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  // Requiring a JSON content type makes a cross-site form post impossible without a CORS preflight,
  // which this server never grants.
  if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
    throw new HttpError(415, 'send the body as application/json');
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = chunk as Buffer;
    size += buf.length;
    if (size > MAX_BODY) throw new HttpError(413, 'request body too large');
    chunks.push(buf);
  }
  const raw = Buffer.concat(chunks).toString('utf8');
  if (raw === '') return {};
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    throw new HttpError(400, 'the request body is not valid JSON');
  }
}

export async function startPlayground(opts: PlaygroundOptions = {}): Promise<Playground> {
  const assets = await loadAssets();
  // Loaded only when needed, so tests with their own `open` do not load the emulator.
  const open = opts.open ?? (await import('./emulator-book.ts')).emulatorOpener(REPO_ROOT);
  const api = new PlaygroundApi({
    open,
    fixturesDir: opts.fixturesDir ?? defaultFixturesDir(REPO_ROOT),
    locale: opts.locale ?? 'en_US',
    fixture: opts.fixture ?? null,
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = req.method ?? 'GET';
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (path.startsWith('/api/')) {
      const body = method === 'POST' ? await readJson(req) : undefined;
      const reply = api.handle(method, path, body);
      sendJson(res, reply.status, reply.body);
      return;
    }
    if (method !== 'GET') throw new HttpError(405, `${method} is not allowed on ${path}`);
    switch (path) {
      case '/':
      case '/index.html':
        return send(res, 200, 'text/html', assets.indexHtml, { 'content-security-policy': PAGE_CSP });
      case '/style.css':
        return send(res, 200, 'text/css', assets.styleCss);
      case '/app.js':
        return send(res, 200, 'text/javascript', assets.appJs);
      case '/sidebar': {
        const html = api.sidebarHtml();
        if (html === null) throw new HttpError(404, 'the add-on has not shown a sidebar');
        return send(res, 200, 'text/html', prepareSidebarHtml(html, assets.shimJs, api.callableFunctions()));
      }
      default:
        throw new HttpError(404, `nothing at ${path}`);
    }
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      const status = err instanceof HttpError ? err.status : 500;
      const message = err instanceof Error ? err.message : String(err);
      if (status === 500) console.error(err);
      if (!res.headersSent) sendJson(res, status, { error: message });
      else res.end();
    });
  });
  const host = opts.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 8080, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}`,
    api,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
