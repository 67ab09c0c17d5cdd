// An in-memory stand-in for the local spreadsheet, so the HTTP layer's own rules (routing, status
// codes, google.script.run replies, alert/toast/sidebar bookkeeping) are tested apart from the emulator.
import { decodeReportBytes } from '../../local/csv.ts';
import type { Book, BookOptions } from '../../local/server/book.ts';
import type { GridView, NoticeView } from '../../local/server/protocol.ts';

/** Google's add-on stylesheet: unreachable offline, so the playground must render without it. */
export const GOOGLE_CSS = 'https://ssl.gstatic.com/docs/script/css/add-ons1.css';

/** A sidebar page whose buttons call the fake server functions through google.script.run. */
export const FAKE_SIDEBAR_HTML = `<!DOCTYPE html>
<html><head><base target="_top"><meta charset="utf-8"><link rel="stylesheet" href="${GOOGLE_CSS}"></head>
<body>
<p id="out">idle</p>
<script>
  const out = document.getElementById('out');
  const runner = google.script.run.withFailureHandler((err, user) => { out.textContent = 'failed: ' + err.message + ' / ' + user; });
  function ok() {
    let returned = false;
    runner.withUserObject('u1').withSuccessHandler((v, user) => {
      out.textContent = 'ok: ' + JSON.stringify(v) + ' / ' + user + (returned ? ' / after return' : ' / during the call');
    }).echo({ a: [1, undefined, 'x'] });
    returned = true;
  }
  function bad() { runner.withUserObject('u2').fail('x'); }
  function date() { runner.withUserObject('u3').echo(new Date()); }
</script>
<button onclick="ok()">Echo</button><button onclick="bad()">Fail</button><button onclick="date()">Date</button>
<button onclick="google.script.run.addSheet()">Add sheet</button>
<button onclick="google.script.host.close()">Close</button>
</body></html>`;

export class FakeBook implements Book {
  readonly sheets = new Map<string, Map<string, string>>();
  active: string;
  private shownSidebars = 0;
  private readonly alertList: NoticeView[] = [];
  private readonly toastList: NoticeView[] = [];

  constructor(readonly opts: BookOptions) {
    this.active = opts.csv?.name ?? 'Sheet1';
    const cells = new Map<string, string>();
    if (opts.csv) {
      ('bytes' in opts.csv ? decodeReportBytes(opts.csv.bytes) : opts.csv.text)
        .split('\n')
        .slice(0, 3)
        .forEach((line, i) => {
          cells.set(`A${i + 1}`, line);
        });
    }
    this.sheets.set(this.active, cells);
  }

  sheetNames(): string[] {
    return [...this.sheets.keys()];
  }
  activeSheetName(): string {
    return this.active;
  }
  activeCell(): null {
    return null;
  }
  activate(sheet: string): void {
    if (!this.sheets.has(sheet)) throw new Error(`no sheet ${sheet}`);
    this.active = sheet;
  }
  grid(sheet: string): GridView {
    const cells = this.sheets.get(sheet) ?? new Map<string, string>();
    const rows = 3;
    const cols = 2;
    return {
      sheet,
      rows,
      cols,
      widths: [100, 100],
      cells: Array.from({ length: rows }, (_, r) =>
        Array.from({ length: cols }, (_, c) => ({ d: cells.get(`${'AB'[c]}${r + 1}`) ?? '' })),
      ),
    };
  }
  type(sheet: string, a1: string, input: string): void {
    const cells = this.sheets.get(sheet);
    if (!cells) throw new Error(`no sheet ${sheet}`);
    cells.set(a1, input);
  }
  edit(): void {
    throw new Error('the fake book has no rows to edit');
  }
  menu() {
    return { title: 'Fake add-on', items: [{ caption: 'Open', functionName: 'openSidebar' }] };
  }
  clickMenu(caption: string): void {
    if (caption !== 'Open') throw new Error(`no menu item ${caption}`);
    this.shownSidebars++;
  }
  run(fn: string, args: unknown[]): unknown {
    if (fn === 'echo') return args[0];
    if (fn === 'addSheet') {
      this.sheets.set('Added', new Map());
      this.active = 'Added';
      this.alertList.push({ title: 'Done', message: 'Sheet added' });
      this.toastList.push({ title: '', message: 'toast 1' });
      return { sheetName: 'Added' };
    }
    throw new Error(`${fn} failed on purpose`);
  }
  sidebar() {
    return this.shownSidebars === 0
      ? null
      : { title: 'Fake sidebar', html: FAKE_SIDEBAR_HTML, version: this.shownSidebars };
  }
  alerts(): NoticeView[] {
    return [...this.alertList];
  }
  toasts(): NoticeView[] {
    return [...this.toastList];
  }
  callableFunctions(): string[] {
    return ['echo', 'fail', 'addSheet'];
  }
}
