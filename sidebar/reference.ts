// The function reference view: the add-on's custom functions with their parameters and
// examples, loaded once from getFunctionReference().
import { ENABLE_FUNCTIONS_HINT } from '../src/functions/enable.ts';
import { h } from './dom.ts';
import { panelHeading } from './help.ts';
import { type FunctionDoc, filterFunctions, inLocale, optionalNote, signature } from './reference-model.ts';
import { errorMessage, server } from './server.ts';

/** Remembers that the first-run hint was dismissed; where the sandbox has no storage it shows again. */
const HINT_KEY = 'pmk-reference-hint-seen';
function hintSeen(set?: true): boolean {
  try {
    if (set) localStorage.setItem(HINT_KEY, '1');
    return localStorage.getItem(HINT_KEY) === '1';
  } catch {
    return false;
  }
}

/** One line for a first visit: how a function is used, then out of the way once dismissed. */
function firstRunHint(): HTMLElement | false {
  if (hintSeen()) return false;
  const done = h('button', { type: 'button', class: 'link' }, 'Got it');
  const hint = h(
    'p',
    { class: 'first-run', role: 'note', 'aria-label': 'First time here' },
    'First time here? Type =ROAS( in any cell and pick your revenue and spend cells; every function below works the same way. ',
    done,
  );
  done.addEventListener('click', () => {
    hintSeen(true);
    hint.remove();
  });
  return hint;
}

function renderFunction(fn: FunctionDoc, locale: string): HTMLElement {
  return h(
    'details',
    { class: 'fn' },
    h(
      'summary',
      {},
      h('code', { class: 'fn-name' }, fn.name),
      h('span', { class: 'fn-summary' }, fn.summary),
    ),
    h('p', {}, h('code', {}, inLocale(signature(fn), locale))),
    fn.params.length > 0 &&
      h(
        'dl',
        { class: 'params' },
        ...fn.params.flatMap((p) => [
          h('dt', {}, h('code', {}, p.name), optionalNote(p)),
          h('dd', {}, p.description),
        ]),
      ),
    h('p', {}, h('strong', {}, 'Returns '), fn.returns),
    h('p', {}, h('strong', {}, 'Example '), h('code', {}, inLocale(fn.example, locale))),
  );
}

/** Builds the view; `load()` fetches the list the first time the view is shown. */
export function mountReference(root: HTMLElement): { load: () => void } {
  const search = h('input', {
    id: 'ref-search',
    type: 'search',
    autocomplete: 'off',
    placeholder: 'e.g. ROAS, lead, spend',
  });
  // Not a live region: redrawing up to every function per keystroke would be read out in full.
  // The status line announces how many match instead.
  const list = h('div', { class: 'fn-list' });
  const status = h('p', { class: 'status', role: 'status' });
  const alert = h('p', { class: 'alert', role: 'alert', hidden: true });
  const retry = h('button', { type: 'button', class: 'secondary', hidden: true }, 'Try again');
  root.append(
    panelHeading('Function reference', 'reference').bar,
    firstRunHint() || '',
    h(
      'p',
      { class: 'hint' },
      'Type these in any cell like any Sheets function; they accept single cells or whole ranges.',
    ),
    h('p', { class: 'hint' }, ENABLE_FUNCTIONS_HINT),
    h('div', { class: 'field' }, h('label', { for: search.id }, 'Search functions'), search),
    status,
    alert,
    retry,
    list,
  );

  let fns: FunctionDoc[] = [];
  let locale = 'en_US';
  let state: 'idle' | 'loading' | 'loaded' = 'idle';

  const show = (): void => {
    const found = filterFunctions(fns, search.value);
    list.replaceChildren(...found.map((fn) => renderFunction(fn, locale)));
    const query = search.value.trim();
    status.textContent =
      found.length === 0
        ? 'No function matches.'
        : query === ''
          ? ''
          : `${found.length} ${found.length === 1 ? 'function matches' : 'functions match'}.`;
  };
  search.addEventListener('input', show);

  const load = (): void => {
    if (state !== 'idle') return;
    state = 'loading';
    status.textContent = 'Loading functions…';
    alert.hidden = true;
    retry.hidden = true;
    Promise.all([server.getFunctionReference(), server.getWizardDefaults().catch(() => null)]).then(
      ([result, defaults]) => {
        fns = result;
        // Examples and signatures in the spreadsheet's syntax (`;` in de_DE), else as written.
        if (defaults) locale = defaults.locale;
        state = 'loaded';
        show();
      },
      (err: unknown) => {
        state = 'idle';
        status.textContent = '';
        alert.textContent = `Could not load the function reference: ${errorMessage(err)}`;
        alert.hidden = false;
        retry.hidden = false;
      },
    );
  };
  retry.addEventListener('click', load);
  return { load };
}
