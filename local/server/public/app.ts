// The playground page: draws the local spreadsheet the server sends (grid, tabs, add-on menu, sidebar,
// alerts, toasts) and sends edits back. Sheet data is only ever written with textContent.
import type { CellView, EditAction, NoticeView, SidebarMessage, StateView } from '../protocol.ts';
import { drawChart } from './chart.ts';
import { clearCellMessage, confirmEdit, showCellMessage } from './entry-checks.ts';
import { menuKeys } from './menu-keys.ts';

function byId<T extends HTMLElement>(id: string, type: new () => T): T {
  const el = document.getElementById(id);
  if (!(el instanceof type)) throw new Error(`playground: #${id} is missing from index.html`);
  return el;
}

const ui = {
  status: byId('status', HTMLElement),
  fixture: byId('fixture', HTMLSelectElement),
  locale: byId('locale', HTMLSelectElement),
  newButton: byId('new', HTMLButtonElement),
  extensions: byId('extensions', HTMLButtonElement),
  extensionsMenu: byId('extensions-menu', HTMLElement),
  edit: byId('edit', HTMLButtonElement),
  editMenu: byId('edit-menu', HTMLElement),
  addonTitle: byId('addon-title', HTMLElement),
  addonItems: byId('addon-items', HTMLElement),
  namebox: byId('namebox', HTMLOutputElement),
  formula: byId('formula', HTMLInputElement),
  gridWrap: byId('grid-wrap', HTMLElement),
  grid: byId('grid', HTMLTableElement),
  charts: byId('charts', HTMLElement),
  sidebar: byId('sidebar', HTMLElement),
  sidebarTitle: byId('sidebar-title', HTMLElement),
  sidebarClose: byId('sidebar-close', HTMLButtonElement),
  sidebarFrame: byId('sidebar-frame', HTMLIFrameElement),
  tabs: byId('tabs', HTMLElement),
  alert: byId('alert', HTMLDialogElement),
  alertTitle: byId('alert-title', HTMLElement),
  alertMessage: byId('alert-message', HTMLElement),
  toasts: byId('toasts', HTMLElement),
};

let state: StateView | null = null;
let selected = { row: 0, col: 0 };
/** The sidebar version on screen (or closed by the user), so a refresh does not reload it. */
let sidebarVersion = -1;
const pendingAlerts: NoticeView[] = [];

function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
}

const a1 = (row: number, col: number): string => `${columnName(col)}${row + 1}`;

function setStatus(text: string, isError = false): void {
  ui.status.textContent = text;
  ui.status.classList.toggle('error', isError);
}

async function api(path: string, body?: unknown): Promise<StateView | null> {
  const answer = await request(path, body);
  if ('error' in answer) {
    setStatus(answer.error, true);
    return null;
  }
  setStatus('');
  return answer.view;
}

/** One API call: the new state, or the error in words (a refused entry, an unreachable server). */
async function request(path: string, body?: unknown): Promise<{ view: StateView } | { error: string }> {
  try {
    const response = await fetch(
      path,
      body === undefined
        ? {}
        : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) },
    );
    const json: unknown = await response.json();
    if (!response.ok) {
      const message = typeof json === 'object' && json !== null && 'error' in json ? String(json.error) : '';
      return { error: message || `HTTP ${response.status}` };
    }
    return { view: json as StateView };
  } catch (err) {
    return { error: `The playground server is not answering (${err instanceof Error ? err.message : err})` };
  }
}

async function apply(next: Promise<StateView | null>): Promise<void> {
  const view = await next;
  if (view) render(view);
}

const refresh = (): Promise<void> => apply(api('/api/state'));

function cellAt(row: number, col: number): CellView | undefined {
  return state?.grid.cells[row]?.[col];
}

