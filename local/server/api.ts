// The playground's JSON endpoints over one local spreadsheet session: state, typing, tabs, the add-on
// menu, google.script.run calls from the sidebar, and starting a new spreadsheet.
import { SHEETS_LOCALES } from '../../src/locale/locales.ts';
import type { Book, BookOptions } from './book.ts';
import { availableFixtures, loadFixture } from './fixtures.ts';
import { EDIT_ACTIONS, type EditAction, type NoticeView, type RunReply, type StateView } from './protocol.ts';

/** A spreadsheet locale code of the one locale table (src/locale/locales.ts), e.g. `fr_FR`. */
export type Locale = string;
/** Every locale the local spreadsheet emulates, for the page's Locale menu: code and Sheets' name. */
const LOCALES: readonly { code: string; name: string }[] = SHEETS_LOCALES.map((l) => ({
  code: l.code,
  name: l.name,
}));

export interface ApiOptions {
  open: (opts: BookOptions) => Book;
  fixturesDir: string;
  locale: Locale;
  fixture: string | null;
}

/** An answer: HTTP status and JSON body. */
export interface Reply {
  status: number;
  body: unknown;
}

/** A request the client got wrong: answered with 400 and the message. */
export class BadRequest extends Error {}

export class NotFound extends BadRequest {}

interface Session {
  book: Book;
  locale: Locale;
  fixture: string | null;
  alertsSeen: number;
  toastsSeen: number;
}

function field(body: unknown, name: string): unknown {
  return typeof body === 'object' && body !== null ? (body as Record<string, unknown>)[name] : undefined;
}

function text(body: unknown, name: string): string {
  const value = field(body, name);
  if (typeof value !== 'string') throw new BadRequest(`"${name}" must be a string`);
  return value;
}

export function parseLocale(value: unknown): Locale {
  const found = LOCALES.find((l) => l.code === value);
  if (!found) {
    throw new BadRequest(
      `locale must be a Sheets locale code such as en_US, de_DE or fr_FR (${LOCALES.length} are listed in docs/local-spreadsheet.md), got ${JSON.stringify(value)}`,
    );
  }
  return found.code;
}

function editAction(value: unknown): EditAction {
  const found = EDIT_ACTIONS.find((a) => a === value);
  if (!found)
    throw new BadRequest(`"action" must be one of ${EDIT_ACTIONS.join(', ')}, got ${JSON.stringify(value)}`);
  return found;
}

/** A 1-based row or column number. */
function position(body: unknown, name: string): number {
  const value = field(body, name);
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1)
    throw new BadRequest(`"${name}" must be a whole number >= 1, got ${JSON.stringify(value)}`);
  return value;
}

export class PlaygroundApi {
  private session: Session;

  constructor(private readonly opts: ApiOptions) {
    this.session = this.open(opts.locale, opts.fixture);
  }

  private open(locale: Locale, fixture: string | null): Session {
    const csv = fixture === null ? undefined : loadFixture(this.opts.fixturesDir, fixture);
    const book = this.opts.open({ locale, ...(csv ? { csv } : {}) });
    return { book, locale, fixture, alertsSeen: 0, toastsSeen: 0 };
  }

  /** The add-on's sidebar HTML as last shown, or null when none was. */
  sidebarHtml(): string | null {
    return this.session.book.sidebar()?.html ?? null;
  }

  callableFunctions(): string[] {
    return this.session.book.callableFunctions();
  }

  private fresh<T>(all: T[], seen: 'alertsSeen' | 'toastsSeen'): T[] {
    const out = all.slice(this.session[seen]);
    this.session[seen] = all.length;
    return out;
  }

  state(): StateView {
    const { book } = this.session;
    const active = book.activeSheetName();
    const sidebar = book.sidebar();
    return {
      locale: this.session.locale,
      fixture: this.session.fixture,
      fixtures: availableFixtures(this.opts.fixturesDir),
      locales: [...LOCALES],
      sheets: book.sheetNames(),
      active,
      selection: book.activeCell(),
      grid: book.grid(active),
      menu: book.menu(),
      sidebar: sidebar ? { title: sidebar.title, version: sidebar.version } : null,
      alerts: this.fresh<NoticeView>(book.alerts(), 'alertsSeen'),
      toasts: this.fresh<NoticeView>(book.toasts(), 'toastsSeen'),
    };
  }

  /** Runs a server function as google.script.run does; its error becomes a failure reply, not a 500. */
  run(body: unknown): RunReply {
    const fn = text(body, 'fn');
    const args = field(body, 'args') ?? [];
    if (!Array.isArray(args)) throw new BadRequest('"args" must be an array');
    try {
      const value = this.session.book.run(fn, args);
      return value === undefined ? { ok: true } : { ok: true, value };
    } catch (err) {
      return { ok: false, message: err instanceof Error ? err.message : String(err) };
    }
  }

  /** Routes one API request. Errors from the add-on or the emulator answer 422 with their message. */
  handle(method: string, path: string, body: unknown): Reply {
    try {
      return { status: 200, body: this.route(method, path, body) };
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      const status = err instanceof NotFound ? 404 : err instanceof BadRequest ? 400 : 422;
      return { status, body: { error: message } };
    }
  }

  private route(method: string, path: string, body: unknown): unknown {
    const { book } = this.session;
    switch (`${method} ${path}`) {
      case 'GET /api/state':
        return this.state();
      case 'POST /api/type': {
        const sheet = field(body, 'sheet');
        book.type(
          typeof sheet === 'string' ? sheet : book.activeSheetName(),
          text(body, 'a1'),
          text(body, 'input'),
        );
        return this.state();
      }
      case 'POST /api/edit':
        book.edit(
          text(body, 'sheet'),
          editAction(field(body, 'action')),
          position(body, 'row'),
          position(body, 'col'),
        );
        return this.state();
      case 'POST /api/activate':
        book.activate(text(body, 'sheet'));
        return this.state();
      case 'POST /api/menu':
        book.clickMenu(text(body, 'caption'));
        return this.state();
      case 'POST /api/run':
        return this.run(body);
      case 'POST /api/reset': {
        const fixture = field(body, 'fixture');
        if (fixture !== undefined && fixture !== null && typeof fixture !== 'string') {
          throw new BadRequest('"fixture" must be a fixture name or null');
        }
        const locale = field(body, 'locale');
        this.session = this.open(
          locale === undefined ? this.session.locale : parseLocale(locale),
          fixture === undefined ? this.session.fixture : fixture || null,
        );
        return this.state();
      }
      default:
        throw new NotFound(`no endpoint ${method} ${path}`);
    }
  }
}
