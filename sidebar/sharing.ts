// The "Prepare for sharing" view: scan, what will be converted per sheet with a few before/after
// examples, the cells left as they are (with a link that selects each), in place or client copies,
// Convert, then the share check. Sheet text reaches the page only as text nodes (dom.ts).
import { h } from './dom.ts';
import { panelHeading } from './help.ts';
import { errorMessage, server } from './server.ts';
import {
  examples,
  type SharingProblem,
  type SharingScan,
  shareCheck,
  summaryLine,
  unlistedLines,
} from './sharing-model.ts';

interface Parts {
  status: HTMLElement;
  alert: HTMLElement;
  sheets: HTMLElement;
  examples: HTMLElement;
  problems: HTMLElement;
  check: HTMLElement;
  inPlace: HTMLInputElement;
  copies: HTMLInputElement;
  convert: HTMLButtonElement;
  rescan: HTMLButtonElement;
  confirm: HTMLElement;
  confirmYes: HTMLButtonElement;
  confirmNo: HTMLButtonElement;
}

/** What converting in place changes, said once before it happens. */
const IN_PLACE_WARNING =
  'Converting in place replaces the add-on calls in your sheets with native formulas: the values stay the same, but the cells no longer call the add-on. To undo it, use File > Version history > See version history and restore the version from before.';

function build(root: HTMLElement): Parts {
  const radio = (id: string, checked: boolean): HTMLInputElement =>
    h('input', { type: 'radio', name: 'share-mode', id, checked });
  const parts: Parts = {
    status: h('p', { class: 'status', role: 'status' }),
    alert: h('p', { class: 'alert', role: 'alert', hidden: true }),
    sheets: h('fieldset', { class: 'share-sheets', hidden: true }),
    examples: h('div', { class: 'share-examples', hidden: true }),
    problems: h('div', { class: 'share-problems', hidden: true }),
    check: h('p', { class: 'share-check', role: 'status', tabindex: '-1', hidden: true }),
    inPlace: radio('share-in-place', false),
    copies: radio('share-copies', true),
    convert: h('button', { type: 'button', class: 'action', id: 'share-convert', disabled: true }, 'Convert'),
    rescan: h('button', { type: 'button', class: 'secondary', id: 'share-rescan' }, 'Scan again'),
    confirm: h('div', {
      role: 'alertdialog',
      'aria-labelledby': 'share-confirm-title',
      'aria-describedby': 'share-confirm-text',
      class: 'confirm',
      hidden: true,
    }),
    confirmYes: h('button', { type: 'button', class: 'action' }, 'Convert in place'),
    confirmNo: h('button', { type: 'button', class: 'secondary' }, 'Cancel'),
  };
  parts.confirm.append(
    h('p', { id: 'share-confirm-title', class: 'confirm-title' }, 'Convert your sheets in place?'),
    h('p', { id: 'share-confirm-text' }, IN_PLACE_WARNING),
    h('div', { class: 'actions' }, parts.confirmNo, parts.confirmYes),
  );
  root.append(
    panelHeading('Prepare for sharing', 'sharing').bar,
    h(
      'p',
      { class: 'hint' },
      'A client without the add-on sees #NAME? where its functions are. Converting turns each call into native Sheets formulas that show the same values; nothing else in the spreadsheet changes.',
    ),
    parts.status,
    parts.alert,
    parts.check,
    parts.sheets,
    parts.examples,
    parts.problems,
    h(
      'fieldset',
      { class: 'share-mode' },
      h('legend', {}, 'Convert'),
      h(
        'div',
        { class: 'choice' },
        parts.copies,
        h(
          'label',
          { for: 'share-copies' },
          'Client copies, named "<sheet> (client)"; the originals stay as they are',
        ),
      ),
      h('div', { class: 'choice' }, parts.inPlace, h('label', { for: 'share-in-place' }, 'In place')),
    ),
    parts.confirm,
    h('div', { class: 'action-bar' }, h('span', { class: 'spacer' }), parts.rescan, parts.convert),
  );
  return parts;
}

function problemItem(p: SharingProblem, select: (p: SharingProblem) => void): HTMLElement {
  const link = h('button', { type: 'button', class: 'link' }, `${p.sheet}!${p.a1}`);
  link.setAttribute('aria-label', `Select ${p.sheet} ${p.a1}`);
  link.addEventListener('click', () => select(p));
  return h('li', {}, link, ' ', h('span', {}, p.reason), h('code', { class: 'formula' }, p.formula));
}