function showSelection(): void {
  for (const el of ui.grid.querySelectorAll('.selected, .hl')) el.classList.remove('selected', 'hl');
  ui.grid.querySelector(`td[data-a1="${a1(selected.row, selected.col)}"]`)?.classList.add('selected');
  ui.grid.tHead?.rows[0]?.cells[selected.col + 1]?.classList.add('hl');
  ui.grid.tBodies[0]?.rows[selected.row]?.cells[0]?.classList.add('hl');
  ui.namebox.textContent = a1(selected.row, selected.col);
  const cell = cellAt(selected.row, selected.col);
  // A redraw (a server answer) must not wipe an entry the user is typing.
  if (document.activeElement !== ui.formula) ui.formula.value = cell?.f ?? cell?.d ?? '';
}

function select(row: number, col: number): void {
  if (!state) return;
  selected = {
    row: Math.max(0, Math.min(row, state.grid.rows - 1)),
    col: Math.max(0, Math.min(col, state.grid.cols - 1)),
  };
  showSelection();
  ui.grid
    .querySelector(`td[data-a1="${a1(selected.row, selected.col)}"]`)
    ?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
}

function renderGrid(view: StateView): void {
  const { grid } = view;
  const columns = document.createElement('colgroup');
  const rowHeader = document.createElement('col');
  rowHeader.style.width = '46px';
  columns.append(rowHeader);
  for (const width of grid.widths) {
    const col = document.createElement('col');
    col.style.width = `${width}px`;
    columns.append(col);
  }
  const head = document.createElement('thead');
  const headRow = head.insertRow();
  const corner = document.createElement('th');
  corner.className = 'corner';
  headRow.append(corner);
  for (let c = 0; c < grid.cols; c++) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = columnName(c);
    headRow.append(th);
  }
  const body = document.createElement('tbody');
  for (let r = 0; r < grid.rows; r++) {
    const tr = body.insertRow();
    const th = document.createElement('th');
    th.scope = 'row';
    th.textContent = String(r + 1);
    tr.append(th);
    for (let c = 0; c < grid.cols; c++) {
      const cell = grid.cells[r]?.[c];
      const td = tr.insertCell();
      td.dataset.a1 = a1(r, c);
      if (!cell) continue;
      td.textContent = cell.d;
      if (cell.n) td.classList.add('num');
      // Text runs on over empty neighbours, as in Sheets; otherwise it is clipped at the cell edge.
      else if (cell.d !== '' && (grid.cells[r]?.[c + 1]?.d ?? '') === '') td.classList.add('overflow');
      if (cell.fc) td.style.color = cell.fc;
      if (cell.b) td.style.fontWeight = '700';
      if (cell.bg) td.style.backgroundColor = cell.bg;
      if (cell.note !== undefined) {
        td.classList.add('noted');
        td.title = cell.note;
      }
      if (cell.e !== undefined) {
        td.classList.add('err');
        td.title = cell.note === undefined ? cell.e : `${cell.e}\n\n${cell.note}`;
      }
    }
  }
  // A fixed-layout table takes its column widths from the <col>s only when its own width is set.
  ui.grid.style.width = `${46 + grid.widths.reduce((a, b) => a + b, 0)}px`;
  ui.grid.replaceChildren(columns, head, body);
  // Frozen rows stick under the column letters, each at the offset it has in the table.
  const frozen = Math.min(grid.frozenRows ?? 0, grid.rows);
  for (let r = 0; r < frozen; r++) {
    const tr = body.rows[r];
    if (!tr) continue;
    for (const cell of tr.cells) {
      cell.classList.add('frozen');
      cell.style.top = `${tr.offsetTop}px`;
    }
    if (r === frozen - 1) tr.classList.add('frozen-last');
  }
}

/**
 * Charts float over the grid with their top-left corner at the anchor cell plus the offsets
 * (EmbeddedChartBuilder.setPosition: https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart-builder#setPosition(Integer,Integer,Integer,Integer)).
 */
function renderCharts(view: StateView): void {
  const frames = (view.grid.charts ?? []).map((chart) => {
    const frame = document.createElement('figure');
    frame.className = 'chart-frame';
    // Column letters and body rows give the cell's corner; a frozen cell's own offset moves with scrolling.
    const column = ui.grid.tHead?.rows[0]?.cells[chart.anchor.col];
    const row = ui.grid.tBodies[0]?.rows[chart.anchor.row - 1];
    frame.style.left = `${ui.grid.offsetLeft + (column?.offsetLeft ?? 0) + chart.anchor.offsetX}px`;
    frame.style.top = `${ui.grid.offsetTop + (row?.offsetTop ?? 0) + chart.anchor.offsetY}px`;
    frame.dataset.chartId = String(chart.id);
    frame.append(drawChart(chart));
    return frame;
  });
  ui.charts.replaceChildren(...frames);
}

function renderTabs(view: StateView): void {
  ui.tabs.replaceChildren(
    ...view.sheets.map((name) => {
      const tab = document.createElement('button');
      tab.type = 'button';
      tab.setAttribute('role', 'tab');
      tab.setAttribute('aria-selected', String(name === view.active));
      tab.textContent = name;
      tab.addEventListener('click', () => void apply(api('/api/activate', { sheet: name })));
      return tab;
    }),
  );
}

function renderMenu(view: StateView): void {
  ui.addonTitle.textContent = view.menu?.title ?? '';
  if (!view.menu || view.menu.items.length === 0) {
    const empty = document.createElement('div');
    empty.className = 'empty';
    empty.textContent = 'The add-on built no menu in onOpen.';
    ui.addonItems.replaceChildren(empty);
    return;
  }
  ui.addonItems.replaceChildren(
    ...view.menu.items.map((item) => {
      if (item.functionName === '') {
        const line = document.createElement('div');
        line.className = 'separator';
        line.setAttribute('role', 'separator');
        return line;
      }
      const button = document.createElement('button');
      button.type = 'button';
      button.setAttribute('role', 'menuitem');
      // Arrow keys move between items (menu-keys.ts); Tab leaves the menu.
      button.tabIndex = -1;
      button.textContent = item.caption;
      button.addEventListener('click', () => {
        openMenu(false);
        setStatus(`Running ${item.functionName}...`);
        void apply(api('/api/menu', { caption: item.caption }));
      });
      return button;
    }),
  );
}

function renderSidebar(view: StateView): void {
  if (!view.sidebar || view.sidebar.version === sidebarVersion) return;
  sidebarVersion = view.sidebar.version;
  ui.sidebarTitle.textContent = view.sidebar.title;
  ui.sidebarFrame.src = `/sidebar?v=${view.sidebar.version}`;
  ui.sidebar.hidden = false;
}

function nextAlert(): void {
  if (ui.alert.open) return;
  const notice = pendingAlerts.shift();
  if (!notice) return;
  ui.alertTitle.textContent = notice.title;
  ui.alertMessage.textContent = notice.message;
  ui.alert.showModal();
}

function showToast(notice: NoticeView): void {
  const toast = document.createElement('div');
  toast.className = 'toast';
  toast.setAttribute('role', 'status');
  if (notice.title) {
    const title = document.createElement('strong');
    title.textContent = notice.title;
    toast.append(title);
  }
  toast.append(notice.message);
  ui.toasts.append(toast);
  // Sheets shows a toast for 5 seconds by default.
  setTimeout(() => toast.remove(), 5000);
}

function renderStartOptions(view: StateView): void {
  if (ui.fixture.options.length !== view.fixtures.length + 1) {
    const blank = new Option('Blank spreadsheet', '');
    ui.fixture.replaceChildren(blank, ...view.fixtures.map((name) => new Option(`${name} report`, name)));
  }
  ui.fixture.value = view.fixture ?? '';
  if (ui.locale.options.length !== view.locales.length) {
    ui.locale.replaceChildren(...view.locales.map((l) => new Option(`${l.code} (${l.name})`, l.code)));
  }
  ui.locale.value = view.locale;
}