/** Draws a scan: the sheets to choose, examples, cells left, and (after converting) the share check. */
function renderScan(
  ui: Parts,
  s: SharingScan,
  written: string[] | undefined,
  on: { select: (p: SharingProblem) => void; chosen: () => void },
): void {
  const summary = s.sheets;
  ui.sheets.replaceChildren(
    h('legend', {}, 'Sheets'),
    ...summary.map((row, i) => {
      const box = h('input', {
        type: 'checkbox',
        id: `share-sheet-${i}`,
        value: row.sheet,
        checked: row.convert > 0,
      });
      box.disabled = row.convert === 0;
      if (row.convert === 0) box.dataset.locked = 'true';
      box.addEventListener('change', on.chosen);
      return h('div', { class: 'choice' }, box, h('label', { for: box.id }, summaryLine(row)));
    }),
  );
  ui.sheets.hidden = summary.length === 0;
  const shown = examples(s.cells);
  ui.examples.replaceChildren(
    h('h3', {}, 'Before and after'),
    ...shown.map((c) =>
      h(
        'div',
        { class: 'example' },
        h('p', {}, `${c.sheet}!${c.a1}`),
        h('code', { class: 'formula' }, c.formula),
        h('code', { class: 'formula' }, c.native),
      ),
    ),
  );
  ui.examples.hidden = shown.length === 0;
  ui.problems.replaceChildren(
    h('h3', {}, 'Left as they are'),
    h('ul', {}, ...s.unconvertible.map((p) => problemItem(p, on.select))),
    ...unlistedLines(s).map((line) => h('p', { class: 'hint' }, line)),
  );
  ui.problems.hidden = s.unconvertible.length === 0;
  const check = shareCheck(s, written);
  ui.check.textContent = check.text;
  ui.check.className = check.safe ? 'share-check safe' : 'share-check';
  ui.check.hidden = written === undefined && s.sheets.length > 0;
}

/** Builds the view; `load()` scans the first time the view is shown. */
export function mountSharing(root: HTMLElement): { load: () => void } {
  const ui = build(root);
  let scan: SharingScan | undefined;
  let busy = false;
  let loaded = false;

  const setBusy = (on: boolean, words: string): void => {
    busy = on;
    root.setAttribute('aria-busy', String(on));
    for (const el of root.querySelectorAll<HTMLButtonElement | HTMLInputElement>('button, input')) {
      el.disabled = on || el.dataset.locked === 'true';
    }
    if (!on) ui.convert.disabled = !scan || scan.cells.length === 0 || chosenSheets().length === 0;
    // The line always says what is happening now: "Scanning…" never stays beside the answer.
    ui.status.textContent = words;
  };
  const fail = (err: unknown): void => {
    ui.alert.textContent = errorMessage(err);
    ui.alert.hidden = false;
  };
  const chosenSheets = (): string[] =>
    [...ui.sheets.querySelectorAll<HTMLInputElement>('input[type=checkbox]')]
      .filter((c) => c.checked)
      .map((c) => c.value);

  const select = (p: SharingProblem): void => {
    server.showSharingCell(p.sheet, p.a1).catch(fail);
  };

  const render = (s: SharingScan, written?: string[]): void => {
    scan = s;
    renderScan(ui, s, written, {
      select,
      chosen: () => {
        ui.convert.disabled = busy || chosenSheets().length === 0;
      },
    });
  };

  const rescan = (words: string, written?: string[]): Promise<void> => {
    setBusy(true, words);
    ui.alert.hidden = true;
    return server.scanForSharing().then(
      (s) => {
        render(s, written);
        setBusy(false, '');
      },
      (err: unknown) => {
        setBusy(false, '');
        fail(err);
      },
    );
  };

  ui.rescan.addEventListener('click', () => void rescan('Scanning the spreadsheet…'));
  const askInPlace = (ask: boolean): void => {
    ui.confirm.hidden = !ask;
    if (ask) ui.confirmYes.focus();
  };
  ui.confirmNo.addEventListener('click', () => {
    askInPlace(false);
    ui.convert.focus();
  });
  ui.confirmYes.addEventListener('click', () => {
    askInPlace(false);
    convert();
  });
  ui.convert.addEventListener('click', () => {
    if (busy) return;
    if (ui.inPlace.checked) askInPlace(true);
    else convert();
  });
  const convert = (): void => {
    const copy = ui.copies.checked;
    setBusy(true, copy ? 'Making client copies and converting…' : 'Converting…');
    ui.alert.hidden = true;
    server.convertForSharing({ sheets: chosenSheets(), copy }).then(
      (result) => {
        const what = `${result.converted} ${result.converted === 1 ? 'cell' : 'cells'} converted in ${result.sheets.join(', ') || 'no sheet'}.`;
        void rescan(`${what} Checking again…`, result.sheets).then(() => {
          ui.status.textContent = what;
          // The Convert button is disabled now; the answer is where focus goes, as in the wizard.
          ui.check.focus();
        });
      },
      (err: unknown) => {
        setBusy(false, '');
        fail(err);
      },
    );
  };

  return {
    load: () => {
      if (loaded) return;
      loaded = true;
      void rescan('Scanning the spreadsheet…');
    },
  };
}