function render(view: StateView): void {
  const sheetChanged = state?.active !== view.active;
  const moved =
    view.selection !== null &&
    (sheetChanged ||
      state?.selection?.row !== view.selection.row ||
      state?.selection?.col !== view.selection.col);
  state = view;
  renderStartOptions(view);
  renderTabs(view);
  renderMenu(view);
  renderGrid(view);
  renderCharts(view);
  if (sheetChanged) selected = { row: 0, col: 0 };
  // A script's Range.activate moves the selection, as in Sheets.
  if (moved && view.selection) selected = { row: view.selection.row - 1, col: view.selection.col - 1 };
  select(selected.row, selected.col);
  renderSidebar(view);
  pendingAlerts.push(...view.alerts);
  nextAlert();
  for (const toast of view.toasts) showToast(toast);
}

/** Entries sent one after another, so fast typing reaches the server in order. */
let typing: Promise<void> = Promise.resolve();
/** Entries not yet answered; `<body data-pending>` shows it (tests wait for 0). */
let pending = 0;

/** The column a run of Tab entries started in: Enter after them goes to the next row there. */
let tabStart: number | null = null;

async function commit(input: string, move: { row: number; col: number }): Promise<void> {
  if (!state) return typing;
  const sheet = state.active;
  const at = { ...selected };
  const target = a1(at.row, at.col);
  if (cellAt(at.row, at.col)?.w && !(await confirmEdit())) {
    // Cancelled: the cell and the formula bar keep what the cell holds.
    ui.gridWrap.focus();
    showSelection();
    return typing;
  }
  // Move on at once, as Sheets does: keys typed while the server works go to the next cell.
  select(selected.row + move.row, selected.col + move.col);
  ui.gridWrap.focus();
  pending += 1;
  document.body.dataset.pending = String(pending);
  typing = typing
    .then(async () => {
      const answer = await request('/api/type', { sheet, a1: target, input });
      if ('view' in answer) {
        setStatus('');
        render(answer.view);
        return;
      }
      // Refused (a validation rule that rejects input): the cell keeps its value, the message
      // shows beside it, and the selection goes back to it so the entry can be fixed.
      if (state?.active === sheet) select(at.row, at.col);
      showCellMessage(ui.grid.querySelector(`td[data-a1="${target}"]`), answer.error);
    })
    .finally(() => {
      pending -= 1;
      document.body.dataset.pending = String(pending);
    });
  return typing;
}

/** Where Enter (down) or Tab (right) goes after an entry; Shift goes back. */
function nextMove(key: 'Enter' | 'Tab', shift: boolean): { row: number; col: number } {
  if (key === 'Tab') {
    tabStart ??= selected.col;
    return { row: 0, col: shift ? -1 : 1 };
  }
  const back = tabStart === null ? 0 : tabStart - selected.col;
  tabStart = null;
  return { row: shift ? -1 : 1, col: shift ? 0 : back };
}

ui.formula.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' || event.key === 'Tab') {
    event.preventDefault();
    void commit(ui.formula.value, nextMove(event.key, event.shiftKey));
  } else if (event.key === 'Escape') {
    ui.gridWrap.focus();
    showSelection();
  }
});

ui.formula.addEventListener('input', clearCellMessage);

/** Whether the formula bar holds an entry not yet written to the selected cell. */
function editing(): boolean {
  const cell = cellAt(selected.row, selected.col);
  return document.activeElement === ui.formula && ui.formula.value !== (cell?.f ?? cell?.d ?? '');
}

ui.grid.addEventListener('click', (event) => {
  const td = event.target instanceof Element ? event.target.closest('td') : null;
  if (!(td instanceof HTMLTableCellElement)) return;
  const row = td.parentElement instanceof HTMLTableRowElement ? td.parentElement.sectionRowIndex : 0;
  tabStart = null;
  clearCellMessage();
  ui.gridWrap.focus();
  select(row, td.cellIndex - 1);
});

// Clicking another cell ends an entry in progress by writing it, so nothing typed is lost (on
// mousedown: the grid takes focus from the formula bar before the click).
ui.grid.addEventListener('mousedown', () => {
  if (editing()) void commit(ui.formula.value, { row: 0, col: 0 });
});

ui.grid.addEventListener('dblclick', () => ui.formula.focus());

const moves: Record<string, [number, number]> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};

ui.gridWrap.addEventListener('keydown', (event) => {
  const move = moves[event.key];
  if (move) {
    event.preventDefault();
    tabStart = null;
    clearCellMessage();
    select(selected.row + move[0], selected.col + move[1]);
  } else if (event.key === 'Tab') {
    // Tab moves along the row (Shift+Tab back) instead of leaving the grid.
    event.preventDefault();
    clearCellMessage();
    select(selected.row, selected.col + (event.shiftKey ? -1 : 1));
  } else if (event.key === 'Enter' || event.key === 'F2') {
    event.preventDefault();
    ui.formula.focus();
  } else if (event.key === 'Delete' || event.key === 'Backspace') {
    event.preventDefault();
    void commit('', { row: 0, col: 0 });
  } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
    // Typing on a selected cell starts a new entry, as in Sheets.
    event.preventDefault();
    clearCellMessage();
    ui.formula.value = event.key;
    ui.formula.focus();
  }
});

function openMenu(open: boolean): void {
  ui.extensionsMenu.hidden = !open;
  ui.extensions.setAttribute('aria-expanded', String(open));
}

ui.extensions.addEventListener('click', () =>
  openMenu(ui.extensions.getAttribute('aria-expanded') !== 'true'),
);
menuKeys(ui.extensions, ui.extensionsMenu, openMenu);

ui.edit.addEventListener('click', () => {
  const open = ui.editMenu.hidden;
  ui.editMenu.hidden = !open;
  ui.edit.setAttribute('aria-expanded', String(open));
});

// The Edit menu's actions apply at the selected cell, as Sheets' row and column menus do.
ui.editMenu.addEventListener('click', (event) => {
  const button = event.target instanceof Element ? event.target.closest('button[data-edit]') : null;
  if (!(button instanceof HTMLButtonElement) || !state) return;
  ui.editMenu.hidden = true;
  ui.edit.setAttribute('aria-expanded', 'false');
  const action = button.dataset.edit as EditAction;
  void apply(api('/api/edit', { sheet: state.active, action, row: selected.row + 1, col: selected.col + 1 }));
});

document.addEventListener('click', (event) => {
  if (event.target instanceof Node && !ui.extensions.parentElement?.contains(event.target)) openMenu(false);
  if (event.target instanceof Node && !ui.edit.parentElement?.contains(event.target)) {
    ui.editMenu.hidden = true;
    ui.edit.setAttribute('aria-expanded', 'false');
  }
});

ui.newButton.addEventListener('click', () => {
  sidebarVersion = -1;
  ui.sidebar.hidden = true;
  void apply(api('/api/reset', { fixture: ui.fixture.value || null, locale: ui.locale.value }));
});

ui.sidebarClose.addEventListener('click', () => {
  ui.sidebar.hidden = true;
});

ui.alert.addEventListener('close', nextAlert);

window.addEventListener('message', (event: MessageEvent<SidebarMessage>) => {
  if (event.origin !== window.location.origin || event.source !== ui.sidebarFrame.contentWindow) return;
  if (event.data.type === 'playground:ran')
    // The grid takes arrow keys and typing, so it must be focusable (set here: the markup lint wants a widget role).
    ui.gridWrap.tabIndex = 0;
  void refresh();
  if (event.data.type === 'playground:close') ui.sidebar.hidden = true;
});

// The grid takes arrow keys and typing, so it must be focusable (set here: the markup lint wants a widget role).
ui.gridWrap.tabIndex = 0;
void refresh();
